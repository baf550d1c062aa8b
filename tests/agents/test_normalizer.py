"""Merged running statistics equal the statistics of the concatenated data."""

import numpy as np
import pytest

from rlqwop.agents.normalizer import RunningMeanStd, batch_moments, merge_moments


def test_merging_equals_concatenation():
    rng = np.random.default_rng(0)
    parts = [rng.normal(loc=i, scale=i + 1, size=(n, 3)) for i, n in enumerate((5, 17, 1, 40))]
    rms = RunningMeanStd(3)
    for part in parts:
        rms.merge(*batch_moments(part))
    everything = np.concatenate(parts)
    assert rms.count == len(everything)
    assert rms.mean == pytest.approx(everything.mean(axis=0))
    assert rms.var == pytest.approx(everything.var(axis=0))


def test_merge_is_order_free_and_handles_empty():
    rng = np.random.default_rng(1)
    a, b = batch_moments(rng.normal(size=(7, 2))), batch_moments(rng.normal(size=(9, 2)) + 3)
    ab, ba = merge_moments(a, b), merge_moments(b, a)
    assert ab[0] == ba[0] and ab[1] == pytest.approx(ba[1]) and ab[2] == pytest.approx(ba[2])
    empty = (0.0, np.zeros(2), np.zeros(2))
    assert merge_moments(empty, a)[1] == pytest.approx(a[1])


def test_normalize_and_state_round_trip():
    rms = RunningMeanStd(2)
    rms.update(np.array([[0.0, 10.0], [2.0, 30.0]]))
    assert rms.normalize(np.array([1.0, 20.0]), clip=5) == pytest.approx([0.0, 0.0], abs=1e-6)
    assert rms.normalize(np.array([1e6, 20.0]), clip=5)[0] == 5.0
    other = RunningMeanStd(2)
    other.load_state_dict(rms.state_dict())
    assert other.mean == pytest.approx(rms.mean) and other.var == pytest.approx(rms.var)
