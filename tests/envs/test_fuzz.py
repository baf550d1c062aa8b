"""Random key sequences over thousands of updates: never an exception, never a non-finite number."""

import gymnasium as gym
import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import rlqwop  # noqa: F401

# Runs of (action, how many agent steps it is held): players hold keys for a while, and long holds
# reach the poses (splits, tumbles, wound-up head torque) that single random steps never do.
runs = st.lists(st.tuples(st.integers(0, 8), st.integers(1, 60)), min_size=1, max_size=120)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(runs=runs, seed=st.integers(0, 2**16), noise=st.sampled_from([0.0, 0.5, 3.0, 20.0]),
       repeat=st.sampled_from([1, 2, 4]), start=st.sampled_from(["fresh", "reset"]))
def test_random_runs_stay_finite_and_in_bounds(runs, seed, noise, repeat, start):
    env = gym.make("qwop-v0", action_repeat=repeat, start=start, start_noise=noise,
                   time_limit_s=40.0, knee_penalty=1.0, posture_weight=1.0, time_cost=1.0).unwrapped
    obs, info = env.reset(seed=seed)
    space = env.observation_space
    for action, hold in runs:
        for _ in range(hold):
            obs, reward, terminated, truncated, info = env.step(action)
            assert space.contains(obs), obs
            assert np.isfinite(reward)
            assert not info.get("nonfinite"), "the physics produced a non-finite number"
            if terminated or truncated:
                assert isinstance(info["is_success"], bool)
                obs, info = env.reset()


@settings(max_examples=6, deadline=None)
@given(seed=st.integers(0, 2**16), noise=st.sampled_from([0.0, 2.0]),
       action_type=st.sampled_from(["discrete", "multi_binary"]))
def test_vector_env_random_runs_stay_finite(seed, noise, action_type):
    envs = gym.make_vec("qwop-v0", num_envs=8, start_noise=noise, action_type=action_type,
                        action_repeat=1, time_limit_s=20.0)
    envs.reset(seed=seed)
    envs.action_space.seed(seed)
    for _ in range(500):
        obs, reward, terminated, truncated, info = envs.step(envs.action_space.sample())
        assert envs.observation_space.contains(obs) and np.isfinite(reward).all()
        assert "nonfinite" not in info
