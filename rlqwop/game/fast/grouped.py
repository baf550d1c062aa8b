"""The kernel's grouped storage with the face of a (games, rows, fields) array.

The kernel keeps the games' body and joint state where its sweeps work on it: in groups of
``LANES`` games, (group, field, row, lane) (``kernel.new_store``, lanes.py), so that nothing moves
in or out of the lanes around a step. ``Games`` indexes that storage the way every other
per-game array of ``FastWorlds`` is indexed, game first: ``bodies[g]`` is game g's (rows, fields)
as a view (what ``bodies[g]`` of a C array is, strided), and any other game selector (slice, bool
mask, index array) reads a copy and writes through numpy's advanced assignment, as ``a[mask]``
does. ``Games.column(row, field)`` is one (row, field) of every game, indexed by the same
selectors, for the controls.
"""

from __future__ import annotations

import operator

import numpy as np


def _lanes_of(games, n: int, width: int):
    """The (group, lane) index of ``games``: two ints for one game (numpy's basic indexing, so a
    view), two index arrays otherwise."""
    if isinstance(games, (int, np.integer)):
        g = operator.index(games)
        if not -n <= g < n:
            raise IndexError(f"game {g} is out of range for {n} games")
        return divmod(g % n, width)
    rows = np.arange(n)[games]
    return rows // width, rows % width


class Column:
    """One (row, field) of every game: ``column[games]`` and ``column[games] = values``, through
    the flat positions of its n values in the storage (any numpy selector of games picks them)."""

    def __init__(self, flat: np.ndarray, positions: np.ndarray) -> None:
        self._flat, self._positions = flat, positions

    def __getitem__(self, games):
        return self._flat[self._positions[games]]

    def __setitem__(self, games, values) -> None:
        self._flat[self._positions[games]] = values


class Games:
    """(n, rows, fields) over contiguous storage laid out (group, field, row, lane); ``fields``
    limits the face to the storage's first fields (the kernel keeps flag rows after them)."""

    def __init__(self, storage: np.ndarray, n: int, fields: int | None = None) -> None:
        groups, all_fields, rows, width = storage.shape
        if groups * width < n:
            raise ValueError(f"storage for {groups * width} games cannot hold {n}")
        fields = all_fields if fields is None else fields
        if not storage.flags.c_contiguous:
            raise ValueError("the storage must be one contiguous array (kernel.new_store's)")
        self._flat = storage.reshape(-1)  # a view
        self._flat_shape = storage.shape
        self.storage, self.n, self.width = storage[:, :fields], n, width
        self.shape = (n, rows, fields)
        self._games = self.storage.transpose(0, 3, 2, 1)  # (group, lane, row, field), a view

    def __len__(self) -> int:
        return self.n

    def __getitem__(self, key):
        games, rest = (key[0], key[1:]) if isinstance(key, tuple) else (key, ())
        return self._games[_lanes_of(games, self.n, self.width) + rest]

    def __setitem__(self, key, value) -> None:
        games, rest = (key[0], key[1:]) if isinstance(key, tuple) else (key, ())
        self._games[_lanes_of(games, self.n, self.width) + rest] = value

    def __array__(self, dtype=None, copy=None) -> np.ndarray:
        if copy is False:
            raise ValueError("the games' state is grouped in lanes: it is one array only as a copy")
        whole = self.copy()
        return whole if dtype is None else whole.astype(dtype)

    def copy(self) -> np.ndarray:
        """Every game's state as one (n, rows, fields) array."""
        return self[:]

    def column(self, row: int, field: int) -> Column:
        games = np.arange(self.n)
        positions = np.ravel_multi_index((games // self.width, np.full(self.n, field),
                                          np.full(self.n, row), games % self.width), self._flat_shape)
        return Column(self._flat, positions)

    def read(self, rows: slice, fields: slice, out: np.ndarray | None = None) -> np.ndarray:
        """``self[:, rows, fields]`` into ``out`` (or a new array) by strided copies, group by
        group, without the index arrays of the general path."""
        block = self._games[:, :, rows, fields]  # (group, lane, r, f), a view
        if out is None:
            out = np.empty((self.n,) + block.shape[2:])
        full, rest = divmod(self.n, self.width)
        if full:
            out[:full * self.width].reshape((full, self.width) + block.shape[2:])[...] = block[:full]
        if rest:
            out[full * self.width:] = block[full, :rest]
        return out


__all__ = ["Games", "Column"]
