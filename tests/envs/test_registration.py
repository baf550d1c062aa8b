"""The ids are registered, make and make_vec build the right classes in every mode."""

import subprocess
import sys

import gymnasium as gym
import numpy as np
import pytest

import rlqwop  # noqa: F401 (registers the ids)
from rlqwop.envs import ENV_IDS
from rlqwop.envs.frame_envs import FrameQwopEnv, MultiFrameQwopEnv
from rlqwop.envs.qwop_env import QwopEnv
from rlqwop.envs.vector import FrameQwopVectorEnv, MultiFrameQwopVectorEnv, QwopVectorEnv

CLASSES = {"qwop-v0": (QwopEnv, QwopVectorEnv),
           "frame-qwop-v0": (FrameQwopEnv, FrameQwopVectorEnv),
           "multi-frame-qwop-v0": (MultiFrameQwopEnv, MultiFrameQwopVectorEnv)}


def test_ids_are_registered_with_vector_entry_points():
    assert set(ENV_IDS) == set(CLASSES)
    for env_id in ENV_IDS:
        spec = gym.spec(env_id)
        assert spec.vector_entry_point is not None
        assert spec.max_episode_steps is None  # the limit is on the race clock, inside the env


def test_make_with_module_prefix_needs_no_prior_import():
    code = ("import sys, gymnasium as gym\n"
            "assert 'rlqwop' not in sys.modules\n"
            "env = gym.make('rlqwop:qwop-v0')\n"
            "obs, info = env.reset(seed=0)\n"
            "print(type(env.unwrapped).__name__, obs.shape)\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["QwopEnv", "(100,)"]


@pytest.mark.parametrize("env_id", ENV_IDS)
def test_make_builds_the_single_env(env_id):
    env = gym.make(env_id)
    assert type(env.unwrapped) is CLASSES[env_id][0]
    env.close()


def _small(env_id):
    return {} if env_id == "qwop-v0" else {"frame_width": 40, "frame_height": 36}


@pytest.mark.parametrize("env_id", ENV_IDS)
@pytest.mark.parametrize("mode", ["vector_entry_point", "sync", "async"])
def test_make_vec_in_every_mode(env_id, mode):
    num = 3
    envs = gym.make_vec(env_id, num_envs=num, vectorization_mode=mode, **_small(env_id))
    try:
        if mode == "vector_entry_point":
            assert type(envs) is CLASSES[env_id][1]
        assert envs.metadata["autoreset_mode"] == gym.vector.AutoresetMode.NEXT_STEP
        obs, info = envs.reset(seed=1)
        assert obs.shape == (num,) + envs.single_observation_space.shape
        assert envs.observation_space.contains(obs)
        for _ in range(5):
            obs, reward, terminated, truncated, info = envs.step(envs.action_space.sample())
        assert obs.shape[0] == reward.shape[0] == terminated.shape[0] == truncated.shape[0] == num
        assert set(info) >= {"distance_m", "race_time_s", "fallen", "finished"}
        assert np.all(info["race_time_s"] > 0)
    finally:
        envs.close()


def test_make_vec_default_mode_is_the_native_vector_env():
    envs = gym.make_vec("qwop-v0", num_envs=64)
    assert isinstance(envs, QwopVectorEnv) and envs.num_envs == 64
    envs.close()
