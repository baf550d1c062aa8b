"""Stable-Baselines3's PPO trains a few thousand steps on each id without complaint: finite losses,
updated weights, a policy that acts. (Whether it learns to run is TRAINING.md's subject.)"""

import warnings

import gymnasium as gym
import numpy as np
import pytest
import torch
from stable_baselines3 import PPO
from stable_baselines3.common.env_util import make_vec_env

import rlqwop  # noqa: F401

POLICIES = {"qwop-v0": "MlpPolicy", "frame-qwop-v0": "CnnPolicy", "multi-frame-qwop-v0": "CnnPolicy"}


@pytest.mark.parametrize("env_id", list(POLICIES))
def test_ppo_learns_a_few_thousand_steps(env_id, tmp_path, monkeypatch):
    monkeypatch.setenv("SB3_LOGDIR", str(tmp_path))  # SB3's default logger's folder, else one in /tmp per run
    torch.set_num_threads(1)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        venv = make_vec_env(env_id, n_envs=4, seed=0)
    model = PPO(POLICIES[env_id], venv, n_steps=128, batch_size=128, n_epochs=2, seed=0,
                verbose=0)
    before = [p.detach().clone() for p in model.policy.parameters()]
    model.learn(total_timesteps=2048)
    assert model.num_timesteps >= 2048
    after = list(model.policy.parameters())
    assert all(torch.isfinite(p).all() for p in after)
    assert any(not torch.equal(a, b) for a, b in zip(before, after))  # the updates reached the policy
    logged = model.logger.name_to_value
    for key in ("train/value_loss", "train/policy_gradient_loss", "train/entropy_loss"):
        assert np.isfinite(logged[key]), key
    assert logged["train/value_loss"] > 0  # a loss logged as zero was a bug of the old project

    env = gym.make(env_id)
    obs, _ = env.reset(seed=1)
    for _ in range(20):
        action, _ = model.predict(obs, deterministic=False)
        obs, reward, terminated, truncated, _ = env.step(action)
        if terminated or truncated:
            obs, _ = env.reset()
