"""Which files a run reads: folders searched recursively, minus what is excluded.

Exclusion patterns use .gitignore syntax (``build/``, ``*.log``, ``/drafts``) and are
matched against paths relative to the project root (the configuration file's folder);
``.gitignore`` files are honoured too, each for the folder it stands in, up to the
repository's top, through pathspec, the library black uses for the same job. A folder
that holds a ``pyvenv.cfg`` is a virtualenv and is never searched. Files named on the
command line are always read, unless ``force_exclude`` is set (pre-commit passes every
changed file by name).
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from pathlib import Path, PurePosixPath

import pathspec

__all__ = ["Exclusions"]


def _relative(path: Path, base: Path) -> str | None:
    try:
        return path.relative_to(base).as_posix()
    except ValueError:
        return None


def _gitignore(folder: Path) -> pathspec.GitIgnoreSpec | None:
    path = folder / ".gitignore"
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    return pathspec.GitIgnoreSpec.from_lines(lines) if lines else None


def _repository_top(folder: Path) -> Path | None:
    for candidate in (folder, *folder.parents):
        if (candidate / ".git").exists():
            return candidate
    return None


class Exclusions:
    """Decides which files and folders a run skips.

    >>> import tempfile
    >>> root = Path(tempfile.mkdtemp())
    >>> for name in ("a.txt", "build/b.txt", ".venv/c.txt", "env/pyvenv.cfg", "env/d.txt"):
    ...     (root / name).parent.mkdir(parents=True, exist_ok=True)
    ...     _ = (root / name).write_text("x")
    >>> [p.name for p in Exclusions(root, (".*/", "build/")).files(root, "*.txt")]
    ['a.txt']
    """

    def __init__(self, root: Path, patterns: Sequence[str], respect_gitignore: bool = True) -> None:
        self.root = root.resolve()
        self.patterns = tuple(patterns)
        self._spec = pathspec.GitIgnoreSpec.from_lines(self.patterns)
        self.respects_gitignore = respect_gitignore
        self._ignores: dict[Path, pathspec.GitIgnoreSpec | None] = {}

    def _ignore_file(self, folder: Path) -> pathspec.GitIgnoreSpec | None:
        if folder not in self._ignores:
            self._ignores[folder] = _gitignore(folder)
        return self._ignores[folder]

    def _ignored_by_git(self, path: Path, is_dir: bool, folders: Sequence[Path]) -> bool:
        suffix = "/" if is_dir else ""
        for folder in folders:
            spec = self._ignore_file(folder)
            relative = _relative(path, folder)
            if spec is not None and relative and spec.match_file(relative + suffix):
                return True
        return False

    def _matches(self, path: Path, is_dir: bool, base: Path) -> bool:
        relative = _relative(path, self.root) or _relative(path, base) or path.name
        return self._spec.match_file(relative + ("/" if is_dir else ""))

    def _git_folders(self, folder: Path) -> list[Path]:
        """The folders whose .gitignore applies inside ``folder``: up to the repository top."""
        if not self.respects_gitignore:
            return []
        top = _repository_top(folder)
        if top is None:
            return [folder]
        chain = [folder]
        while chain[-1] != top:
            chain.append(chain[-1].parent)
        return chain[::-1]

    def excluded(self, path: str | os.PathLike[str]) -> bool:
        """Whether a path named on the command line is excluded (for ``force_exclude``):
        by a pattern, a .gitignore, or by standing inside a virtualenv."""
        target = Path(path).resolve()
        is_dir = target.is_dir()
        ancestors = [target.parent, *target.parent.parents]
        if any((folder / "pyvenv.cfg").is_file() for folder in ancestors):
            return True
        if self._matches(target, is_dir, target.parent):
            return True
        for folder in ancestors:  # an excluded folder excludes everything inside it
            inside = _relative(folder, self.root)
            if inside and inside != "." and self._spec.match_file(inside + "/"):
                return True
        folders = self._git_folders(target.parent)
        if self._ignored_by_git(target, is_dir, folders):
            return True
        return any(self._ignored_by_git(folder, True, folders) for folder in ancestors if folder in folders)

    def files(self, folder: Path, pattern: str) -> Iterator[Path]:
        """Files under ``folder`` whose path matches the glob ``pattern``, sorted, skipping
        excluded folders without entering them."""
        base = folder.resolve()
        applies: dict[str, list[Path]] = {os.fspath(folder): self._git_folders(base)}
        found: list[Path] = []
        for current, folders, names in os.walk(folder):
            here = Path(current)
            real = Path(os.path.realpath(here))
            gits = applies.pop(current)
            kept = []
            for name in sorted(folders):
                child = real / name
                if (child / "pyvenv.cfg").is_file():
                    continue
                if self._matches(child, True, base) or self._ignored_by_git(child, True, gits):
                    continue
                kept.append(name)
                applies[os.path.join(current, name)] = [*gits, child] if self.respects_gitignore else gits
            folders[:] = kept
            for name in names:
                if not PurePosixPath(name).match(pattern) and not (here / name).match(pattern):
                    continue
                if not (here / name).is_file():
                    continue
                child = real / name
                if self._matches(child, False, base) or self._ignored_by_git(child, False, gits):
                    continue
                found.append(here / name)
        yield from sorted(found, key=str)
