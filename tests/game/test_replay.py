"""Replays: the file format, atomic writes, refusals, and bit-identical re-simulation."""

from __future__ import annotations

import json
import os
import random
from dataclasses import replace

import pytest

from rlqwop import Game
from rlqwop.game import replay as rp
from rlqwop.game import spec
from rlqwop.game.replay import (GameOptions, Recorder, Replay, ReplayError, RunResult, load_replay,
                                run_replay, save_replay, verify)

COMBOS = ["", "o", "p", "q", "qo", "qp", "w", "wo", "wp", "qw", "op", "qwop"]


def recorded(updates: int = 240, seed: int = 0, **options) -> Replay:
    rng = random.Random(seed)
    recorder = Recorder(Game(**options))
    keys = ""
    for u in range(updates):
        if u % 5 == 0:
            keys = rng.choice(COMBOS)
        recorder.step(keys)
    return recorder.replay()


@pytest.fixture(scope="module")
def run() -> Replay:
    return recorded()


def rewrite(path, edit) -> None:
    """Change a saved replay's fields and give it a valid checksum again."""
    payload = json.loads(path.read_text())
    edit(payload)
    payload["checksum"] = rp._checksum(payload)
    path.write_text(json.dumps(payload))


# --- keys ----------------------------------------------------------------------------------
def test_keys_encode_to_one_hex_digit_per_update_and_back():
    every = ["".join(k for k, bit in zip("qwop", (8, 4, 2, 1)) if n & bit) for n in range(16)]
    text = rp.encode_keys(every)
    assert text == "0123456789abcdef"
    assert rp.decode_keys(text) == tuple(every)
    assert rp.encode_keys(["q", "w", "o", "p", "QO", "pq"]) == "8421a9"
    with pytest.raises(ValueError):
        rp.encode_keys(["qx"])
    with pytest.raises(ValueError):
        rp.decode_keys("0g")


def test_recorder_keeps_canonical_keys_and_refuses_a_game_already_running():
    recorder = Recorder(Game())
    recorder.step("OQ")
    recorder.step("")
    assert recorder.keys == ["qo", ""]
    game = Game()
    game.step("q")
    with pytest.raises(ValueError, match="start at the game's start"):
        Recorder(game)


# --- running -------------------------------------------------------------------------------
@pytest.mark.parametrize("options", [{}, {"start": "reset"}, {"preclick_updates": 3},
                                     {"finish_either_foot": True}, {"engine": "box2d"},
                                     {"engine": "fast-approx"}])
def test_resimulation_is_bit_identical(options):
    replay = recorded(300, seed=len(options), **options)
    assert replay.options == replace(GameOptions(), **options)
    result = run_replay(replay)
    assert result == replay.result  # the final-state digest too
    check = verify(replay)
    assert check.ok and check.bit_identical and check.mismatches == ()


def test_recorded_result_is_the_games(run):
    game = Game()
    for keys in run.keys:
        game.step(keys)
    assert run.result.distance_m == game.distance_m
    assert run.result.race_ticks == game.race_ticks
    assert run.result.fallen == game.fallen and run.result.finished == game.finished
    assert run.result.updates == game.updates == len(run.keys)


def test_verify_names_what_differs(run):
    wrong = replace(run, result=replace(run.result, distance_m=run.result.distance_m + 0.1,
                                        race_ticks=run.result.race_ticks + 1))
    check = verify(wrong)
    assert not check.ok
    assert any(m.startswith("distance_m: recorded") for m in check.mismatches)
    assert any(m.startswith("race_ticks") for m in check.mismatches)
    shorter = Replay(run.keys[:-10], run.options, run.result)
    assert not verify(shorter).ok
    assert verify(run).bit_identical
    other_bits = verify(replace(run, result=replace(run.result, state_digest="0" * 16)))
    assert other_bits.ok and not other_bits.bit_identical  # same outcome, other final state


def test_unusable_options_are_a_replay_error(run):
    with pytest.raises(ReplayError, match="game options"):
        run_replay(replace(run, options=replace(run.options, engine="nonesuch")))


# --- files ---------------------------------------------------------------------------------
def test_round_trip(run, tmp_path):
    path = tmp_path / "run.qwopreplay"
    assert save_replay(path, run) == path
    loaded = load_replay(path)
    assert loaded == run
    payload = json.loads(path.read_text())
    assert payload["magic"] == rp.MAGIC and payload["version"] == rp.FORMAT_VERSION
    assert payload["physics"] == spec.fingerprint()
    assert len(payload["keys"]) == run.result.updates
    assert set(payload["options"]) == {"start", "preclick_updates", "finish_either_foot", "engine"}
    assert verify(loaded).ok


def test_write_is_atomic_and_leaves_no_temporary_file(run, tmp_path, monkeypatch):
    path = tmp_path / "run.qwopreplay"
    save_replay(path, run)
    save_replay(path, run)  # over an existing file
    assert os.listdir(tmp_path) == ["run.qwopreplay"]
    before = path.read_bytes()

    def crash(src, dst):
        raise OSError("disk pulled out")

    monkeypatch.setattr(rp.os, "replace", crash)
    other = recorded(50, seed=7)
    with pytest.raises(OSError, match="disk pulled out"):
        save_replay(path, other)
    assert os.listdir(tmp_path) == ["run.qwopreplay"]
    assert path.read_bytes() == before


@pytest.mark.parametrize("cut", [0.0, 0.1, 0.5, 0.9, -2])
def test_truncated_file_is_refused(run, tmp_path, cut):
    """Cut at a fraction of its length, or just before the closing brace."""
    path = tmp_path / "run.qwopreplay"
    save_replay(path, run)
    data = path.read_bytes()
    path.write_bytes(data[:cut] if isinstance(cut, int) else data[:int(len(data) * cut)])
    with pytest.raises(ReplayError, match="is damaged: not valid JSON.*cut short.*Record the run again"):
        load_replay(path)


def test_garbage_and_foreign_files_are_refused(tmp_path):
    path = tmp_path / "x.qwopreplay"
    path.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(ReplayError, match="damaged: it is not UTF-8"):
        load_replay(path)
    path.write_text(json.dumps({"magic": "something-else", "version": 1}))
    with pytest.raises(ReplayError, match="not an rlqwop replay"):
        load_replay(path)
    path.write_text("[1, 2, 3]")
    with pytest.raises(ReplayError, match="not an rlqwop replay"):
        load_replay(path)
    with pytest.raises(ReplayError, match="cannot read replay"):
        load_replay(tmp_path / "missing.qwopreplay")


def test_checksum_mismatch_is_refused(run, tmp_path):
    path = tmp_path / "run.qwopreplay"
    save_replay(path, run)
    payload = json.loads(path.read_text())
    first = payload["keys"][0]
    payload["keys"] = ("1" if first != "1" else "2") + payload["keys"][1:]
    path.write_text(json.dumps(payload))
    with pytest.raises(ReplayError, match="checksum does not match"):
        load_replay(path)
    # editing the recorded result is caught the same way
    save_replay(path, run)
    payload = json.loads(path.read_text())
    payload["result"]["distance_m"] = 99.9
    path.write_text(json.dumps(payload))
    with pytest.raises(ReplayError, match="checksum does not match"):
        load_replay(path)


def test_other_format_version_is_refused(run, tmp_path):
    path = tmp_path / "run.qwopreplay"
    save_replay(path, run)
    rewrite(path, lambda p: p.update(version=2))
    with pytest.raises(ReplayError, match="format version 2, but this rlqwop reads version 1; "
                                          "a newer rlqwop wrote it: upgrade rlqwop"):
        load_replay(path)


@pytest.mark.parametrize("version", [0, "1", 1.0, True, None])
def test_a_version_that_no_rlqwop_wrote_is_damage(run, tmp_path, version):
    path = tmp_path / "run.qwopreplay"
    save_replay(path, run)
    rewrite(path, lambda p: p.update(version=version))
    with pytest.raises(ReplayError, match="is damaged: its 'version' field is .*Record the run again"):
        load_replay(path)


def test_saving_without_overwrite_never_replaces_a_file(run, tmp_path):
    path = tmp_path / "run.qwopreplay"
    path.write_text("someone else's run")
    with pytest.raises(FileExistsError):
        save_replay(path, run, overwrite=False)
    assert path.read_text() == "someone else's run"
    assert os.listdir(tmp_path) == ["run.qwopreplay"]  # no temporary file left
    fresh = tmp_path / "new.qwopreplay"
    assert save_replay(fresh, run, overwrite=False) == fresh and load_replay(fresh).keys == run.keys


def test_saving_without_overwrite_works_without_hard_links(run, tmp_path, monkeypatch):
    def no_links(src, dst):
        raise PermissionError("this file system has no hard links")
    monkeypatch.setattr(rp.os, "link", no_links)
    path = tmp_path / "run.qwopreplay"
    save_replay(path, run, overwrite=False)
    with pytest.raises(FileExistsError):
        save_replay(path, run, overwrite=False)
    assert os.listdir(tmp_path) == ["run.qwopreplay"] and load_replay(path).keys == run.keys


def test_other_physics_is_refused(run, tmp_path):
    path = tmp_path / "run.qwopreplay"
    save_replay(path, replace(run, physics="0123456789abcdef"))
    with pytest.raises(ReplayError, match="recorded with other physics .*0123456789abcdef.*"
                                          + spec.fingerprint()):
        load_replay(path)


@pytest.mark.parametrize("edit", [
    lambda p: p["result"].pop("race_ticks"),
    lambda p: p["options"].update(preclick_updates="1"),
    lambda p: p["result"].update(fallen=1),
    lambda p: p["result"].update(updates=True),
    lambda p: p.update(keys=p["keys"][:-1]),
    lambda p: p.update(keys=p["keys"][:-1] + "z"),
])
def test_malformed_fields_are_refused(run, tmp_path, edit):
    path = tmp_path / "run.qwopreplay"
    save_replay(path, run)
    rewrite(path, edit)
    with pytest.raises(ReplayError, match="damaged: a field is missing or malformed"):
        load_replay(path)


def test_run_result_time():
    result = RunResult(1.0, 45, False, False, 45, "")
    assert result.race_time_s == pytest.approx(1.5)
