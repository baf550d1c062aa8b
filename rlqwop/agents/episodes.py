"""Finished episodes: the running window that picks ``best.pt``, and the charts logged from them.

Both training paths (ours over MPI and Stable-Baselines3's) keep the same window and log the same
``charts/*`` values, so their runs read alike in TensorBoard. An episode is one row of
``buffer.EPISODE_FIELDS``: ended, return, length, distance_m, race_time_s, finished (NaN where the
environment does not report it).
"""

from __future__ import annotations

from collections import deque

import numpy as np

FINISH_M = 100.0
# A finish is worth 100 m plus one metre per race-clock second under this, so that once every run
# finishes, a faster window still counts as better (mean distance alone stops at 100 m).
RACE_TIME_BASE_S = 120.0


class Bookkeeping:
    """Finished episodes of the last ``window`` and the best windowed score so far."""

    def __init__(self, window: int) -> None:
        self.episodes: deque = deque(maxlen=window)
        self.best = -np.inf
        self.best_distance = -np.inf  # for the progress bar: the best window mean distance

    def add(self, rows: np.ndarray) -> None:
        self.episodes.extend(map(tuple, rows.tolist()))

    def score(self) -> float:
        """Mean over the window of the distance (capped at 100 m) plus, for a finished run,
        ``RACE_TIME_BASE_S`` minus its race time; the mean return for envs with no distance."""
        if not self.episodes:
            return -np.inf
        rows = np.array(self.episodes)
        distance = rows[:, 3]
        if np.isnan(distance).all():
            return float(rows[:, 1].mean())
        finished = np.nan_to_num(rows[:, 5]) > 0
        value = np.minimum(distance, FINISH_M) + np.where(finished, RACE_TIME_BASE_S - rows[:, 4], 0.0)
        return float(np.nanmean(value))

    def improved(self) -> bool:
        """Whether the window's score beats the best so far (then it becomes the best); the
        window must hold at least 10 episodes, so a lucky first one does not set the bar."""
        score = self.score()
        if self.episodes:
            distance = np.array(self.episodes)[:, 3]
            if not np.isnan(distance).all():
                self.best_distance = max(self.best_distance, float(np.nanmean(distance)))
        if len(self.episodes) >= min(10, self.episodes.maxlen) and score > self.best:
            self.best = score
            return True
        return False

    def describe_best(self) -> str:
        if not np.isfinite(self.best):
            return ""
        rows = np.array(self.episodes)
        has_distance = len(rows) and not np.isnan(rows[:, 3]).all()
        return f"best {self.best_distance:.1f} m" if has_distance else f"best return {self.best:.1f}"

    def state_dict(self) -> dict:
        return {"episodes": [list(e) for e in self.episodes], "best": float(self.best),
                "best_distance": float(self.best_distance)}

    def load_state_dict(self, state: dict) -> None:
        self.episodes.clear()
        self.episodes.extend(tuple(e) for e in state["episodes"])
        self.best = float(state["best"])
        self.best_distance = float(state.get("best_distance", -np.inf))


def episode_charts(episodes: np.ndarray) -> dict[str, float]:
    """The ``charts/*`` values of the episodes that ended in one update (none: an empty dict).

    ``charts/race_time`` is the mean race-clock time of the finished runs only: the clock at a
    fall is not a race time.
    """
    out: dict[str, float] = {}
    if not len(episodes):
        return out
    out["charts/episodic_return"] = float(episodes[:, 1].mean())
    out["charts/episodic_length"] = float(episodes[:, 2].mean())
    if not np.isnan(episodes[:, 3]).all():
        out["charts/episodic_distance"] = float(np.nanmean(episodes[:, 3]))
    finished = episodes[:, 5]
    if not np.isnan(finished).all():
        out["charts/finish_rate"] = float(np.nanmean(finished))
        done = finished > 0
        if done.any():
            out["charts/race_time"] = float(episodes[done, 4].mean())
    return out
