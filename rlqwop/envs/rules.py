"""When an episode ends, for one race or a batch: the same expressions serve both.

Every expression here uses only ``&``, ``|``, ``^``, comparisons and arithmetic, so it works
elementwise on numpy arrays (the vector environment) and on Python scalars (a single game, where
numpy's per-call cost would be several times the arithmetic). ``x ^ True`` is "not x" for both.
"""

from __future__ import annotations

from typing import NamedTuple

from rlqwop.envs.config import BEHIND_LIMIT_X, OVERRUN_X


class Outcome(NamedTuple):
    """Each field a bool, or a bool array over races."""

    failed: bool  # the run has failed (now or before): a fall without a finish, or behind -10 m
    new_fail: bool  # ... in this step (the fall penalty is paid once)
    new_finish: bool  # the game registered the finish in this step (the bonus is paid once)
    terminated: bool
    truncated: bool
    overran: bool  # off the floor's end (110.4 m) without a registered finish


def outcome(x, fallen, finished, ticks, failed_before, finished_before, nonfinite,
            limit_ticks: int) -> Outcome:
    """The episode's state after a step, from the game's torso x (units), fallen and finished
    flags, race clock (updates), the flags before the step, and whether the state went
    non-finite. A fall after the "jump" is the game's finish, so it is not a failure."""
    not_finished = finished ^ True
    fail = (fallen & not_finished) | (x < BEHIND_LIMIT_X)
    overran = (x > OVERRUN_X) & not_finished
    sane = nonfinite ^ True
    terminated = (fail | finished | overran) & sane
    truncated = ((ticks >= limit_ticks) & (terminated ^ True)) | nonfinite
    return Outcome(fail | failed_before, fail & (failed_before ^ True) & sane,
                   finished & (finished_before ^ True), terminated, truncated, overran)
