"""Versioned checkpoint files, written atomically and refused with a reason when unusable.

A file is a fixed header, then a ``torch.save`` payload:

    b"RLQWOPCK" | format version (u32) | payload length (u64) | SHA-256 of the payload | payload

The header lets a loader tell apart a file that is not a checkpoint, one from another format
version, a truncated one and a corrupted one before torch reads a byte of the payload; the payload
is read with ``weights_only=True``, so loading a checkpoint never runs code from it.

Writing goes to a temporary file in the same directory, is flushed to disk, then renamed over the
target (``os.replace`` is atomic within a file system): a reader sees the old file or the new one,
never half of one.
"""

from __future__ import annotations

import hashlib
import io
import os
import struct
from pathlib import Path

from rlqwop.files import TEMP_SUFFIX, remove_partial_files, write_atomic  # noqa: F401 (re-exported)

MAGIC = b"RLQWOPCK"
FORMAT_VERSION = 1
_HEADER = struct.Struct("<8sIQ32s")


class CheckpointError(Exception):
    """A checkpoint that cannot be used; the message says which file and why."""


def serialize(state: dict) -> bytes:
    """The bytes of a checkpoint file holding ``state``."""
    import torch  # here, not at the top: the launcher reports checkpoint errors without torch

    buf = io.BytesIO()
    torch.save(state, buf)
    payload = buf.getvalue()
    return _HEADER.pack(MAGIC, FORMAT_VERSION, len(payload),
                        hashlib.sha256(payload).digest()) + payload


def save(path: str | os.PathLike, state: dict) -> None:
    """Serialise ``state`` and write it atomically to ``path``."""
    write_atomic(path, serialize(state))


def load(path: str | os.PathLike, expect: dict | None = None) -> dict:
    """Read a checkpoint, refusing a missing, damaged, foreign or incompatible one.

    Args:
        path: the checkpoint file.
        expect: entries its ``meta`` must match, e.g. ``{"env_id": ..., "obs_shape": ...,
            "action_space": ..., "physics": ...}``; None checks nothing beyond the file itself.
    Raises:
        CheckpointError: naming the file and the reason.
    """
    path = Path(path)
    if path.is_dir():
        inside = sorted(str(p) for p in path.glob("**/*.pt"))[:3]
        raise CheckpointError(f"{path} is a directory, not a checkpoint file; pass a file "
                              + (f"such as {', '.join(inside)}" if inside
                                 else "(a run writes runs/NAME/checkpoints/best.pt and last.pt)"))
    if not path.is_file():
        raise CheckpointError(f"checkpoint {path} does not exist")
    data = path.read_bytes()
    if len(data) < _HEADER.size or not data.startswith(MAGIC):
        raise CheckpointError(f"{path} is not an rlqwop checkpoint (no {MAGIC.decode()} header)")
    _, version, length, digest = _HEADER.unpack_from(data)
    if version != FORMAT_VERSION:
        raise CheckpointError(f"{path} has checkpoint format version {version}; this rlqwop "
                              f"reads version {FORMAT_VERSION}")
    payload = data[_HEADER.size:]
    if len(payload) != length:
        raise CheckpointError(f"{path} is damaged: truncated ({len(payload)} of {length} payload "
                              f"bytes)")
    if hashlib.sha256(payload).digest() != digest:
        raise CheckpointError(f"{path} is damaged: its contents do not match its checksum")
    import torch

    try:
        state = torch.load(io.BytesIO(payload), map_location="cpu", weights_only=True)
    except Exception as e:  # the checksum matched, so this is a writer's bug, still reported
        raise CheckpointError(f"{path} is damaged: cannot unpack it ({e})") from e
    if not isinstance(state, dict) or not isinstance(state.get("meta"), dict):
        raise CheckpointError(f"{path} holds no rlqwop training state")
    if expect:
        check_compatible(state["meta"], expect, path)
    return state


def algo_of(meta: dict) -> str:
    """The algorithm that wrote a checkpoint: "ppo" (ours, also every file from before the
    Stable-Baselines3 path, which carry no name) or an ``sb3-*`` name."""
    return meta.get("algo", "ppo")


def require_algo(meta: dict, algo: str, path: str | os.PathLike = "checkpoint") -> None:
    """Raise ``CheckpointError`` unless the checkpoint was written by ``algo``."""
    have = algo_of(meta)
    if have != algo:
        raise CheckpointError(f"{path} was written by algo {have!r}, not {algo!r}; continue it "
                              f"with --algo {have}")


_WHAT = {"env_id": "env id", "obs_shape": "observation shape", "obs_dtype": "observation dtype",
         "action_space": "action space", "physics": "physics fingerprint (rlqwop.game.spec)",
         "policy": "network"}


def check_compatible(meta: dict, expect: dict, path: str | os.PathLike = "checkpoint") -> None:
    """Raise ``CheckpointError`` naming the first entry of ``expect`` that ``meta`` contradicts."""
    for key, wanted in expect.items():
        have = meta.get(key)
        if _canonical(have) != _canonical(wanted):
            raise CheckpointError(f"{path} is incompatible: its {_WHAT.get(key, key)} is {have!r}, "
                                  f"this run's is {wanted!r}")


def _canonical(value):
    return list(value) if isinstance(value, tuple) else value
