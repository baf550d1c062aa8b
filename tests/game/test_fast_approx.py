"""The "fast-approx" engine: the fast engine with its own vectorised sin and cos (trig.own_sincos).

Not the real game's bits, so what it must show is how closely it still follows the real game (the
issue's parity goals), that its batches equal its games stepped alone, determinism, and that it
is a different engine from "fast" at all (a TRIG field that nothing read would pass the rest)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from rlqwop import Game
from rlqwop.envs.config import EnvConfig
from rlqwop.game.engine import ENGINES, make_worlds
from rlqwop.game.fast import FastWorlds, island, kernel, lanes
from rlqwop.game.parity import compare_recording, recordings
from tests.game.test_fast_engine import REALGAME, drive, fast_digest

APPROX = "fast-approx"


def test_it_follows_every_recording_within_0_01_and_falls_when_the_real_game_falls():
    rows = [compare_recording(p, APPROX) for p in recordings(REALGAME)]
    random_rows = [r for r in rows if "random" in r["recording"]]
    assert len(rows) == 21 and len(random_rows) == 10
    for row in rows:
        name = row["recording"]
        assert row["first_x_over_0.01"] == -1, name  # torso x never 0.01 from the real game
        assert row["fall"] == row["real_fall"], name
        assert row["max_error"] < 1e-3, name  # any body value (2.6e-4 at worst on 2026-11-26)
        assert row["first_any_diff"] >= 0, name  # its own sin and cos: not the real game's bits
    assert sum(r["max_error"] < 1e-10 for r in rows) >= 19  # most stay within rounding noise (19 of 21)


def test_a_batch_in_lanes_equals_its_games_stepped_alone():
    n = lanes.LANES
    batch = FastWorlds(n, engine=APPROX)
    trace = drive(batch, np.random.default_rng(7), 200)
    assert (batch.scratch[:, kernel.S_DEFERRED + island.LANE] == 1).any()  # the lanes were used
    for g in (0, 5, n - 1):
        alone = FastWorlds(n, engine=APPROX)
        alone.active[:] = False
        alone.active[g] = True
        assert np.array_equal(drive(alone, np.random.default_rng(7), 200)[:, g], trace[:, g])


def test_parallel_stepping_is_bit_identical():
    serial = drive(FastWorlds(32, engine=APPROX), np.random.default_rng(8), 80)
    parallel = drive(FastWorlds(32, parallel=True, engine=APPROX), np.random.default_rng(8), 80)
    assert np.array_equal(serial, parallel)


def test_it_stays_close_to_the_exact_engine_but_is_not_it():
    exact = drive(FastWorlds(lanes.LANES), np.random.default_rng(9), 150)
    approx = drive(FastWorlds(lanes.LANES, engine=APPROX), np.random.default_rng(9), 150)
    assert not np.array_equal(exact, approx)
    assert np.abs(exact[:50] - approx[:50]).max() < 1e-9


def test_random_keys_in_a_thousand_games_stay_finite():
    worlds = FastWorlds(1024, engine=APPROX)
    worlds.set_velocities(np.random.default_rng(0).normal(0, 2, (1024, 12, 3)))
    trace = drive(worlds, np.random.default_rng(1), 300)
    assert np.isfinite(trace).all() and np.isfinite(worlds.bodies).all()
    assert np.abs(trace[..., :2]).max() < 200


def test_runs_are_bit_identical_across_processes_and_differ_from_fast():
    code = f"import tests.game.test_fast_engine as t; print(t.fast_digest({APPROX!r}))"
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=root)
    assert out.stdout.strip() == fast_digest(APPROX) != fast_digest("fast")


def test_it_is_a_registered_engine_everywhere_an_engine_is_named():
    assert APPROX in ENGINES
    assert Game(engine=APPROX).engine.name == APPROX
    assert make_worlds(APPROX, 3).name == APPROX
    assert EnvConfig(engine=APPROX).engine == APPROX
    with pytest.raises(ValueError, match="fast-approx"):
        FastWorlds(2, engine="fast-aprox")
