"""The clipped surrogate and value losses against hand-computed values; update determinism."""

import math

import numpy as np
import pytest
import torch
from gymnasium import spaces

from rlqwop.agents.buffer import Rollout
from rlqwop.agents.config import TrainConfig, validate
from rlqwop.agents.learner import Learner, rollout_layout
from rlqwop.agents.ppo import policy_loss, value_loss

RATIOS = torch.tensor([1.5, 0.5, 1.1, 0.7])
ADV = torch.tensor([1.0, 1.0, -2.0, -1.0])


def _losses(mask):
    old = torch.zeros(4)
    return policy_loss(RATIOS.log(), old, ADV, torch.tensor(mask), clip_coef=0.2)


def test_clipped_surrogate_by_hand():
    # min(r A, clip(r, 0.8, 1.2) A): 1.2, 0.5, -2.2, -0.8 -> mean -0.325, loss is its negative
    loss, clipfrac, approx_kl = _losses([1.0, 1.0, 1.0, 1.0])
    assert loss.item() == pytest.approx(0.325)
    assert clipfrac.item() == pytest.approx(0.75)  # |r - 1| > 0.2 for 1.5, 0.5, 0.7
    k3 = np.mean([(r - 1) - math.log(r) for r in (1.5, 0.5, 1.1, 0.7)])
    assert approx_kl.item() == pytest.approx(k3, rel=1e-5)


def test_masked_steps_do_not_count():
    loss, clipfrac, _ = _losses([1.0, 1.0, 1.0, 0.0])
    assert loss.item() == pytest.approx(-(1.2 + 0.5 - 2.2) / 3)
    assert clipfrac.item() == pytest.approx(2 / 3)


def test_value_loss_by_hand():
    new, old, ret = torch.tensor([1.0, 3.0]), torch.tensor([0.0, 2.9]), torch.tensor([2.0, 2.0])
    mask = torch.ones(2)
    # unclipped squared errors 1 and 1; clipped predictions 0.2 and 3.0 -> 3.24 and 1
    assert value_loss(new, old, ret, mask, None).item() == pytest.approx(0.5)
    assert value_loss(new, old, ret, mask, 0.2).item() == pytest.approx(0.5 * (3.24 + 1) / 2)


def _fake_rollouts(learner_cfg, obs_space, action_space, seed):
    layout = rollout_layout(learner_cfg, obs_space, action_space)
    rng = np.random.default_rng(seed)
    out = []
    for rank in (1, 2):
        r = Rollout(layout)
        r.obs[:] = rng.normal(size=r.obs.shape)
        r.actions[:] = rng.integers(0, 3, size=r.actions.shape)
        r.logprobs[:] = np.log(1 / 3)
        r.rewards[:] = rng.normal(size=r.rewards.shape)
        r.terminated[:] = rng.random(r.terminated.shape) < 0.05
        r.truncated[:] = rng.random(r.truncated.shape) < 0.05
        r.valid[:] = 1.0
        r.valid[1:][(r.terminated[:-1] + r.truncated[:-1]) > 0] = 0.0
        r.meta[:3] = (0, rank, layout.steps * layout.envs)
        r.obs_moments[0] = 1.0
        out.append(r)
    return out


def _trained_params(seed):
    cfg = validate(TrainConfig(env_id="CartPole-v1", num_actors=2, num_envs=4, rollout_steps=16,
                               minibatch_size=32, seed=seed))
    obs_space, action_space = spaces.Box(-np.inf, np.inf, (5,), np.float32), spaces.Discrete(3)
    torch.manual_seed(seed)
    learner = Learner(cfg, obs_space, action_space)
    stats = learner.train_on(_fake_rollouts(cfg, obs_space, action_space, 0))
    return torch.nn.utils.parameters_to_vector(learner.net.parameters()).detach(), stats


def test_update_is_deterministic_for_fixed_data_and_seed():
    a, stats_a = _trained_params(seed=3)
    b, stats_b = _trained_params(seed=3)
    c, _ = _trained_params(seed=4)
    assert torch.equal(a, b)
    assert stats_a == stats_b
    assert not torch.equal(a, c)
    assert stats_a["approx_kl"] > 0 and math.isfinite(stats_a["value_loss"])


def test_restored_learner_continues_exactly(tmp_path):
    from rlqwop.agents import checkpoint

    cfg = validate(TrainConfig(env_id="CartPole-v1", num_actors=2, num_envs=4, rollout_steps=16,
                               minibatch_size=32, seed=5))
    obs_space, action_space = spaces.Box(-np.inf, np.inf, (5,), np.float32), spaces.Discrete(3)
    first = Learner(cfg, obs_space, action_space)
    first.train_on(_fake_rollouts(cfg, obs_space, action_space, 0))
    checkpoint.save(tmp_path / "c.pt", first.state_dict())
    torch.manual_seed(123)  # disturb the global RNG: the checkpoint must restore it
    second = Learner(cfg, obs_space, action_space)
    second.load_state_dict(checkpoint.load(tmp_path / "c.pt"))
    data = _fake_rollouts(cfg, obs_space, action_space, 1)
    stats_a, stats_b = first.train_on(data), second.train_on(data)
    vec = lambda l: torch.nn.utils.parameters_to_vector(l.net.parameters())  # noqa: E731
    assert torch.equal(vec(first), vec(second)) and stats_a == stats_b
    assert (second.updates, second.global_step) == (first.updates, first.global_step)
    assert np.array_equal(first.normalizer.mean, second.normalizer.mean)
