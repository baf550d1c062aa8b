"""N QWOP races at once: the game's rules over arrays, driving one batched engine.

``GameBatch`` is ``Game`` for N races: the same rules (``rlqwop.game.rules``, the same code), with
every state field an array over races and the physics one batched engine (``FastWorlds``: one
compiled step for all races; ``Box2DWorlds``: a list of pybox2d worlds). An update is a fixed
number of numpy operations over the race axis plus one engine step; contact begins are handled
as rows over races, and resets rebuild only the selected races.

    batch = GameBatch(256)
    thigh, calf = codes // 3, codes % 3           # key codes per race (rules.key_codes)
    batch.step(thigh, calf)                       # one update of every race
    batch.read_bodies(out)                        # (256, 12, 6)
    batch.reset(batch.ended)                      # new races where the old ones ended

Races stepped together equal the same races stepped alone as ``Game``s, bit for bit.
"""

from __future__ import annotations

import numpy as np

from rlqwop.game import spec
from rlqwop.game.engine import DEFAULT_ENGINE, Engine, make_worlds
from rlqwop.game.rules import (ARRAY, CALF_KEYS, NOT_COPYABLE, START_STATE, THIGH_KEYS, RaceReadings,
                               Rules, start_velocities, whole_number)


class GameBatch(Rules):
    """``n`` QWOP races with shared options; the arguments are ``Game``'s.

    ``engine`` is an engine name or a batched engine object for ``n`` games. Races are selected by
    a bool mask over them (``games`` / ``active``, a bool array of shape (n,)); the readings are
    arrays over races with ``Game``'s meaning (views of the batch's state: copy them to keep
    them), and ``torso_x()`` and ``head_torque()`` are methods here (properties on ``Game``).
    ``views[i]`` reads race i with ``Game``'s interface.
    """

    ops = ARRAY

    def __init__(self, n: int, start: str = "fresh", preclick_updates: int = 1,
                 finish_either_foot: bool = False, engine: str | Engine = DEFAULT_ENGINE) -> None:
        n = whole_number("the number of races", n)
        super().__init__(start, preclick_updates, finish_either_foot)
        self.n = n
        self.engine = make_worlds(engine, n)
        if self.engine.n != n:
            raise ValueError(f"the engine holds {self.engine.n} games, not {n}")
        for name, value in START_STATE.items():
            setattr(self, name, np.full(n, value))
        self._updates = np.zeros(n, dtype=np.int64)
        self._all = np.ones(n, dtype=bool)
        self.last_counts = np.zeros(n, dtype=np.int64)
        self.views = [GameView(self, row) for row in range(n)]
        self.reset()

    # --- the runs ------------------------------------------------------------------------------
    def reset(self, games: np.ndarray | None = None, velocities: np.ndarray | None = None) -> None:
        """Restore the exact start of the races in the bool mask ``games`` (default all).

        ``velocities``, (selected races, 12, 3) or (12, 3) for all of them, are set as in
        ``Game.reset``.
        """
        games = self._all if games is None else self._mask(games, "games")
        if not games.any():
            return
        velocities = start_velocities(velocities, (int(np.count_nonzero(games)), spec.N_BODIES, 3),
                                      (spec.N_BODIES, 3))
        self.engine.build(games)
        self._updates = np.where(games, 0, self._updates)
        self._start(games, velocities)
        self.last_counts[games] = 0

    def step(self, thigh, calf, active: np.ndarray | None = None) -> None:
        """One update of the races in the bool mask ``active`` (default all), with the key codes
        ``thigh`` (0 none, 1 Q, 2 W) and ``calf`` (0 none, 1 O, 2 P) held, arrays over races."""
        active = self._all if active is None else self._mask(active, "active")
        thigh = self._codes(thigh, "thigh", THIGH_KEYS)
        calf = self._codes(calf, "calf", CALF_KEYS)
        counts = self._update(thigh, calf, active)
        if counts is not None:
            self.last_counts = counts
        self._updates = self._updates + active

    def _mask(self, mask, name: str) -> np.ndarray:
        """A bool mask over the races, or a ValueError (an index array would pass numpy's
        conversion to bool and select the wrong races)."""
        if not isinstance(mask, np.ndarray) or mask.dtype != np.bool_ or mask.shape != (self.n,):
            raise ValueError(f"{name} must be a bool numpy array of shape ({self.n},) (a mask over "
                             f"the races; for indices i use a mask with mask[i] = True), got "
                             f"{mask!r}")
        return mask

    def _codes(self, codes, name: str, keys: tuple[str, ...]) -> np.ndarray:
        """Key codes over the races, checked before any state changes."""
        codes = np.asarray(codes)
        if codes.shape != (self.n,) or codes.dtype.kind not in "iu" \
                or np.count_nonzero(codes.astype(np.uint64, copy=False) >= len(keys)):  # < 0 too
            raise ValueError(f"{name} must be an integer array of shape ({self.n},) of key codes "
                             f"0-{len(keys) - 1} ({', '.join(repr(k) for k in keys)}: "
                             f"rlqwop.game.rules.key_codes), got {codes!r}")
        return codes

    def __reduce__(self):
        raise TypeError(NOT_COPYABLE)

    # --- reading -------------------------------------------------------------------------------
    def read_bodies(self, out: np.ndarray | None = None) -> np.ndarray:
        """(N, 12, 6) x, y, angle, vx, vy, omega of every race's bodies in the spec's order."""
        if out is None:
            out = np.empty((self.n, spec.N_BODIES, 6))
        self.engine.read_bodies(out)
        return out

    def read_hurdle(self, out: np.ndarray | None = None) -> np.ndarray:
        """(N, 2, 6) the hurdle's base and top in every race."""
        if out is None:
            out = np.empty((self.n, 2, 6))
        self.engine.read_hurdle(out)
        return out

    def torso_x(self) -> np.ndarray:
        return self.engine.torso_x()

    def head_torque(self) -> np.ndarray:
        return self.engine.head_torque()

    @property
    def distance_m(self) -> np.ndarray:
        return self._score

    @property
    def race_ticks(self) -> np.ndarray:
        return self._ticks

    @property
    def fallen(self) -> np.ndarray:
        return self._fallen

    @property
    def jumped(self) -> np.ndarray:
        return self._jumped

    @property
    def finished(self) -> np.ndarray:
        return self._landed

    @property
    def ended(self) -> np.ndarray:
        return self._ended

    @property
    def hip_mode(self) -> np.ndarray:
        return self._hip_mode

    @property
    def camera_px(self) -> np.ndarray:
        return self._camera_px

    @property
    def updates(self) -> np.ndarray:
        return self._updates


class GameView(RaceReadings):
    """One race of a ``GameBatch`` with ``Game``'s reading interface (for the renderer, for tests).

    ``engine`` is that race's world behind the one-game engine interface; changing it (say, its
    velocities) changes the race. Stepping happens through the batch.
    """

    def __init__(self, batch: GameBatch, row: int) -> None:
        self._batch = batch
        self.row = row
        self.engine = batch.engine.row(row)
        self.start = batch.start
        self.preclick_updates = batch.preclick_updates
        self.finish_either_foot = batch.finish_either_foot

    def body_states(self, out: np.ndarray | None = None) -> np.ndarray:
        if out is None:
            out = np.empty((spec.N_BODIES, 6))
        self.engine.read_bodies(out)
        return out

    @property
    def distance_m(self) -> float:
        return float(self._batch._score[self.row])

    @property
    def race_ticks(self) -> int:
        return int(self._batch._ticks[self.row])

    @property
    def updates(self) -> int:
        return int(self._batch._updates[self.row])

    @property
    def fallen(self) -> bool:
        return bool(self._batch._fallen[self.row])

    @property
    def jumped(self) -> bool:
        return bool(self._batch._jumped[self.row])

    @property
    def finished(self) -> bool:
        return bool(self._batch._landed[self.row])

    @property
    def ended(self) -> bool:
        return bool(self._batch._ended[self.row])

    @property
    def hip_mode(self) -> int:
        return int(self._batch._hip_mode[self.row])

    @property
    def camera_px(self) -> float:
        return float(self._batch._camera_px[self.row])
