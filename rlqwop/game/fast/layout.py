"""The fast engine's data layout: field indices, the port's Box2D settings, and the world's tables.

Everything the kernel reads is a float64 array with a leading game axis (per-game state) or a small
shared table (the same for every game). Field indices are module constants so that numba folds
them into the kernel. The tables are built here, in Python, from ``rlqwop.game.spec`` with the
same float64 operations, in the same order, as the game's Box2D port (Haxe compiled to JavaScript,
so every number is a double): masses and inertias through the polygon mass integral, local joint
anchors through ``getLocalPoint``.
"""

from __future__ import annotations

import math

import numpy as np

from rlqwop.game import spec

# --- the port's b2Settings (spec section 3), written as the port computes them ----------------
PI = math.pi
LINEAR_SLOP = 0.005
ANGULAR_SLOP = 2.0 / 180.0 * PI
POLYGON_RADIUS = LINEAR_SLOP  # the port's skin; Box2D 2.3 uses 2 * linearSlop
MAX_LINEAR_CORRECTION = 0.2
MAX_ANGULAR_CORRECTION = 8.0 / 180.0 * PI
MAX_TRANSLATION = 2.0
MAX_TRANSLATION_SQUARED = MAX_TRANSLATION * MAX_TRANSLATION
MAX_ROTATION = 0.5 * PI
MAX_ROTATION_SQUARED = MAX_ROTATION * MAX_ROTATION
CONTACT_BAUMGARTE = 1.0
TIME_TO_SLEEP = 0.5
LINEAR_SLEEP_TOLERANCE = 0.01
ANGULAR_SLEEP_TOLERANCE = 2.0 / 180.0 * PI
# the island's sleep test compares squared speeds (island.py and the lanes' settle sweep)
LINEAR_SLEEP_TOLERANCE_SQUARED = LINEAR_SLEEP_TOLERANCE * LINEAR_SLEEP_TOLERANCE
ANGULAR_SLEEP_TOLERANCE_SQUARED = ANGULAR_SLEEP_TOLERANCE * ANGULAR_SLEEP_TOLERANCE
VELOCITY_THRESHOLD = 1.0
AABB_EXTENSION = 0.1
AABB_MULTIPLIER = 2.0
MAX_VALUE = 1.7976931348623157e308  # JavaScript's Number.MAX_VALUE
MIN_VALUE = 5e-324  # JavaScript's Number.MIN_VALUE

DT = spec.TIME_STEP
INV_DT = 1.0 / DT
VELOCITY_ITERATIONS = spec.VELOCITY_ITERATIONS
POSITION_ITERATIONS = spec.POSITION_ITERATIONS
GRAVITY_Y = spec.GRAVITY

# --- bodies -----------------------------------------------------------------------------------
# Engine body index: the 12 runner parts in the spec's order, the hurdle, the track, the wall.
N_RUNNER = spec.N_BODIES
HURDLE_BASE, HURDLE_TOP = 12, 13
TRACK0 = 14
BLOCK = 17
N_BODY = 18
N_DYNAMIC = 14  # bodies 0..13 move; 14..17 are static

# Proxy ids follow the game's creation order (track, wall, hurdle, then the runner); the
# broad-phase orders every pair by them, so the track is always fixture A [spec 8.2].
PROXY_ID = np.array([6 + i for i in range(N_RUNNER)] + [4, 5, 0, 1, 2, 3], dtype=np.int64)
# The world's body list is newest first: island seeds and fixture synchronisation follow it.
BODY_LIST = np.argsort(-PROXY_ID).astype(np.int64)

# per-game body state, (N, N_BODY, BF); the fields an island solve touches come first (SOLVE_FIELDS)
CX, CY, ANG, VX, VY, W, FX, FY, TORQUE, SLEEP, COS, SIN, C0X, C0Y, A0 = range(15)
# COS and SIN are stale (the angle moved since); they are refreshed when next read
DIRTY = 15
R0C, R0S = 16, 17  # cos and sin of A0, kept from when A0 was stored
# which sin and cos refresh COS and SIN: 0.0 the C library's (the real game's bits), 1.0 the
# engine's own (trig.own_sincos); the same in every body of every game of a batch
TRIG = 18
SOLVE_FIELDS = 19
AWAKE, ISLAND = 19, 20
# the fixture's swept AABB (lower x, y, upper x, y) and the broad-phase's fat AABB
AABB_LX, AABB_LY, AABB_UX, AABB_UY, FAT_LX, FAT_LY, FAT_UX, FAT_UY = range(21, 29)
BF = 29

# shared body table, (N_BODY, BK)
K_HX, K_HY, K_MASS, K_INVMASS, K_INVI, K_FRICTION, K_DYNAMIC, K_CATEGORY, K_MASK = range(9)
BK = 9

# --- joints -----------------------------------------------------------------------------------
# Joint 0 is the hurdle's (created first); joints 1..11 are the runner's in the spec's order.
N_JOINT = 12
# per-game joint state, (N, N_JOINT, JF): the 2.0-style force accumulators and settings
(J_PFX, J_PFY, J_MOTOR_FORCE, J_LIMIT_FORCE, J_LIMIT_POS_IMPULSE, J_SPEED, J_LOWER, J_UPPER,
 J_ENABLE_MOTOR, J_ENABLE_LIMIT, J_STATE, J_PM11, J_PM21, J_PM12, J_PM22, J_MOTOR_MASS,
 J_ISLAND, J_R1X, J_R1Y, J_R2X, J_R2Y) = range(21)
JF = 21  # J_R*: the anchor arms, fixed through the velocity iterations (angles do not change there)
# shared joint table, (N_JOINT, JK)
JK_A, JK_B, JK_LAX, JK_LAY, JK_LBX, JK_LBY, JK_REF, JK_MAX_TORQUE = range(8)
JK = 8
INACTIVE_LIMIT, AT_LOWER_LIMIT, AT_UPPER_LIMIT, EQUAL_LIMITS = 0, 1, 2, 3

# --- contacts -----------------------------------------------------------------------------------
# One slot per pair that the filters allow: runner part x (track 0..2, wall, hurdle top), then
# hurdle base x (track, wall), hurdle top x (track, wall). Fixture A is always the older proxy.
PAIRS = ([(TRACK0 + k, i) for i in range(N_RUNNER) for k in range(3)]
         + [(BLOCK, i) for i in range(N_RUNNER)] + [(HURDLE_TOP, i) for i in range(N_RUNNER)]
         + [(TRACK0 + k, HURDLE_BASE) for k in range(3)] + [(BLOCK, HURDLE_BASE)]
         + [(TRACK0 + k, HURDLE_TOP) for k in range(3)] + [(BLOCK, HURDLE_TOP)])
N_PAIR = len(PAIRS)
PAIR_TABLE = np.array(PAIRS, dtype=np.int64)  # (N_PAIR, 2): body A, body B
# the pair slots each body takes part in, padded with -1
_PARTNERS = [[p for p, (a, b) in enumerate(PAIRS) if body in (a, b)] for body in range(N_BODY)]
MAX_BODY_PAIRS = max(len(x) for x in _PARTNERS)
BODY_PAIRS = np.full((N_BODY, MAX_BODY_PAIRS), -1, dtype=np.int64)
for _body, _slots in enumerate(_PARTNERS):
    BODY_PAIRS[_body, :len(_slots)] = sorted(_slots, key=lambda p: -PROXY_ID[sum(PAIRS[p]) - _body])

# per-game pair flags, (N, N_PAIR, PF), kept apart from the contact state: exists, creation stamp,
# touching, in an island; and the world's contact list, newest first, as links: the next older
# existing pair (-1: none; the newest is the game's G_NEWEST)
F_EXISTS, F_STAMP, F_TOUCHING, F_ISLAND, F_OLDER = range(5)
PF = 5
# per-game contact state, (N, N_PAIR, CF): the manifold, then the solver's constraint
C_TYPE, C_LNX, C_LNY, C_LPX, C_LPY, C_COUNT = range(6)
C_POINT = 6  # two points of (local x, local y, feature key, normal impulse, tangent impulse)
P_LX, P_LY, P_ID, P_NI, P_TI = range(5)
PS = 5
C_NX, C_NY, C_FRICTION, C_CCOUNT = 16, 17, 18, 19
C_CPOINT = 20  # two constraint points of (arm A x, y, arm B x, y, normal, tangent and
Q_RAX, Q_RAY, Q_RBX, Q_RBY, Q_NMASS, Q_TMASS, Q_EQMASS, Q_BIAS, Q_NI, Q_TI = range(10)  # equalised
QS = 10  # masses, restitution bias, normal and tangent impulses)
C_K11, C_K12, C_K22, C_NM11, C_NM12, C_NM21, C_NM22 = range(40, 47)
CF = 47
FACE_A, FACE_B = 1.0, 2.0

# --- per-game scalars, (N, GF) -------------------------------------------------------------------
G_STAMP, G_INV_DT0, G_TRACK_FIRST, G_EVENTS, G_NEWEST = range(5)  # G_NEWEST: -1, no contacts
GF = 5
MAX_EVENTS = 32  # contact begins a step can report; more are counted but dropped
EVENT_BODY, EVENT_TRACK_IS_A, EVENT_MAX_X = range(3)
EF = 3


def box_mass(half: tuple[float, float], density: float) -> tuple[float, float]:
    """Mass and rotational inertia of a centred box, by the port's polygon mass integral."""
    hx, hy = half
    vertices = [(-hx, -hy), (hx, -hy), (hx, hy), (-hx, hy)]
    k_inv3 = 1.0 / 3.0
    area = 0.0
    inertia = 0.0
    for i in range(4):
        ex1, ey1 = vertices[i]
        ex2, ey2 = vertices[(i + 1) % 4]
        d = ex1 * ey2 - ey1 * ex2
        area += 0.5 * d
        intx2 = k_inv3 * (0.25 * (ex1 * ex1 + ex2 * ex1 + ex2 * ex2) + (0.0 * ex1 + 0.0 * ex2)) + 0.5 * 0.0 * 0.0
        inty2 = k_inv3 * (0.25 * (ey1 * ey1 + ey2 * ey1 + ey2 * ey2) + (0.0 * ey1 + 0.0 * ey2)) + 0.5 * 0.0 * 0.0
        inertia += d * (intx2 + inty2)
    return density * area, density * inertia


def body_table() -> np.ndarray:
    table = np.zeros((N_BODY, BK))
    rows = [(b.half, b.density, b.friction, spec.RUNNER_CATEGORY, spec.RUNNER_MASK) for b in spec.BODIES]
    rows += [(p.half, p.density, p.friction, spec.HURDLE_CATEGORY, p.mask) for p in spec.HURDLE_PARTS]
    for i, (half, density, friction, category, mask) in enumerate(rows):
        mass, inertia = box_mass(half, density)
        table[i] = (half[0], half[1], mass, 1.0 / mass, 1.0 / inertia, friction, 1.0, category, mask)
    for i in range(3):
        table[TRACK0 + i] = (*spec.TRACK_SEGMENT_HALF, 0.0, 0.0, 0.0, spec.TRACK_FRICTION, 0.0, 1, 0xFFFF)
    table[BLOCK] = (*spec.BLOCK_HALF, 0.0, 0.0, 0.0, spec.BLOCK_FRICTION, 0.0, 1, 0xFFFF)
    return table


def initial_poses() -> np.ndarray:
    """(N_BODY, 3) x, y, angle of every body as created (track at segment 0, 1, 2 - 1)."""
    poses = [(b.x, b.y, b.angle) for b in spec.BODIES]
    poses += [(*p.centre, 0.0) for p in spec.HURDLE_PARTS]
    poses += [(2 * spec.TRACK_SEGMENT_HALF[0] * (k - 1), spec.TRACK_CENTRE_Y, 0.0) for k in range(3)]
    poses += [(*spec.BLOCK_CENTRE, 0.0)]
    return np.array(poses, dtype=np.float64)


def _local_point(pose, point) -> tuple[float, float]:
    """The port's getLocalPoint: the transposed rotation applied to (point - position)."""
    x, y, angle = pose
    c, s = math.cos(angle), math.sin(angle)
    dx, dy = point[0] - x, point[1] - y
    return dx * c + dy * s, dx * -s + dy * c


def joint_table() -> np.ndarray:
    poses = initial_poses()
    table = np.zeros((N_JOINT, JK))
    table[0] = (HURDLE_TOP, HURDLE_BASE, *spec.HURDLE_ANCHOR_A, *spec.HURDLE_ANCHOR_B, 0.0, 0.0)
    for j, joint in enumerate(spec.JOINTS, start=1):
        a, b = spec.BODY_INDEX[joint.body_a], spec.BODY_INDEX[joint.body_b]
        table[j] = (a, b, *_local_point(poses[a], joint.anchor_a), *_local_point(poses[b], joint.anchor_b),
                    joint.reference_angle, joint.max_torque)
    return table


def joint_settings() -> np.ndarray:
    """(N_JOINT, 4) lower, upper, motor enabled, limit enabled as the game creates them."""
    rows = [(0.0, 0.0, 0.0, 1.0)]
    rows += [(j.lower, j.upper, float(j.motor), 1.0) for j in spec.JOINTS]
    return np.array(rows)


# each joint's two bodies (joint 0 is the hurdle's)
JOINT_ENDS = [(HURDLE_TOP, HURDLE_BASE)] + [(spec.BODY_INDEX[j.body_a], spec.BODY_INDEX[j.body_b])
                                            for j in spec.JOINTS]


def _joints_of() -> np.ndarray:
    """Each body's joints, newest first (the port prepends joint edges), padded with -1."""
    rows = [[k for k in reversed(range(N_JOINT)) if body in JOINT_ENDS[k]] for body in range(N_BODY)]
    table = np.full((N_BODY, max(len(r) for r in rows)), -1, dtype=np.int64)
    for body, row in enumerate(rows):
        table[body, :len(row)] = row
    return table


JOINTS_OF = _joints_of()


def _runner_search() -> tuple[np.ndarray, np.ndarray]:
    """The order in which the island search, seeded at the newest runner body, visits the
    runner's bodies and joints. Its contacts lead only to static bodies, which do not grow an
    island, so while the runner touches nothing dynamic this order never changes."""
    seed = int(BODY_LIST[0])
    bodies, joint_order, stack, seen = [], [], [seed], {seed}
    while stack:
        i = stack.pop()
        bodies.append(i)
        for k in JOINTS_OF[i]:
            if k < 0:
                break
            if k in joint_order:
                continue
            joint_order.append(int(k))
            a, b = JOINT_ENDS[k]
            other = a + b - i
            if other not in seen:
                seen.add(other)
                stack.append(other)
    return np.array(bodies, dtype=np.int64), np.array(joint_order, dtype=np.int64)


# the runner's island as the search builds it (kernel.py builds it without searching; lanes.py
# writes its joint sweeps for this order)
RUNNER_BODIES, RUNNER_JOINTS = _runner_search()
