"""GAE against values computed by hand, including a termination, an autoreset step and a cut."""

import numpy as np
import pytest

from rlqwop.agents.buffer import compute_gae

GAMMA, LAM = 0.9, 0.8


def test_gae_terminated_truncated_and_reset_step():
    # env 0: step 0 normal, step 1 terminates, step 2 is the autoreset step (obs[2] is the final
    # observation of the first episode), step 3 is truncated (obs[4] is that episode's final one).
    # env 1: no episode boundary, bootstraps from obs[4].
    rewards = np.array([[1, 1], [2, 1], [0, 1], [3, 1]], np.float32)
    values = np.array([[0.5, 0], [1.0, 0], [4.0, 0], [2.0, 0], [6.0, 10]], np.float32)
    terminated = np.array([[0, 0], [1, 0], [0, 0], [0, 0]], np.float32)
    truncated = np.array([[0, 0], [0, 0], [0, 0], [1, 0]], np.float32)
    adv, ret = compute_gae(rewards, values, terminated, truncated, GAMMA, LAM)

    # env 0, by hand:
    # t3 truncated: delta = 3 + 0.9 * V(obs4)=6 - 2 = 6.4, nothing flows back past the cut
    # t1 terminated: delta = 2 - 1 = 1 (no bootstrap from obs2, the final observation)
    # t0: delta = 1 + 0.9 * 1 - 0.5 = 1.4; A = 1.4 + 0.9 * 0.8 * 1 = 2.12
    assert adv[3, 0] == pytest.approx(6.4)
    assert adv[1, 0] == pytest.approx(1.0)
    assert adv[0, 0] == pytest.approx(2.12)
    assert ret[[0, 1, 3], 0] == pytest.approx([2.62, 2.0, 8.4])
    # env 1: A3 = 1 + 0.9 * 10 = 10, then A_t = 1 + 0.72 * A_{t+1} (values are 0)
    assert adv[:, 1] == pytest.approx([5.97088, 6.904, 8.2, 10.0])


def test_truncation_differs_from_termination_only_by_the_bootstrap():
    rewards = np.array([[1.0]], np.float32)
    values = np.array([[0.0], [5.0]], np.float32)
    cut, _ = compute_gae(rewards, values, np.zeros((1, 1)), np.ones((1, 1)), GAMMA, LAM)
    ended, _ = compute_gae(rewards, values, np.ones((1, 1)), np.zeros((1, 1)), GAMMA, LAM)
    assert cut[0, 0] == pytest.approx(1.0 + GAMMA * 5.0)
    assert ended[0, 0] == pytest.approx(1.0)
