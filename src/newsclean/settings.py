"""Project settings: ``[tool.newsclean]`` in pyproject.toml, or a ``newsclean.toml``.

The file is found from the inputs upwards, as ruff and black find theirs: the first
folder holding a ``newsclean.toml`` (its keys at the top level) or a
``pyproject.toml`` with a ``[tool.newsclean]`` table. Keys mirror the command-line
options in kebab-case; paths in the file are relative to its folder. An unknown key
or a value of the wrong type is an error, never silently ignored::

    [tool.newsclean]
    select = ["ALL"]
    ignore = ["CA04"]
    extend-exclude = ["archive/"]
    per-file-ignores = { "wire/*.txt" = ["TY"] }
    known-words = ["acme", "teh"]
    dictionary = ["spelling.txt"]
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .model import NewscleanError

__all__ = [
    "CONFIG_NAMES",
    "DEFAULT_EXCLUDE",
    "Settings",
    "SettingsError",
    "find_settings_file",
    "load_settings",
]

CONFIG_NAMES = ("newsclean.toml", "pyproject.toml")
# Folders never searched unless named on the command line: hidden ones (.git, .venv,
# .tox, ...), build output, Node packages and Python caches. A virtualenv under any
# name (a folder holding pyvenv.cfg) is skipped too, whatever ``exclude`` says.
DEFAULT_EXCLUDE: tuple[str, ...] = (".*/", "build/", "dist/", "node_modules/", "__pycache__/")


class SettingsError(NewscleanError):
    """A configuration file that cannot be read, or a key or value it may not have."""


@dataclass(frozen=True, slots=True)
class Settings:
    """What a configuration file says; ``None`` where it says nothing.

    ``root`` is the folder exclusion and per-file-ignore patterns are relative to:
    the configuration file's, or the current folder when there is none.
    """

    root: Path
    source: Path | None = None
    select: tuple[str, ...] | None = None
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    exclude: tuple[str, ...] | None = None
    extend_exclude: tuple[str, ...] = ()
    force_exclude: bool | None = None
    respect_gitignore: bool | None = None
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    field: str | None = None
    glob: str | None = None
    jobs: int | None = None
    max_bytes: int | None = None
    known_words: tuple[str, ...] = ()
    known_words_files: tuple[Path, ...] = ()
    dictionary: tuple[Path, ...] = ()


def _strings(key: str, value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return tuple(value)
    raise SettingsError(f"'{key}' must be a string or a list of strings, not {value!r}")


def _string(key: str, value: Any) -> str:
    if not isinstance(value, str) or not value:
        raise SettingsError(f"'{key}' must be a non-empty string, not {value!r}")
    return value


def _boolean(key: str, value: Any) -> bool:
    if not isinstance(value, bool):
        raise SettingsError(f"'{key}' must be true or false, not {value!r}")
    return value


def _count(key: str, value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise SettingsError(f"'{key}' must be a whole number, 0 or more, not {value!r}")
    return value


def _per_file(key: str, value: Any) -> tuple[tuple[str, tuple[str, ...]], ...]:
    if not isinstance(value, dict):
        raise SettingsError(f"'{key}' must be a table of pattern = [selectors], not {value!r}")
    return tuple((pattern, _strings(f"{key}.{pattern}", selectors)) for pattern, selectors in value.items())


_KEYS: dict[str, Callable[[str, Any], Any]] = {
    "select": _strings,
    "extend-select": _strings,
    "ignore": _strings,
    "exclude": _strings,
    "extend-exclude": _strings,
    "force-exclude": _boolean,
    "respect-gitignore": _boolean,
    "per-file-ignores": _per_file,
    "field": _string,
    "glob": _string,
    "jobs": _count,
    "max-bytes": _count,
    "known-words": _strings,
    "known-words-files": _strings,
    "dictionary": _strings,
}
_PATH_KEYS = frozenset({"known-words-files", "dictionary"})


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except OSError as error:
        raise SettingsError(f"{path}: cannot read ({error.strerror or error})") from None
    except tomllib.TOMLDecodeError as error:
        raise SettingsError(f"{path}: not valid TOML ({error})") from None


def _table(path: Path, document: dict[str, Any]) -> dict[str, Any] | None:
    """The newsclean table of a configuration file, or None if it has none."""
    if path.name != "pyproject.toml":
        return document
    table = document.get("tool", {}).get("newsclean") if isinstance(document.get("tool"), dict) else None
    if table is not None and not isinstance(table, dict):
        raise SettingsError(f"{path}: [tool.newsclean] must be a table")
    return table


def load_settings(path: str | os.PathLike[str]) -> Settings:
    """The settings of one configuration file (``pyproject.toml`` or any other TOML file).

    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "newsclean.toml").write_text('ignore = ["CA"]\\njobs = 2\\n')
    >>> settings = load_settings(folder / "newsclean.toml")
    >>> settings.ignore, settings.jobs, settings.root == folder
    (('CA',), 2, True)
    """
    source = Path(path).resolve()
    table = _table(source, _read_toml(source))
    if table is None:
        return Settings(root=source.parent, source=source)
    values: dict[str, Any] = {}
    for key, value in table.items():
        parse = _KEYS.get(key)
        if parse is None:
            known = ", ".join(sorted(_KEYS))
            raise SettingsError(f"{source}: unknown key '{key}' (known keys: {known})")
        try:
            parsed = parse(key, value)
        except SettingsError as error:
            raise SettingsError(f"{source}: {error}") from None
        if key in _PATH_KEYS:
            parsed = tuple(source.parent / item for item in parsed)
        values[key.replace("-", "_")] = parsed
    return Settings(root=source.parent, source=source, **values)


def _declares_newsclean(path: Path) -> bool:
    if path.name != "pyproject.toml":
        return True
    try:
        return _table(path, _read_toml(path)) is not None
    except SettingsError:
        return True  # a broken pyproject.toml is reported when it is loaded


def find_settings_file(start: Path) -> Path | None:
    """The configuration file for inputs under ``start``: the nearest folder upwards
    with a ``newsclean.toml``, or a ``pyproject.toml`` that has ``[tool.newsclean]``."""
    folder = start.resolve()
    if not folder.is_dir():
        folder = folder.parent
    for candidate in (folder, *folder.parents):
        for name in CONFIG_NAMES:
            path = candidate / name
            if path.is_file() and _declares_newsclean(path):
                return path
    return None


def common_folder(paths: Sequence[str]) -> Path:
    """The deepest folder holding every path (the current folder for none)."""
    folders = [Path(p).resolve() if Path(p).is_dir() else Path(p).resolve().parent for p in paths]
    if not folders:
        return Path.cwd()
    return Path(os.path.commonpath([str(folder) for folder in folders]))

