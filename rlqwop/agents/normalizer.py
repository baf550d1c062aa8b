"""Running mean and variance of vector observations, mergeable across processes.

Each actor summarises the raw observations of one rollout as (count, mean, M2), M2 being the sum of
squared deviations from the batch mean; the learner merges the summaries with the parallel formula
of Chan, Golub and LeVeque (1979), which equals the statistics of the concatenated data without
ever holding it, and broadcasts mean and variance back with the parameters.
"""

from __future__ import annotations

import numpy as np


def batch_moments(x: np.ndarray) -> tuple[float, np.ndarray, np.ndarray]:
    """(count, mean, M2) of the rows of ``x`` (shape (N, *feature_shape)), in float64."""
    x = np.asarray(x, dtype=np.float64).reshape(len(x), -1)
    mean = x.mean(axis=0)
    return float(len(x)), mean, ((x - mean) ** 2).sum(axis=0)


def merge_moments(a: tuple[float, np.ndarray, np.ndarray],
                  b: tuple[float, np.ndarray, np.ndarray]) -> tuple[float, np.ndarray, np.ndarray]:
    """Moments of the union of two samples from each one's (count, mean, M2)."""
    n_a, mean_a, m2_a = a
    n_b, mean_b, m2_b = b
    n = n_a + n_b
    if n == 0:
        return 0.0, mean_a.copy(), m2_a.copy()
    delta = mean_b - mean_a
    mean = mean_a + delta * (n_b / n)
    # delta^2 * n_a * n_b / n is the spread between the two means; it is what naive averaging of
    # the two variances misses.
    m2 = m2_a + m2_b + delta ** 2 * (n_a * n_b / n)
    return n, mean, m2


class RunningMeanStd:
    """Mean and variance of every observation seen so far, feature by feature."""

    def __init__(self, size: int, epsilon: float = 1e-8) -> None:
        self.count = 0.0
        self.mean = np.zeros(size, dtype=np.float64)
        self.m2 = np.zeros(size, dtype=np.float64)
        self.epsilon = epsilon

    @property
    def var(self) -> np.ndarray:
        """Population variance; 1 before any data so that early normalisation is the identity."""
        if self.count < 2:
            return np.ones_like(self.mean)
        return self.m2 / self.count

    def merge(self, count: float, mean: np.ndarray, m2: np.ndarray) -> None:
        """Fold in another sample's (count, mean, M2)."""
        self.count, self.mean, self.m2 = merge_moments(
            (self.count, self.mean, self.m2), (float(count), np.asarray(mean, np.float64),
                                               np.asarray(m2, np.float64)))

    def update(self, x: np.ndarray) -> None:
        """Fold in the rows of ``x``."""
        self.merge(*batch_moments(x))

    def normalize(self, x: np.ndarray, clip: float) -> np.ndarray:
        """(x - mean) / std, clipped to +-clip, as float32."""
        std = np.sqrt(self.var + self.epsilon)
        return np.clip((x - self.mean) / std, -clip, clip).astype(np.float32)

    def state_dict(self) -> dict:
        return {"count": self.count, "mean": self.mean.tolist(), "m2": self.m2.tolist()}

    def load_state_dict(self, state: dict) -> None:
        mean = np.asarray(state["mean"], dtype=np.float64)
        if mean.shape != self.mean.shape:
            raise ValueError(f"normaliser has {mean.size} features, expected {self.mean.size}")
        self.count = float(state["count"])
        self.mean = mean
        self.m2 = np.asarray(state["m2"], dtype=np.float64)
