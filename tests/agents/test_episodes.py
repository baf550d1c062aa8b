"""The window that picks best.pt ranks finishes by race time once runs finish."""

import numpy as np

from rlqwop.agents.episodes import Bookkeeping

NAN = float("nan")


def window(rows):
    book = Bookkeeping(window=10)
    # ended, return, length, distance_m, race_time_s, finished
    book.add(np.array(rows, dtype=float))
    return book.score()


def test_any_finish_beats_a_near_miss_and_faster_finishes_score_higher():
    near_miss = window([(1, 0, 0, 99.9, 80.0, 0)] * 10)
    slow = window([(1, 0, 0, 100.4, 110.0, 1)] * 10)
    fast = window([(1, 0, 0, 100.1, 60.0, 1)] * 10)
    assert near_miss < slow < fast
    assert slow == 100.0 + 10.0  # capped distance plus seconds under 120


def test_distance_still_ranks_runs_that_do_not_finish():
    assert window([(1, 0, 0, 30.0, 20.0, 0)] * 10) < window([(1, 0, 0, 60.0, 20.0, 0)] * 10)


def test_envs_without_distance_use_the_return():
    assert window([(1, 5.0, 0, NAN, NAN, NAN)] * 10) == 5.0
