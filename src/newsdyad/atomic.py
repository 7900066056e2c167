"""Output files that are whole or untouched: write a temporary file beside the target and
rename it over the target only when everything was written.

A run that fails half-way (a missing model, a crash, Ctrl-C) leaves an existing output file as
it was, and no partial file.

>>> import tempfile, pathlib
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> with atomic_path(d / "out.txt") as tmp:
...     _ = pathlib.Path(tmp).write_text("done")
>>> (d / "out.txt").read_text()
'done'
"""

from __future__ import annotations

import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Iterator


class OutputDirectoryMissing(FileNotFoundError):
    """The directory an output file should go to does not exist."""


def check_output_dir(path: str | Path) -> Path:
    """The output path, or OutputDirectoryMissing naming the directory that is missing."""
    path = Path(path)
    parent = path.parent if str(path.parent) else Path(".")
    if not parent.is_dir():
        raise OutputDirectoryMissing(f"{path}: directory {parent} does not exist")
    if path.is_dir():
        raise OutputDirectoryMissing(f"{path} is a directory, not a file")
    return path


@contextmanager
def atomic_path(path: str | Path) -> Iterator[str]:
    """A temporary path in the target's directory; renamed to `path` when the block succeeds."""
    target = check_output_dir(path)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
    os.close(fd)
    try:
        yield tmp
        if target.exists():  # keep the old file's permissions
            os.chmod(tmp, target.stat().st_mode & 0o7777)
        else:
            os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


@contextmanager
def atomic_open(path: str | Path, mode: str = "w", **kwargs) -> Iterator[IO]:
    """`open(path, mode)` that only replaces `path` once the block has succeeded."""
    with atomic_path(path) as tmp:
        with open(tmp, mode, **kwargs) as fh:
            yield fh


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
