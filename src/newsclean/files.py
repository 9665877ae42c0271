"""Reading files as text, and atomic in-place writes that never leave a file half-done."""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path

from .decode import Decoded, decode
from .model import NewscleanError

__all__ = ["InputError", "WriteError", "read_document", "write_atomic"]


class InputError(NewscleanError):
    """A path that cannot be read as a text document."""


class WriteError(NewscleanError):
    """A file that cannot be written; the original is left as it was."""


def read_document(path: str | os.PathLike[str]) -> Decoded:
    """Read and decode one file; errors name the path and say what is wrong."""
    target = Path(path)
    try:
        data = target.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as error:
        raise InputError(f"{path}: cannot read: {error.strerror or error}") from None
    try:
        return decode(data)
    except NewscleanError as error:
        raise InputError(f"{path}: {error}") from None


def encode(text: str, newline: str) -> bytes:
    """UTF-8 bytes with the given line-break style."""
    if newline != "\n":
        text = text.replace("\n", newline)
    return text.encode("utf-8")


def write_atomic(path: str | os.PathLike[str], data: bytes) -> None:
    """Replace the file's content in one step: temp file, fsync, keep mode, rename.

    A symlink is followed and its target replaced, so the link stays a link. On any
    error the original file is untouched and no temporary file remains.
    """
    target = Path(os.path.realpath(path))
    try:
        mode = stat.S_IMODE(target.stat().st_mode)
    except OSError as error:
        raise WriteError(f"{path}: cannot write: {error.strerror or error}") from None
    # Refused even for root, who may write anywhere: a read-only mode is the owner's word.
    if not os.access(target, os.W_OK) or not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
        raise WriteError(f"{path}: permission denied (the file is read-only)")
    descriptor, temporary = tempfile.mkstemp(
        prefix=f".{target.name}.", suffix=".newsclean.tmp", dir=target.parent
    )
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, target)
    except BaseException as error:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        if isinstance(error, OSError):
            raise WriteError(f"{path}: cannot write: {error.strerror or error}") from None
        raise
    _fsync_directory(target.parent)


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
