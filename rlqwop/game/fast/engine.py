"""One game on the fast engine, behind the game's ``Engine`` interface (``Game(engine="fast")``).

A thin adapter over ``FastWorlds(1)``: every call writes or reads the single game's rows through
views kept at construction, with plain element writes rather than numpy's vectorised indexing,
because at one game the Python call overhead, not the physics, is most of an update. The game
never clears forces, so ``add_head_torque`` adds to the stored torque, and the limit and motor
setters only store values, exactly like the game's Box2D port.
"""

from __future__ import annotations

import numpy as np

from rlqwop.game import spec
from rlqwop.game.engine import ContactBegin
from rlqwop.game.fast import kernel
from rlqwop.game.fast.layout import (
    ANG, AWAKE, CX, EVENT_BODY, EVENT_MAX_X, EVENT_TRACK_IS_A, G_EVENTS, G_TRACK_FIRST, J_ENABLE_LIMIT,
    J_ENABLE_MOTOR, J_LOWER, J_SPEED, J_UPPER, K_MASS, MAX_EVENTS, N_RUNNER, SLEEP, TORQUE, VX, W,
)
from rlqwop.game.fast.world import STATE_COLUMNS, FastWorlds


class FastEngine:
    """The game's own physics (Box2D 2.1a port with the 2.0 revolute joint), one game."""

    name = "fast"

    def __init__(self) -> None:
        w = self.worlds = FastWorlds(1)
        # views of game 0; the arrays are never reallocated
        self._body, self._joint, self._game = w.bodies[0], w.joints[0], w.gstate[0]
        self._runner = w.bodies[0, :N_RUNNER]
        self._step_args = (w.bodies[0], w.joints[0], w.contacts[0], w.pairs[0], w.gstate[0],
                           w.events[0], w.scratch[0], w.body_table, w.joint_table)

    def build(self) -> None:
        self.worlds.build()

    def add_head_torque(self, torque: float) -> None:
        head = self._body[spec.HEAD]
        if head[AWAKE] == 0.0:  # ApplyTorque wakes the body
            head[AWAKE] = 1.0
            head[SLEEP] = 0.0
        head[TORQUE] += torque

    def set_motor_speed(self, joint: int, speed: float) -> None:
        self._joint[joint + 1, J_SPEED] = speed

    def set_limits(self, joint: int, lower: float, upper: float) -> None:
        self._joint[joint + 1, J_LOWER] = lower
        self._joint[joint + 1, J_UPPER] = upper

    def disable_motor(self, joint: int) -> None:
        self._joint[joint + 1, J_ENABLE_MOTOR] = 0.0

    def disable_limit(self, joint: int) -> None:
        self._joint[joint + 1, J_ENABLE_LIMIT] = 0.0

    def set_velocities(self, velocities: np.ndarray) -> None:
        self._runner[:, VX:W + 1] = velocities

    def place_track(self, first_segment: int) -> None:
        if first_segment != self._game[G_TRACK_FIRST]:
            self.worlds.place_track(first_segment)

    def step(self) -> list[ContactBegin]:
        kernel.step_game(*self._step_args)
        count = int(self._game[G_EVENTS])
        if count == 0:
            return []
        rows = self.worlds.events[0, :min(count, MAX_EVENTS)]
        return [ContactBegin(int(r[EVENT_BODY]), bool(r[EVENT_TRACK_IS_A]), float(r[EVENT_MAX_X]))
                for r in rows]

    def read_bodies(self, out: np.ndarray) -> None:
        np.take(self._runner, STATE_COLUMNS, axis=1, out=out)

    def read_hurdle(self, out: np.ndarray) -> None:
        out[...] = self.worlds.read_hurdle()[0]

    def torso_x(self) -> float:
        return float(self._body[spec.TORSO, CX])

    def head_angle(self) -> float:
        return float(self._body[spec.HEAD, ANG])

    def head_torque(self) -> float:
        return float(self._body[spec.HEAD, TORQUE])

    # --- introspection for tests ----------------------------------------------------------------
    def masses(self) -> np.ndarray:
        return self.worlds.body_table[:spec.N_BODIES, K_MASS].copy()
