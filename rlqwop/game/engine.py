"""The narrow interface between the game's rules and a physics engine.

The rules (``rlqwop.game.game``) never touch Box2D: they drive an engine through these calls only,
so that a faster or more faithful engine can replace pybox2d without changing the rules, the
environments or the renderer. Joints and bodies are addressed by their index in the spec tables.
"""

from __future__ import annotations

from typing import NamedTuple, Protocol

import numpy as np


class ContactBegin(NamedTuple):
    """A contact that began during a step between the track and a runner body."""

    body: int  # index in spec.BODIES
    track_is_a: bool  # the game's rules only fire when the track is fixture A [8.2]
    max_x: float  # the largest x over the contact's world points


class Engine(Protocol):
    """What the game needs from a physics engine; see ``Box2DEngine`` for the reference."""

    name: str

    def build(self) -> None:
        """Create the world at the start pose: bodies as created, at rest, head torque 0."""

    def add_head_torque(self, torque: float) -> None:
        """Add to the head's accumulated torque (the game never clears forces)."""

    def set_motor_speed(self, joint: int, speed: float) -> None: ...

    def set_limits(self, joint: int, lower: float, upper: float) -> None: ...

    def disable_motor(self, joint: int) -> None: ...

    def disable_limit(self, joint: int) -> None: ...

    def set_velocities(self, velocities: np.ndarray) -> None:
        """Set vx, vy, omega of the 12 bodies from a (12, 3) array."""

    def place_track(self, first_segment: int) -> None:
        """Put the three track segments at x centres 32*(first_segment + i)."""

    def step(self) -> list[ContactBegin]:
        """One physics step; returns the track contacts that began in it."""

    def read_bodies(self, out: np.ndarray) -> None:
        """Fill ``out`` (12, 6) float64 with x, y, angle, vx, vy, omega per body."""

    def read_hurdle(self, out: np.ndarray) -> None:
        """Fill ``out`` (2, 6) with the hurdle base's and top's state."""

    def torso_x(self) -> float: ...

    def head_angle(self) -> float: ...

    def head_torque(self) -> float: ...


def make_engine(name: str) -> Engine:
    """The engine registered under ``name``."""
    if name == "box2d":
        from rlqwop.game.box2d_engine import Box2DEngine

        return Box2DEngine()
    if name == "fast":
        from rlqwop.game.fast.engine import FastEngine

        return FastEngine()
    raise ValueError(f"unknown physics engine {name!r}; choose one of: 'box2d', 'fast'")
