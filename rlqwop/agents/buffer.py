"""Rollout storage (one contiguous buffer an actor fills and MPI moves) and GAE.

The environments reset on the step *after* an episode ends (Gymnasium's next-step autoreset). So a
rollout of T steps of E environments looks like this for an episode ending at step t:

    obs[t]   --a[t]-->   obs[t+1] = the episode's final observation, terminated or truncated at t
    obs[t+1] --a[t+1]--> obs[t+2] = the first observation of the next episode, reward 0

Step t+1 is no decision of the agent (the env ignores its action): it is stored, marked invalid and
left out of every loss. In exchange the final observation sits in ``obs`` like any other, so a
truncated episode bootstraps from its value with no side channel.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

# Per step and environment; non-zero only where an episode ended at that step.
EPISODE_FIELDS = ("ended", "return", "length", "distance_m", "race_time_s", "finished")
# collect_s: this rollout's collection time; wait_s: the actor's idle time before it (sending the
# previous rollout, waiting for parameters).
META_FIELDS = ("param_version", "actor_rank", "env_steps", "collect_s", "wait_s")


@dataclass(frozen=True)
class RolloutLayout:
    """Shapes and dtypes of one actor's rollout; the learner and actors must agree on it."""

    steps: int
    envs: int
    obs_shape: tuple[int, ...]
    obs_dtype: str
    action_shape: tuple[int, ...]
    action_dtype: str
    obs_features: int  # features tracked by the normaliser; 0 for frames

    def fields(self) -> list[tuple[str, tuple[int, ...], np.dtype]]:
        t, e = self.steps, self.envs
        f32 = np.dtype(np.float32)
        return [
            ("obs", (t + 1, e, *self.obs_shape), np.dtype(self.obs_dtype)),
            ("actions", (t, e, *self.action_shape), np.dtype(self.action_dtype)),
            ("logprobs", (t, e), f32),
            ("rewards", (t, e), f32),
            ("terminated", (t, e), f32),
            ("truncated", (t, e), f32),
            ("valid", (t, e), f32),
            ("episodes", (t, e, len(EPISODE_FIELDS)), f32),
            ("meta", (len(META_FIELDS),), np.dtype(np.float64)),
            ("obs_moments", (1 + 2 * self.obs_features,), np.dtype(np.float64)),
        ]

    @property
    def nbytes(self) -> int:
        """The size of one rollout's buffer."""
        return sum(int(np.prod(shape, dtype=object)) * dtype.itemsize for _, shape, dtype in self.fields())


class Rollout:
    """Typed views into one preallocated byte buffer, so a rollout is one MPI message.

    Attributes (arrays, T steps, E environments): ``obs`` (T+1, E, *obs_shape) with the bootstrap
    observation last, ``actions``, ``logprobs`` of the behaviour policy, ``rewards``,
    ``terminated``, ``truncated``, ``valid`` (0 on autoreset steps), ``episodes`` (T, E, 6),
    ``meta`` and ``obs_moments`` (count, mean, M2 of this rollout's raw observations).
    """

    def __init__(self, layout: RolloutLayout) -> None:
        self.layout = layout
        offsets, total = [], 0
        for name, shape, dtype in layout.fields():
            total = -(-total // 8) * 8  # every field 8-byte aligned for its dtype
            offsets.append((name, shape, dtype, total))
            total += int(np.prod(shape)) * dtype.itemsize
        self.raw = np.zeros(total, dtype=np.uint8)
        for name, shape, dtype, offset in offsets:
            size = int(np.prod(shape)) * dtype.itemsize
            setattr(self, name, self.raw[offset:offset + size].view(dtype).reshape(shape))

    obs: np.ndarray
    actions: np.ndarray
    logprobs: np.ndarray
    rewards: np.ndarray
    terminated: np.ndarray
    truncated: np.ndarray
    valid: np.ndarray
    episodes: np.ndarray
    meta: np.ndarray
    obs_moments: np.ndarray

    def finished_episodes(self) -> np.ndarray:
        """One row per episode that ended in this rollout, columns as ``EPISODE_FIELDS``."""
        flat = self.episodes.reshape(-1, len(EPISODE_FIELDS))
        return flat[flat[:, 0] > 0]


def compute_gae(rewards: np.ndarray, values: np.ndarray, terminated: np.ndarray,
                truncated: np.ndarray, gamma: float, gae_lambda: float
                ) -> tuple[np.ndarray, np.ndarray]:
    """Generalised advantage estimates (Schulman et al. 2016) for a next-step-autoreset rollout.

    Args:
        rewards, terminated, truncated: (T, E) for the step from ``obs[t]``.
        values: (T + 1, E), the value of every stored observation, the bootstrap one last.
        gamma, gae_lambda: discount and GAE lambda.
    Returns:
        (advantages, returns), each (T, E). Entries of autoreset steps are meaningless: mask them.

    A terminated step's target is its reward alone; a truncated step's is its reward plus the
    discounted value of its final observation (the episode was cut, not over). Neither passes
    later advantages back across the episode boundary.
    """
    steps = len(rewards)
    advantages = np.zeros_like(rewards, dtype=np.float32)
    last = np.zeros_like(rewards[0], dtype=np.float32)
    for t in reversed(range(steps)):
        not_terminal = 1.0 - terminated[t]
        delta = rewards[t] + gamma * values[t + 1] * not_terminal - values[t]
        same_episode = not_terminal * (1.0 - truncated[t])
        last = delta + gamma * gae_lambda * same_episode * last
        advantages[t] = last
    return advantages, advantages + values[:-1]
