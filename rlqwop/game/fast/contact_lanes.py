"""The contact constraints of a group's runner islands, solved across the games' lanes.

In a runner island solved with its group (``island.solve_lanes``) every contact is between a
static body, a track segment or the start wall (the pair's body A), and a runner body (B): an
island the hurdle has joined is solved alone. Game g's k-th contact in its island's contact order
sits in slot k, lane g of the group's contact buffer ``lc``: its contact row (the layout's ``C_*``
fields, copied from the game's contact state by ``load``) and what the passes need besides: B's
index and masses, A's pose, and room for B's state. A velocity or position pass then goes slot
after slot, each over all the lanes at once: B's state is gathered from the bodies' lanes into the
slot, the constraint solved in a loop LLVM vectorises (branches as selects, as in lanes.py's
sweeps), and B's new state scattered back, so that the next slot (which may hold the same body)
sees it. Each game gets contacts.py's operations in their order, so the bits are the same.

What is left out is A's side. A static body has zero inverse mass and inertia, and its velocity
is 0.0, which the solver's updates (0.0 - 0.0 * impulse) leave 0.0 for any finite impulse; its
position is only moved when it is dynamic. So A's velocity enters the formulas as the constant
0.0 it is, and A's pose is read once per step. The one difference: a non-finite impulse would make
a static body's velocity NaN in ``contacts.py`` and not here, in a game that is already lost (the
fuzz tests find no non-finite value).

Rotations: B's new angle after a position correction gets its sine and cosine at once (the
per-game path computes them lazily, at the next read: the same values from the same angle), so
the runner's rotations are fresh for the joint sweep that follows.
"""

from __future__ import annotations

import numpy as np
from numba import njit

from rlqwop.game.fast import joints, lanes
from rlqwop.game.fast.layout import (
    ANG, C_CCOUNT, C_CPOINT, C_FRICTION, C_K11, C_K12, C_K22, C_LNX, C_LNY, C_LPX, C_LPY,
    C_NM11, C_NM12, C_NM21, C_NM22, C_NX, C_NY, C_POINT, C_TYPE, CF, CONTACT_BAUMGARTE, COS, CX,
    CY, DIRTY, FACE_A, K_INVI, K_INVMASS, K_MASS, LINEAR_SLOP, MAX_LINEAR_CORRECTION, N_BODY,
    PAIR_TABLE, P_LX, P_LY, P_NI, P_TI, POLYGON_RADIUS, PS, Q_BIAS, Q_EQMASS, Q_NI, Q_NMASS,
    Q_RBX, Q_RBY, Q_RAX, Q_RAY, Q_TI, Q_TMASS, QS, SIN, TRIG, VX, VY, W,
)
from rlqwop.game.fast.trig import libm_sincos, own_sincos

LN = lanes.LANES
SLOTS = 8  # contacts per runner island solved with the group; an island with more is solved alone

# a slot's rows beyond the contact's own CF fields
(L_ON,  # the lane takes part in this slot's pass
 L_IB, L_MB, L_IIB, L_MBP, L_IIBP,  # body B: index; inverse mass and inertia; the position pass's
 L_AX, L_AY, L_AC, L_AS,  # body A's pose: x, y, cos, sin
 L_VX, L_VY, L_W, L_X, L_Y, L_ANG, L_COS, L_SIN,  # body B's state, gathered for the pass
 ) = range(CF, CF + 18)
KF = CF + 18
MINSEP = SLOTS * KF  # a row after the slots: each lane's least separation in a position pass
SIZE = (MINSEP + 1) * LN

ACT, OK = lanes.ACT * N_BODY * LN, lanes.OK * N_BODY * LN  # the lane flag rows in the bodies' lanes
_TRIG = TRIG * N_BODY * LN  # body 0, lane 0: which sine and cosine the games use


def new_contact_lanes(groups: int) -> np.ndarray:
    """The contact buffers of ``groups`` groups of games."""
    return np.zeros((groups, SIZE))


@njit(cache=True, _nrt=False, inline="always")
def _at(k, field, lane):
    return (k * KF + field) * LN + lane


@njit(cache=True, _nrt=False)
def load(lc, b, c, s, bt, contacts_at, nc, lane):
    """Game ``lane``'s island contacts (pair slots ``s[contacts_at:contacts_at + nc]``, set up and
    warm-started in ``c``) into slots 0..nc-1 of its lane; ``b`` is its bodies' view."""
    for k in range(nc):
        p = s[contacts_at + k]
        for f in range(CF):
            lc[_at(k, f, lane)] = c[p, f]
        ia, ib = PAIR_TABLE[p, 0], PAIR_TABLE[p, 1]
        lc[_at(k, L_ON, lane)] = 1.0
        lc[_at(k, L_IB, lane)] = ib
        lc[_at(k, L_MB, lane)] = bt[ib, K_INVMASS]
        lc[_at(k, L_IIB, lane)] = bt[ib, K_INVI]
        lc[_at(k, L_MBP, lane)] = bt[ib, K_MASS] * bt[ib, K_INVMASS]
        lc[_at(k, L_IIBP, lane)] = bt[ib, K_MASS] * bt[ib, K_INVI]
        ac, as_ = joints.rot(b, ia)
        lc[_at(k, L_AX, lane)] = b[ia, CX]
        lc[_at(k, L_AY, lane)] = b[ia, CY]
        lc[_at(k, L_AC, lane)] = ac
        lc[_at(k, L_AS, lane)] = as_


@njit(cache=True, _nrt=False)
def leave(lc, lane, nc, slots):
    """Slots nc..slots-1 of ``lane`` take no part in the passes."""
    for k in range(nc, slots):
        lc[_at(k, L_ON, lane)] = 0.0


@njit(cache=True, _nrt=False)
def unload(lc, c, s, contacts_at, nc, lane):
    """The velocity passes' impulses back into the game's contact rows, kept for warm starting
    (``contacts.finalize``)."""
    for k in range(nc):
        p = s[contacts_at + k]
        for f in range(CF):
            c[p, f] = lc[_at(k, f, lane)]
        for q in range(int(c[p, C_CCOUNT])):
            c[p, C_POINT + q * PS + P_NI] = c[p, C_CPOINT + q * QS + Q_NI]
            c[p, C_POINT + q * PS + P_TI] = c[p, C_CPOINT + q * QS + Q_TI]


# --- the velocity pass -----------------------------------------------------------------------
@njit(cache=True, _nrt=False, inline="always")
def _gather_velocities(lb, lc, base):
    for g in range(LN):
        if lc[base + L_ON * LN + g] != 0.0:
            o = int(lc[base + L_IB * LN + g]) * LN + g
            lc[base + L_VX * LN + g] = lb[VX * N_BODY * LN + o]
            lc[base + L_VY * LN + g] = lb[VY * N_BODY * LN + o]
            lc[base + L_W * LN + g] = lb[W * N_BODY * LN + o]


@njit(cache=True, _nrt=False, inline="always")
def _scatter_velocities(lb, lc, base):
    for g in range(LN):
        if lc[base + L_ON * LN + g] != 0.0:
            o = int(lc[base + L_IB * LN + g]) * LN + g
            lb[VX * N_BODY * LN + o] = lc[base + L_VX * LN + g]
            lb[VY * N_BODY * LN + o] = lc[base + L_VY * LN + g]
            lb[W * N_BODY * LN + o] = lc[base + L_W * LN + g]


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
def _velocity_slot(lc):
    """contacts.solve_velocity for one slot (``lc``: its rows) in every lane (each lane's count
    of points, 1 or 2, picks its result). The offsets are constants: LLVM vectorises the loop."""
    q1, q2 = C_CPOINT, C_CPOINT + QS
    vax = vay = wa = 0.0  # body A's: static
    for g in range(LN):
        at = g
        on = lc[at + L_ON * LN] != 0.0
        vbx, vby, wb = lc[at + L_VX * LN], lc[at + L_VY * LN], lc[at + L_W * LN]
        mb, iib = lc[at + L_MB * LN], lc[at + L_IIB * LN]
        nx, ny = lc[at + C_NX * LN], lc[at + C_NY * LN]
        tx, ty = ny, -nx
        friction = lc[at + C_FRICTION * LN]
        two = lc[at + C_CCOUNT * LN] == 2.0
        vbx, vby, wb, ti1 = _friction(lc, at, q1, vbx, vby, wb, mb, iib, tx, ty, friction)
        fx, fy, fw, ti2 = _friction(lc, at, q2, vbx, vby, wb, mb, iib, tx, ty, friction)
        vbx, vby, wb = (fx, fy, fw) if two else (vbx, vby, wb)
        ti2 = ti2 if two else lc[at + (q2 + Q_TI) * LN]

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
        lc[at + L_VX * LN] = vbx if on else lc[at + L_VX * LN]
        lc[at + L_VY * LN] = vby if on else lc[at + L_VY * LN]
        lc[at + L_W * LN] = wb if on else lc[at + L_W * LN]
        lc[at + (q1 + Q_TI) * LN] = ti1 if on else lc[at + (q1 + Q_TI) * LN]
        lc[at + (q2 + Q_TI) * LN] = ti2 if on else lc[at + (q2 + Q_TI) * LN]
        lc[at + (q1 + Q_NI) * LN] = ni1 if on else lc[at + (q1 + Q_NI) * LN]
        lc[at + (q2 + Q_NI) * LN] = ni2 if on else lc[at + (q2 + Q_NI) * LN]


@njit(cache=True, _nrt=False)
def velocity_pass(lb, lc, slots):
    """One velocity iteration over the contacts of slots 0..slots-1, slot after slot."""
    for k in range(slots):
        base = k * KF * LN
        _gather_velocities(lb, lc, base)
        _velocity_slot(lc[base:base + KF * LN])
        _scatter_velocities(lb, lc, base)


# --- the position pass -----------------------------------------------------------------------
@njit(cache=True, _nrt=False, inline="always")
def _gather_poses(lb, lc, base):
    for g in range(LN):
        on = (lc[base + L_ON * LN + g] != 0.0) & (lb[ACT + g] != 0.0)
        lc[base + L_ON * LN + g] = 1.0 if on else 0.0
        if on:
            o = int(lc[base + L_IB * LN + g]) * LN + g
            lc[base + L_X * LN + g] = lb[CX * N_BODY * LN + o]
            lc[base + L_Y * LN + g] = lb[CY * N_BODY * LN + o]
            lc[base + L_ANG * LN + g] = lb[ANG * N_BODY * LN + o]
            lc[base + L_COS * LN + g] = lb[COS * N_BODY * LN + o]
            lc[base + L_SIN * LN + g] = lb[SIN * N_BODY * LN + o]


@njit(cache=True, _nrt=False, inline="always")
def _scatter_poses(lb, lc, base, own):
    for g in range(LN):
        if lc[base + L_ON * LN + g] != 0.0:
            o = int(lc[base + L_IB * LN + g]) * LN + g
            lb[CX * N_BODY * LN + o] = lc[base + L_X * LN + g]
            lb[CY * N_BODY * LN + o] = lc[base + L_Y * LN + g]
            angle = lc[base + L_ANG * LN + g]
            lb[ANG * N_BODY * LN + o] = angle
            if own:
                s, c = lc[base + L_SIN * LN + g], lc[base + L_COS * LN + g]
            else:
                s, c = libm_sincos(angle)
            lb[SIN * N_BODY * LN + o] = s
            lb[COS * N_BODY * LN + o] = c
            lb[DIRTY * N_BODY * LN + o] = 0.0


@njit(cache=True, _nrt=False, error_model="numpy")
def _position_slot(lc, least_sep):
    """contacts.solve_position for one slot (``lc``: its rows) in every lane; each lane's least
    separation so far in ``least_sep``."""
    radius = POLYGON_RADIUS + POLYGON_RADIUS
    for g in range(LN):
        at = g
        on = lc[at + L_ON * LN] != 0.0
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
        xb, yb, angle = (xb2, yb2, angle2) if two else (xb, yb, angle)
        min_sep = min2 if two else min_sep
        lc[at + L_X * LN] = xb if on else lc[at + L_X * LN]
        lc[at + L_Y * LN] = yb if on else lc[at + L_Y * LN]
        lc[at + L_ANG * LN] = angle if on else lc[at + L_ANG * LN]
        least = least_sep[g]
        least_sep[g] = (least if least < min_sep else min_sep) if on else least


@njit(cache=True, _nrt=False, error_model="numpy")
def _own_rotations(lc):
    for g in range(LN):
        lc[L_SIN * LN + g], lc[L_COS * LN + g] = own_sincos(lc[L_ANG * LN + g])


@njit(cache=True, _nrt=False)
def position_pass(lb, lc, slots):
    """One position iteration over the contacts of slots 0..slots-1 in the lanes flagged ACT in
    ``lb``; sets their OK flag: no contact deeper than the slop (island._contacts_positioned).
    Clears L_ON where ACT is not set: call it after the velocity passes."""
    for g in range(LN):
        lc[MINSEP * LN + g] = 0.0
    own = lb[_TRIG] != 0.0
    for k in range(slots):
        base = k * KF * LN
        _gather_poses(lb, lc, base)
        _position_slot(lc[base:base + KF * LN], lc[MINSEP * LN:SIZE])
        if own:
            _own_rotations(lc[base:base + KF * LN])
        _scatter_poses(lb, lc, base, own)
    for g in range(LN):
        if lb[ACT + g] != 0.0:
            lb[OK + g] = 1.0 if lc[MINSEP * LN + g] > -1.5 * LINEAR_SLOP else 0.0


__all__ = ["SLOTS", "SIZE", "load", "leave", "unload", "velocity_pass", "position_pass",
           "new_contact_lanes"]
