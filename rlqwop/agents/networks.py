"""Actor-critic networks and their action distributions.

Two bodies:

* ``MLPActorCritic`` for vector observations: separate tanh trunks for the policy and the value
  (64-64 unless told; qwop-v0 training uses 128-128). Separate trunks cost nothing at this size
  and keep the value loss, whose scale follows the returns, from pulling the policy's features
  around; it is also the layout the PPO implementation details study found robust for vector
  control.
* ``CNNActorCritic`` for frames: the Nature DQN convolutions and a 512-unit layer shared by both
  heads (learning features from pixels twice would double the cost of the largest part). It takes
  channel-last uint8 frames as the environments produce them and permutes them to NCHW itself.

Two heads: a categorical for ``Discrete`` actions, one independent Bernoulli per key for
``MultiBinary``. The value head is linear: returns are unbounded, a squashed value head cannot
represent them.
"""

from __future__ import annotations

import math

import numpy as np
import torch
from gymnasium import spaces
from torch import nn
from torch.distributions import Bernoulli, Categorical


def layer_init(layer: nn.Module, std: float = math.sqrt(2), bias: float = 0.0) -> nn.Module:
    """Orthogonal weights with gain ``std``, constant bias."""
    nn.init.orthogonal_(layer.weight, std)
    nn.init.constant_(layer.bias, bias)
    return layer


class ActionHead:
    """Turns logits into a distribution over one action space; sums per-key log-probs."""

    def __init__(self, action_space: spaces.Space) -> None:
        if isinstance(action_space, spaces.Discrete):
            self.binary = False
            self.num_logits = int(action_space.n)
            self.action_shape: tuple[int, ...] = ()
            self.action_dtype = np.int64
        elif isinstance(action_space, spaces.MultiBinary):
            if len(action_space.shape) != 1:
                raise ValueError(f"MultiBinary actions must be one-dimensional, got {action_space}")
            self.binary = True
            self.num_logits = int(action_space.shape[0])
            self.action_shape = (self.num_logits,)
            self.action_dtype = np.int8
        else:
            raise ValueError(f"unsupported action space {action_space}; use Discrete or "
                             f"MultiBinary")

    def distribution(self, logits: torch.Tensor) -> Categorical | Bernoulli:
        return Bernoulli(logits=logits) if self.binary else Categorical(logits=logits)

    def log_prob(self, dist, actions: torch.Tensor) -> torch.Tensor:
        if self.binary:
            return dist.log_prob(actions.float()).sum(-1)
        return dist.log_prob(actions.long())

    def entropy(self, dist) -> torch.Tensor:
        return dist.entropy().sum(-1) if self.binary else dist.entropy()

    def mode(self, logits: torch.Tensor) -> torch.Tensor:
        return (logits > 0).to(torch.int8) if self.binary else logits.argmax(-1)

    def sample(self, dist) -> torch.Tensor:
        return dist.sample().to(torch.int8) if self.binary else dist.sample()


class ActorCritic(nn.Module):
    """Common interface: ``forward(obs) -> (logits, value)`` plus sampling and evaluation."""

    head: ActionHead

    def act(self, obs: torch.Tensor, deterministic: bool = False
            ) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
        """Actions, their log-probabilities and the values for a batch of observations."""
        logits, value = self(obs)
        dist = self.head.distribution(logits)
        action = self.head.mode(logits) if deterministic else self.head.sample(dist)
        return action, self.head.log_prob(dist, action), value

    def evaluate(self, obs: torch.Tensor, actions: torch.Tensor
                 ) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
        """Log-probabilities of ``actions``, the policy's entropy and the values."""
        logits, value = self(obs)
        dist = self.head.distribution(logits)
        return self.head.log_prob(dist, actions), self.head.entropy(dist), value


class MLPActorCritic(ActorCritic):
    """Tanh MLP policy and value with separate trunks, for float vector observations."""

    def __init__(self, obs_size: int, action_space: spaces.Space,
                 hidden_sizes: tuple[int, ...] = (64, 64)) -> None:
        super().__init__()
        self.head = ActionHead(action_space)

        def trunk() -> list[nn.Module]:
            layers, width = [], obs_size
            for h in hidden_sizes:
                layers += [layer_init(nn.Linear(width, h)), nn.Tanh()]
                width = h
            return layers

        width = hidden_sizes[-1]
        # Small final gains: the policy starts near uniform, the value near zero (Andrychowicz
        # et al. 2021, "What matters in on-policy RL").
        self.actor = nn.Sequential(*trunk(), layer_init(nn.Linear(width, self.head.num_logits),
                                                        std=0.01))
        self.critic = nn.Sequential(*trunk(), layer_init(nn.Linear(width, 1), std=1.0))

    def forward(self, obs: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        return self.actor(obs), self.critic(obs).squeeze(-1)


class CNNActorCritic(ActorCritic):
    """Nature-DQN CNN over channel-last uint8 frames (N, H, W, C); one trunk, two linear heads."""

    def __init__(self, obs_shape: tuple[int, int, int], action_space: spaces.Space) -> None:
        super().__init__()
        self.head = ActionHead(action_space)
        self.obs_shape = tuple(obs_shape)
        height, width, channels = self.obs_shape
        self.convs = nn.Sequential(
            layer_init(nn.Conv2d(channels, 32, 8, stride=4)), nn.ReLU(),
            layer_init(nn.Conv2d(32, 64, 4, stride=2)), nn.ReLU(),
            layer_init(nn.Conv2d(64, 64, 3, stride=1)), nn.ReLU(),
            nn.Flatten())
        with torch.no_grad():
            try:
                n_flat = self.convs(torch.zeros(1, channels, height, width)).shape[1]
            except RuntimeError as e:
                raise ValueError(f"frames of {height}x{width} are too small for the Nature CNN "
                                 f"(needs at least 36x36)") from e
        self.trunk = nn.Sequential(self.convs, layer_init(nn.Linear(n_flat, 512)), nn.ReLU())
        self.actor = layer_init(nn.Linear(512, self.head.num_logits), std=0.01)
        self.critic = layer_init(nn.Linear(512, 1), std=1.0)

    def forward(self, obs: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        if tuple(obs.shape[1:]) != self.obs_shape:
            shape = ", ".join(map(str, self.obs_shape))
            raise ValueError(f"expected channel-last frames (N, {shape}), got {tuple(obs.shape)}")
        x = obs.permute(0, 3, 1, 2).float() / 255.0
        hidden = self.trunk(x)
        return self.actor(hidden), self.critic(hidden).squeeze(-1)


def is_pixel_space(space: spaces.Space) -> bool:
    """Frames: a (H, W, C) uint8 box."""
    return isinstance(space, spaces.Box) and space.dtype == np.uint8 and len(space.shape) == 3


def build_network(obs_space: spaces.Space, action_space: spaces.Space, policy: str = "auto",
                  hidden_sizes: tuple[int, ...] = (64, 64)) -> ActorCritic:
    """The network for these spaces: ``policy`` is "mlp", "cnn" or "auto" (by observation)."""
    if not isinstance(obs_space, spaces.Box):
        raise ValueError(f"unsupported observation space {obs_space}; use a Box")
    if policy == "auto":
        policy = "cnn" if is_pixel_space(obs_space) else "mlp"
    if policy == "cnn":
        if not is_pixel_space(obs_space):
            raise ValueError(f"the CNN needs (H, W, C) uint8 frames, got {obs_space}")
        return CNNActorCritic(obs_space.shape, action_space)
    if policy == "mlp":
        if len(obs_space.shape) != 1:
            raise ValueError(f"the MLP needs vector observations, got shape {obs_space.shape}")
        return MLPActorCritic(obs_space.shape[0], action_space, tuple(hidden_sizes))
    raise ValueError(f"policy must be 'mlp', 'cnn' or 'auto', got {policy!r}")
