"""QWOP's rules on top of a physics engine: controls, head stabiliser, falls, finish, race clock.

One ``Game.step`` is one update of the HTML5 game (section 3 of the spec, "per-update order"):
the race clock advances 1/30 s, the floor follows the camera, the head stabiliser adds its torque,
the keys set the motors and hip limits, physics steps 0.04 s, contact begins decide falls and the
finish, the camera follows the torso and the score is updated.
"""

from __future__ import annotations

import math
from functools import lru_cache

import numpy as np

from rlqwop.game import spec
from rlqwop.game.engine import ContactBegin, Engine, make_engine

STARTS = ("fresh", "reset")
_VALID_KEYS = frozenset("qwop")


@lru_cache(maxsize=64)
def parse_keys(keys: str) -> tuple[str, str]:
    """Split held keys into the thigh key and the calf key that act: Q beats W, O beats P."""
    if not isinstance(keys, str):
        raise TypeError(f"keys must be a string of held keys such as 'qo' or '', got {keys!r}")
    held = set(keys.lower())
    if not held <= _VALID_KEYS:
        bad = "".join(sorted(held - _VALID_KEYS))
        raise ValueError(f"keys {keys!r} contain {bad!r}; only the letters q, w, o, p are game keys")
    thigh = "q" if "q" in held else "w" if "w" in held else ""
    calf = "o" if "o" in held else "p" if "p" in held else ""
    return thigh, calf


def game_round(x: float) -> float:
    """JavaScript's Math.round: halves go up (Python's round would go to even)."""
    return math.floor(x + 0.5)


def segment_index(camera_px: float) -> int:
    """The first of the three floor segments for a camera at ``camera_px`` [4]."""
    segment_px = 2 * spec.TRACK_SEGMENT_HALF[0] * spec.PIXELS_PER_UNIT
    return math.floor(camera_px / segment_px)


class Game:
    """One QWOP race.

    Args:
        start: ``"fresh"`` reproduces the game just after a page load and the first click (the
            runner as created, one head-torque term already accumulated); ``"reset"`` reproduces
            the start after pressing R (the reset runs one update with no key held).
        preclick_updates: with ``start="fresh"``, how many updates ran before the click; each adds
            one head-torque term. The real game's recordings have 1.
        finish_either_foot: the game only detects the finish when the *left* foot touches down past
            100 m (a bug in the shipped code, spec 8.4). True accepts either foot.
        engine: the physics engine's name (``"box2d"``) or an engine object.
    """

    def __init__(self, start: str = "fresh", preclick_updates: int = 1,
                 finish_either_foot: bool = False, engine: str | Engine = "box2d") -> None:
        if start not in STARTS:
            raise ValueError(f"start must be one of {STARTS}, got {start!r}")
        if not isinstance(preclick_updates, int) or preclick_updates < 0:
            raise ValueError(f"preclick_updates must be a whole number >= 0, got {preclick_updates!r}")
        self.start = start
        self.preclick_updates = preclick_updates
        self.finish_either_foot = bool(finish_either_foot)
        self.engine = make_engine(engine) if isinstance(engine, str) else engine
        self._states = np.zeros((spec.N_BODIES, 6))
        self._ref = np.array([j.reference_angle for j in spec.JOINTS])
        self.reset()

    # --- the run -------------------------------------------------------------------------------
    def reset(self, velocities: np.ndarray | None = None) -> None:
        """Restore the game's exact start.

        ``velocities`` (12, 3) of vx, vy, omega, if given, are set on the bodies before the first
        step: the environments use it for randomised starts.
        """
        engine = self.engine
        engine.build()
        self.updates = 0
        self._ticks = 0
        self._camera_px = spec.CAMERA_START_PX
        engine.place_track(segment_index(self._camera_px))
        self._thigh = self._calf = ""
        self._hip_mode = "initial"
        self._fallen = self._jumped = self._landed = self._ended = self._paused = False
        self._score = game_round(spec.BODIES[spec.TORSO].x) / 10
        if velocities is not None:
            engine.set_velocities(np.asarray(velocities, dtype=np.float64))
        if self.start == "fresh":
            for _ in range(self.preclick_updates):  # one term per update, as the game sums them
                engine.add_head_torque(spec.head_torque_term(engine.head_angle()))
        else:
            self._update("", "")
            self.updates = 0
        self._read_states = False
        self.last_contacts: list[ContactBegin] = []

    def step(self, keys: str = "") -> None:
        """Run one game update (0.04 s of physics, 1/30 s on the race clock) with ``keys`` held."""
        thigh, calf = parse_keys(keys)
        self._update(thigh, calf)
        self.updates += 1

    def _update(self, thigh: str, calf: str) -> None:
        if self._paused:
            return
        engine = self.engine
        if not self._ended:
            self._ticks += 1
        engine.place_track(segment_index(self._camera_px))
        if not self._fallen:
            engine.add_head_torque(spec.head_torque_term(engine.head_angle()))
        self._apply_keys(thigh, calf)
        self.last_contacts = engine.step()
        for contact in self.last_contacts:
            self._on_contact(contact)
        self._read_states = False
        torso_x = engine.torso_x()
        if not self._fallen and math.isfinite(torso_x):  # a non-finite camera has no floor
            self._camera_px = min(max((torso_x + spec.CAMERA_OFFSET_UNITS) * spec.PIXELS_PER_UNIT,
                                      spec.CAMERA_MIN_PX), spec.CAMERA_MAX_PX)
        if not self._landed:
            self._score = game_round(torso_x) / 10
        if self._landed and not self._ended:
            self._paused = True
            self._end_game()
        if self._fallen and not self._ended:
            self._end_game()

    def _apply_keys(self, thigh: str, calf: str) -> None:
        engine = self.engine
        # After the end the motors are off: their speeds no longer matter, and pybox2d's setter
        # would wake a sleeping ragdoll, which the game's own setter does not.
        if thigh != self._thigh and not self._ended:
            for joint, speed in spec.THIGH_SPEEDS[thigh].items():
                engine.set_motor_speed(spec.JOINT_INDEX[joint], speed)
        if calf != self._calf and not self._ended:
            for joint, speed in spec.CALF_SPEEDS[calf].items():
                engine.set_motor_speed(spec.JOINT_INDEX[joint], speed)
        self._thigh, self._calf = thigh, calf
        if calf and calf != self._hip_mode:  # O/P set the hip limits, which then persist
            for joint, (lower, upper) in spec.HIP_LIMITS[calf].items():
                engine.set_limits(spec.JOINT_INDEX[joint], lower, upper)
            self._hip_mode = calf

    def _on_contact(self, contact: ContactBegin) -> None:
        if not contact.track_is_a:  # the game's checks read the track as fixture A [8.2]
            return
        body, x = contact.body, contact.max_x
        if body in spec.FALL_BODIES:
            self._fallen = True
            self._score = game_round(x) / 10
            if self._jumped:  # a fall after the jump counts as the finish [8.3]
                self._landed = True
        elif body in spec.FEET and not self._fallen:
            if body == spec.LEFT_FOOT or self.finish_either_foot:
                if not self._jumped and x > spec.JUMP_X:
                    self._jumped = True
                if self._jumped and not self._landed and x > spec.FINISH_X:
                    self._landed = True
                    self._score = game_round(x) / 10

    def _end_game(self) -> None:
        for joint in spec.RAGDOLL_MOTOR_OFF:
            self.engine.disable_motor(spec.JOINT_INDEX[joint])
        for joint in spec.RAGDOLL_LIMIT_OFF:
            self.engine.disable_limit(spec.JOINT_INDEX[joint])
        self._ended = True

    # --- reading -------------------------------------------------------------------------------
    def body_states(self, out: np.ndarray | None = None) -> np.ndarray:
        """x, y, angle, vx, vy, omega of the 12 bodies in the spec's body order, shape (12, 6)."""
        if not self._read_states:
            self.engine.read_bodies(self._states)
            self._read_states = True
        if out is None:
            return self._states.copy()
        out[...] = self._states
        return out

    def hurdle_states(self) -> np.ndarray:
        """x, y, angle, vx, vy, omega of the hurdle's base and top, shape (2, 6)."""
        out = np.empty((2, 6))
        self.engine.read_hurdle(out)
        return out

    def joint_angles(self) -> np.ndarray:
        """The 11 joint angles theta_B - theta_A - reference, in the spec's joint order."""
        angle = self.body_states()[:, 2]
        return angle[list(spec.JOINT_BODY_B)] - angle[list(spec.JOINT_BODY_A)] - self._ref

    @property
    def distance_m(self) -> float:
        """The game's score: round(torso x) / 10 metres (at the finish, from the landing foot)."""
        return self._score

    @property
    def torso_x(self) -> float:
        """The torso centre's x in units, unrounded; torso_x / 10 is the distance in metres."""
        return self.engine.torso_x()

    @property
    def race_time_s(self) -> float:
        """The race clock: 1/30 s per update until the run ends."""
        return self._ticks / spec.UPDATES_PER_SECOND

    @property
    def race_ticks(self) -> int:
        """The race clock in whole updates."""
        return self._ticks

    @property
    def fallen(self) -> bool:
        return self._fallen

    @property
    def jumped(self) -> bool:
        """A left-foot touchdown past 98.9 m has happened (the finish needs it first)."""
        return self._jumped

    @property
    def finished(self) -> bool:
        return self._landed

    @property
    def ended(self) -> bool:
        """The run is over (fall or finish); after a fall the physics goes on as a ragdoll."""
        return self._ended

    @property
    def hip_mode(self) -> int:
        """Which hip limits are set: 0 the initial mix, 1 O's, 2 P's (they persist)."""
        return spec.HIP_LIMIT_MODES.index(self._hip_mode)

    @property
    def head_torque(self) -> float:
        """The head's accumulated stabilising torque."""
        return self.engine.head_torque()

    @property
    def camera_px(self) -> float:
        return self._camera_px
