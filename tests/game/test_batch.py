"""GameBatch: the game's rules over N races equal N Games stepped alone, bit for bit."""

from __future__ import annotations

import numpy as np
import pytest

from rlqwop.game import Game, GameBatch, spec
from rlqwop.game.batch import GameView
from rlqwop.game.box2d_engine import Box2DWorlds
from rlqwop.game.engine import ContactBegin
from rlqwop.game.fast import FastWorlds
from rlqwop.game.fast.layout import C0X, CX
from rlqwop.game.rules import joint_angles, key_codes
from tests.game.test_game import COMBOS

READINGS = ("distance_m", "race_ticks", "updates", "fallen", "jumped", "finished", "ended", "hip_mode",
            "camera_px", "head_torque", "torso_x")


def assert_same(view: GameView, game: Game, where: str) -> None:
    assert np.array_equal(view.body_states(), game.body_states()), where
    assert np.array_equal(view.hurdle_states(), game.hurdle_states()), where
    for name in READINGS:
        assert getattr(view, name) == getattr(game, name), f"{name} {where}"


def run_both(engine: str, n: int, updates: int, seed: int, **options) -> tuple[GameBatch, list[Game]]:
    """Random keys (held 1-6 updates), random start velocities, and races that ended restarted
    every few updates: the batch beside N Games, compared after every update."""
    rng = np.random.default_rng(seed)
    batch = GameBatch(n, engine=engine, **options)
    games = [Game(engine=engine, **options) for _ in range(n)]
    codes = rng.integers(0, 9, n)
    restarts = 0
    for update in range(updates):
        change = rng.random(n) < 0.3
        codes = np.where(change, rng.integers(0, 9, n), codes)
        if update % 5 == 0 and batch.ended.any():
            ended = batch.ended.copy()
            velocities = rng.normal(0.0, 1.5, (int(ended.sum()), spec.N_BODIES, 3))
            batch.reset(ended, velocities)
            for row, v in zip(np.flatnonzero(ended), velocities):
                games[row].reset(velocities=v)
            restarts += int(ended.sum())
        active = rng.random(n) < 0.9  # some races sit out some updates
        batch.step(codes // 3, codes % 3, active)
        for row in np.flatnonzero(active):
            games[row].step(COMBOS[codes[row]])
        states = batch.read_bodies()
        for row, game in enumerate(games):
            assert np.array_equal(states[row], game.body_states()), (update, row)
            assert_same(batch.views[row], game, f"update {update}, race {row}")
    assert restarts >= n // 2  # the runs fell and were restarted
    return batch, games


@pytest.mark.parametrize("start", ["fresh", "reset"])
def test_fast_batch_equals_games_stepped_alone(start):
    batch, _ = run_both("fast", 8, 250, seed=1, start=start)
    assert isinstance(batch.engine, FastWorlds)


def test_box2d_batch_equals_games_stepped_alone():
    batch, _ = run_both("box2d", 4, 150, seed=2, start="reset", finish_either_foot=True)
    assert isinstance(batch.engine, Box2DWorlds)


def test_default_engine_is_fast_and_options_are_checked():
    assert isinstance(GameBatch(2).engine, FastWorlds)
    with pytest.raises(ValueError, match="start"):
        GameBatch(2, start="late")
    with pytest.raises(ValueError, match="whole number"):
        GameBatch(0)
    with pytest.raises(ValueError, match="3 games"):
        GameBatch(2, engine=FastWorlds(3))


@pytest.mark.parametrize("either", [False, True])
def test_contact_rules_over_a_batch_equal_the_rules_of_one_race(either):
    """Made-up contact begins (track as A or not, every body, around the jump and finish lines),
    as rows over races and one by one: falls, jumps, landings and scores agree."""
    rng = np.random.default_rng(3 if either else 4)
    n = 64
    batch = GameBatch(n, finish_either_foot=either)
    games = [Game(finish_either_foot=either) for _ in range(n)]
    for _ in range(12):
        body = rng.integers(0, spec.N_BODIES, n)
        body[rng.random(n) < 0.5] = spec.LEFT_FOOT if rng.random() < 0.5 else spec.RIGHT_FOOT
        track_is_a = rng.random(n) < 0.85
        max_x = rng.uniform(980.0, 1010.0, n)
        batch._contact(body, track_is_a, max_x)
        for row, game in enumerate(games):
            game._on_contact(ContactBegin(int(body[row]), bool(track_is_a[row]), float(max_x[row])))
    for row, game in enumerate(games):
        assert (batch.fallen[row], batch.jumped[row], batch.finished[row], batch.distance_m[row]) \
            == (game.fallen, game.jumped, game.finished, game.distance_m)
    assert batch.finished.any() and batch.fallen.any() and not batch.finished.all()


def _teleport(bodies: np.ndarray, dx: float) -> None:
    bodies[:spec.N_BODIES, CX] += dx
    bodies[:spec.N_BODIES, C0X] += dx


def test_a_race_in_a_batch_finishes_pauses_and_stops_its_clock():
    """The start pose moved to x + 997 with the floor under it (as test_game's _drop_at): the
    left foot lands past 100 m. The other race runs on; the finished one is frozen."""
    batch = GameBatch(2)
    game = Game()
    _teleport(batch.engine.bodies[0], 997.0)
    _teleport(game.engine.worlds.bodies[0], 997.0)
    camera = (spec.BODIES[spec.TORSO].x + 997.0 - 14) * spec.PIXELS_PER_UNIT
    batch._camera_px = np.array([camera, batch.camera_px[1]])
    game._camera_px = camera
    for _ in range(30):
        batch.step(np.zeros(2, dtype=int), np.zeros(2, dtype=int))
        game.step("")
        assert_same(batch.views[0], game, "finishing race")
    assert game.finished and game.ended and not game.fallen and game.distance_m >= 100.0
    assert game.race_ticks < 30
    assert list(batch.finished) == [True, False] and batch.race_ticks[1] == 30
    frozen = batch.read_bodies().copy()
    thigh, calf = key_codes("qo")
    batch.step(np.full(2, thigh), np.full(2, calf))
    after = batch.read_bodies()
    assert np.array_equal(frozen[0], after[0]) and not np.array_equal(frozen[1], after[1])


def test_reset_of_some_races_leaves_the_others_alone():
    batch = GameBatch(3, start="reset")
    start = batch.read_bodies().copy()
    for _ in range(20):
        batch.step(np.full(3, 1), np.full(3, 1))
    moved = batch.read_bodies().copy()
    ticks = batch.race_ticks.copy()
    batch.reset(np.array([False, True, False]))
    now = batch.read_bodies()
    assert np.array_equal(now[1], start[1]) and batch.race_ticks[1] == 1 and batch.updates[1] == 0
    assert np.array_equal(now[[0, 2]], moved[[0, 2]])
    assert list(batch.race_ticks[[0, 2]]) == list(ticks[[0, 2]])


def test_views_read_like_games_and_their_engine_is_the_race():
    batch = GameBatch(2)
    view = batch.views[1]
    assert view.engine.row == 1 and view.engine.worlds is batch.engine
    view.engine.set_velocities(np.full((spec.N_BODIES, 3), 2.0))
    batch.step(np.zeros(2, dtype=int), np.zeros(2, dtype=int))
    states = batch.read_bodies()
    assert np.array_equal(view.body_states(), states[1]) and not np.array_equal(states[0], states[1])
    np.testing.assert_array_equal(view.joint_angles(), joint_angles(states[1]))


def test_masks_must_be_bool_arrays_over_the_races():
    batch = GameBatch(3)
    keys = np.ones(3, dtype=np.int64)
    for _ in range(5):
        batch.step(keys, keys)
    for bad in (np.array([0, 1, 2]), np.array([True, False]), [True, True, True], True):
        with pytest.raises(ValueError, match=r"games must be a bool numpy array of shape \(3,\)"):
            batch.reset(bad)
        with pytest.raises(ValueError, match=r"active must be a bool numpy array of shape \(3,\)"):
            batch.step(keys, keys, active=bad)
    assert batch.updates.tolist() == [5, 5, 5]  # nothing was reset or stepped
    batch.reset(np.array([True, False, False]))
    assert batch.updates.tolist() == [0, 5, 5]


@pytest.mark.parametrize("thigh", [np.array([3, 0]), np.array([-1, 0]), np.array([1.0, 0.0]),
                                   np.array(["q", ""]), np.array(1), np.array([1, 0, 0])])
def test_bad_key_codes_are_refused_before_anything_changes(thigh):
    batch = GameBatch(2)
    before = (batch.race_ticks.copy(), batch.head_torque().copy(), batch.read_bodies())
    with pytest.raises(ValueError, match=r"thigh must be an integer array of shape \(2,\) of key "
                                         r"codes 0-2"):
        batch.step(thigh, np.zeros(2, dtype=np.int64))
    after = (batch.race_ticks, batch.head_torque(), batch.read_bodies())
    for a, b in zip(before, after):
        np.testing.assert_array_equal(a, b)


def test_bad_start_velocities_are_refused():
    batch = GameBatch(2)
    with pytest.raises(ValueError, match="must be finite"):
        batch.reset(velocities=np.full((12, 3), np.nan))
    with pytest.raises(ValueError, match=r"shape \(2, 12, 3\) or \(12, 3\)"):
        batch.reset(velocities=np.zeros((3, 12, 3)))
    batch.reset(np.array([True, False]), velocities=np.zeros((1, 12, 3)))  # the selected race's
