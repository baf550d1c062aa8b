"""A trained policy on its own: network plus observation normaliser, loadable from a checkpoint.

Actors run it to collect experience; evaluation and ``watch`` tools load it from a checkpoint:

    policy = Policy.from_checkpoint("runs/NAME/checkpoints/best.pt")
    action = policy.act(obs, deterministic=True)  # obs as the env returns it, batched or not
"""

from __future__ import annotations

import os
import re

import numpy as np
import torch
from gymnasium import spaces

from rlqwop.agents import checkpoint
from rlqwop.agents.networks import ActorCritic, build_network, is_pixel_space


def space_to_str(space: spaces.Space) -> str:
    """A short, comparable description of an action space: "Discrete(9)", "MultiBinary(4)"."""
    if isinstance(space, spaces.Discrete) and space.start == 0:
        return f"Discrete({int(space.n)})"
    if isinstance(space, spaces.MultiBinary) and len(space.shape) == 1:
        return f"MultiBinary({space.shape[0]})"
    raise ValueError(f"unsupported action space {space}; use Discrete or MultiBinary")


def space_from_str(text: str) -> spaces.Space:
    match = re.fullmatch(r"(Discrete|MultiBinary)\((\d+)\)", text)
    if not match:
        raise ValueError(f"unknown action space description {text!r}")
    kind, n = match.group(1), int(match.group(2))
    return spaces.Discrete(n) if kind == "Discrete" else spaces.MultiBinary(n)


def obs_space_from_meta(shape: list[int], dtype: str) -> spaces.Box:
    if np.dtype(dtype) == np.uint8:
        return spaces.Box(0, 255, tuple(shape), np.uint8)
    return spaces.Box(-np.inf, np.inf, tuple(shape), np.dtype(dtype))


class Policy:
    """Maps raw environment observations to actions.

    Args:
        net: the actor-critic network.
        obs_shape: the shape of one observation.
        obs_mean, obs_var: the normaliser's statistics, or None for no normalisation (frames).
        obs_clip: normalised observations are clipped to +-this.
    """

    def __init__(self, net: ActorCritic, obs_shape: tuple[int, ...],
                 obs_mean: np.ndarray | None = None, obs_var: np.ndarray | None = None,
                 obs_clip: float = 10.0) -> None:
        self.net = net
        self.obs_shape = tuple(obs_shape)
        self.meta: dict = {}  # a checkpoint's description, when loaded from one
        self.obs_clip = obs_clip
        self.mean: np.ndarray | None = None
        self.std: np.ndarray | None = None
        if obs_mean is not None:
            self.set_normalizer(obs_mean, obs_var)

    def set_normalizer(self, mean: np.ndarray, var: np.ndarray, epsilon: float = 1e-8) -> None:
        # a copy: an actor passes views of its receive buffer, which the next broadcast
        # overwrites in the middle of a rollout (with policy_lag 1)
        self.mean = np.array(mean, dtype=np.float32)
        self.std = np.sqrt(np.asarray(var, dtype=np.float32) + epsilon)

    def normalize(self, obs: np.ndarray) -> np.ndarray:
        """What the network sees: normalised float32 vectors, or the frames unchanged."""
        if self.mean is None:
            return obs
        return np.clip((obs - self.mean) / self.std, -self.obs_clip, self.obs_clip,
                       dtype=np.float32)

    @torch.inference_mode()
    def act(self, obs: np.ndarray, deterministic: bool = False) -> np.ndarray:
        """Actions for raw observations: one (obs_shape) or a batch (N, *obs_shape)."""
        obs = np.asarray(obs)
        single = obs.ndim == len(self.obs_shape)
        x = torch.as_tensor(self.normalize(obs[None] if single else obs))
        action, _, _ = self.net.act(x, deterministic)
        action = action.numpy()
        return action[0] if single else action

    @classmethod
    def from_checkpoint(cls, path: str | os.PathLike, expect: dict | None = None) -> "Policy":
        """Load a training checkpoint's policy (refusing unusable files, see ``checkpoint``)."""
        state = checkpoint.load(path, expect)
        if checkpoint.algo_of(state["meta"]) != "ppo":
            raise checkpoint.CheckpointError(
                f"{path} holds a {checkpoint.algo_of(state['meta'])} runner, not our PPO's; load "
                f"it with rlqwop.agents.runner.load_runner")
        return cls.from_state(state)

    @classmethod
    def from_state(cls, state: dict) -> "Policy":
        """The policy of a loaded checkpoint of our PPO (``checkpoint.load``'s result)."""
        meta = state["meta"]
        obs_space = obs_space_from_meta(meta["obs_shape"], meta["obs_dtype"])
        net = build_network(obs_space, space_from_str(meta["action_space"]), meta["policy"],
                            tuple(meta["hidden_sizes"]))
        net.load_state_dict(state["net"])
        net.eval()
        norm = state.get("normalizer")
        policy = cls(net, obs_space.shape, obs_clip=meta["obs_clip"])
        if norm is not None:
            count = norm["count"]
            m2 = np.asarray(norm["m2"])
            var = m2 / count if count >= 2 else np.ones_like(m2)
            policy.set_normalizer(np.asarray(norm["mean"]), var)
        policy.meta = meta
        return policy

    @classmethod
    def for_spaces(cls, obs_space: spaces.Box, action_space: spaces.Space, policy: str,
                   hidden_sizes: tuple[int, ...], normalize: bool, obs_clip: float) -> "Policy":
        """A freshly initialised policy (actors overwrite its parameters from the learner)."""
        net = build_network(obs_space, action_space, policy, hidden_sizes)
        out = cls(net, obs_space.shape, obs_clip=obs_clip)
        if normalize and not is_pixel_space(obs_space):
            size = int(np.prod(obs_space.shape))
            out.set_normalizer(np.zeros(size), np.ones(size))
        return out
