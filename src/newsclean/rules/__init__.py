"""Rule families, one module each. Every rule is ``name(text) -> Iterator[Edit]``."""
