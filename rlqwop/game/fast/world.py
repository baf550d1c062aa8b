"""N games' worlds as arrays: build, control, step and read them all at once.

``FastWorlds`` is the batched face of the fast engine. Every state array is indexed with a leading
game axis (``bodies`` and ``joints`` are stored in the kernel's lane groups and indexed through
``grouped.Games``); controls take arrays (or scalars) over that axis and index with numpy, so a
vector environment drives N games without a Python loop per game. One ``step`` runs the port's
``world.step`` on every active game in one compiled call.

    worlds = FastWorlds(256)
    worlds.add_head_torque(torques)                   # (N,)
    worlds.set_motor_speed(joint, speeds)             # joint in spec.JOINTS order, speeds (N,)
    counts = worlds.step()                            # contact begins per game, (N,)
    states = worlds.read_bodies()                     # (N, 12, 6): x, y, angle, vx, vy, omega
    worlds.events[g, :counts[g]]                      # (body, track is A, max x) per begin
"""

from __future__ import annotations

import math

import numpy as np

from rlqwop.game.fast import kernel
from rlqwop.game.fast.grouped import Games
from rlqwop.game.fast.layout import (
    A0, ANG, AWAKE, BF, C0X, C0Y, CF, COS, CX, CY, EF, G_EVENTS, G_NEWEST, G_TRACK_FIRST, GF, HURDLE_BASE,
    HURDLE_TOP, INACTIVE_LIMIT, J_ENABLE_LIMIT, J_ENABLE_MOTOR, J_LOWER, J_SPEED, J_STATE, J_UPPER,
    JF, MAX_EVENTS, N_BODY, N_JOINT, N_PAIR, N_RUNNER, PF, R0C, R0S, SIN, SLEEP, TORQUE, TRIG, VX,
    VY, W,
    body_table, initial_poses, joint_settings, joint_table,
)
from rlqwop.game.fast.trig import own_sincos
from rlqwop.game.spec import HEAD, TORSO

STATE_COLUMNS = np.array([CX, CY, ANG, VX, VY, W])
# The six are adjacent in the layout, so reading them is a strided copy of a slice, several times
# cheaper than numpy's gather of a column list.
STATE = slice(CX, CX + len(STATE_COLUMNS))
if not np.array_equal(STATE_COLUMNS, np.arange(STATE.start, STATE.stop)):
    raise AssertionError("the state columns must be adjacent in layout.py")


# the two sine and cosine a FastWorlds may use (trig.py), by the name of the engine that uses each
TRIGS = {"fast": 0.0, "fast-approx": 1.0}


def _template(trig: float) -> tuple[np.ndarray, np.ndarray]:
    """One game's body and joint state as the game creates them."""
    bt = body_table()
    bodies = np.zeros((N_BODY, BF))
    bodies[:, TRIG] = trig
    for i, (x, y, angle) in enumerate(initial_poses()):
        # the rotation the engine's own refresh would give: a lazy refresh and an eager one (the
        # lanes') then agree, so games stepped alone and in a batch stay bit-identical
        s, c = own_sincos(angle) if trig else (math.sin(angle), math.cos(angle))
        bodies[i, [CX, CY, ANG, C0X, C0Y, A0, COS, SIN, R0C, R0S]] = x, y, angle, x, y, angle, c, s, c, s
        bodies[i, AWAKE] = 0.0 if i in (HURDLE_BASE, HURDLE_TOP) else 1.0
        lx, ly, ux, uy = kernel.box_aabb(bt, i, x, y, c, s)
        kernel.move_proxy(bodies[i:i + 1], 0, lx, ly, ux, uy, 0.0, 0.0)  # a new proxy: aabb +- 0.1
    joints = np.zeros((N_JOINT, JF))
    settings = joint_settings()
    joints[:, J_LOWER], joints[:, J_UPPER] = settings[:, 0], settings[:, 1]
    joints[:, J_ENABLE_MOTOR], joints[:, J_ENABLE_LIMIT] = settings[:, 2], settings[:, 3]
    joints[:, J_STATE] = INACTIVE_LIMIT
    return bodies, joints


class FastWorlds:
    """N independent QWOP worlds stepped together by the fast engine's kernel.

    Args:
        n: number of games.
        parallel: step the games on all cores (numba ``prange`` over groups of
            ``lanes.LANES`` = 64 games). Bit-identical to serial stepping; it pays only with more
            than one group and the other cores free (BENCHMARKS.md).
        engine: ``"fast"``, the real game's physics bit for bit (glibc's sin and cos), or
            ``"fast-approx"``, the same physics with the engine's own vectorised sin and cos:
            faster, within 2 units of 2^-53 of glibc's, so its games differ from the real game's
            in the last bits (within 0.01 units on every recording: docs/PARITY.md).

    ``games`` selects rows by index, slice, bool mask or index array. Controls take their values
    for the selected games only (or a scalar for all of them); ``place_track`` takes one per game.
    """

    def __init__(self, n: int, parallel: bool = False, engine: str = "fast") -> None:
        if n < 1:
            raise ValueError(f"need at least one game, got n={n}")
        if engine not in TRIGS:
            raise ValueError(f"FastWorlds runs the engines {tuple(TRIGS)}, not {engine!r}")
        self.n = n
        self.name = engine
        self.body_table = body_table()
        self.joint_table = joint_table()
        self._template_bodies, self._template_joints = _template(TRIGS[engine])
        # the bodies' and joints' state lives in the kernel's lanes (kernel.new_store); ``bodies``
        # and ``joints`` index it like (n, N_BODY, BF) and (n, N_JOINT, JF) arrays (grouped.py)
        self._store = kernel.new_store(n)
        lb3, lj3 = self._store[1], self._store[3]
        lb3[:, :BF] = self._template_bodies.T[:, :, None]  # the spare lanes too: finite values
        lj3[...] = self._template_joints.T[:, :, None]
        self.bodies = Games(lb3, n, BF)
        self.joints = Games(lj3, n)
        self.contacts = np.zeros((n, N_PAIR, CF))
        self.pairs = np.zeros((n, N_PAIR, PF))
        self.gstate = np.zeros((n, GF))
        self.events = np.zeros((n, MAX_EVENTS, EF))
        self.scratch = kernel.new_scratch(n)
        self.active = np.ones(n, dtype=np.bool_)
        # the fields the controls and readers use, one per game (grouped.Column)
        self._head_awake = self.bodies.column(HEAD, AWAKE)
        self._head_torque = self.bodies.column(HEAD, TORQUE)
        self._head_angle = self.bodies.column(HEAD, ANG)
        self._torso_x = self.bodies.column(TORSO, CX)
        runner_joints = range(1, N_JOINT)
        self._speed, self._lower, self._upper, self._motor_on, self._limit_on = (
            [self.joints.column(k, field) for k in runner_joints]
            for field in (J_SPEED, J_LOWER, J_UPPER, J_ENABLE_MOTOR, J_ENABLE_LIMIT))
        self._step = kernel.step_all_parallel if parallel else kernel.step_all
        self.build()

    # --- building --------------------------------------------------------------------------
    def build(self, games=slice(None)) -> None:
        """Reset ``games`` (an index, slice, mask or index array) to the start of a run."""
        self.bodies[games] = self._template_bodies
        self.joints[games] = self._template_joints
        self.contacts[games] = 0.0
        self.pairs[games] = 0.0
        self.gstate[games] = 0.0
        self.gstate[games, G_TRACK_FIRST] = -1.0
        self.gstate[games, G_NEWEST] = -1.0
        self.events[games] = 0.0

    # --- controls ----------------------------------------------------------------------------
    def add_head_torque(self, torque, games=slice(None)) -> None:
        """Add to the head's accumulated torque (wakes a sleeping head, like ApplyTorque)."""
        awake = self._head_awake[games]
        if not awake.all():
            rows = np.atleast_1d(np.arange(self.n)[games])
            sleeping = rows[np.atleast_1d(awake) == 0.0]
            self.bodies[sleeping, HEAD, AWAKE] = 1.0
            self.bodies[sleeping, HEAD, SLEEP] = 0.0
        self._head_torque[games] += torque

    def set_motor_speed(self, joint: int, speed, games=slice(None)) -> None:
        """Store the motor speed of runner joint ``joint``; like the game's port, no wake-up."""
        self._speed[joint][games] = speed

    def set_limits(self, joint: int, lower, upper, games=slice(None)) -> None:
        """Store the limits of runner joint ``joint``; no impulse reset, no wake-up."""
        self._lower[joint][games] = lower
        self._upper[joint][games] = upper

    def disable_motor(self, joint: int, games=slice(None)) -> None:
        self._motor_on[joint][games] = 0.0

    def disable_limit(self, joint: int, games=slice(None)) -> None:
        self._limit_on[joint][games] = 0.0

    def set_velocities(self, velocities, games=slice(None)) -> None:
        """Set vx, vy, omega of the 12 runner bodies from a (..., 12, 3) array."""
        self.bodies[games, :N_RUNNER, VX:W + 1] = velocities

    def place_track(self, first_segment, games=None) -> None:
        """Put each game's 3 track segments at x = 32 * (first_segment + i).

        ``first_segment`` has one entry per game (or one for all); ``games`` selects which move.
        """
        first = np.asarray(first_segment)
        moved = first != self.gstate[:, G_TRACK_FIRST]
        if games is not None:
            moved &= self._mask(games)
        if not np.count_nonzero(moved):  # the usual case: a runner needs 3.2 m to the next segment
            return
        first = np.broadcast_to(first.astype(np.int64), (self.n,))
        for g in np.flatnonzero(moved).tolist():
            self.gstate[g, G_TRACK_FIRST] = first[g]
            kernel.place_track(self.bodies[g], self.contacts[g], self.pairs[g], self.gstate[g],
                               self.scratch[g], self.body_table, int(first[g]))

    def _mask(self, games) -> np.ndarray:
        """``games`` as a bool mask over the games."""
        if isinstance(games, np.ndarray) and games.dtype == np.bool_ and games.shape == (self.n,):
            return games
        mask = np.zeros(self.n, dtype=np.bool_)
        mask[games] = True
        return mask

    # --- stepping and reading ------------------------------------------------------------------
    def step(self, active=None) -> np.ndarray:
        """One physics step of every game (or of the games where ``active`` is true).

        Returns the number of contact begins per game; their (body, track is A, max x) rows are
        ``events[g, :count]`` (at most ``MAX_EVENTS`` are kept).
        """
        mask = self.active if active is None else np.asarray(active, dtype=np.bool_)
        self._step(*self._store, self.contacts, self.pairs, self.gstate, self.events, self.scratch,
                   self.body_table, self.joint_table, mask)
        return np.where(mask, self.gstate[:, G_EVENTS], 0).astype(np.int64)

    def read_bodies(self, out: np.ndarray | None = None) -> np.ndarray:
        """(N, 12, 6) x, y, angle, vx, vy, omega of the runner's bodies in the spec's order."""
        return self.bodies.read(slice(0, N_RUNNER), STATE, out)

    def read_hurdle(self, out: np.ndarray | None = None) -> np.ndarray:
        """(N, 2, 6) state of the hurdle's base and top."""
        return self.bodies.read(slice(HURDLE_BASE, HURDLE_TOP + 1), STATE, out)

    def torso_x(self) -> np.ndarray:
        return self._torso_x[:]

    def head_angle(self) -> np.ndarray:
        return self._head_angle[:]

    def head_torque(self) -> np.ndarray:
        return self._head_torque[:]

    def row(self, game: int):
        """Game ``game`` alone behind the single-game ``Engine`` interface (a view, not a copy)."""
        from rlqwop.game.fast.engine import FastEngine  # it builds on this module

        return FastEngine(self, game)

    def awake(self) -> np.ndarray:
        """(N, 12) the runner bodies' awake flags."""
        return self.bodies.read(slice(0, N_RUNNER), slice(AWAKE, AWAKE + 1))[..., 0] != 0.0


__all__ = ["FastWorlds", "STATE", "STATE_COLUMNS", "TRIGS"]
