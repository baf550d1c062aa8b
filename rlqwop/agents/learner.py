"""The learner's state and its step: rollouts in, GAE, one PPO update, parameters out.

No MPI here: ``train.py`` moves the rollouts and the broadcast vector; this module only turns
rollouts into an update, which keeps it testable in one process.
"""

from __future__ import annotations

import numpy as np
import torch
from gymnasium import spaces

from rlqwop.agents.buffer import Rollout, RolloutLayout, compute_gae
from rlqwop.agents.config import QWOP_ENV_IDS, TrainConfig
from rlqwop.agents.networks import build_network, is_pixel_space
from rlqwop.agents.normalizer import RunningMeanStd
from rlqwop.agents.policy import space_to_str
from rlqwop.agents.ppo import Batch, PPOSettings, ppo_update

# The broadcast vector starts with these, then the parameters, then normaliser mean and variance.
HEADER = ("stop", "version")
_VALUE_CHUNK = 2048  # rows per no-grad value pass: bounds memory for frames


def rollout_layout(cfg: TrainConfig, obs_space: spaces.Box, action_space: spaces.Space
                   ) -> RolloutLayout:
    """The rollout shape every actor sends for this config and these spaces."""
    net_head = build_network(obs_space, action_space, cfg.policy, cfg.hidden_sizes).head
    pixels = is_pixel_space(obs_space)
    features = 0 if pixels or not cfg.norm_obs else int(np.prod(obs_space.shape))
    return RolloutLayout(cfg.rollout_steps, cfg.num_envs, tuple(obs_space.shape),
                         np.dtype(obs_space.dtype).str if pixels else np.dtype(np.float32).str,
                         net_head.action_shape, np.dtype(net_head.action_dtype).str, features)


def physics_fingerprint(env_id: str) -> str | None:
    """The game's physics digest for QWOP envs (a checkpoint is only valid for that physics)."""
    if env_id not in QWOP_ENV_IDS:
        return None
    from rlqwop.game import spec

    return spec.fingerprint()


class Learner:
    """Network, optimiser, normaliser and counters of one training run."""

    def __init__(self, cfg: TrainConfig, obs_space: spaces.Box, action_space: spaces.Space,
                 device: str = "cpu") -> None:
        self.cfg = cfg
        self.device = torch.device(device)
        self.net = build_network(obs_space, action_space, cfg.policy, cfg.hidden_sizes)
        self.net.to(self.device)
        # eps=1e-5 rather than Adam's 1e-8: the common PPO setting, steadier early updates.
        self.optimizer = torch.optim.Adam(self.net.parameters(), lr=cfg.learning_rate, eps=1e-5)
        self.pixels = is_pixel_space(obs_space)
        size = int(np.prod(obs_space.shape))
        self.normalizer = RunningMeanStd(size) if cfg.norm_obs and not self.pixels else None
        self.generator = torch.Generator().manual_seed(cfg.seed)
        self.settings = PPOSettings(
            clip_coef=cfg.clip_coef, clip_vloss=cfg.clip_vloss, norm_adv=cfg.norm_adv,
            ent_coef=cfg.ent_coef, vf_coef=cfg.vf_coef, max_grad_norm=cfg.max_grad_norm,
            update_epochs=cfg.update_epochs, minibatch_size=cfg.minibatch_size,
            target_kl=cfg.target_kl)
        self.updates = 0
        self.global_step = 0
        self.meta = {
            "algo": "ppo", "env_id": cfg.env_id, "obs_shape": list(obs_space.shape),
            "obs_dtype": np.dtype(obs_space.dtype).name, "action_space": space_to_str(action_space),
            "physics": physics_fingerprint(cfg.env_id),
            "policy": "cnn" if self.pixels and cfg.policy == "auto" else
                      ("mlp" if cfg.policy == "auto" else cfg.policy),
            "hidden_sizes": list(cfg.hidden_sizes), "obs_clip": cfg.obs_clip,
        }
        self._n_params = sum(p.numel() for p in self.net.parameters())
        self._n_norm = size if self.normalizer is not None else 0

    # --- the broadcast vector ---------------------------------------------------------------
    @property
    def broadcast_size(self) -> int:
        return len(HEADER) + self._n_params + 2 * self._n_norm

    def pack(self, out: np.ndarray, stop: bool = False) -> np.ndarray:
        """Write [stop, version, parameters, obs mean, obs var] into the float32 vector ``out``."""
        out[0] = float(stop)
        out[1] = float(self.updates)  # float32 is exact for versions below 2**24
        n = len(HEADER) + self._n_params
        params = torch.nn.utils.parameters_to_vector(self.net.parameters()).detach().cpu()
        out[len(HEADER):n] = params.numpy()
        if self.normalizer is not None:
            out[n:n + self._n_norm] = self.normalizer.mean
            out[n + self._n_norm:] = self.normalizer.var
        return out

    # --- the update ---------------------------------------------------------------------------
    def learning_rate(self) -> float:
        if not self.cfg.anneal_lr:
            return self.cfg.learning_rate
        return self.cfg.learning_rate * max(0.0, 1.0 - self.updates / self.cfg.num_updates)

    def train_on(self, rollouts: list[Rollout]) -> dict[str, float]:
        """One PPO update on the rollouts of all actors; returns the quantities to log."""
        def joined(name: str) -> np.ndarray:  # all actors side by side: (T, actors * envs, ...)
            return np.concatenate([getattr(r, name) for r in rollouts], axis=1)

        def flat(a: np.ndarray) -> torch.Tensor:
            return torch.as_tensor(a, device=self.device).reshape(-1, *a.shape[2:])

        obs = torch.as_tensor(joined("obs"), device=self.device)
        steps_plus_one, envs = obs.shape[:2]
        with torch.no_grad():
            all_obs = obs.reshape(steps_plus_one * envs, *obs.shape[2:])
            values = torch.cat([self.net(all_obs[i:i + _VALUE_CHUNK])[1]
                                for i in range(0, len(all_obs), _VALUE_CHUNK)])
        values_np = values.reshape(steps_plus_one, envs).cpu().numpy()
        advantages, returns = compute_gae(joined("rewards"), values_np, joined("terminated"),
                                          joined("truncated"), self.cfg.gamma, self.cfg.gae_lambda)
        batch = Batch(obs=obs[:-1].reshape(-1, *obs.shape[2:]), actions=flat(joined("actions")),
                      logprobs=flat(joined("logprobs")), advantages=flat(advantages),
                      returns=flat(returns), values=flat(values_np[:-1]),
                      mask=flat(joined("valid")))
        lr = self.learning_rate()
        for group in self.optimizer.param_groups:
            group["lr"] = lr
        stats = ppo_update(self.net, self.optimizer, batch, self.settings, self.generator)

        mask = batch.mask.cpu().numpy().astype(bool)
        y_true, y_pred = returns.reshape(-1)[mask], values_np[:-1].reshape(-1)[mask]
        var = np.var(y_true)
        stats["explained_variance"] = float("nan") if var == 0 else \
            float(1 - np.var(y_true - y_pred) / var)
        versions = np.array([r.meta[0] for r in rollouts])
        stats["policy_lag"] = float(self.updates - versions.mean())
        stats["actor_collect_s"] = float(np.mean([r.meta[3] for r in rollouts]))
        stats["actor_wait_s"] = float(np.mean([r.meta[4] for r in rollouts]))
        stats["learning_rate"] = lr
        if self.normalizer is not None:
            n = self._n_norm
            for r in rollouts:
                m = r.obs_moments
                self.normalizer.merge(m[0], m[1:1 + n], m[1 + n:])
        self.updates += 1
        self.global_step += int(sum(r.meta[2] for r in rollouts))
        return stats

    # --- checkpoints --------------------------------------------------------------------------
    def state_dict(self) -> dict:
        return {
            "meta": dict(self.meta),
            "net": self.net.state_dict(),
            "optimizer": self.optimizer.state_dict(),
            "normalizer": self.normalizer.state_dict() if self.normalizer is not None else None,
            "counters": {"updates": self.updates, "global_step": self.global_step},
            "rng": {"generator": self.generator.get_state(), "torch": torch.get_rng_state(),
                    "numpy": _np_state_to_lists(np.random.get_state())},
        }

    def load_state_dict(self, state: dict) -> None:
        self.net.load_state_dict(state["net"])
        self.optimizer.load_state_dict(state["optimizer"])
        if self.normalizer is not None:
            if state["normalizer"] is None:
                raise ValueError("the checkpoint has no observation normaliser but this run "
                                 "normalises observations (norm_obs)")
            self.normalizer.load_state_dict(state["normalizer"])
        self.updates = int(state["counters"]["updates"])
        self.global_step = int(state["counters"]["global_step"])
        self.generator.set_state(state["rng"]["generator"])
        torch.set_rng_state(state["rng"]["torch"])
        np.random.set_state(_np_state_from_lists(state["rng"]["numpy"]))


def _np_state_to_lists(state: tuple) -> list:
    name, keys, pos, has_gauss, gauss = state
    return [name, keys.tolist(), int(pos), int(has_gauss), float(gauss)]


def _np_state_from_lists(state: list) -> tuple:
    name, keys, pos, has_gauss, gauss = state
    return name, np.asarray(keys, dtype=np.uint32), pos, has_gauss, gauss
