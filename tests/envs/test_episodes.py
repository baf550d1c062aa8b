"""Rewards, episode ends, starts, determinism and non-finite physics."""

import gymnasium as gym
import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

import rlqwop  # noqa: F401
from rlqwop.envs import rewards, rules
from rlqwop.envs.config import BEHIND_LIMIT_X, OVERRUN_X
from rlqwop.game import Game, spec

WO, QP = 7, 5  # a scripted shuffle that reaches the finish line in about 145 s


def _fall(env, action=4):
    """Step until the episode ends; returns the last step's results and the rewards."""
    total = []
    while True:
        obs, reward, terminated, truncated, info = env.step(action)
        total.append(reward)
        if terminated or truncated:
            return obs, total, terminated, truncated, info


def test_reward_is_progress_in_metres_and_a_fall_penalty_once():
    env = gym.make("qwop-v0", action_repeat=2).unwrapped
    env.reset(seed=0)
    x = env.game.torso_x
    while True:
        _, reward, terminated, truncated, info = env.step(4)
        gained = (env.game.torso_x - x) / 10
        x = env.game.torso_x
        if terminated:
            break
        assert reward == pytest.approx(gained, abs=1e-9)
    assert info["fallen"] and not info["finished"] and info["is_success"] is False
    assert reward == pytest.approx(gained - 2.0, abs=1e-9)
    _, again, *_ = env.step(4)  # stepping on after the end: no second penalty
    assert again > -1.0


def test_finish_terminates_with_bonus_and_success():
    env = gym.make("qwop-v0", action_repeat=1, time_limit_s=200.0).unwrapped
    env.reset(seed=0)
    rewards_seen, step = [], 0
    while True:
        action = WO if step % 18 < 10 else QP
        _, reward, terminated, truncated, info = env.step(action)
        rewards_seen.append(reward)
        step += 1
        if terminated or truncated:
            break
    assert terminated and not truncated
    assert info["finished"] and info["is_success"] is True and not info.get("overran")
    assert info["distance_m"] >= 100.0
    assert rewards_seen[-1] > 10.0 - 1.0  # the bonus, plus or minus a step's progress
    progress = env.game.torso_x / 10 - spec.BODIES[spec.TORSO].x / 10
    assert sum(rewards_seen) == pytest.approx(progress + 10.0, abs=1e-6)


def test_time_limit_truncates_on_the_race_clock():
    env = gym.make("qwop-v0", action_repeat=4, time_limit_s=1.0).unwrapped
    env.reset(seed=0)
    steps = 0
    while True:
        _, _, terminated, truncated, info = env.step(0)
        steps += 1
        if terminated or truncated:
            break
    assert truncated and not terminated and not info["fallen"]
    assert steps == 8 and info["race_time_s"] == pytest.approx(32 / 30)  # 8 x 4 >= 30 updates
    assert info["is_success"] is False


def test_optional_terms_change_the_reward_as_documented():
    base = gym.make("qwop-v0", action_repeat=3).unwrapped
    shaped = gym.make("qwop-v0", action_repeat=3, time_cost=1.5, posture_weight=2.0,
                      knee_penalty=4.0).unwrapped
    base.reset(seed=0)
    shaped.reset(seed=0)
    for _ in range(10):
        _, r0, *_ = base.step(8)
        _, r1, *_ = shaped.step(8)
        bodies = shaped.game.body_states()
        upright = -np.sin(bodies[spec.TORSO, 2])
        knees = rewards.knees_down(bodies)
        assert r1 - r0 == pytest.approx((-1.5 + 2.0 * upright - 4.0 * knees) * 3 / 30, abs=1e-9)


def _knee_corner_points(bodies):
    pose = bodies[rewards._KNEE_BODIES]
    angle = pose[:, 2]
    local = rewards._KNEE_CORNERS
    x = pose[:, 0] + np.cos(angle) * local[:, 0] - np.sin(angle) * local[:, 1]
    y = pose[:, 1] + np.sin(angle) * local[:, 0] + np.cos(angle) * local[:, 1]
    return x, y


def test_knee_corners_surround_the_knees():
    bodies = np.array([[b.x, b.y, b.angle, 0, 0, 0] for b in spec.BODIES], dtype=float)
    x, y = _knee_corner_points(bodies)
    for k, knee in enumerate(("leftKnee", "rightKnee")):
        anchor = spec.JOINTS[spec.JOINT_INDEX[knee]].anchor_a
        distance = np.hypot(x[4 * k:4 * k + 4] - anchor[0], y[4 * k:4 * k + 4] - anchor[1])
        assert distance.max() < 1.5  # within a limb's half-thickness plus the joint's offset


def test_knees_down_from_geometry():
    bodies = np.array([[b.x, b.y, b.angle, 0, 0, 0] for b in spec.BODIES], dtype=float)
    assert rewards.knees_down(bodies) == 0  # standing at the start
    _, y = _knee_corner_points(bodies)
    gap = spec.TRACK_TOP_Y - rewards.KNEE_CONTACT_TOLERANCE - y.max()  # the lowest knee's height
    shifted = [bodies + np.array([0, gap + d, 0, 0, 0, 0]) for d in (-0.05, 0.05, 3.0)]
    assert [int(rewards.knees_down(b)) for b in shifted] == [0, 1, 2]
    batch = np.stack(shifted)
    assert list(rewards.knees_down(batch)) == [0, 1, 2]


flags = st.booleans()


@given(x=st.floats(-200, 1200) | st.just(float("nan")), fallen=flags, finished=flags,
       ticks=st.integers(0, 4000), failed_before=flags, finished_before=flags, nonfinite=flags)
def test_rules_agree_on_scalars_and_arrays(x, fallen, finished, ticks, failed_before,
                                           finished_before, nonfinite):
    scalar = rules.outcome(x, fallen, finished, ticks, failed_before, finished_before, nonfinite, 3600)
    arrays = rules.outcome(np.array([x, x]), np.array([fallen] * 2), np.array([finished] * 2),
                           np.array([ticks] * 2), np.array([failed_before] * 2),
                           np.array([finished_before] * 2), np.array([nonfinite] * 2), 3600)
    for name, s, a in zip(rules.Outcome._fields, scalar, arrays):
        assert isinstance(s, bool), name
        assert a.dtype == bool and list(a) == [s, s], name
    assert not (scalar.terminated and scalar.truncated)
    fails_now = x < BEHIND_LIMIT_X or (fallen and not finished)
    assert scalar.failed == (fails_now or failed_before)
    assert scalar.new_fail == (fails_now and not failed_before and not nonfinite)
    assert scalar.new_finish == (finished and not finished_before)
    if nonfinite:
        assert scalar.truncated and not scalar.terminated
    elif fails_now:
        assert scalar.terminated
    elif finished:
        assert scalar.terminated and not scalar.new_fail
    else:
        assert scalar.truncated == (ticks >= 3600 and not scalar.overran)
        assert scalar.overran == (x > OVERRUN_X) == scalar.terminated
    if x > OVERRUN_X and not finished and not nonfinite:
        assert scalar.overran and scalar.terminated


def test_the_episode_limits_are_the_documented_ones():
    assert BEHIND_LIMIT_X == -100.0  # 10 m behind the start line (docs.py)
    assert OVERRUN_X == pytest.approx(1104.0)  # the floor's end, 110.4 m (docs.py)


@pytest.mark.parametrize("vector", [False, True])
def test_overrunning_the_floor_ends_the_episode_in_the_envs(monkeypatch, vector):
    """The env reports ``overran`` and terminates, without success, once the torso passes the
    limit (moved here to just ahead of the start: no runner gets to 110.4 m in a test)."""
    start_x = spec.BODIES[spec.TORSO].x
    monkeypatch.setattr(rules, "OVERRUN_X", start_x + 1.0)
    if vector:
        envs = gym.make_vec("qwop-v0", num_envs=2)
        envs.reset(seed=0)
        walked = [False, False]
        for _ in range(40):
            _, _, terminated, truncated, info = envs.step(np.array([7, 7]))
            assert not truncated.any()
            for row in np.flatnonzero(terminated):
                walked[row] = True
                assert info["overran"][row] and info["_overran"][row]
                assert not info["is_success"][row] and not info["finished"][row]
            if all(walked):
                return
        pytest.fail(f"no overrun in 40 steps: {walked}")
    env = gym.make("qwop-v0").unwrapped
    env.reset(seed=0)
    for _ in range(40):
        _, _, terminated, truncated, info = env.step(7)
        if terminated:
            assert env.game.torso_x > start_x + 1.0 and not info["fallen"]
            assert info["overran"] and info["is_success"] is False
            return
        assert "overran" not in info and not truncated
    pytest.fail("no overrun in 40 steps")


@pytest.mark.parametrize("vector", [False, True])
def test_behind_the_start_ends_the_episode_as_a_failure(monkeypatch, vector):
    """No runner gets 10 m behind the start (the start wall holds the torso near x = -26): the
    limit is moved to just ahead of the start to see the env end such a run as a failure, with
    the fall's penalty."""
    monkeypatch.setattr(rules, "BEHIND_LIMIT_X", spec.BODIES[spec.TORSO].x + 50.0)
    if vector:
        envs = gym.make_vec("qwop-v0", num_envs=2)
        envs.reset(seed=0)
        _, reward, terminated, _, info = envs.step(np.array([0, 0]))
        assert terminated.all() and not info["fallen"].any() and not info["is_success"].any()
    else:
        env = gym.make("qwop-v0")
        env.reset(seed=0)
        _, reward, terminated, _, info = env.step(0)
        assert terminated and not info["fallen"] and info["is_success"] is False
    assert np.all(np.asarray(reward) < -1.9)  # the fall penalty, 2, less or more a step's progress


def test_same_seed_same_episode_and_noise_changes_it():
    def run(seed, noise, env_kwargs=None):
        env = gym.make("qwop-v0", **(env_kwargs or {}))
        obs, _ = env.reset(seed=seed, options={"start_noise": noise})
        out = [obs]
        for a in np.random.default_rng(5).integers(0, 9, 60):
            obs, *_ = env.step(int(a))
            out.append(obs)
        return np.array(out)

    np.testing.assert_array_equal(run(3, 1.0), run(3, 1.0))
    assert not np.array_equal(run(3, 1.0), run(4, 1.0))
    assert not np.array_equal(run(3, 1.0), run(3, 0.0))
    np.testing.assert_array_equal(run(3, 0.0), run(99, 0.0))  # no noise: the exact start
    np.testing.assert_array_equal(run(3, None, {"start_noise": 1.0}), run(3, 1.0))


def test_exact_start_is_the_games_start():
    for start in ("fresh", "reset"):
        env = gym.make("qwop-v0", start=start).unwrapped
        env.reset(seed=0)
        np.testing.assert_array_equal(env.game.body_states(), Game(start=start).body_states())


def test_start_noise_sets_the_start_velocities():
    env = gym.make("qwop-v0").unwrapped
    env.reset(seed=7, options={"start_noise": 2.0})
    want = np.random.default_rng(7).normal(0.0, 2.0, size=(spec.N_BODIES, 3))
    rng = np.random.Generator(np.random.PCG64(7))  # gymnasium's seeding: PCG64 from the seed
    assert np.allclose(rng.normal(0.0, 2.0, size=(spec.N_BODIES, 3)), want)
    np.testing.assert_allclose(env.game.body_states()[:, 3:], want, atol=1e-5)


def _poison(game):
    game.engine.set_velocities(np.full((spec.N_BODIES, 3), np.nan))


@pytest.mark.parametrize("env_id", ["qwop-v0", "multi-frame-qwop-v0"])
def test_nonfinite_physics_truncates_with_finite_observation(env_id):
    env = gym.make(env_id, action_repeat=3).unwrapped
    env.reset(seed=0)
    env.step(4)
    _poison(env.game)
    obs, reward, terminated, truncated, info = env.step(4)
    assert truncated and not terminated and info["nonfinite"] is True
    assert np.isfinite(obs).all() and np.isfinite(reward) and reward == 0.0
    assert env.observation_space.contains(obs)
    obs, reward, _, truncated, info = env.step(4)  # the game raises inside; still handled
    assert truncated and info["nonfinite"] and np.isfinite(obs).all()
    obs, info = env.reset(seed=1)
    assert "nonfinite" not in info and np.isfinite(obs).all()


def test_nonfinite_in_vector_env_truncates_then_autoresets():
    envs = gym.make_vec("qwop-v0", num_envs=3)
    envs.reset(seed=0)
    _poison(envs.unwrapped.games[1])
    obs, reward, terminated, truncated, info = envs.step(np.array([0, 0, 0]))
    assert list(truncated) == [False, True, False] and not terminated.any()
    assert list(info["_nonfinite"]) == [False, True, False] and info["nonfinite"][1]
    assert np.isfinite(obs).all() and np.isfinite(reward).all()
    obs, reward, terminated, truncated, info = envs.step(np.array([0, 0, 0]))
    assert not truncated.any() and reward[1] == 0.0 and "nonfinite" not in info
    assert info["race_time_s"][1] == 0.0 and np.isfinite(obs).all()
