"""The actor's rollouts under next-step autoreset, and a policy restored from a checkpoint."""

import numpy as np
import torch

from rlqwop.agents import checkpoint
from rlqwop.agents.actor import Actor, make_vec_env
from rlqwop.agents.buffer import Rollout
from rlqwop.agents.config import TrainConfig, validate
from rlqwop.agents.learner import Learner, rollout_layout
from rlqwop.agents.policy import Policy


def _setup(env_id="CartPole-v1", **kw):
    cfg = validate(TrainConfig(env_id=env_id, num_actors=1, num_envs=3, rollout_steps=64,
                               minibatch_size=64, **kw))
    envs = make_vec_env(cfg, cfg.num_envs)
    obs_space, action_space = envs.single_observation_space, envs.single_action_space
    policy = Policy.for_spaces(obs_space, action_space, cfg.policy, cfg.hidden_sizes,
                               cfg.norm_obs, cfg.obs_clip)
    layout = rollout_layout(cfg, obs_space, action_space)
    return cfg, envs, policy, layout


def test_autoreset_steps_are_marked_invalid_and_episodes_recorded():
    cfg, envs, policy, layout = _setup()
    actor = Actor(cfg, envs, policy, layout, seed=0)
    rollout = Rollout(layout)
    total_done = 0
    for _ in range(3):
        first_valid = ~actor.prev_done
        actor.collect(rollout, version=0)
        done = (rollout.terminated + rollout.truncated) > 0
        assert np.array_equal(rollout.valid[0] > 0, first_valid)
        assert np.array_equal(rollout.valid[1:] > 0, ~done[:-1])
        assert np.array_equal(rollout.episodes[..., 0] > 0, done)
        # a CartPole episode's return is its length: every valid step pays 1
        eps = rollout.finished_episodes()
        assert np.array_equal(eps[:, 1], eps[:, 2])
        total_done += done.sum()
        assert rollout.obs_moments[0] == layout.steps * layout.envs
    assert total_done > 0


def test_policy_from_a_learner_checkpoint_acts_like_the_learner(tmp_path):
    cfg, envs, _, _ = _setup()
    learner = Learner(cfg, envs.single_observation_space, envs.single_action_space)
    learner.normalizer.update(np.random.default_rng(0).normal(3.0, 2.0, size=(50, 4)))
    path = tmp_path / "c.pt"
    checkpoint.save(path, learner.state_dict())
    policy = Policy.from_checkpoint(path)
    obs = np.random.default_rng(1).normal(size=(5, 4)).astype(np.float32)
    x = torch.as_tensor(learner.normalizer.normalize(obs, cfg.obs_clip))
    expected = learner.net(x)[0].argmax(-1).numpy()
    assert np.array_equal(policy.act(obs, deterministic=True), expected)


def test_adopted_parameters_do_not_change_with_the_receive_buffer():
    # With policy_lag 1 the next broadcast lands in the same buffer while a rollout is collected:
    # the normaliser must stay the one adopted before the rollout (a view of the buffer did not)
    cfg, envs, policy, layout = _setup()
    actor = Actor(cfg, envs, policy, layout, seed=0)
    n_params = sum(p.numel() for p in policy.net.parameters())
    n = layout.obs_features
    vector = np.zeros(2 + n_params + 2 * n, dtype=np.float32)
    vector[2 + n_params:] = np.concatenate([np.full(n, 0.5), np.full(n, 4.0)])
    actor.load_vector(vector, n_params)
    mean, std = policy.mean.copy(), policy.std.copy()
    vector[2:] = 7.0  # the next broadcast arriving
    np.testing.assert_array_equal(policy.mean, mean)
    np.testing.assert_array_equal(policy.std, std)
