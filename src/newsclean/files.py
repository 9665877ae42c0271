"""Reading files as text, and atomic in-place writes that never leave a file half-done."""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
import time
from pathlib import Path
from typing import BinaryIO

from .decode import BOM_OF, Decoded, decode
from .model import NewscleanError

__all__ = [
    "AtomicWriter", "InputError", "Snapshot", "WriteError", "open_input", "read_document",
    "remove_stale_temporaries", "size_limit_problem", "snapshot", "write_atomic",
]


class InputError(NewscleanError):
    """A path that cannot be read as a text document."""


class WriteError(NewscleanError):
    """A file that cannot be written; the original is left as it was."""


def size_limit_problem(size: int, max_bytes: int | None) -> str | None:
    """Why a document of ``size`` bytes is refused under ``max_bytes``, or None.

    >>> size_limit_problem(120_000_000, 20_000_000)
    '120.0 MB, over the limit of 20.0 MB (--max-bytes; 0 lifts it)'
    """
    if not max_bytes or size <= max_bytes:
        return None
    return f"{_amount(size)}, over the limit of {_amount(max_bytes)} (--max-bytes; 0 lifts it)"


def _amount(size: int) -> str:
    return f"{size / 1e6:.1f} MB" if size >= 100_000 else f"{size} bytes"


def _read_error(path: str | os.PathLike[str], error: OSError) -> InputError:
    """One line naming the path and what is wrong with reading it."""
    if isinstance(error, FileNotFoundError):
        return InputError(f"{path}: no such file")
    if isinstance(error, IsADirectoryError):
        return InputError(f"{path}: is a directory")
    if isinstance(error, PermissionError):
        return InputError(f"{path}: permission denied")
    return InputError(f"{path}: cannot read: {error.strerror or error}")


def open_input(path: str | os.PathLike[str]) -> BinaryIO:
    """Open a file for reading bytes; errors name the path and say what is wrong."""
    try:
        return open(path, "rb")  # closed by the caller
    except OSError as error:
        raise _read_error(path, error) from None


def read_document(path: str | os.PathLike[str], max_bytes: int | None = None) -> Decoded:
    """Read and decode one file; errors name the path and say what is wrong.

    A file over ``max_bytes`` is refused before it is read (a news article is a few
    kilobytes; a 100 MB one-line file is a dump or an accident, not an article).
    """
    with open_input(path) as handle:
        try:
            problem = size_limit_problem(os.fstat(handle.fileno()).st_size, max_bytes)
            if problem:
                raise InputError(f"{path}: {problem}")
            data = handle.read()
        except OSError as error:
            raise _read_error(path, error) from None
    try:
        return decode(data)
    except NewscleanError as error:
        raise InputError(f"{path}: {error}") from None


def encode(text: str, newline: str, encoding: str = "utf-8", bom: bool = False) -> bytes:
    """Bytes with the given line-break style: UTF-8, or ``encoding`` (and its BOM).

    >>> encode("a\\nb", "\\r\\n")
    b'a\\r\\nb'
    >>> encode("é", "\\n", "utf-16-le", bom=True)
    b'\\xff\\xfe\\xe9\\x00'
    """
    if newline != "\n":
        text = text.replace("\n", newline)
    data = text.encode(encoding)
    return BOM_OF[encoding] + data if bom else data


Snapshot = tuple[int, int, int]  # size, modification time (ns), inode


def snapshot_of(info: os.stat_result) -> Snapshot:
    """What tells that a file changed: its size, modification time and inode."""
    return (info.st_size, info.st_mtime_ns, info.st_ino)


def snapshot(path: str | os.PathLike[str]) -> Snapshot | None:
    """The file's snapshot now, or None if it cannot be read (the read will say why)."""
    try:
        return snapshot_of(os.stat(path))
    except OSError:
        return None


TEMPORARY_PREFIX = ".nc-"  # then the writing process's id, a dash, random letters
TEMPORARY_SUFFIX = ".newsclean.tmp"
_STALE_AFTER_SECONDS = 60  # a process id can be reused: only old files count as stale


def remove_stale_temporaries(folder: str | os.PathLike[str]) -> list[str]:
    """Remove the temporary files that a killed run of newsclean left in ``folder``.

    Ours by name (``.nc-<pid>-….newsclean.tmp``), written by a process that no longer
    runs, and untouched for a minute. Returns the names removed.
    """
    removed: list[str] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    now = time.time()
    for entry in entries:
        name = entry.name
        if not (name.startswith(TEMPORARY_PREFIX) and name.endswith(TEMPORARY_SUFFIX)):
            continue
        pid_text = name[len(TEMPORARY_PREFIX) :].split("-", 1)[0]
        if not pid_text.isdigit() or _process_alive(int(pid_text)):
            continue
        with contextlib.suppress(OSError):
            if now - entry.stat(follow_symlinks=False).st_mtime >= _STALE_AFTER_SECONDS:
                os.unlink(entry.path)
                removed.append(entry.path)
    return removed


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's process
    return True


class AtomicWriter:
    """Write a file's new content to a temporary file, then replace the file in one step.

    Use as a context manager: ``write`` the new bytes; on a clean exit the temporary
    file (a short name of its own beside the target) is fsynced, given the original's
    mode, owner and group, and renamed over the target; on an exception, or after
    :meth:`discard`, the temporary file is removed and the original stays byte-for-byte
    as it was. A symlink is followed and its target replaced, so the link stays a link.
    Refused: a read-only file, a file with other hard links (replacing it would split
    them), a file whose owner a non-root user cannot keep, and a file that changed
    while it was being cleaned.
    """

    def __init__(self, path: str | os.PathLike[str], read_as: Snapshot | None = None) -> None:
        self._shown = os.fspath(path)
        self._target = Path(os.path.realpath(path))
        try:
            self._stat = self._target.stat()
        except OSError as error:
            raise WriteError(f"{self._shown}: cannot write: {error.strerror or error}") from None
        # The file as it was read (by the caller, before cleaning), else as it is now.
        self._read_as = read_as or snapshot_of(self._stat)
        self._mode = stat.S_IMODE(self._stat.st_mode)
        # Refused even for root, who may write anywhere: a read-only mode is the owner's word.
        writable_mode = self._mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)
        if not os.access(self._target, os.W_OK) or not writable_mode:
            raise WriteError(f"{self._shown}: permission denied (the file is read-only)")
        if self._stat.st_nlink > 1:
            raise WriteError(
                f"{self._shown}: has {self._stat.st_nlink} hard links; replacing it would split "
                "them (clean a copy, or write to stdout)"
            )
        self._temporary = ""
        self._handle: BinaryIO | None = None
        self._discarded = False

    def __enter__(self) -> AtomicWriter:
        try:
            # A short name of its own: a long file name plus a suffix could pass the
            # file system's limit on names.
            descriptor, self._temporary = tempfile.mkstemp(
                prefix=f"{TEMPORARY_PREFIX}{os.getpid()}-", suffix=TEMPORARY_SUFFIX, dir=self._target.parent
            )
        except OSError as error:
            raise WriteError(f"{self._shown}: cannot write: {error.strerror or error}") from None
        self._handle = os.fdopen(descriptor, "wb")
        return self

    @property
    def handle(self) -> BinaryIO:
        """The temporary file, for writers that take a file object (Parquet)."""
        assert self._handle is not None, "AtomicWriter used outside a with block"
        return self._handle

    def write(self, data: bytes) -> None:
        """Append ``data`` to the new content."""
        assert self._handle is not None, "AtomicWriter used outside a with block"
        self._handle.write(data)

    def discard(self) -> None:
        """Keep the original file: nothing written so far will replace it."""
        self._discarded = True

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, trace: object) -> None:
        assert self._handle is not None
        try:
            if kind is None and not self._discarded:
                self._handle.flush()
                os.fsync(self._handle.fileno())
                self._handle.close()
                os.chmod(self._temporary, self._mode)
                self._keep_owner()
                self._refuse_if_changed()
                os.replace(self._temporary, self._target)
                _fsync_directory(self._target.parent)
                return
        except OSError as failure:
            self._remove_temporary()
            raise WriteError(f"{self._shown}: cannot write: {failure.strerror or failure}") from None
        except BaseException:
            self._remove_temporary()
            raise
        self._remove_temporary()
        if isinstance(error, OSError):
            raise WriteError(f"{self._shown}: cannot write: {error.strerror or error}") from None

    def _keep_owner(self) -> None:
        """Give the new file the original's owner and group (root can; others must own it)."""
        if (self._stat.st_uid, self._stat.st_gid) == (os.geteuid(), os.getegid()):
            return
        try:
            os.chown(self._temporary, self._stat.st_uid, self._stat.st_gid)
        except PermissionError:
            raise OSError(0, "replacing it would change its owner or group") from None

    def _refuse_if_changed(self) -> None:
        """Refuse to replace a file that changed since it was read (text appended meanwhile)."""
        if snapshot_of(self._target.stat()) != self._read_as:
            raise OSError(0, "it changed while it was being cleaned; nothing written")

    def _remove_temporary(self) -> None:
        assert self._handle is not None
        with contextlib.suppress(OSError):
            self._handle.close()
        with contextlib.suppress(FileNotFoundError):
            os.unlink(self._temporary)


def write_atomic(path: str | os.PathLike[str], data: bytes, read_as: Snapshot | None = None) -> None:
    """Replace the file's content in one step (see :class:`AtomicWriter`); ``read_as``
    is the file as it was read, and a file that has changed since is refused."""
    with AtomicWriter(path, read_as) as writer:
        writer.write(data)


def _fsync_directory(folder: Path) -> None:
    """Make the rename durable where the platform allows it."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)
