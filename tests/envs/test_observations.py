"""qwop-v0's observation against a from-scratch computation; bounds over long random runs."""

import math

import gymnasium as gym
import numpy as np
import pytest

import rlqwop  # noqa: F401
from rlqwop.envs import observations as obs_mod
from rlqwop.game import spec


def reference_observation(game) -> np.ndarray:
    """The documented layout computed directly from the Game's public readers."""
    bodies = game.body_states()
    torso_x = game.torso_x
    rows = []
    for i, (x, y, angle, vx, vy, omega) in enumerate(bodies):
        first = torso_x / 1000 if i == spec.TORSO else (x - torso_x) / 10
        rows += [first, y / 10, angle / math.pi, vx / 10, vy / 10, omega / 10]
    rows += list(game.joint_angles() / 2)
    rows += [1.0 if game.hip_mode == m else 0.0 for m in range(3)]
    rows += [game.head_torque / 1000, float(game.jumped)]
    for x, y, angle, vx, vy, omega in game.hurdle_states():
        rows += [(x - torso_x) / 10, y / 10, angle / math.pi, vx / 10, vy / 10, omega / 10]
    return np.clip(np.array(rows), -5, 5).astype(np.float32)


@pytest.mark.parametrize("action_type", ["discrete", "multi_binary"])
def test_observation_matches_reference(action_type):
    env = gym.make("qwop-v0", action_type=action_type, action_repeat=2).unwrapped
    rng = np.random.default_rng(3)
    obs, _ = env.reset(seed=0)
    np.testing.assert_allclose(obs, reference_observation(env.game), atol=1e-5)
    modes = set()
    for _ in range(400):
        obs, _, terminated, truncated, _ = env.step(env.action_space.sample())
        np.testing.assert_allclose(obs, reference_observation(env.game), rtol=1e-5, atol=1e-5)
        modes.add(env.game.hip_mode)
        if terminated or truncated:
            obs, _ = env.reset(seed=int(rng.integers(1000)))
    assert {1, 2} <= modes  # the O and P one-hot slots were both exercised


def test_layout_constants_agree():
    assert obs_mod.OBS_SIZE == 6 * spec.N_BODIES + spec.N_JOINTS + 3 + 1 + 1 + 12
    assert obs_mod.HURDLE_SLICE.stop == obs_mod.OBS_SIZE
    assert obs_mod.OBS_SCALE[0] == 1 / 1000 and obs_mod.OBS_SCALE[6] == 1 / 10


def test_joint_angles_formula_matches_game():
    env = gym.make("qwop-v0").unwrapped
    env.reset(seed=0)
    for _ in range(30):
        env.step(8)
        game = env.game
        np.testing.assert_allclose(obs_mod.joint_angles(game.body_states()), game.joint_angles())


def test_observations_stay_in_bounds_and_rarely_clip_on_long_random_runs():
    envs = gym.make_vec("qwop-v0", num_envs=16, action_repeat=1, start_noise=1.0)
    envs.reset(seed=11)
    rng = np.random.default_rng(0)
    held = rng.integers(0, 9, 16)
    peak = np.zeros(obs_mod.OBS_SIZE)
    clipped = 0
    steps = 3000
    for _ in range(steps):
        change = rng.random(16) < 0.3  # keys held a few updates at a time, as players do
        held = np.where(change, rng.integers(0, 9, 16), held)
        obs, *_ = envs.step(held)
        assert envs.observation_space.contains(obs)
        peak = np.maximum(peak, np.abs(obs).max(axis=0))
        body = np.abs(obs[:, : obs_mod.HURDLE_SLICE.start])
        clipped += int((body >= obs_mod.OBS_BOUND).sum())
    # only the far-away hurdle's relative x sits at the bound; the runner's own numbers do not
    assert clipped == 0
    assert peak[obs_mod.HURDLE_SLICE.start] == obs_mod.OBS_BOUND
    assert peak[: obs_mod.HURDLE_SLICE.start].max() < 4.0
