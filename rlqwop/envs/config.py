"""The options every QWOP environment shares, checked once, in one place.

The single environments and the batched vector environment take the same keyword arguments; they
all go through ``EnvConfig`` so that a default or a check can never differ between them.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, fields

from rlqwop.game import spec
from rlqwop.game.engine import DEFAULT_ENGINE, ENGINES
from rlqwop.game.game import STARTS, segment_index

ACTION_TYPES = ("discrete", "multi_binary")

DEFAULT_ACTION_REPEAT = 4  # 7.5 decisions per race-clock second, a fast human's key rate
DEFAULT_TIME_LIMIT_S = 120.0  # lets a slow (kneeling) gait still reach 100 m; the record is 45.5 s
BEHIND_LIMIT_X = -100.0  # torso more than 10 m behind the start line ends the episode
# The floor's far end: the camera stops at CAMERA_MAX_PX, and with it the three floor segments.
TRACK_END_X = (2 * (segment_index(spec.CAMERA_MAX_PX) + spec.TRACK_SEGMENTS - 1) + 1) \
    * spec.TRACK_SEGMENT_HALF[0]  # 1104 units, 110.4 m
# A torso past the floor's end without a finish will never get one: the shipped game only
# registers a left-foot touchdown (spec 8.4), and a runner who never made one runs off the end.
OVERRUN_X = TRACK_END_X


@dataclass(frozen=True)
class EnvConfig:
    """Every option of the QWOP environments; see ``QwopEnv``'s docstring for their meaning."""

    action_type: str = "discrete"
    action_repeat: int = DEFAULT_ACTION_REPEAT
    start: str = "fresh"
    start_noise: float = 0.0
    time_limit_s: float = DEFAULT_TIME_LIMIT_S
    finish_either_foot: bool = False
    engine: str = DEFAULT_ENGINE
    progress_weight: float = 1.0
    # Small, worth 2 m of progress: a large one can make standing still until the time limit
    # look better to a beginner than trying to run and falling.
    fall_penalty: float = 2.0
    # Worth 10 % of the race: enough to prefer a registered finish to stumbling past the line.
    finish_bonus: float = 10.0
    time_cost: float = 0.0
    posture_weight: float = 0.0
    knee_penalty: float = 0.0

    def __post_init__(self) -> None:
        if self.action_type not in ACTION_TYPES:
            raise ValueError(f"action_type must be one of {ACTION_TYPES}, got {self.action_type!r}")
        if isinstance(self.action_repeat, bool) or not isinstance(self.action_repeat, int) \
                or self.action_repeat < 1:
            raise ValueError(f"action_repeat must be a whole number >= 1, got {self.action_repeat!r}")
        if self.start not in STARTS:
            raise ValueError(f"start must be one of {STARTS}, got {self.start!r}")
        if self.engine not in ENGINES:
            raise ValueError(f"engine must be one of {ENGINES}, got {self.engine!r}")
        _check_number("start_noise", self.start_noise, minimum=0.0)
        _check_number("time_limit_s", self.time_limit_s, minimum=1.0 / spec.UPDATES_PER_SECOND)
        for name in ("progress_weight", "fall_penalty", "finish_bonus", "time_cost",
                     "posture_weight", "knee_penalty"):
            _check_number(name, getattr(self, name))

    @property
    def time_limit_ticks(self) -> int:
        """The race-clock limit in game updates."""
        return round(self.time_limit_s * spec.UPDATES_PER_SECOND)


CONFIG_FIELDS = tuple(f.name for f in fields(EnvConfig))


def _check_number(name: str, value: object, minimum: float | None = None) -> None:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise ValueError(f"{name} must be a finite number, got {value!r}")
    if minimum is not None and value < minimum:
        raise ValueError(f"{name} must be >= {minimum}, got {value!r}")
