"""The reference engine: the spec's world built in pybox2d 2.3, for one game or N.

Two things here are about speed, both measured in ``benchmarks/bench_game.py``:

* State is read straight out of Box2D's ``b2Body`` structs through one numpy view over the memory
  block that holds them, instead of 72 SWIG property calls per update. The layout is checked
  against the SWIG accessors every time a world is built; if it ever disagrees, the engine falls
  back to the accessors.
* Motor speeds and limits are only pushed to Box2D when they change (the game's rules already know
  when that is), because every pybox2d setter call wakes bodies and costs a Python-to-C++ crossing.

``Box2DWorlds`` is N of these behind the batched interface, so that ``GameBatch`` and the vector
environments run pybox2d through the same code as the fast engine; its calls loop over the games
in Python, which costs little beside pybox2d's own step.
"""

from __future__ import annotations

import ctypes

import numpy as np
from Box2D import b2

from rlqwop.game import spec
from rlqwop.game.engine import ContactBegin

TRACK = -1  # fixture user data of the track segments; runner fixtures carry their body index
OTHER = -2  # the start wall and the hurdle

# float32 offsets inside Box2D 2.3's b2Body: xf.p (3, 4), sweep.a (14), linear velocity (16, 17),
# angular velocity (18), accumulated torque (21). Verified against the SWIG accessors on build.
_STATE_OFFSETS = np.array([3, 4, 14, 16, 17, 18])
_TORQUE_OFFSET = 21
# Box2DWorlds' event rows (body, track is A, max x), as many per step as the fast engine keeps
MAX_EVENTS = 32


class _TrackContacts(b2.contactListener):
    """Collects the track contacts that begin during a step."""

    def __init__(self) -> None:
        super().__init__()
        self.begins: list[ContactBegin] = []

    def BeginContact(self, contact):  # noqa: N802 (Box2D's name)
        a = contact.fixtureA.userData
        b = contact.fixtureB.userData
        if a == TRACK and b >= 0:
            body, track_is_a = b, True
        elif b == TRACK and a >= 0:
            body, track_is_a = a, False
        else:
            return
        count = contact.manifold.pointCount
        points = contact.worldManifold.points
        max_x = max(points[i][0] for i in range(count)) if count else float("-inf")
        self.begins.append(ContactBegin(body, track_is_a, max_x))


class Box2DEngine:
    """The spec's world in pybox2d; see ``rlqwop.game.engine.Engine`` for the calls.

    One game: ``games`` is a bool, and a call does nothing when it is false.
    """

    name = "box2d"

    def __init__(self) -> None:
        self.world: b2.world | None = None

    # --- building ------------------------------------------------------------------------------
    def build(self, games: bool = True) -> None:
        if not games:
            return
        # A new world per run: pybox2d reuses proxy ids and allocator blocks, so rebuilding only
        # the runner would make a run depend on the runs before it.
        self.listener = _TrackContacts()
        world = b2.world(gravity=(0.0, spec.GRAVITY), doSleep=True, contactListener=self.listener)
        world.continuousPhysics = False
        world.warmStarting = True
        world.autoClearForces = False
        self.world = world

        self.track = [self._static_box(spec.TRACK_SEGMENT_HALF, (_segment_x(i), spec.TRACK_CENTRE_Y),
                                       spec.TRACK_FRICTION, TRACK, spec.TRACK_DENSITY)
                      for i in range(spec.TRACK_SEGMENTS)]
        self._track_first = 0
        self._static_box(spec.BLOCK_HALF, spec.BLOCK_CENTRE, spec.BLOCK_FRICTION, OTHER)

        self.hurdle = [self._box(p.half, p.centre, 0.0, p.density, p.friction, OTHER,
                            spec.HURDLE_CATEGORY, p.mask, awake=False) for p in spec.HURDLE_PARTS]
        world.CreateRevoluteJoint(bodyA=self.hurdle[1], bodyB=self.hurdle[0],
                                  localAnchorA=spec.HURDLE_ANCHOR_A, localAnchorB=spec.HURDLE_ANCHOR_B,
                                  referenceAngle=0.0, enableLimit=True, lowerAngle=0.0, upperAngle=0.0)

        self.bodies = [self._box(b.half, (b.x, b.y), b.angle, b.density, b.friction, i,
                                 spec.RUNNER_CATEGORY, spec.RUNNER_MASK)
                       for i, b in enumerate(spec.BODIES)]
        self.joints = []
        for j in spec.JOINTS:
            body_a = self.bodies[spec.BODY_INDEX[j.body_a]]
            body_b = self.bodies[spec.BODY_INDEX[j.body_b]]
            self.joints.append(world.CreateRevoluteJoint(
                bodyA=body_a, bodyB=body_b,
                localAnchorA=body_a.GetLocalPoint(j.anchor_a),
                localAnchorB=body_b.GetLocalPoint(j.anchor_b),
                referenceAngle=j.reference_angle, collideConnected=False,
                enableLimit=True, lowerAngle=j.lower, upperAngle=j.upper,
                enableMotor=j.motor, maxMotorTorque=j.max_torque, motorSpeed=0.0))
        self._map_body_memory()

    def _static_box(self, half, centre, friction, tag, density=0.0):
        body = self.world.CreateStaticBody(position=centre)
        body.CreatePolygonFixture(box=half, density=density, friction=friction, restitution=0.0,
                                  categoryBits=0x0001, maskBits=0xFFFF, userData=tag)
        return body

    def _box(self, half, centre, angle, density, friction, tag, category, mask, awake=True):
        body = self.world.CreateDynamicBody(position=centre, angle=angle, awake=awake)
        body.CreatePolygonFixture(box=half, density=density, friction=friction, restitution=0.0,
                                  categoryBits=category, maskBits=mask, userData=tag)
        return body

    def _map_body_memory(self) -> None:
        """One float32 view over the b2Body structs, checked against the SWIG accessors."""
        addresses = [int(body.this) for body in self.bodies + self.hurdle]
        base = min(addresses)
        span = max(addresses) - base + 4 * (_TORQUE_OFFSET + 1)
        raw = np.ctypeslib.as_array((ctypes.c_float * (span // 4)).from_address(base))
        starts = (np.array(addresses) - base) // 4
        index = starts[:, None] + _STATE_OFFSETS[None, :]
        self._raw, self._index, self._hurdle_index = raw, index[:spec.N_BODIES], index[spec.N_BODIES:]
        self._head_torque_at = starts[spec.HEAD] + _TORQUE_OFFSET
        self._torso_x_at = starts[spec.TORSO] + _STATE_OFFSETS[0]
        self._head_angle_at = starts[spec.HEAD] + _STATE_OFFSETS[2]
        self._fast = np.array_equal(raw[index].astype(np.float64), self._read_slow(self.bodies + self.hurdle))

    # --- controls ------------------------------------------------------------------------------
    def add_head_torque(self, torque: float, games: bool = True) -> None:
        if games:
            self.bodies[spec.HEAD].ApplyTorque(torque, True)

    def set_motor_speed(self, joint: int, speed: float, games: bool = True) -> None:
        if games:
            self.joints[joint].motorSpeed = speed

    def set_limits(self, joint: int, lower: float, upper: float, games: bool = True) -> None:
        if games:
            self.joints[joint].SetLimits(lower, upper)

    def disable_motor(self, joint: int, games: bool = True) -> None:
        if games:
            self.joints[joint].motorEnabled = False

    def disable_limit(self, joint: int, games: bool = True) -> None:
        if games:
            self.joints[joint].limitEnabled = False

    def place_track(self, first_segment: int, games: bool = True) -> None:
        if not games or first_segment == self._track_first:
            return
        self._track_first = first_segment
        for i, body in enumerate(self.track):
            body.transform = ((_segment_x(first_segment + i), spec.TRACK_CENTRE_Y), 0.0)

    def set_velocities(self, velocities: np.ndarray, games: bool = True) -> None:
        if not games:
            return
        for body, (vx, vy, omega) in zip(self.bodies, velocities):
            body.linearVelocity = (float(vx), float(vy))
            body.angularVelocity = float(omega)

    # --- stepping and reading ------------------------------------------------------------------
    def step(self, games: bool = True) -> list[ContactBegin]:
        if not games:
            return []
        self.listener.begins = []
        self.world.Step(spec.TIME_STEP, spec.VELOCITY_ITERATIONS, spec.POSITION_ITERATIONS)
        return self.listener.begins

    def read_bodies(self, out: np.ndarray) -> None:
        if self._fast:
            out[...] = self._raw[self._index]
        else:
            out[...] = self._read_slow(self.bodies)

    def read_hurdle(self, out: np.ndarray) -> None:
        if self._fast:
            out[...] = self._raw[self._hurdle_index]
        else:
            out[...] = self._read_slow(self.hurdle)

    @staticmethod
    def _read_slow(bodies) -> np.ndarray:
        return np.array([(b.position[0], b.position[1], b.angle, b.linearVelocity[0],
                          b.linearVelocity[1], b.angularVelocity) for b in bodies])

    def torso_x(self) -> float:
        if self._fast:
            return float(self._raw[self._torso_x_at])
        return self.bodies[spec.TORSO].position[0]

    def head_angle(self) -> float:
        if self._fast:
            return float(self._raw[self._head_angle_at])
        return self.bodies[spec.HEAD].angle

    def head_torque(self) -> float:
        if self._fast:
            return float(self._raw[self._head_torque_at])
        raise NotImplementedError("pybox2d does not expose a body's accumulated torque")

    # --- introspection for tests -----------------------------------------------------------
    def masses(self) -> np.ndarray:
        return np.array([b.mass for b in self.bodies])

    def bare_step(self) -> None:
        """world.Step alone: the floor the benchmarks measure the whole update against."""
        self.world.Step(spec.TIME_STEP, spec.VELOCITY_ITERATIONS, spec.POSITION_ITERATIONS)


class Box2DWorlds:
    """N pybox2d worlds behind the batched engine interface (see ``rlqwop.game.engine``).

    ``games`` selects games by bool mask, index, slice or index array, as ``FastWorlds`` does;
    values are given for the selected games, or one for all of them.
    """

    name = "box2d"

    def __init__(self, n: int) -> None:
        if n < 1:
            raise ValueError(f"need at least one game, got n={n}")
        self.n = n
        self.engines = [Box2DEngine() for _ in range(n)]
        self.events = np.zeros((n, MAX_EVENTS, 3))
        self._index = np.arange(n)
        self._track_first = np.zeros(n, dtype=np.int64)  # as each world's place_track knows it
        self.build()

    def _rows(self, games) -> list[int]:
        return np.atleast_1d(self._index[games]).tolist()

    def _each(self, games, values):
        """(engine, value) for each selected game."""
        rows = self._rows(games)
        values = np.asarray(values, dtype=np.float64)
        values = values.tolist() if values.ndim else [float(values)] * len(rows)
        return [(self.engines[g], v) for g, v in zip(rows, values)]

    def row(self, game: int) -> Box2DEngine:
        """Game ``game``'s own engine."""
        return self.engines[game]

    # --- building and controls -----------------------------------------------------------------
    def build(self, games=slice(None)) -> None:
        for g in self._rows(games):
            self.engines[g].build()
        self.events[games] = 0.0
        self._track_first[games] = 0

    def add_head_torque(self, torque, games=slice(None)) -> None:
        for engine, value in self._each(games, torque):
            engine.bodies[spec.HEAD].ApplyTorque(value, True)

    def set_motor_speed(self, joint: int, speed, games=slice(None)) -> None:
        for engine, value in self._each(games, speed):
            engine.set_motor_speed(joint, value)

    def set_limits(self, joint: int, lower, upper, games=slice(None)) -> None:
        uppers = [v for _, v in self._each(games, upper)]
        for (engine, low), high in zip(self._each(games, lower), uppers):
            engine.set_limits(joint, low, high)

    def disable_motor(self, joint: int, games=slice(None)) -> None:
        for g in self._rows(games):
            self.engines[g].disable_motor(joint)

    def disable_limit(self, joint: int, games=slice(None)) -> None:
        for g in self._rows(games):
            self.engines[g].disable_limit(joint)

    def set_velocities(self, velocities, games=slice(None)) -> None:
        rows = self._rows(games)
        velocities = np.broadcast_to(np.asarray(velocities, dtype=np.float64), (len(rows), spec.N_BODIES, 3))
        for g, v in zip(rows, velocities):
            self.engines[g].set_velocities(v)

    def place_track(self, first_segment, games=None) -> None:
        first = np.broadcast_to(np.asarray(first_segment, dtype=np.int64), (self.n,))
        moved = first != self._track_first
        if games is not None:
            selected = np.zeros(self.n, dtype=bool)
            selected[games] = True
            moved &= selected
        if not np.count_nonzero(moved):  # the usual case: one 32-unit segment takes many updates
            return
        for g in np.flatnonzero(moved).tolist():
            self.engines[g].place_track(int(first[g]))
            self._track_first[g] = first[g]

    # --- stepping and reading ------------------------------------------------------------------
    def step(self, active=None) -> np.ndarray:
        """One step of the selected games; the number of contact begins per game (rows in
        ``events[g, :count]``, as ``FastWorlds.step`` gives them)."""
        counts = np.zeros(self.n, dtype=np.int64)
        for g in self._rows(slice(None) if active is None else active):
            begins = self.engines[g].step()
            counts[g] = len(begins)
            if begins:
                kept = begins[:MAX_EVENTS]
                self.events[g, :len(kept)] = kept
        return counts

    def read_bodies(self, out: np.ndarray | None = None) -> np.ndarray:
        if out is None:
            out = np.empty((self.n, spec.N_BODIES, 6))
        for engine, row in zip(self.engines, out):
            engine.read_bodies(row)
        return out

    def read_hurdle(self, out: np.ndarray | None = None) -> np.ndarray:
        if out is None:
            out = np.empty((self.n, 2, 6))
        for engine, row in zip(self.engines, out):
            engine.read_hurdle(row)
        return out

    def torso_x(self) -> np.ndarray:
        return np.array([engine.torso_x() for engine in self.engines])

    def head_angle(self) -> np.ndarray:
        return np.array([engine.head_angle() for engine in self.engines])

    def head_torque(self) -> np.ndarray:
        return np.array([engine.head_torque() for engine in self.engines])


def _segment_x(k: int) -> float:
    return 2 * spec.TRACK_SEGMENT_HALF[0] * k
