"""QWOP's rules, written once for one race (Python scalars) and for N races (numpy arrays).

``Rules`` holds the whole of the game's logic on top of the physics: key priorities, motor speeds,
hip limits that persist, the head stabiliser's torque, the per-update order, the camera and the
floor that follows it, falls and the finish from track contacts, the score, the race clock, the
ragdoll at the end and the pause after the finish. It is the base of ``Game`` (one race; every
state field a Python scalar, the engine a one-game engine) and of ``GameBatch`` (N races; every
state field an array over races, the engine batched).

Like ``rlqwop.envs.rules``, the expressions only use ``&``, ``|``, ``^``, comparisons and
arithmetic, which act elementwise on arrays and plainly on scalars (``x ^ True`` is "not x" for
both). The few operations that differ (select, floor, "any", picking the selected games' values,
reading the step's contacts) come from an ``ops`` object, ``SCALAR`` or ``ARRAY``. A rule that
changes a race only where a condition holds is a mask: for one race the mask is a bool, and an
engine call guarded by ``ops.any(mask)`` is simply skipped when it is false. One race thus runs on
plain Python numbers, 1.5-2 µs per update dearer than the hand-written scalar rules this replaced
(numpy on a batch of one would cost tens of µs); N races cost a fixed number of numpy operations
plus one engine step.

One update (spec section 3, "per-update order"): the race clock advances 1/30 s, the floor follows
the camera, the head stabiliser adds its torque, the keys set the motors and hip limits, physics
steps 0.04 s, contact begins decide falls and the finish, the camera follows the torso, the score
is updated, and a run that just ended becomes a ragdoll (paused, after a finish).
"""

from __future__ import annotations

import math
from functools import lru_cache
from types import SimpleNamespace

import numpy as np

from rlqwop.game import spec

STARTS = ("fresh", "reset")
_VALID_KEYS = frozenset("qwop")
THIGH_KEYS = ("", "q", "w")  # a thigh key's code is its index here
CALF_KEYS = ("", "o", "p")  # ... and a calf key's; the hip-limit modes share the calf codes
SEGMENT_PX = 2 * spec.TRACK_SEGMENT_HALF[0] * spec.PIXELS_PER_UNIT
# the camera's constants as module globals: a global is read faster than a module attribute
CAMERA_OFFSET, PIXELS_PER_UNIT = spec.CAMERA_OFFSET_UNITS, spec.PIXELS_PER_UNIT
CAMERA_MIN, CAMERA_MAX = spec.CAMERA_MIN_PX, spec.CAMERA_MAX_PX

# The joints each key pair drives, in the order the game sets them, and per key code the row of
# their speeds; the hips and, per hip-limit mode, their (lower, upper) limits.
THIGH_JOINTS = tuple(spec.JOINT_INDEX[name] for name in spec.THIGH_SPEEDS["q"])
THIGH_SPEED_ROWS = tuple(tuple(spec.THIGH_SPEEDS[k][name] for name in spec.THIGH_SPEEDS["q"])
                         for k in THIGH_KEYS)
CALF_JOINTS = tuple(spec.JOINT_INDEX[name] for name in spec.CALF_SPEEDS["o"])
CALF_SPEED_ROWS = tuple(tuple(spec.CALF_SPEEDS[k][name] for name in spec.CALF_SPEEDS["o"])
                        for k in CALF_KEYS)
HIP_JOINTS = tuple(spec.JOINT_INDEX[name] for name in spec.HIP_LIMITS["o"])
HIP_LIMIT_ROWS = tuple(tuple(spec.HIP_LIMITS[mode][name] for name in spec.HIP_LIMITS["o"])
                       for mode in spec.HIP_LIMIT_MODES)
RAGDOLL_MOTORS = tuple(spec.JOINT_INDEX[name] for name in spec.RAGDOLL_MOTOR_OFF)
RAGDOLL_LIMITS = tuple(spec.JOINT_INDEX[name] for name in spec.RAGDOLL_LIMIT_OFF)
FALL_TABLE = tuple(i in spec.FALL_BODIES for i in range(spec.N_BODIES))
LEFT_FOOT_TABLE = tuple(i == spec.LEFT_FOOT for i in range(spec.N_BODIES))
FEET_TABLE = tuple(i in spec.FEET for i in range(spec.N_BODIES))
_JOINT_A = np.array(spec.JOINT_BODY_A)
_JOINT_B = np.array(spec.JOINT_BODY_B)
_JOINT_REF = np.array([j.reference_angle for j in spec.JOINTS])


def _check_keys_type(keys) -> None:
    if not isinstance(keys, str):
        raise TypeError(f"keys must be a string of held keys such as 'qo' or '', got {keys!r}")


def parse_keys(keys: str) -> tuple[str, str]:
    """Split held keys into the thigh key and the calf key that act: Q beats W, O beats P."""
    _check_keys_type(keys)  # before the cache, which would hash a list first
    return _parse_keys(keys)


@lru_cache(maxsize=64)
def _parse_keys(keys: str) -> tuple[str, str]:
    held = set(keys.lower())
    if not held <= _VALID_KEYS:
        bad = "".join(sorted(held - _VALID_KEYS))
        raise ValueError(f"keys {keys!r} contain {bad!r}; only the letters q, w, o, p are game keys")
    thigh = "q" if "q" in held else "w" if "w" in held else ""
    calf = "o" if "o" in held else "p" if "p" in held else ""
    return thigh, calf


def key_codes(keys: str) -> tuple[int, int]:
    """The codes of the thigh and calf keys that act (0 none, 1 Q or O, 2 W or P)."""
    _check_keys_type(keys)
    return _key_codes(keys)


@lru_cache(maxsize=64)
def _key_codes(keys: str) -> tuple[int, int]:
    thigh, calf = _parse_keys(keys)
    return THIGH_KEYS.index(thigh), CALF_KEYS.index(calf)


def game_round(x: float) -> float:
    """JavaScript's Math.round: halves go up (Python's round would go to even)."""
    return math.floor(x + 0.5)


def segment_index(camera_px: float) -> int:
    """The first of the three floor segments for a camera at ``camera_px`` [4]."""
    return math.floor(camera_px / SEGMENT_PX)


def joint_angles(bodies: np.ndarray) -> np.ndarray:
    """The 11 joint angles theta_B - theta_A - reference from body states (..., 12, 6)."""
    angle = bodies[..., 2]
    return angle[..., _JOINT_B] - angle[..., _JOINT_A] - _JOINT_REF


class RaceReadings:
    """The readings of one race that come straight from its engine and clock.

    Shared by ``Game`` and ``GameBatch``'s one-race views; each provides ``engine``,
    ``body_states()`` and ``race_ticks``.
    """

    def hurdle_states(self) -> np.ndarray:
        """x, y, angle, vx, vy, omega of the hurdle's base and top, shape (2, 6)."""
        out = np.empty((2, 6))
        self.engine.read_hurdle(out)
        return out

    def joint_angles(self) -> np.ndarray:
        """The 11 joint angles theta_B - theta_A - reference, in the spec's joint order."""
        return joint_angles(self.body_states())

    @property
    def torso_x(self) -> float:
        """The torso centre's x in units, unrounded; torso_x / 10 is the distance in metres."""
        return self.engine.torso_x()

    @property
    def race_time_s(self) -> float:
        """The race clock: 1/30 s per update until the run ends."""
        return self.race_ticks / spec.UPDATES_PER_SECOND

    @property
    def head_torque(self) -> float:
        """The head's accumulated stabilising torque."""
        return self.engine.head_torque()


# An hour on the page before the first click; more would only stall a start (a replay's options
# are read from its file: one with 10**30 of them ran for ever)
MAX_PRECLICK_UPDATES = 3600 * spec.UPDATES_PER_SECOND


def check_options(start: str, preclick_updates: int, finish_either_foot: bool = False) -> None:
    if start not in STARTS:
        raise ValueError(f"start must be one of {STARTS}, got {start!r}")
    if isinstance(preclick_updates, bool) or not isinstance(preclick_updates, (int, np.integer)) \
            or not 0 <= preclick_updates <= MAX_PRECLICK_UPDATES:
        raise ValueError(f"preclick_updates must be a whole number from 0 to {MAX_PRECLICK_UPDATES} "
                         f"(an hour of updates before the first click), got {preclick_updates!r}")
    if not isinstance(finish_either_foot, (bool, np.bool_)):
        raise ValueError(f"finish_either_foot must be True or False, got {finish_either_foot!r}")


def whole_number(name: str, value: object) -> int:
    """``value`` as an int if it is a whole number >= 1 (a Python or numpy integer, not a bool)."""
    if isinstance(value, bool) or not isinstance(value, (int, np.integer)) or value < 1:
        raise ValueError(f"{name} must be a whole number >= 1, got {value!r}")
    return int(value)


def start_velocities(velocities, *shapes: tuple[int, ...]) -> np.ndarray | None:
    """``velocities`` as float64 if finite and of one of ``shapes``; None stays None."""
    if velocities is None:
        return None
    out = np.asarray(velocities, dtype=np.float64)
    if out.shape not in shapes:
        raise ValueError(f"velocities must have shape {' or '.join(map(str, shapes))} (vx, vy, "
                         f"omega of each body), got {out.shape}")
    if not np.isfinite(out).all():
        raise ValueError("velocities must be finite numbers (a NaN or inf start never ends)")
    return out


NOT_COPYABLE = ("a QWOP race cannot be copied or pickled: its physics lives in its engine's "
                "compiled or pybox2d state. To run a race again, record its keys "
                "(rlqwop.game.replay.Recorder) and replay them on a new Game: the physics is "
                "deterministic")


# --- the operations that differ between one race and N -----------------------------------------
def _contact_rows(engine, begins, may_matter):
    return begins  # the rules skip the begins that do not matter one by one


def _select(mask, a, b):
    return a if mask else b


def _same(values, mask):
    return values


def _row(table, code, mask):
    return table[code]


# one race's Python scalars (plain attributes: one lookup per call, it is most of the cost)
SCALAR = SimpleNamespace(
    any=bool,
    where=_select,
    floor=math.floor,  # raises on a non-finite number: the rules only floor finite ones
    isfinite=math.isfinite,
    minimum=min,
    maximum=max,
    pick=_same,  # one race: its value is the selected value
    rows=_row,
    table=tuple,  # tuples: indexing one with an int is cheapest
    contact_rows=_contact_rows,  # the engine's list of ContactBegin
)


def _array_pick(values, mask):
    return values[mask]


def _array_table(rows):
    """A table indexed by code, stored with the code as its last axis (see ``_array_rows``)."""
    return np.moveaxis(np.array(rows), 0, -1)


def _array_rows(table, codes, mask):
    """Per column of the table, the selected races' entries of their code's row."""
    return table[..., codes[mask]]


def _array_contact_rows(engine, counts, may_matter):
    """The step's contact begins as rows over races (begin k of every race that had one), only
    those rows where ``may_matter`` holds for some race: most rows are feet and legs landing."""
    events = engine.events
    most = min(int(counts.max()), events.shape[1])
    block = events[:, :most]
    body = block[:, :, 0].astype(np.intp)
    track_is_a = (block[:, :, 1] != 0.0) & (np.arange(most) < counts[:, None])  # no begin k: inert
    max_x = block[:, :, 2]
    matters = np.logical_or.reduce(may_matter(body, track_is_a, max_x), axis=0)
    for k in np.flatnonzero(matters).tolist():
        yield body[:, k], track_is_a[:, k], max_x[:, k]



# N races' arrays
ARRAY = SimpleNamespace(
    any=np.count_nonzero,  # truthy when any is set; a third of ndarray.any's cost
    where=np.where,
    floor=np.floor,
    isfinite=np.isfinite,
    minimum=np.minimum,  # np.clip's Python wrapper costs more than the clipping
    maximum=np.maximum,
    pick=_array_pick,  # batched engines take the selected games' values
    rows=_array_rows,  # table rows by code, per column, for the selected games
    table=_array_table,
    contact_rows=_array_contact_rows,
)

# the rules' state: name -> value at the start of a race (before the "reset" start's update)
START_STATE = {
    "_ticks": 0,  # the race clock in updates
    "_camera_px": spec.CAMERA_START_PX,
    "_thigh": 0,  # the key codes held in the last update
    "_calf": 0,
    "_hip_mode": 0,  # which hip limits are set: 0 the initial mix, 1 O's, 2 P's
    "_fallen": False,
    "_jumped": False,
    "_landed": False,  # the finish, registered
    "_ended": False,
    "_paused": False,  # after the finish the game stops updating
    "_score": game_round(spec.BODIES[spec.TORSO].x) / 10,
}


class Rules:
    """The game's rules over ``self.engine``; see the module docstring. Not used directly."""

    ops = SCALAR
    engine = None

    def __init__(self, start: str, preclick_updates: int, finish_either_foot: bool) -> None:
        check_options(start, preclick_updates, finish_either_foot)
        self.start = start
        self.preclick_updates = int(preclick_updates)
        self.finish_either_foot = bool(finish_either_foot)
        table = self.ops.table
        self._fall_table = table(FALL_TABLE)
        # the game only detects the finish from the *left* foot (a bug in the shipped code, 8.4)
        self._finish_table = table(FEET_TABLE if self.finish_either_foot else LEFT_FOOT_TABLE)
        self._thigh_speeds = table(THIGH_SPEED_ROWS)
        self._calf_speeds = table(CALF_SPEED_ROWS)
        self._hip_limits = table(HIP_LIMIT_ROWS)

    # --- the start ---------------------------------------------------------------------------------
    def _start(self, games, velocities=None) -> None:
        """Start the races in ``games`` on worlds the engine has just built."""
        ops, engine = self.ops, self.engine
        for name, value in START_STATE.items():
            setattr(self, name, ops.where(games, value, getattr(self, name)))
        engine.place_track(ops.floor(self._camera_px / SEGMENT_PX), games)
        if velocities is not None:
            engine.set_velocities(velocities, games)
        if self.start == "fresh":
            for _ in range(self.preclick_updates):  # one term per update, as the game sums them
                term = spec.head_torque_term(engine.head_angle())
                engine.add_head_torque(ops.pick(term, games), games)
        else:
            no_key = ops.where(games, 0, 0)  # code 0 for every race, in the ops' own form
            self._update(no_key, no_key, games)  # the R key's reset runs one update, no key held

    # --- one update ----------------------------------------------------------------------------
    def _update(self, thigh, calf, active):
        """One update of the races in ``active`` with key codes ``thigh`` and ``calf`` held.

        Returns the engine step's contacts, or None if no race was updated (all paused).
        """
        ops, engine = self.ops, self.engine
        live = active & (self._paused ^ True)
        if not ops.any(live):
            return None
        running = live & (self._ended ^ True)
        self._ticks = self._ticks + running
        engine.place_track(ops.floor(self._camera_px / SEGMENT_PX), live)
        standing = live & (self._fallen ^ True)
        if ops.any(standing):
            term = spec.head_torque_term(engine.head_angle())
            engine.add_head_torque(ops.pick(term, standing), standing)
        self._apply_keys(thigh, calf, live, running)
        begins = engine.step(live)
        if ops.any(begins):
            for body, track_is_a, max_x in ops.contact_rows(engine, begins, self._may_matter):
                self._contact(body, track_is_a, max_x)
        torso_x = engine.torso_x()
        # Broken (non-finite) physics keeps the last camera and score: a non-finite camera has no
        # floor to place, and the environments report such a race rather than its score.
        finite = live & ops.isfinite(torso_x)
        camera = ops.minimum(ops.maximum((torso_x + CAMERA_OFFSET) * PIXELS_PER_UNIT, CAMERA_MIN),
                             CAMERA_MAX)
        self._camera_px = ops.where(finite & (self._fallen ^ True), camera, self._camera_px)
        scoring = finite & (self._landed ^ True)
        if ops.any(scoring):
            self._score = ops.where(scoring, ops.floor(torso_x + 0.5) / 10, self._score)
        ending = running & (self._landed | self._fallen)
        if ops.any(ending):
            self._paused = self._paused | (ending & self._landed)
            self._end_game(ending)
        return begins

    def _apply_keys(self, thigh, calf, live, running) -> None:
        ops, engine = self.ops, self.engine
        thigh_change = live & (thigh != self._thigh)
        calf_change = live & (calf != self._calf)
        # Keys as held in the last update: the motors and the hip limits already match them (the
        # hip limits follow the last O or P, which a held calf key has already set).
        if not ops.any(thigh_change | calf_change):
            return
        # After the end the motors are off: their speeds no longer matter, and pybox2d's setter
        # would wake a sleeping ragdoll, which the game's own setter does not.
        motors = thigh_change & running
        if ops.any(motors):
            for joint, speed in zip(THIGH_JOINTS, ops.rows(self._thigh_speeds, thigh, motors)):
                engine.set_motor_speed(joint, speed, motors)
        motors = calf_change & running
        if ops.any(motors):
            for joint, speed in zip(CALF_JOINTS, ops.rows(self._calf_speeds, calf, motors)):
                engine.set_motor_speed(joint, speed, motors)
        hips = calf_change & (calf != 0) & (calf != self._hip_mode)  # O/P set them; they persist
        if ops.any(hips):
            for joint, (lower, upper) in zip(HIP_JOINTS, ops.rows(self._hip_limits, calf, hips)):
                engine.set_limits(joint, lower, upper, hips)
            self._hip_mode = ops.where(hips, calf, self._hip_mode)
        self._thigh = ops.where(thigh_change, thigh, self._thigh)
        self._calf = ops.where(calf_change, calf, self._calf)

    def _may_matter(self, body, track_is_a, max_x):
        """Whether a contact begin can change a race: a fall part, or a finishing foot past the
        jump line (the jump and the landing both need one). The game's checks read the track as
        fixture A [8.2]."""
        return track_is_a & (self._fall_table[body] | (self._finish_table[body] & (max_x > spec.JUMP_X)))

    def _contact(self, body, track_is_a, max_x) -> None:
        """A track contact's begin with runner part ``body`` at ``max_x``: falls and the finish."""
        ops = self.ops
        falls = track_is_a & self._fall_table[body]
        feet = track_is_a & self._finish_table[body] & (self._fallen ^ True) & (max_x > spec.JUMP_X)
        if not ops.any(falls | feet):
            return
        score = ops.floor(max_x + 0.5) / 10
        self._fallen = self._fallen | falls
        self._score = ops.where(falls, score, self._score)
        self._landed = self._landed | (falls & self._jumped)  # a fall after the jump finishes [8.3]
        self._jumped = self._jumped | feet
        lands = feet & (self._landed ^ True) & (max_x > spec.FINISH_X)
        self._landed = self._landed | lands
        self._score = ops.where(lands, score, self._score)

    def _end_game(self, games) -> None:
        engine = self.engine
        for joint in RAGDOLL_MOTORS:
            engine.disable_motor(joint, games)
        for joint in RAGDOLL_LIMITS:
            engine.disable_limit(joint, games)
        self._ended = self._ended | games
