"""An actor: a copy of the policy stepping its own batched vector env, sending rollouts.

With ``policy_lag=1`` the actor never waits for the learner's update: after sending a rollout it
posts the receive of the next parameters and collects the following rollout with the parameters it
has; it picks the new ones up before the rollout after that. Each rollout records the parameter
version it was collected with, so the learner can log the lag, and the behaviour log-probabilities,
so the importance ratio is taken against the policy that actually acted.
"""

from __future__ import annotations

import time

import numpy as np
import torch

from rlqwop.agents.buffer import EPISODE_FIELDS, Rollout, RolloutLayout
from rlqwop.agents.config import TrainConfig
from rlqwop.agents.normalizer import batch_moments
from rlqwop.agents.policy import Policy

_EP = {name: i for i, name in enumerate(EPISODE_FIELDS)}


def make_vec_env(cfg: TrainConfig, num_envs: int):
    """The batched environments of one actor (Gymnasium's next-step autoreset is required)."""
    import gymnasium

    import rlqwop  # noqa: F401  (registers the QWOP ids)

    mode = cfg.vectorization_mode
    if mode == "auto":
        mode = "vector_entry_point" if gymnasium.envs.registry[cfg.env_id].vector_entry_point \
            else "sync"
    envs = gymnasium.make_vec(cfg.env_id, num_envs=num_envs, vectorization_mode=mode,
                              **cfg.env_kwargs)
    autoreset = envs.metadata.get("autoreset_mode", gymnasium.vector.AutoresetMode.NEXT_STEP)
    if autoreset != gymnasium.vector.AutoresetMode.NEXT_STEP:
        raise ValueError(f"{cfg.env_id}'s vector env resets with {autoreset}; the rollout buffer "
                         f"needs next-step autoreset")
    return envs


def resolved_env_kwargs(envs, given: dict) -> dict:
    """The keyword arguments that rebuild exactly these environments: every option of a QWOP
    env's ``EnvConfig`` with its value, so a later change of a default cannot change a trained
    runner's environment, plus the options the config does not hold (frame size and stack)."""
    import dataclasses

    config = getattr(envs.unwrapped, "config", None)
    if dataclasses.is_dataclass(config):
        return {**dataclasses.asdict(config), **given}
    return dict(given)


class Actor:
    """Collects rollouts from ``num_envs`` environments with a local copy of the policy."""

    def __init__(self, cfg: TrainConfig, envs, policy: Policy, layout: RolloutLayout,
                 seed: int) -> None:
        self.cfg, self.envs, self.policy, self.layout = cfg, envs, policy, layout
        self.obs, _ = envs.reset(seed=seed)
        self.prev_done = np.zeros(layout.envs, dtype=bool)
        self.ep_return = np.zeros(layout.envs, dtype=np.float64)
        self.ep_length = np.zeros(layout.envs, dtype=np.int64)
        n = layout.obs_features
        self._raw_obs = np.zeros((layout.steps, layout.envs, n), np.float64) if n else None

    def load_vector(self, vector: np.ndarray, n_params: int) -> tuple[bool, int]:
        """Adopt a broadcast vector [stop, version, params, mean, var]; returns (stop, version)."""
        params = torch.from_numpy(vector[2:2 + n_params].copy())
        torch.nn.utils.vector_to_parameters(params, self.policy.net.parameters())
        n = self.layout.obs_features
        if n:
            rest = vector[2 + n_params:]
            self.policy.set_normalizer(rest[:n], rest[n:])
        return bool(vector[0]), int(vector[1])

    @torch.inference_mode()
    def collect(self, rollout: Rollout, version: int, progress=None) -> None:
        """Fill ``rollout`` with the next ``steps`` steps; ``progress()`` is called every step."""
        envs, policy, net = self.envs, self.policy, self.policy.net
        for t in range(self.layout.steps):
            if self._raw_obs is not None:
                self._raw_obs[t] = self.obs.reshape(self.layout.envs, -1)
            x = policy.normalize(self.obs)
            rollout.obs[t] = x
            action, logprob, _ = net.act(torch.from_numpy(x))
            action = action.numpy()
            obs, reward, terminated, truncated, info = envs.step(action)
            rollout.actions[t] = action
            rollout.logprobs[t] = logprob.numpy()
            rollout.rewards[t] = reward
            rollout.terminated[t] = terminated
            rollout.truncated[t] = truncated
            # The step after an episode's end only resets that env: no decision was made.
            valid = ~self.prev_done
            rollout.valid[t] = valid
            self.ep_return += np.where(valid, reward, 0.0)
            self.ep_length += valid
            done = terminated | truncated
            rollout.episodes[t] = 0.0
            if done.any():
                self._record_episodes(rollout.episodes[t], done, info)
            self.prev_done = done
            self.obs = obs
            if progress is not None:
                progress()
        rollout.obs[-1] = policy.normalize(self.obs)
        rollout.meta[:3] = (version, 0, self.layout.steps * self.layout.envs)
        if self._raw_obs is not None:
            count, mean, m2 = batch_moments(self._raw_obs.reshape(-1, self.layout.obs_features))
            n = self.layout.obs_features
            rollout.obs_moments[0] = count
            rollout.obs_moments[1:1 + n] = mean
            rollout.obs_moments[1 + n:] = m2

    def _record_episodes(self, out: np.ndarray, done: np.ndarray, info: dict) -> None:
        out[done, _EP["ended"]] = 1.0
        out[done, _EP["return"]] = self.ep_return[done]
        out[done, _EP["length"]] = self.ep_length[done]
        for key in ("distance_m", "race_time_s"):  # QWOP's; other envs leave them NaN
            out[done, _EP[key]] = _info(info, key, done, np.nan)
        finished = _info(info, "finished", done, np.nan)
        success = _info(info, "is_success", done, np.nan)
        out[done, _EP["finished"]] = np.where(np.isnan(finished), success, finished)
        self.ep_return[done] = 0.0
        self.ep_length[done] = 0


def _info(info: dict, key: str, done: np.ndarray, default: float) -> np.ndarray:
    """``info[key]`` for the envs in ``done``, ``default`` where the env did not report it."""
    if key not in info:
        return np.full(done.sum(), default)
    values = np.asarray(info[key], dtype=np.float64)
    present = np.asarray(info.get("_" + key, np.ones_like(done)), dtype=bool)
    return np.where(present, values, default)[done]


def run_actor(cfg: TrainConfig, comm) -> None:
    """An actor rank's whole life: receive parameters, collect, send, until the learner says stop.

    Args:
        cfg: the resolved configuration (the same on every rank).
        comm: an ``ActorComm``.
    """
    from rlqwop.agents.comm import poll
    from rlqwop.agents.learner import HEADER, rollout_layout

    torch.set_num_threads(1)  # one core per actor; more threads only contend
    # The network's own logits are always valid; checking them costs a third of a policy step.
    torch.distributions.Distribution.set_default_validate_args(False)
    envs = make_vec_env(cfg, cfg.num_envs)
    obs_space, action_space = envs.single_observation_space, envs.single_action_space
    policy = Policy.for_spaces(obs_space, action_space, cfg.policy, cfg.hidden_sizes,
                               cfg.norm_obs, cfg.obs_clip)
    layout = rollout_layout(cfg, obs_space, action_space)
    n_params = sum(p.numel() for p in policy.net.parameters())
    vector = np.zeros(len(HEADER) + n_params + 2 * layout.obs_features, dtype=np.float32)
    poll([comm.recv_params(vector)])
    # A resumed run starts at a later version: new seeds, so it does not replay the same episodes.
    seeds = np.random.SeedSequence([cfg.seed, comm.rank, int(vector[1])]).generate_state(2)
    torch.manual_seed(int(seeds[0]))
    actor = Actor(cfg, envs, policy, layout, seed=int(seeds[1]))
    stop, version = actor.load_vector(vector, n_params)
    rollout = Rollout(layout)
    pending = None
    progress = lambda: pending is not None and pending.Test()  # noqa: E731  (drives the Ibcast)
    wait_s = 0.0
    while not stop:
        start = time.perf_counter()
        actor.collect(rollout, version, progress)
        rollout.meta[1] = comm.rank
        rollout.meta[3:5] = (time.perf_counter() - start, wait_s)
        start = time.perf_counter()
        poll([comm.send_rollout(rollout)], progress)
        if cfg.policy_lag == 0 or pending is not None:
            if pending is None:
                pending = comm.recv_params(vector)
            poll([pending])
            stop, version = actor.load_vector(vector, n_params)
            pending = None
        if cfg.policy_lag == 1 and not stop:
            pending = comm.recv_params(vector)
        wait_s = time.perf_counter() - start
    envs.close()
