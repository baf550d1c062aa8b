"""One QWOP race: the game's rules (``rlqwop.game.rules``) on Python scalars over one engine.

One ``Game.step`` is one update of the HTML5 game (section 3 of the spec, "per-update order"):
the race clock advances 1/30 s, the floor follows the camera, the head stabiliser adds its torque,
the keys set the motors and hip limits, physics steps 0.04 s, contact begins decide falls and the
finish, the camera follows the torso and the score is updated. ``GameBatch`` runs the same rules
for N races at once.
"""

from __future__ import annotations

import numpy as np

from rlqwop.game import spec
from rlqwop.game.engine import DEFAULT_ENGINE, ContactBegin, Engine, make_engine
from rlqwop.game.rules import (  # noqa: F401 (game_round, segment_index, STARTS: public here too)
    NOT_COPYABLE, SCALAR, START_STATE, STARTS, RaceReadings, Rules, game_round, key_codes,
    parse_keys, segment_index, start_velocities,
)


class Game(Rules, RaceReadings):
    """One QWOP race.

    Args:
        start: ``"fresh"`` reproduces the game just after a page load and the first click (the
            runner as created, one head-torque term already accumulated); ``"reset"`` reproduces
            the start after pressing R (the reset runs one update with no key held).
        preclick_updates: with ``start="fresh"``, how many updates ran before the click; each adds
            one head-torque term. The real game's recordings have 1.
        finish_either_foot: the game only detects the finish when the *left* foot touches down past
            100 m (a bug in the shipped code, spec 8.4). True accepts either foot.
        engine: the physics engine's name, ``"fast"`` (the default: the real game's own physics,
            bit for bit), ``"fast-approx"`` (the same with its own sin and cos: faster, not bit
            for bit) or ``"box2d"`` (pybox2d 2.3), or a one-game engine object.
    """

    ops = SCALAR

    def __init__(self, start: str = "fresh", preclick_updates: int = 1,
                 finish_either_foot: bool = False, engine: str | Engine = DEFAULT_ENGINE) -> None:
        super().__init__(start, preclick_updates, finish_either_foot)
        self.engine = make_engine(engine)
        self._states = np.zeros((spec.N_BODIES, 6))
        self.__dict__.update(START_STATE)
        self.reset()

    # --- the run -------------------------------------------------------------------------------
    def reset(self, velocities: np.ndarray | None = None) -> None:
        """Restore the game's exact start.

        ``velocities`` (12, 3) of vx, vy, omega, if given, are set on the bodies before the first
        step: the environments use it for randomised starts.
        """
        velocities = start_velocities(velocities, (spec.N_BODIES, 3))
        self.engine.build()
        self.updates = 0
        self._start(True, velocities)
        self._read_states = False
        self.last_contacts: list[ContactBegin] = []

    def step(self, keys: str = "") -> None:
        """Run one game update (0.04 s of physics, 1/30 s on the race clock) with ``keys`` held."""
        thigh, calf = key_codes(keys)
        begins = self._update(thigh, calf, True)
        if begins is not None:  # None: paused after the finish, nothing moved
            self.last_contacts = begins
            self._read_states = False
        self.updates += 1

    def _on_contact(self, contact: ContactBegin) -> None:
        """Apply the rules of one contact begin (for tests that construct contacts)."""
        self._contact(*contact)

    # --- reading -------------------------------------------------------------------------------
    def body_states(self, out: np.ndarray | None = None) -> np.ndarray:
        """x, y, angle, vx, vy, omega of the 12 bodies in the spec's body order, shape (12, 6).

        Read once per update and kept: a change made to ``self.engine`` directly shows after the
        next ``step`` or ``reset``."""
        if not self._read_states:
            self.engine.read_bodies(self._states)
            self._read_states = True
        if out is None:
            return self._states.copy()
        out[...] = self._states
        return out

    @property
    def distance_m(self) -> float:
        """The game's score: round(torso x) / 10 metres (at the finish from the landing foot, at
        a fall from the fall's contact, after the jump too)."""
        return self._score

    @property
    def race_ticks(self) -> int:
        """The race clock in whole updates."""
        return self._ticks

    @property
    def fallen(self) -> bool:
        """The head or an arm touched the track: the run failed (or, after the jump, finished)."""
        return self._fallen

    @property
    def jumped(self) -> bool:
        """A left-foot touchdown (either foot with ``finish_either_foot``) past 98.9 m has
        happened: the finish needs it first."""
        return self._jumped

    @property
    def finished(self) -> bool:
        """The game registered the finish (a landing past 100 m after the jump)."""
        return self._landed

    @property
    def ended(self) -> bool:
        """The run is over (fall or finish); after a fall the physics goes on as a ragdoll."""
        return self._ended

    @property
    def hip_mode(self) -> int:
        """Which hip limits are set: 0 the initial mix, 1 O's, 2 P's (they persist)."""
        return self._hip_mode

    @property
    def camera_px(self) -> float:
        """The camera's x in pixels: it follows the torso until a fall, within the track."""
        return self._camera_px

    def __reduce__(self):
        raise TypeError(NOT_COPYABLE)
