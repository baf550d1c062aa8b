"""Checkpoints: atomic writes, and refusal of missing, damaged or incompatible files."""

import os
import struct

import pytest
import torch

from rlqwop.agents import checkpoint
from rlqwop.agents.checkpoint import CheckpointError

META = {"env_id": "qwop-v0", "obs_shape": [100], "obs_dtype": "float32",
        "action_space": "Discrete(9)", "physics": "abc123", "policy": "mlp",
        "hidden_sizes": [64, 64]}


@pytest.fixture
def saved(tmp_path):
    path = tmp_path / "last.pt"
    checkpoint.save(path, {"meta": META, "net": {"w": torch.arange(1000.0)}})
    return path


def test_round_trip(saved):
    state = checkpoint.load(saved, expect=META)
    assert torch.equal(state["net"]["w"], torch.arange(1000.0))


def test_missing(tmp_path):
    with pytest.raises(CheckpointError, match="does not exist"):
        checkpoint.load(tmp_path / "nope.pt")


def test_truncated(saved):
    data = saved.read_bytes()
    saved.write_bytes(data[: len(data) // 2])
    with pytest.raises(CheckpointError, match="truncated"):
        checkpoint.load(saved)


def test_corrupted(saved):
    data = bytearray(saved.read_bytes())
    data[-100] ^= 0xFF
    saved.write_bytes(bytes(data))
    with pytest.raises(CheckpointError, match="checksum"):
        checkpoint.load(saved)


def test_garbage_and_foreign_files(tmp_path):
    garbage = tmp_path / "garbage.pt"
    garbage.write_bytes(os.urandom(5000))
    with pytest.raises(CheckpointError, match="not an rlqwop checkpoint"):
        checkpoint.load(garbage)
    plain = tmp_path / "plain.pt"
    torch.save({"w": torch.zeros(3)}, plain)  # a torch file, but not ours
    with pytest.raises(CheckpointError, match="not an rlqwop checkpoint"):
        checkpoint.load(plain)


def test_other_format_version(saved):
    data = bytearray(saved.read_bytes())
    struct.pack_into("<I", data, 8, checkpoint.FORMAT_VERSION + 1)
    saved.write_bytes(bytes(data))
    with pytest.raises(CheckpointError, match="format version 2"):
        checkpoint.load(saved)


@pytest.mark.parametrize("key, value, words", [
    ("env_id", "frame-qwop-v0", "env id"),
    ("obs_shape", [36, 36, 3], "observation shape"),
    ("action_space", "MultiBinary(4)", "action space"),
    ("physics", "ffff0000", "physics fingerprint"),
])
def test_incompatible(saved, key, value, words):
    with pytest.raises(CheckpointError, match=f"incompatible: its {words}"):
        checkpoint.load(saved, expect={**META, key: value})


def test_failed_write_leaves_the_old_file_and_no_partial(saved, monkeypatch):
    before = saved.read_bytes()

    def crash(*args):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(OSError, match="disk full"):
        checkpoint.save(saved, {"meta": META, "net": {}})
    assert saved.read_bytes() == before
    assert sorted(p.name for p in saved.parent.iterdir()) == ["last.pt"]


def test_leftover_partial_files_are_removed(tmp_path):
    (tmp_path / f".last.pt.x1{checkpoint.TEMP_SUFFIX}").write_bytes(b"half")
    (tmp_path / "best.pt").write_bytes(b"keep")
    removed = checkpoint.remove_partial_files(tmp_path)
    assert [p.name for p in removed] == [f".last.pt.x1{checkpoint.TEMP_SUFFIX}"]
    assert [p.name for p in tmp_path.iterdir()] == ["best.pt"]
