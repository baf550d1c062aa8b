"""The narrow interface between the game's rules and a physics engine, for one game or N.

The rules (``rlqwop.game.rules``) never touch Box2D: they drive an engine through these calls only,
so that a faster or more faithful engine can replace pybox2d without changing the rules, the
environments or the renderer. Joints and bodies are addressed by their index in the spec tables.

The interface is batch-first. An engine holds N games (``FastWorlds``, ``Box2DWorlds``) or one
(``FastEngine``, ``Box2DEngine``, behind ``Game``); every call takes ``games``, the games it acts
on: a bool mask over the N games, or a bool for one game. Values go with it: for N games an array
over the selected games (or a scalar for all of them), for one game a Python number. Readings are
arrays over the N games, or Python numbers for one game.
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

    def build(self, games=True) -> None:
        """Create the world at the start pose: bodies as created, at rest, head torque 0."""

    def add_head_torque(self, torque, games=True) -> None:
        """Add to the head's accumulated torque (the game never clears forces)."""

    def set_motor_speed(self, joint: int, speed, games=True) -> None: ...

    def set_limits(self, joint: int, lower, upper, games=True) -> None: ...

    def disable_motor(self, joint: int, games=True) -> None: ...

    def disable_limit(self, joint: int, games=True) -> None: ...

    def set_velocities(self, velocities: np.ndarray, games=True) -> None:
        """Set vx, vy, omega of the 12 bodies from a (12, 3) array (per selected game)."""

    def place_track(self, first_segment, games=True) -> None:
        """Put the three track segments at x centres 32*(first_segment + i).

        The one exception to the value convention: for N games, ``first_segment`` has one entry
        per game (the rules compute it for all of them), of which the selected ones are used.
        """

    def step(self, games=True):
        """One physics step.

        One game: the list of ``ContactBegin`` of the track contacts that began. N games: the
        number of begins per game, (N,) int; their rows (body, track is A, max x) are
        ``events[g, :count]``, an (N, MAX_EVENTS, 3) array of the engine.
        """

    def read_bodies(self, out: np.ndarray) -> None:
        """Fill ``out`` ((N,) 12, 6 float64) with x, y, angle, vx, vy, omega per body."""

    def read_hurdle(self, out: np.ndarray) -> None:
        """Fill ``out`` ((N,) 2, 6) with the hurdle base's and top's state."""

    def torso_x(self): ...

    def head_angle(self): ...

    def head_torque(self): ...


def _engine_object(engine, what: str) -> Engine:
    """``engine`` itself if it has the ``Engine`` interface's calls, else a TypeError."""
    missing = [call for call in _CALLS if not callable(getattr(engine, call, None))]
    if missing:
        raise TypeError(f"engine must be one of the names {ENGINES} or {what} with the "
                        f"rlqwop.game.engine.Engine interface; {engine!r} has no "
                        f"{', '.join(missing)}")
    return engine


def make_engine(name: str | Engine) -> Engine:
    """The one-game engine registered under ``name`` (an engine object is checked and kept)."""
    if not isinstance(name, str):
        return _engine_object(name, "a one-game engine object")
    if name == "box2d":
        from rlqwop.game.box2d_engine import Box2DEngine

        return Box2DEngine()
    if name in FAST_ENGINES:
        from rlqwop.game.fast.engine import FastEngine

        return FastEngine(engine=name)
    raise ValueError(f"unknown physics engine {name!r}; choose one of: {ENGINES}")


def make_worlds(name: str | Engine, n: int) -> Engine:
    """The engine registered under ``name`` for ``n`` games at once (an engine object is
    checked and kept)."""
    if not isinstance(name, str):
        return _engine_object(name, f"a batched engine object for {n} games")
    if name == "box2d":
        from rlqwop.game.box2d_engine import Box2DWorlds

        return Box2DWorlds(n)
    if name in FAST_ENGINES:
        from rlqwop.game.fast.world import FastWorlds

        return FastWorlds(n, engine=name)
    raise ValueError(f"unknown physics engine {name!r}; choose one of: {ENGINES}")


# "fast-approx" is "fast" with the engine's own sin and cos: faster, not bit for bit (docs/ENGINE.md)
FAST_ENGINES = ("fast", "fast-approx")
ENGINES = (*FAST_ENGINES, "box2d")
_CALLS = tuple(name for name in vars(Engine) if not name.startswith("_") and callable(vars(Engine)[name]))
DEFAULT_ENGINE = "fast"  # bit-identical to the real game on every recording (docs/PARITY.md)
