"""grouped.Games and Column: the kernel's lane storage indexed like a (games, rows, fields) array.

Every operation is checked against a plain numpy array doing the same, for batches that fill
their last group and batches that do not (the spare lanes must never show or change)."""

from __future__ import annotations

import numpy as np
import pytest

from rlqwop.game.fast.grouped import Games

WIDTH, ROWS, FIELDS = 16, 5, 7


def pair(n: int, seed: int = 0):
    """A Games over fresh storage and the plain array it must behave like (same values)."""
    groups = (n + WIDTH - 1) // WIDTH
    storage = np.random.default_rng(seed).normal(size=(groups, FIELDS + 2, ROWS, WIDTH))
    games = Games(storage, n, FIELDS)
    plain = storage[:, :FIELDS].transpose(0, 3, 2, 1).reshape(groups * WIDTH, ROWS, FIELDS)[:n].copy()
    return games, plain, storage


def selectors(n: int, rng: np.random.Generator):
    mask = rng.random(n) < 0.4
    return [0, n - 1, -1, slice(None), slice(1, None, 3), mask, rng.permutation(n)[:max(1, n // 3)],
            np.array([n - 1, 0])]


@pytest.mark.parametrize("n", [1, 16, 21, 37])
def test_reads_and_writes_equal_a_plain_array(n):
    games, plain, storage = pair(n)
    spare = storage.copy()
    rng = np.random.default_rng(n)
    assert len(games) == n and games.shape == plain.shape
    assert np.array_equal(np.asarray(games), plain)
    for k, sel in enumerate(selectors(n, rng)):
        for rest in [(), (2,), (slice(1, 4), 3), (slice(None), slice(2, 5))]:
            key = (sel, *rest)
            assert np.array_equal(games[key], plain[key]), key
            value = rng.normal(size=np.shape(plain[key]))
            games[key] = value
            plain[key] = value
            assert np.array_equal(np.asarray(games), plain), key
            games[key] = 10.0 * k  # a scalar broadcasts
            plain[key] = 10.0 * k
            assert np.array_equal(np.asarray(games), plain), key
    used = (np.arange(storage.shape[0] * WIDTH) < n).reshape(storage.shape[0], WIDTH)
    by_lane = (0, 3, 1, 2)  # (group, lane, field, row): the spare lanes never change
    assert np.array_equal(storage.transpose(by_lane)[~used], spare.transpose(by_lane)[~used])
    assert np.array_equal(storage[:, FIELDS:], spare[:, FIELDS:])  # rows beyond the face untouched


def test_one_game_is_a_view_that_writes_through():
    games, plain, _ = pair(21)
    row = games[18]
    assert np.shares_memory(row, games.storage)
    row[3, 4] = 99.0
    plain[18, 3, 4] = 99.0
    row[:, 0] += 1.0
    plain[18, :, 0] += 1.0
    games[18, :2] += 5.0  # augmented assignment through the view
    plain[18, :2] += 5.0
    assert np.array_equal(np.asarray(games), plain)


@pytest.mark.parametrize("n", [16, 21, 32])
def test_columns_equal_a_plain_array(n):
    games, plain, _ = pair(n, seed=1)
    rng = np.random.default_rng(3)
    column = games.column(2, 5)
    for sel in selectors(n, rng):
        assert np.array_equal(column[sel], plain[sel, 2, 5])
        value = rng.normal(size=np.shape(plain[sel, 2, 5]))
        column[sel] = value
        plain[sel, 2, 5] = value
        assert np.array_equal(np.asarray(games), plain)
        column[sel] += 1.5
        plain[sel, 2, 5] += 1.5
        assert np.array_equal(np.asarray(games), plain)


@pytest.mark.parametrize("n", [16, 21, 40])
def test_read_copies_a_block_of_every_game(n):
    games, plain, _ = pair(n, seed=2)
    assert np.array_equal(games.read(slice(0, 3), slice(1, 4)), plain[:, 0:3, 1:4])
    out = np.full((n, 2, 6), np.nan)
    assert games.read(slice(3, 5), slice(0, 6), out) is out
    assert np.array_equal(out, plain[:, 3:5, 0:6])
    wide = np.zeros((n, 2, 8))  # a strided out, as the observations pass one
    games.read(slice(3, 5), slice(0, 6), wide[:, :, 1:7])
    assert np.array_equal(wide[:, :, 1:7], plain[:, 3:5, 0:6])


def test_the_storage_must_be_one_contiguous_array():
    storage = np.zeros((2, FIELDS, ROWS, WIDTH))
    with pytest.raises(ValueError, match="contiguous"):
        Games(storage[:, :, :, ::2], 10)
    with pytest.raises(ValueError, match="cannot hold 40"):
        Games(storage, 40)


def test_the_whole_face_is_an_array_only_as_a_copy():
    games, plain, _ = pair(21)
    for whole in (np.asarray(games), games.copy()):
        assert np.array_equal(whole, plain) and not np.shares_memory(whole, games.storage)
    assert np.asarray(games, dtype=np.float32).dtype == np.float32
    with pytest.raises(ValueError, match="only as a copy"):
        np.asarray(games, copy=False)


def test_a_game_out_of_range_is_an_index_error():
    games, _, _ = pair(21)
    with pytest.raises(IndexError, match="game 21 is out of range for 21 games"):
        games[21]
    with pytest.raises(IndexError, match="out of range"):
        games[-22, 0] = 1.0
    with pytest.raises(IndexError):
        games.column(0, 0)[np.array([30])]
