"""Agent actions to the game's held keys, for one environment or a batch.

Discrete(9) is the default because only 9 of the 16 key combinations behave differently (Q beats
W, O beats P): index = 3 * thigh + calf with thigh in (none, Q, W) and calf in (none, O, P).

    index  0    1    2    3    4     5     6    7     8
    keys   -    O    P    Q    Q+O   Q+P   W    W+O   W+P

MultiBinary(4) holds each of q, w, o, p independently; the game's priorities then apply, so
[1, 1, 0, 0] (Q and W) moves exactly like [1, 0, 0, 0].
"""

from __future__ import annotations

import operator

import numpy as np
from gymnasium import spaces

from rlqwop.game import parse_keys

DISCRETE_KEYS = ("", "o", "p", "q", "qo", "qp", "w", "wo", "wp")
BINARY_KEYS = "qwop"  # the order of the MultiBinary(4) entries
# MultiBinary rows index this table as 8q + 4w + 2o + p
MULTI_BINARY_KEYS = tuple("".join(k for k, held in zip(BINARY_KEYS, f"{i:04b}") if held == "1")
                          for i in range(16))
_BIT_WEIGHTS = np.array([8, 4, 2, 1])
# A key code is the Discrete index of the keys that act (3 * thigh + calf); the batched game takes
# thigh = code // 3 and calf = code % 3. MultiBinary rows map to codes through this table.
MULTI_BINARY_CODES = np.array([DISCRETE_KEYS.index("".join(parse_keys(keys)))
                               for keys in MULTI_BINARY_KEYS])


def action_space(action_type: str) -> spaces.Space:
    """The action space of one environment for ``action_type`` "discrete" or "multi_binary"."""
    if action_type == "discrete":
        return spaces.Discrete(len(DISCRETE_KEYS))
    if action_type == "multi_binary":
        return spaces.MultiBinary(len(BINARY_KEYS))
    raise ValueError(f"action_type must be 'discrete' or 'multi_binary', got {action_type!r}")


class ActionDecoder:
    """Turns actions into key codes (the index of the held keys in ``DISCRETE_KEYS``), refusing
    anything outside the space."""

    def __init__(self, action_type: str) -> None:
        self.space = action_space(action_type)
        self.discrete = action_type == "discrete"

    def code(self, action) -> int:
        """The key code of one environment's ``action``."""
        if self.discrete:
            try:
                index = operator.index(action)
            except TypeError:
                index = -1  # floats, strings, arrays of the wrong shape: reported below
            if 0 <= index < len(DISCRETE_KEYS):
                return index
        else:
            row = self._binary_rows(action, (len(BINARY_KEYS),))
            if row is not None:
                return int(MULTI_BINARY_CODES[int(row @ _BIT_WEIGHTS)])
        raise self._invalid(action)

    def codes(self, actions, num_envs: int) -> np.ndarray:
        """The key codes of ``num_envs`` environments, (num_envs,) int64, from a batch of actions."""
        if self.discrete:
            batch = np.asarray(actions)
            if batch.shape == (num_envs,) and batch.dtype.kind in "iub":
                if num_envs == 0 or (batch.min() >= 0 and batch.max() < len(DISCRETE_KEYS)):
                    return batch.astype(np.int64)
        else:
            rows = self._binary_rows(actions, (num_envs, len(BINARY_KEYS)))
            if rows is not None:
                return MULTI_BINARY_CODES[rows @ _BIT_WEIGHTS]
        raise self._invalid(actions, num_envs)

    def keys(self, action) -> str:
        """The keys held for one environment's ``action``."""
        return DISCRETE_KEYS[self.code(action)]

    def keys_batch(self, actions, num_envs: int) -> list[str]:
        """The keys held for each of ``num_envs`` environments, from a batch of actions."""
        return [DISCRETE_KEYS[i] for i in self.codes(actions, num_envs).tolist()]

    @staticmethod
    def _binary_rows(action, shape: tuple[int, ...]) -> np.ndarray | None:
        try:
            rows = np.asarray(action)
        except (TypeError, ValueError):
            return None
        if rows.shape != shape or rows.dtype.kind not in "iub":
            return None
        if rows.size and (rows.min() < 0 or rows.max() > 1):
            return None
        return rows.astype(np.int64, copy=False)

    def _invalid(self, action, num_envs: int | None = None) -> ValueError:
        where = "the action space" if num_envs is None else f"a batch of {num_envs} of the action space"
        if isinstance(self.space, spaces.Discrete):
            want = f"an integer 0-{self.space.n - 1}"
        else:
            want = "integer or bool zeros and ones for Q, W, O, P (not floats)"
        return ValueError(f"action {action!r} is not in {where} {self.space}: give {want} per "
                          f"environment; see rlqwop.envs.actions for the table of actions to keys")
