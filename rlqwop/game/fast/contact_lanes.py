"""The contact constraints of a group's runner islands, solved across the games.

In a runner island solved with its group (``island.solve_lanes``) every contact is between a
static body, a track segment or the start wall (the pair's body A), and a runner body (B): an
island the hurdle has joined is solved alone. Each game has its own number of contacts on its own
bodies, but its k-th contacts in island order never touch another game's: the k-th contacts of
all the games form wave k, packed densely into the group's contact buffer ``lc`` by ``load``
(the manifold from the game's contact row, B's index and masses, A's pose). A pass goes wave after
wave: B's state is gathered from the bodies' lanes by index, the wave is solved VW contacts at a
time in loops LLVM vectorises (the count of points, the block solver's cases and the clamps as
selects, both point counts evaluated), and B's new state is scattered back, so the next wave
(which may hold the same body) sees it. The set-up (``contacts.initialize``, all of a game's
contacts before any warm start), warm start, velocity passes and position passes all run so;
``unload`` writes back what ``contacts.initialize`` and ``contacts.finalize`` write. Each game
gets contacts.py's operations in their order, so the bits are the same, the contact rows
included.

What is left out is A's side. A static body has zero inverse mass and inertia, and its velocity
is 0.0, which the solver's updates (0.0 - 0.0 * impulse) leave 0.0 for any finite impulse; its
position is only moved when it is dynamic. So A's velocity and masses enter the formulas as the
constant 0.0 they are, and A's pose is read once per step. The one difference: a non-finite
impulse would make a static body's velocity NaN in ``contacts.py`` and not here, in a game that
is already lost (the fuzz tests find no non-finite value).

Rotations: B's new angle after a position correction gets its sine and cosine at once (the
per-game path computes them lazily, at the next read: the same values from the same angle), so
the runner's rotations are fresh for the joint sweep that follows; either engine's sin and cos
(trig.py) in a vectorised loop over the wave.

Measured against the per-game contact phases it replaced (BENCHMARKS.md): kernel loop 1.03-1.06x
for "fast-approx", 1.01x for "fast"; the contacts went from about a fifth of the step to about an
eighth, the rest being the gathers and the loading.
"""

from __future__ import annotations

import math

import numpy as np
from numba import njit

from rlqwop.game.fast import joints, lanes
from rlqwop.game.fast.layout import (
    ANG, C_COUNT, C_CCOUNT, C_CPOINT, C_FRICTION, C_K11, C_K12, C_K22, C_LNX, C_LNY, C_LPX, C_LPY,
    C_NM11, C_NM12, C_NM21, C_NM22, C_NX, C_NY, C_POINT, C_TYPE, CF, CONTACT_BAUMGARTE, COS, CX,
    CY, DIRTY, FACE_A, K_INVI, K_INVMASS, K_MASS, LINEAR_SLOP, MAX_LINEAR_CORRECTION, N_BODY,
    K_FRICTION, PAIR_TABLE, P_LX, P_LY, P_NI, P_TI, VELOCITY_THRESHOLD, FACE_B, POLYGON_RADIUS, PS, Q_BIAS, Q_EQMASS, Q_NI, Q_NMASS,
    Q_RBX, Q_RBY, Q_RAX, Q_RAY, Q_TI, Q_TMASS, QS, SIN, TRIG, VX, VY, W,
)
from rlqwop.game.fast.selects import pick, unless_kept
from rlqwop.game.fast.trig import LARGE, glibc_sincos_in_range, libm_sincos, own_sincos

LN = lanes.LANES
SLOTS = 8  # waves: an island with more contacts is solved alone (random keys give at most 7)
VW = 4  # the vector width the waves are solved in (256-bit vectors of float64)

# a wave position's rows beyond the contact's own CF fields
(L_ON,  # the position holds a contact that takes part in this pass
 L_LANE,  # whose game it is (its lane in the group)
 L_IB, L_MB, L_IIB, L_MBP, L_IIBP,  # body B: index; inverse mass and inertia; the position pass's
 L_AX, L_AY, L_AC, L_AS,  # body A's pose: x, y, cos, sin
 L_VX, L_VY, L_W, L_X, L_Y, L_ANG, L_COS, L_SIN,  # body B's state, gathered for the pass
 L_SEP,  # the contact's least separation in a position pass
 L_MASSB, L_FRICTION, L_RATIO,  # body B's mass; the mixed friction; the game's dt ratio
 ) = range(CF, CF + 23)
KF = CF + 23
# after the waves: per wave its number of contacts; per lane its least separation in a position
# pass; per wave and lane where the lane's contact is in the wave
COUNT = SLOTS * KF * LN
MINSEP = COUNT + SLOTS
WHERE = MINSEP + LN
SIZE = WHERE + SLOTS * LN

ACT, OK = lanes.ACT * N_BODY * LN, lanes.OK * N_BODY * LN  # the lane flag rows in the bodies' lanes
_TRIG = TRIG * N_BODY * LN  # body 0, lane 0: which sine and cosine the games use


def new_contact_lanes(groups: int) -> np.ndarray:
    """The contact buffers of ``groups`` groups of games."""
    return np.zeros((groups, SIZE))


@njit(cache=True, _nrt=False, inline="always")
def _at(k, field, j):
    return (k * KF + field) * LN + j


@njit(cache=True, _nrt=False)
def start(lc):
    """Empty waves."""
    for k in range(SLOTS):
        lc[COUNT + k] = 0.0


@njit(cache=True, _nrt=False, inline="always")
def load(lc, b, c, s, bt, contacts_at, nc, lane, dt_ratio):
    """Game ``lane``'s island contacts (pair slots ``s[contacts_at:contacts_at + nc]`` of ``c``):
    the k-th into the next free position of wave k, to be set up and warm-started there
    (``begin``); ``b`` is the game's bodies' view."""
    for k in range(nc):
        p = s[contacts_at + k]
        j = int(lc[COUNT + k])
        lc[COUNT + k] = j + 1
        lc[WHERE + k * LN + lane] = j
        for f in range(C_NX):  # the manifold: the set-up computes the constraint from it
            lc[_at(k, f, j)] = c[p, f]
        ia, ib = PAIR_TABLE[p, 0], PAIR_TABLE[p, 1]
        lc[_at(k, L_LANE, j)] = lane
        lc[_at(k, L_IB, j)] = ib
        lc[_at(k, L_MB, j)] = bt[ib, K_INVMASS]
        lc[_at(k, L_IIB, j)] = bt[ib, K_INVI]
        lc[_at(k, L_MBP, j)] = bt[ib, K_MASS] * bt[ib, K_INVMASS]
        lc[_at(k, L_IIBP, j)] = bt[ib, K_MASS] * bt[ib, K_INVI]
        lc[_at(k, L_MASSB, j)] = bt[ib, K_MASS]
        lc[_at(k, L_FRICTION, j)] = math.sqrt(bt[ia, K_FRICTION] * bt[ib, K_FRICTION])
        lc[_at(k, L_RATIO, j)] = dt_ratio
        ac, as_ = joints.rot(b, ia)
        lc[_at(k, L_AX, j)] = b[ia, CX]
        lc[_at(k, L_AY, j)] = b[ia, CY]
        lc[_at(k, L_AC, j)] = ac
        lc[_at(k, L_AS, j)] = as_


@njit(cache=True, _nrt=False, inline="always")
def _waves(lc):
    """The number of waves in use (the most contacts of a game)."""
    n = 0
    while n < SLOTS and lc[COUNT + n] != 0.0:
        n += 1
    return n


@njit(cache=True, _nrt=False, inline="always")
def unload(lc, c, s, contacts_at, nc, lane):
    """The constraints back into the game's contact rows, the fields ``contacts.initialize``
    writes (the second point's when there is one; the block solver's matrix when it is used),
    and the impulses into the manifold's points for warm starting (``contacts.finalize``)."""
    for k in range(nc):
        p = s[contacts_at + k]
        j = int(lc[WHERE + k * LN + lane])
        count, solved = int(lc[_at(k, C_COUNT, j)]), int(lc[_at(k, C_CCOUNT, j)])
        for f in (C_NX, C_NY, C_FRICTION, C_CCOUNT):
            c[p, f] = lc[_at(k, f, j)]
        for f in range(C_CPOINT, C_CPOINT + count * QS):
            c[p, f] = lc[_at(k, f, j)]
        if solved == 2:
            for f in range(C_K11, C_NM22 + 1):
                c[p, f] = lc[_at(k, f, j)]
        for q in range(solved):
            c[p, C_POINT + q * PS + P_NI] = c[p, C_CPOINT + q * QS + Q_NI]
            c[p, C_POINT + q * PS + P_TI] = c[p, C_CPOINT + q * QS + Q_TI]


# --- gathering the runner bodies from the lanes and scattering them back ----------------------
@njit(cache=True, _nrt=False, inline="always")
def _body(lc, base, j):
    """Where the body B of position j of the wave at ``base`` is in the bodies' lanes: its
    offset in every field's rows."""
    return int(lc[base + L_IB * LN + j]) * LN + int(lc[base + L_LANE * LN + j])


@njit(cache=True, _nrt=False, inline="always")
def _gather_pose(lb, lc, at, o):
    """Body B's position and rotation into the wave's rows (``at``: base + position)."""
    lc[at + L_X * LN] = lb[CX * N_BODY * LN + o]
    lc[at + L_Y * LN] = lb[CY * N_BODY * LN + o]
    lc[at + L_COS * LN] = lb[COS * N_BODY * LN + o]
    lc[at + L_SIN * LN] = lb[SIN * N_BODY * LN + o]


@njit(cache=True, _nrt=False, inline="always")
def _gather_velocity(lb, lc, at, o):
    lc[at + L_VX * LN] = lb[VX * N_BODY * LN + o]
    lc[at + L_VY * LN] = lb[VY * N_BODY * LN + o]
    lc[at + L_W * LN] = lb[W * N_BODY * LN + o]


@njit(cache=True, _nrt=False, inline="always")
def _gather_velocities(lb, lc, base, m):
    for j in range(m):
        _gather_velocity(lb, lc, base + j, _body(lc, base, j))


@njit(cache=True, _nrt=False, inline="always")
def _scatter_velocities(lb, lc, base, m):
    for j in range(m):
        o = _body(lc, base, j)
        lb[VX * N_BODY * LN + o] = lc[base + L_VX * LN + j]
        lb[VY * N_BODY * LN + o] = lc[base + L_VY * LN + j]
        lb[W * N_BODY * LN + o] = lc[base + L_W * LN + j]


# --- the velocity pass -----------------------------------------------------------------------
@njit(cache=True, _nrt=False, inline="always")
def _friction(lc, at, q, vbx, vby, wb, mb, iib, tx, ty, friction):
    """contacts.solve_velocity's friction at point ``q`` (a C_CPOINT offset): B's new velocity
    and the point's tangent impulse."""
    vax = vay = wa = 0.0  # body A's: static
    rax, ray = lc[at + (q + Q_RAX) * LN], lc[at + (q + Q_RAY) * LN]
    rbx, rby = lc[at + (q + Q_RBX) * LN], lc[at + (q + Q_RBY) * LN]
    dvx = vbx - wb * rby - vax + wa * ray
    dvy = vby + wb * rbx - vay - wa * rax
    vt = dvx * tx + dvy * ty
    lam = lc[at + (q + Q_TMASS) * LN] * -vt
    max_friction = friction * lc[at + (q + Q_NI) * LN]
    old = lc[at + (q + Q_TI) * LN]
    new = old + lam
    new = -max_friction if new < -max_friction else (max_friction if new > max_friction else new)
    lam = new - old
    px, py = lam * tx, lam * ty
    return vbx + mb * px, vby + mb * py, wb + iib * (rbx * py - rby * px), new


@njit(cache=True, _nrt=False, error_model="numpy")
def _velocity_vector(lc):
    """contacts.solve_velocity for VW contacts of a wave (``lc``: its rows from the first of
    them), each with its count of points (1 or 2) picking its result. The offsets are constants:
    LLVM vectorises the loop."""
    q1, q2 = C_CPOINT, C_CPOINT + QS
    vax = vay = wa = 0.0  # body A's: static
    for g in range(VW):
        at = g
        vbx, vby, wb = lc[at + L_VX * LN], lc[at + L_VY * LN], lc[at + L_W * LN]
        mb, iib = lc[at + L_MB * LN], lc[at + L_IIB * LN]
        nx, ny = lc[at + C_NX * LN], lc[at + C_NY * LN]
        tx, ty = ny, -nx
        friction = lc[at + C_FRICTION * LN]
        two = lc[at + C_CCOUNT * LN] == 2.0
        vbx, vby, wb, ti1 = _friction(lc, at, q1, vbx, vby, wb, mb, iib, tx, ty, friction)
        fx, fy, fw, ti2 = _friction(lc, at, q2, vbx, vby, wb, mb, iib, tx, ty, friction)
        vbx, vby, wb = (fx, fy, fw) if two else (vbx, vby, wb)
        ti2 = unless_kept(two, ti2, lc[at + (q2 + Q_TI) * LN])

        # one point
        rax, ray = lc[at + (q1 + Q_RAX) * LN], lc[at + (q1 + Q_RAY) * LN]
        rbx, rby = lc[at + (q1 + Q_RBX) * LN], lc[at + (q1 + Q_RBY) * LN]
        dvx = vbx + -wb * rby - vax - -wa * ray
        dvy = vby + wb * rbx - vay - wa * rax
        vn = dvx * nx + dvy * ny
        lam = -lc[at + (q1 + Q_NMASS) * LN] * (vn - lc[at + (q1 + Q_BIAS) * LN])
        old = lc[at + (q1 + Q_NI) * LN]
        new = old + lam
        new = new if new > 0 else 0.0
        lam = new - old
        px, py = lam * nx, lam * ny
        ox, oy, ow, oni = vbx + mb * px, vby + mb * py, wb + iib * (rbx * py - rby * px), new

        # two points: the block solver's total enumeration, the first valid case wins
        r2ax, r2ay = lc[at + (q2 + Q_RAX) * LN], lc[at + (q2 + Q_RAY) * LN]
        r2bx, r2by = lc[at + (q2 + Q_RBX) * LN], lc[at + (q2 + Q_RBY) * LN]
        ax, ay = old, lc[at + (q2 + Q_NI) * LN]
        dv1x = vbx - wb * rby - vax + wa * ray
        dv1y = vby + wb * rbx - vay - wa * rax
        dv2x = vbx - wb * r2by - vax + wa * r2ay
        dv2y = vby + wb * r2bx - vay - wa * r2ax
        vn1 = dv1x * nx + dv1y * ny
        vn2 = dv2x * nx + dv2y * ny
        bx = vn1 - lc[at + (q1 + Q_BIAS) * LN]
        by = vn2 - lc[at + (q2 + Q_BIAS) * LN]
        k11, k12, k22 = lc[at + C_K11 * LN], lc[at + C_K12 * LN], lc[at + C_K22 * LN]
        bx -= k11 * ax + k12 * ay
        by -= k12 * ax + k22 * ay
        xx = -(lc[at + C_NM11 * LN] * bx + lc[at + C_NM12 * LN] * by)
        xy = -(lc[at + C_NM21 * LN] * bx + lc[at + C_NM22 * LN] * by)
        case1 = (xx >= 0.0) & (xy >= 0.0)
        xx2 = -lc[at + (q1 + Q_NMASS) * LN] * bx
        case2 = (xx2 >= 0.0) & (k12 * xx2 + by >= 0.0)
        xy3 = -lc[at + (q2 + Q_NMASS) * LN] * by
        case3 = (xy3 >= 0.0) & (k12 * xy3 + bx >= 0.0)
        case4 = (bx >= 0.0) & (by >= 0.0)
        xx = xx if case1 else (xx2 if case2 else 0.0)
        xy = xy if case1 else (0.0 if case2 else (xy3 if case3 else 0.0))
        solved = case1 | case2 | case3 | case4
        dx, dy = xx - ax, xy - ay
        p1x, p1y, p2x, p2y = dx * nx, dx * ny, dy * nx, dy * ny
        tx2 = vbx + mb * (p1x + p2x)
        ty2 = vby + mb * (p1y + p2y)
        tw2 = wb + iib * (rbx * p1y - rby * p1x + r2bx * p2y - r2by * p2x)
        tx2, ty2, tw2 = (tx2, ty2, tw2) if solved else (vbx, vby, wb)
        ni1, ni2 = (xx, xy) if solved else (ax, ay)

        vbx, vby, wb = (tx2, ty2, tw2) if two else (ox, oy, ow)
        ni1 = ni1 if two else oni
        ni2 = ni2 if two else ay
        lc[at + L_VX * LN] = vbx
        lc[at + L_VY * LN] = vby
        lc[at + L_W * LN] = wb
        lc[at + (q1 + Q_TI) * LN] = ti1
        lc[at + (q2 + Q_TI) * LN] = ti2
        lc[at + (q1 + Q_NI) * LN] = ni1
        lc[at + (q2 + Q_NI) * LN] = ni2


# --- the set-up and warm start ----------------------------------------------------------------
@njit(cache=True, _nrt=False, inline="always")
def _gather_bodies(lb, lc, base, m):
    for j in range(m):
        o = _body(lc, base, j)
        _gather_pose(lb, lc, base + j, o)
        _gather_velocity(lb, lc, base + j, o)


@njit(cache=True, _nrt=False, inline="always")
def _point_setup(wx, wy, xa, ya, xb, yb, nx, ny, mb, iib, massb, vbx, vby, wb):
    """contacts.initialize for one point at (wx, wy): its arms, masses and bias, as
    (rax, ray, rbx, rby, normal mass, equalised mass, tangent mass, bias)."""
    vax = vay = wa = ma = iia = massa = 0.0  # body A's: static
    restitution = 0.0
    rax = wx - xa
    ray = wy - ya
    rbx = wx - xb
    rby = wy - yb
    rna = rax * ny - ray * nx
    rnb = rbx * ny - rby * nx
    rna *= rna
    rnb *= rnb
    nmass = 1.0 / (ma + mb + iia * rna + iib * rnb)
    k_eq = massa * ma + massb * mb
    k_eq += massa * iia * rna + massb * iib * rnb
    eqmass = 1.0 / k_eq
    tx, ty = ny, -nx
    rta = rax * ty - ray * tx
    rtb = rbx * ty - rby * tx
    rta *= rta
    rtb *= rtb
    tmass = 1.0 / (ma + mb + iia * rta + iib * rtb)
    bias = 0.0
    dvx = vbx + -wb * rby - vax - -wa * ray
    dvy = vby + wb * rbx - vay - wa * rax
    vrel = nx * dvx + ny * dvy
    bias = bias + -restitution * vrel if vrel < -VELOCITY_THRESHOLD else bias
    return rax, ray, rbx, rby, nmass, eqmass, tmass, bias


@njit(cache=True, _nrt=False, error_model="numpy")
def _setup_vector(lc):
    """contacts.initialize for VW contacts of a wave (``lc``: its rows from the first of them)."""
    q1, q2 = C_CPOINT, C_CPOINT + QS
    r = POLYGON_RADIUS
    for g in range(VW):
        at = g
        xa, ya, ca, sa = lc[at + L_AX * LN], lc[at + L_AY * LN], lc[at + L_AC * LN], lc[at + L_AS * LN]
        xb, yb, cb, sb = lc[at + L_X * LN], lc[at + L_Y * LN], lc[at + L_COS * LN], lc[at + L_SIN * LN]
        vbx, vby, wb = lc[at + L_VX * LN], lc[at + L_VY * LN], lc[at + L_W * LN]
        mb, iib, massb = lc[at + L_MB * LN], lc[at + L_IIB * LN], lc[at + L_MASSB * LN]
        count = lc[at + C_COUNT * LN]
        two = count == 2.0
        # collide.world_points
        face_a = lc[at + C_TYPE * LN] == FACE_A
        x1, y1, c1, s1 = (xa, ya, ca, sa) if face_a else (xb, yb, cb, sb)
        x2, y2, c2, s2 = (xb, yb, cb, sb) if face_a else (xa, ya, ca, sa)
        lnx, lny = lc[at + C_LNX * LN], lc[at + C_LNY * LN]
        lpx, lpy = lc[at + C_LPX * LN], lc[at + C_LPY * LN]
        nx = c1 * lnx - s1 * lny
        ny = s1 * lnx + c1 * lny
        ppx = x1 + c1 * lpx - s1 * lpy
        ppy = y1 + s1 * lpx + c1 * lpy
        qx, qy = lc[at + (C_POINT + P_LX) * LN], lc[at + (C_POINT + P_LY) * LN]
        cpx = x2 + c2 * qx - s2 * qy
        cpy = y2 + s2 * qx + c2 * qy
        d = r - (cpx - ppx) * nx - (cpy - ppy) * ny - r
        w0x = cpx + 0.5 * d * nx
        w0y = cpy + 0.5 * d * ny
        qx, qy = lc[at + (C_POINT + PS + P_LX) * LN], lc[at + (C_POINT + PS + P_LY) * LN]
        cpx = x2 + c2 * qx - s2 * qy
        cpy = y2 + s2 * qx + c2 * qy
        d = r - (cpx - ppx) * nx - (cpy - ppy) * ny - r
        w1x = cpx + 0.5 * d * nx
        w1y = cpy + 0.5 * d * ny
        w1x, w1y = (w1x, w1y) if two else (0.0, 0.0)
        face_b = lc[at + C_TYPE * LN] == FACE_B
        nx, ny = (-nx, -ny) if face_b else (nx, ny)
        lc[at + C_NX * LN] = nx
        lc[at + C_NY * LN] = ny
        lc[at + C_CCOUNT * LN] = count
        lc[at + C_FRICTION * LN] = lc[at + L_FRICTION * LN]
        # the points
        lc[at + (q1 + Q_NI) * LN] = lc[at + (C_POINT + P_NI) * LN]
        lc[at + (q1 + Q_TI) * LN] = lc[at + (C_POINT + P_TI) * LN]
        rax, ray, rbx, rby, nmass, eqmass, tmass, bias = _point_setup(
            w0x, w0y, xa, ya, xb, yb, nx, ny, mb, iib, massb, vbx, vby, wb)
        lc[at + (q1 + Q_RAX) * LN] = rax
        lc[at + (q1 + Q_RAY) * LN] = ray
        lc[at + (q1 + Q_RBX) * LN] = rbx
        lc[at + (q1 + Q_RBY) * LN] = rby
        lc[at + (q1 + Q_NMASS) * LN] = nmass
        lc[at + (q1 + Q_EQMASS) * LN] = eqmass
        lc[at + (q1 + Q_TMASS) * LN] = tmass
        lc[at + (q1 + Q_BIAS) * LN] = bias
        r2ax, r2ay, r2bx, r2by, nmass, eqmass, tmass, bias = _point_setup(
            w1x, w1y, xa, ya, xb, yb, nx, ny, mb, iib, massb, vbx, vby, wb)
        ni2, ti2 = lc[at + (C_POINT + PS + P_NI) * LN], lc[at + (C_POINT + PS + P_TI) * LN]
        q = at + q2 * LN
        lc[q + Q_NI * LN] = unless_kept(two, ni2, lc[q + Q_NI * LN])
        lc[q + Q_TI * LN] = unless_kept(two, ti2, lc[q + Q_TI * LN])
        lc[q + Q_RAX * LN] = unless_kept(two, r2ax, lc[q + Q_RAX * LN])
        lc[q + Q_RAY * LN] = unless_kept(two, r2ay, lc[q + Q_RAY * LN])
        lc[q + Q_RBX * LN] = unless_kept(two, r2bx, lc[q + Q_RBX * LN])
        lc[q + Q_RBY * LN] = unless_kept(two, r2by, lc[q + Q_RBY * LN])
        lc[q + Q_NMASS * LN] = unless_kept(two, nmass, lc[q + Q_NMASS * LN])
        lc[q + Q_EQMASS * LN] = unless_kept(two, eqmass, lc[q + Q_EQMASS * LN])
        lc[q + Q_TMASS * LN] = unless_kept(two, tmass, lc[q + Q_TMASS * LN])
        lc[q + Q_BIAS * LN] = unless_kept(two, bias, lc[q + Q_BIAS * LN])
        # the block solver's matrix, or one point where the two are redundant
        ma = iia = 0.0
        rn1a = rax * ny - ray * nx
        rn1b = rbx * ny - rby * nx
        rn2a = r2ax * ny - r2ay * nx
        rn2b = r2bx * ny - r2by * nx
        k11 = ma + mb + iia * rn1a * rn1a + iib * rn1b * rn1b
        k22 = ma + mb + iia * rn2a * rn2a + iib * rn2b * rn2b
        k12 = ma + mb + iia * rn1a * rn2a + iib * rn1b * rn2b
        block = two & (k11 * k11 < 100.0 * (k11 * k22 - k12 * k12))
        det = k11 * k22 - k12 * k12
        det = 1.0 / det if det != 0.0 else det
        lc[at + C_K11 * LN] = unless_kept(block, k11, lc[at + C_K11 * LN])
        lc[at + C_K12 * LN] = unless_kept(block, k12, lc[at + C_K12 * LN])
        lc[at + C_K22 * LN] = unless_kept(block, k22, lc[at + C_K22 * LN])
        lc[at + C_NM11 * LN] = unless_kept(block, det * k22, lc[at + C_NM11 * LN])
        lc[at + C_NM12 * LN] = unless_kept(block, -det * k12, lc[at + C_NM12 * LN])
        lc[at + C_NM21 * LN] = unless_kept(block, -det * k12, lc[at + C_NM21 * LN])
        lc[at + C_NM22 * LN] = unless_kept(block, det * k11, lc[at + C_NM22 * LN])
        lc[at + C_CCOUNT * LN] = 1.0 if two & (block == False) else count  # noqa: E712


@njit(cache=True, _nrt=False, inline="always")
def _warm_point(lc, q, ratio, vbx, vby, wb, mb, iib, nx, ny, tx, ty):
    """contacts.warm_start's point at ``q`` (its Q_ rows): its scaled impulses and B's new
    velocity."""
    ni = lc[q + Q_NI * LN] * ratio
    ti = lc[q + Q_TI * LN] * ratio
    px = ni * nx + ti * tx
    py = ni * ny + ti * ty
    wb = wb + iib * (lc[q + Q_RBX * LN] * py - lc[q + Q_RBY * LN] * px)
    return ni, ti, vbx + mb * px, vby + mb * py, wb


@njit(cache=True, _nrt=False, error_model="numpy")
def _warm_vector(lc):
    """contacts.warm_start for VW contacts of a wave (``lc``: its rows from the first of them)."""
    q1, q2 = C_CPOINT * LN, (C_CPOINT + QS) * LN
    for g in range(VW):
        at = g
        ratio = lc[at + L_RATIO * LN]
        vbx, vby, wb = lc[at + L_VX * LN], lc[at + L_VY * LN], lc[at + L_W * LN]
        mb, iib = lc[at + L_MB * LN], lc[at + L_IIB * LN]
        nx, ny = lc[at + C_NX * LN], lc[at + C_NY * LN]
        tx, ty = ny, -nx
        two = lc[at + C_CCOUNT * LN] == 2.0
        ni1, ti1, vbx, vby, wb = _warm_point(lc, at + q1, ratio, vbx, vby, wb, mb, iib, nx, ny, tx, ty)
        ni2, ti2, x2, y2, w2 = _warm_point(lc, at + q2, ratio, vbx, vby, wb, mb, iib, nx, ny, tx, ty)
        lc[at + q1 + Q_NI * LN] = ni1
        lc[at + q1 + Q_TI * LN] = ti1
        lc[at + q2 + Q_NI * LN] = unless_kept(two, ni2, lc[at + q2 + Q_NI * LN])
        lc[at + q2 + Q_TI * LN] = unless_kept(two, ti2, lc[at + q2 + Q_TI * LN])
        lc[at + L_VX * LN] = x2 if two else vbx
        lc[at + L_VY * LN] = y2 if two else vby
        lc[at + L_W * LN] = w2 if two else wb


@njit(cache=True, _nrt=False)
def begin(lb, lc):
    """Set up every loaded contact (contacts.initialize: all of a game's before any warm start,
    which moves its bodies), then warm-start them wave after wave."""
    waves = _waves(lc)
    for k in range(waves):
        base, m = k * KF * LN, int(lc[COUNT + k])
        _gather_bodies(lb, lc, base, m)
        for v in range(0, m, VW):
            _setup_vector(lc[base + v:base + KF * LN])
    for k in range(waves):
        base, m = k * KF * LN, int(lc[COUNT + k])
        _gather_velocities(lb, lc, base, m)
        for v in range(0, m, VW):
            _warm_vector(lc[base + v:base + KF * LN])
        _scatter_velocities(lb, lc, base, m)


@njit(cache=True, _nrt=False)
def velocity_pass(lb, lc):
    """One velocity iteration over the contacts, wave after wave."""
    for k in range(_waves(lc)):
        base, m = k * KF * LN, int(lc[COUNT + k])
        _gather_velocities(lb, lc, base, m)
        for v in range(0, m, VW):
            _velocity_vector(lc[base + v:base + KF * LN])
        _scatter_velocities(lb, lc, base, m)


# --- the position pass -----------------------------------------------------------------------
@njit(cache=True, _nrt=False, inline="always")
def _gather_poses(lb, lc, base, m):
    for j in range(m):
        lc[base + L_ON * LN + j] = 1.0 if lb[ACT + int(lc[base + L_LANE * LN + j])] != 0.0 else 0.0
        o = _body(lc, base, j)
        _gather_pose(lb, lc, base + j, o)
        lc[base + L_ANG * LN + j] = lb[ANG * N_BODY * LN + o]


@njit(cache=True, _nrt=False, inline="always")
def _scatter_poses(lb, lc, base, m, own):
    for j in range(m):
        if lc[base + L_ON * LN + j] != 0.0:
            lane, o = int(lc[base + L_LANE * LN + j]), _body(lc, base, j)
            lb[CX * N_BODY * LN + o] = lc[base + L_X * LN + j]
            lb[CY * N_BODY * LN + o] = lc[base + L_Y * LN + j]
            angle = lc[base + L_ANG * LN + j]
            lb[ANG * N_BODY * LN + o] = angle
            s, c = lc[base + L_SIN * LN + j], lc[base + L_COS * LN + j]
            if not (own or abs(angle) < LARGE):  # glibc's beyond the kernel's range: the C library's
                s, c = libm_sincos(angle)
            lb[SIN * N_BODY * LN + o] = s
            lb[COS * N_BODY * LN + o] = c
            lb[DIRTY * N_BODY * LN + o] = 0.0
            sep, least = lc[base + L_SEP * LN + j], lc[MINSEP + lane]
            lc[MINSEP + lane] = least if least < sep else sep


@njit(cache=True, _nrt=False, error_model="numpy")
def _position_vector(lc):
    """contacts.solve_position for VW contacts of a wave (``lc``: its rows from the first of
    them); each contact's least separation in L_SEP."""
    radius = POLYGON_RADIUS + POLYGON_RADIUS
    for g in range(VW):
        at = g
        mb, iib = lc[at + L_MBP * LN], lc[at + L_IIBP * LN]
        xb, yb = lc[at + L_X * LN], lc[at + L_Y * LN]
        cb, sb = lc[at + L_COS * LN], lc[at + L_SIN * LN]
        xa, ya = lc[at + L_AX * LN], lc[at + L_AY * LN]
        ca, sa = lc[at + L_AC * LN], lc[at + L_AS * LN]
        face_a = lc[at + C_TYPE * LN] == FACE_A
        x1, y1, c1, s1 = (xa, ya, ca, sa) if face_a else (xb, yb, cb, sb)
        x2, y2, c2, s2 = (xb, yb, cb, sb) if face_a else (xa, ya, ca, sa)
        lx, ly = lc[at + C_LNX * LN], lc[at + C_LNY * LN]
        nx = c1 * lx - s1 * ly
        ny = s1 * lx + c1 * ly
        lx, ly = lc[at + C_LPX * LN], lc[at + C_LPY * LN]
        ppx = x1 + (c1 * lx - s1 * ly)
        ppy = y1 + (s1 * lx + c1 * ly)
        lx, ly = lc[at + (C_POINT + P_LX) * LN], lc[at + (C_POINT + P_LY) * LN]
        pt0x = x2 + (c2 * lx - s2 * ly)
        pt0y = y2 + (s2 * lx + c2 * ly)
        sep0 = (pt0x - ppx) * nx + (pt0y - ppy) * ny - radius
        lx, ly = lc[at + (C_POINT + PS + P_LX) * LN], lc[at + (C_POINT + PS + P_LY) * LN]
        pt1x = x2 + (c2 * lx - s2 * ly)
        pt1y = y2 + (s2 * lx + c2 * ly)
        sep1 = (pt1x - ppx) * nx + (pt1y - ppy) * ny - radius
        nx = nx if face_a else nx * -1.0
        ny = ny if face_a else ny * -1.0
        angle = lc[at + L_ANG * LN]
        min_sep = 0.0
        # the first point
        rbx, rby = pt0x - xb, pt0y - yb
        min_sep = min_sep if min_sep < sep0 else sep0
        cc = CONTACT_BAUMGARTE * (sep0 + LINEAR_SLOP)
        cc = -MAX_LINEAR_CORRECTION if cc < -MAX_LINEAR_CORRECTION else (0.0 if cc > 0.0 else cc)
        impulse = -lc[at + (C_CPOINT + Q_EQMASS) * LN] * cc
        px, py = impulse * nx, impulse * ny
        xb, yb, angle = xb + mb * px, yb + mb * py, angle + iib * (rbx * py - rby * px)
        # the second, if there is one
        rbx, rby = pt1x - xb, pt1y - yb
        min2 = min_sep if min_sep < sep1 else sep1
        cc = CONTACT_BAUMGARTE * (sep1 + LINEAR_SLOP)
        cc = -MAX_LINEAR_CORRECTION if cc < -MAX_LINEAR_CORRECTION else (0.0 if cc > 0.0 else cc)
        impulse = -lc[at + (C_CPOINT + QS + Q_EQMASS) * LN] * cc
        px, py = impulse * nx, impulse * ny
        two = lc[at + C_CCOUNT * LN] == 2.0
        xb2, yb2, angle2 = xb + mb * px, yb + mb * py, angle + iib * (rbx * py - rby * px)
        xb, yb, angle = pick(two, xb2, xb), pick(two, yb2, yb), pick(two, angle2, angle)
        min_sep = pick(two, min2, min_sep)
        lc[at + L_X * LN] = xb
        lc[at + L_Y * LN] = yb
        lc[at + L_ANG * LN] = angle
        lc[at + L_SEP * LN] = min_sep


@njit(cache=True, _nrt=False)
def position_pass(lb, lc):
    """One position iteration over the contacts of the lanes flagged ACT in ``lb``, wave after
    wave; sets their OK flag: no contact deeper than the slop (island._contacts_positioned)."""
    for g in range(LN):
        lc[MINSEP + g] = 0.0
    own = lb[_TRIG] != 0.0
    for k in range(_waves(lc)):
        base, m = k * KF * LN, int(lc[COUNT + k])
        _gather_poses(lb, lc, base, m)
        for v in range(0, m, VW):
            _position_vector(lc[base + v:base + KF * LN])
        if own:  # the rotations of the new angles, a vectorised loop either way
            for j in range(m):
                lc[base + L_SIN * LN + j], lc[base + L_COS * LN + j] = own_sincos(lc[base + L_ANG * LN + j])
        else:
            for j in range(m):
                lc[base + L_SIN * LN + j], lc[base + L_COS * LN + j] = glibc_sincos_in_range(
                    lc[base + L_ANG * LN + j])
        _scatter_poses(lb, lc, base, m, own)
    for g in range(LN):
        done = 1.0 if lc[MINSEP + g] > -1.5 * LINEAR_SLOP else 0.0
        lb[OK + g] = unless_kept(lb[ACT + g] != 0.0, done, lb[OK + g])


__all__ = ["SLOTS", "SIZE", "start", "load", "begin", "unload", "velocity_pass", "position_pass",
           "new_contact_lanes"]
