"""Gymnasium's and Stable-Baselines3's environment checkers, over the ids and option combos."""

import warnings

import gymnasium as gym
import numpy as np
import pytest
from gymnasium.utils.env_checker import check_env
from stable_baselines3.common.env_checker import check_env as sb3_check_env

import rlqwop  # noqa: F401

COMBOS = [
    ("qwop-v0", {}),
    ("qwop-v0", {"action_type": "multi_binary"}),
    ("qwop-v0", {"action_repeat": 1, "start": "reset"}),
    ("qwop-v0", {"start_noise": 0.5, "time_cost": 0.1, "posture_weight": 0.2, "knee_penalty": 1.0}),
    ("qwop-v0", {"finish_either_foot": True, "time_limit_s": 2.0, "action_repeat": 3}),
    ("frame-qwop-v0", {}),
    ("frame-qwop-v0", {"frame_width": 64, "frame_height": 40, "action_type": "multi_binary"}),
    ("multi-frame-qwop-v0", {}),
    ("multi-frame-qwop-v0", {"frame_stack": 4, "frame_width": 48, "frame_height": 48}),
]


def _quiet_make(env_id, **kwargs):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # SWIG types in Box2D's import
        return gym.make(env_id, **kwargs)


@pytest.mark.parametrize(("env_id", "options"), COMBOS)
def test_gymnasium_check_env(env_id, options):
    env = _quiet_make(env_id, **options)
    with warnings.catch_warnings():
        warnings.simplefilter("error", UserWarning)  # any checker warning is a failure here
        check_env(env.unwrapped)
    env.close()


@pytest.mark.parametrize(("env_id", "options"), COMBOS)
def test_sb3_check_env(env_id, options):
    env = _quiet_make(env_id, **options)
    with warnings.catch_warnings():
        warnings.simplefilter("error", UserWarning)
        sb3_check_env(env.unwrapped, warn=True)
    env.close()


@pytest.mark.parametrize("env_id", ["qwop-v0", "frame-qwop-v0", "multi-frame-qwop-v0"])
def test_render_rgb_array(env_id):
    env = _quiet_make(env_id, render_mode="rgb_array")
    env.reset(seed=0)
    env.step(env.action_space.sample())
    frame = env.render()
    assert frame.shape == (400, 640, 3) and frame.dtype.name == "uint8"
    assert env.metadata["render_fps"] == 30 / 4


def test_unknown_option_is_named():
    with pytest.raises(TypeError, match="'action_repaet'"):
        gym.make("qwop-v0", action_repaet=2)
    with pytest.raises(TypeError, match="'frame_stack'"):
        gym.make("frame-qwop-v0", frame_stack=2)


@pytest.mark.parametrize(("option", "value"), [
    ("action_type", "box"), ("action_repeat", 0), ("action_repeat", 1.5), ("start", "late"),
    ("start_noise", -1.0), ("time_limit_s", 0.0), ("fall_penalty", float("nan")),
])
def test_bad_option_values_are_named(option, value):
    with pytest.raises(ValueError, match=option):
        gym.make("qwop-v0", **{option: value})


@pytest.mark.parametrize(("option", "value"), [("frame_width", 0), ("frame_height", 2.5)])
def test_bad_frame_sizes_are_named(option, value):
    with pytest.raises(ValueError, match=option):
        gym.make("frame-qwop-v0", **{option: value})


def test_bad_reset_options_are_named():
    env = gym.make("qwop-v0").unwrapped
    with pytest.raises(ValueError, match="start_noise"):
        env.reset(options={"start_noise": -0.1})
    with pytest.raises(ValueError, match="'noise'"):
        env.reset(options={"noise": 0.1})


@pytest.mark.parametrize("env_id", ["qwop-v0", "multi-frame-qwop-v0"])
@pytest.mark.parametrize("num", [0, -1, 2.5, "4", None, True])
def test_bad_num_envs_is_named(env_id, num):
    # checked before any array is sized by it (numpy's own errors used to come first)
    with pytest.raises(ValueError, match="num_envs must be a whole number >= 1"):
        gym.make_vec(env_id, num_envs=num, vectorization_mode="vector_entry_point")


def test_bad_vector_reset_arguments_are_named():
    envs = gym.make_vec("qwop-v0", num_envs=2, vectorization_mode="vector_entry_point")
    with pytest.raises(ValueError, match="reset accepts start_noise, reset_mask"):
        envs.reset(options={"foo": 1})
    for seed in (1.5, "3", [0, 1.5], True):
        with pytest.raises(ValueError, match="seed must be None, an int"):
            envs.reset(seed=seed)
    with pytest.raises(ValueError, match="num_envs=2 entries"):
        envs.reset(seed=[0, 1, 2])
    first = envs.reset(seed=np.array([3, 4]))[0]  # numpy ints are ints
    np.testing.assert_array_equal(first, envs.reset(seed=[3, 4])[0])
