"""One game on the fast engine, behind the game's ``Engine`` interface (``Game(engine="fast")``).

A thin adapter over one row of a ``FastWorlds``: its own ``FastWorlds(1)``, or row ``row`` of a
batch that a ``GameBatch`` steps (then it is that race's engine, for reading it and for tests).
Every call writes or reads the row through views kept at construction, with plain element writes
rather than numpy's vectorised indexing, because at one game the Python call overhead, not the
physics, is most of an update. The game never clears forces, so ``add_head_torque`` adds to the
stored torque, and the limit and motor setters only store values, exactly like the game's Box2D
port.
"""

from __future__ import annotations

import numpy as np

from rlqwop.game import spec
from rlqwop.game.engine import ContactBegin
from rlqwop.game.fast import kernel
from rlqwop.game.fast.layout import (
    ANG, AWAKE, CX, EVENT_BODY, EVENT_MAX_X, EVENT_TRACK_IS_A, G_EVENTS, G_TRACK_FIRST, HURDLE_BASE,
    HURDLE_TOP, J_ENABLE_LIMIT, J_ENABLE_MOTOR, J_LOWER, J_SPEED, J_UPPER, K_MASS, MAX_EVENTS, N_RUNNER,
    SLEEP, TORQUE, VX, W,
)
from rlqwop.game.fast.world import STATE, FastWorlds


class FastEngine:
    """The game's own physics (Box2D 2.1a port with the 2.0 revolute joint), one game.

    Args:
        worlds: the batch whose row this engine drives; by default a batch of its own.
        row: the row of ``worlds``.
        engine: for a batch of its own, ``"fast"`` or ``"fast-approx"`` (``FastWorlds``).

    Every control takes ``games``, which for one game is a bool: the call does nothing when it is
    false (the rules pass the same mask they pass a batched engine).
    """

    def __init__(self, worlds: FastWorlds | None = None, row: int = 0, engine: str = "fast") -> None:
        w = self.worlds = FastWorlds(1, engine=engine) if worlds is None else worlds
        self.name = w.name
        self.row = row
        # views of the row; the arrays are never reallocated
        self._body, self._joint, self._game = w.bodies[row], w.joints[row], w.gstate[row]
        self._runner = w.bodies[row, :N_RUNNER]
        self._runner_state = w.bodies[row, :N_RUNNER, STATE]
        self._hurdle_state = w.bodies[row, HURDLE_BASE:HURDLE_TOP + 1, STATE]
        self._events = w.events[row]
        self._track_args = (w.bodies[row], w.contacts[row], w.pairs[row], w.gstate[row],
                            w.scratch[row], w.body_table)
        self._step_args = (w.bodies[row], w.joints[row], w.contacts[row], w.pairs[row], w.gstate[row],
                           w.events[row], w.scratch[row], w.body_table, w.joint_table)

    def build(self, games: bool = True) -> None:
        if games:
            self.worlds.build(self.row)

    def add_head_torque(self, torque: float, games: bool = True) -> None:
        if not games:
            return
        head = self._body[spec.HEAD]
        if head[AWAKE] == 0.0:  # ApplyTorque wakes the body
            head[AWAKE] = 1.0
            head[SLEEP] = 0.0
        head[TORQUE] += torque

    def set_motor_speed(self, joint: int, speed: float, games: bool = True) -> None:
        if games:
            self._joint[joint + 1, J_SPEED] = speed

    def set_limits(self, joint: int, lower: float, upper: float, games: bool = True) -> None:
        if games:
            self._joint[joint + 1, J_LOWER] = lower
            self._joint[joint + 1, J_UPPER] = upper

    def disable_motor(self, joint: int, games: bool = True) -> None:
        if games:
            self._joint[joint + 1, J_ENABLE_MOTOR] = 0.0

    def disable_limit(self, joint: int, games: bool = True) -> None:
        if games:
            self._joint[joint + 1, J_ENABLE_LIMIT] = 0.0

    def set_velocities(self, velocities: np.ndarray, games: bool = True) -> None:
        if games:
            self._runner[:, VX:W + 1] = velocities

    def place_track(self, first_segment: int, games: bool = True) -> None:
        if games and first_segment != self._game[G_TRACK_FIRST]:
            self._game[G_TRACK_FIRST] = first_segment
            kernel.place_track(*self._track_args, int(first_segment))

    def step(self, games: bool = True) -> list[ContactBegin]:
        if not games:
            return []
        kernel.step_game(*self._step_args)
        count = int(self._game[G_EVENTS])
        if count == 0:
            return []
        rows = self._events[:min(count, MAX_EVENTS)]
        return [ContactBegin(int(r[EVENT_BODY]), bool(r[EVENT_TRACK_IS_A]), float(r[EVENT_MAX_X]))
                for r in rows]

    def read_bodies(self, out: np.ndarray) -> None:
        out[...] = self._runner_state  # a view made once: building it per call costs as much

    def read_hurdle(self, out: np.ndarray) -> None:
        out[...] = self._hurdle_state

    def torso_x(self) -> float:
        return float(self._body[spec.TORSO, CX])

    def head_angle(self) -> float:
        return float(self._body[spec.HEAD, ANG])

    def head_torque(self) -> float:
        return float(self._body[spec.HEAD, TORQUE])

    # --- introspection for tests ----------------------------------------------------------------
    def masses(self) -> np.ndarray:
        return self.worlds.body_table[:spec.N_BODIES, K_MASS].copy()

    def bare_step(self) -> None:
        """The compiled step alone: the floor the benchmarks measure the whole update against."""
        kernel.step_game(*self._step_args)
