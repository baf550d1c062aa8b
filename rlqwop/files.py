"""Writing user files so that none is ever half-written: a temporary file beside it, then a rename.

``os.replace`` is atomic within one file system, so a reader (or a crash) sees the old file or the
new one, never part of one. Every file a user produces (replays, checkpoints, videos, configs)
goes through here.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

TEMP_SUFFIX = ".partial"


@contextlib.contextmanager
def atomic_path(path: str | os.PathLike, overwrite: bool = True) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; on success it is synced and renamed to ``path``.

    For writers that want a file name (video encoders, ``torch.save``). On any error the temporary
    file is removed and ``path`` is left as it was. With ``overwrite=False`` an existing ``path``
    (even one created while writing) is never replaced: FileExistsError instead.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}.",
                               suffix=path.suffix + TEMP_SUFFIX)
    os.close(fd)
    tmp = Path(tmp)
    try:
        yield tmp
        with open(tmp, "rb+") as f:
            os.fsync(f.fileno())
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; give the usual permissions
        if overwrite:
            os.replace(tmp, path)
        else:
            _rename_unless_exists(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    # The rename itself is durable only once the directory entry is on disk.
    dir_fd = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)


def _rename_unless_exists(tmp: Path, path: Path) -> None:
    try:
        os.link(tmp, path)  # atomic, and fails if path exists: no check-then-write race
    except FileExistsError:
        raise
    except OSError:  # a file system without hard links (FAT, some network shares): check first
        if path.exists():
            raise FileExistsError(f"{path} exists") from None
        os.replace(tmp, path)
        return
    tmp.unlink()


def write_atomic(path: str | os.PathLike, data: bytes, overwrite: bool = True) -> None:
    """Write ``data`` to ``path`` so that ``path`` never holds a partial file (``overwrite``:
    see ``atomic_path``)."""
    with atomic_path(path, overwrite) as tmp:
        tmp.write_bytes(data)


def remove_partial_files(directory: str | os.PathLike) -> list[Path]:
    """Delete temporary files an interrupted write left in ``directory``; returns them."""
    leftovers = sorted(Path(directory).glob(f".*{TEMP_SUFFIX}"))
    for leftover in leftovers:
        leftover.unlink(missing_ok=True)
    return leftovers


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
