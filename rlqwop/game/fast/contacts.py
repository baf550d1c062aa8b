"""The port's contact solver (Box2D 2.1a): constraint set-up, warm start, sequential impulses with
the 2-point block solver, and the position pass with equalised masses and Baumgarte 1.0.

Contacts are addressed by pair slot ``p`` in one game's contact state ``c``; ``b`` is the game's
body state and ``bt`` the shared body table. The solve order is the island's contact order, which
the kernel passes in; Gauss-Seidel makes that order part of the result.
"""

from __future__ import annotations

import math

from numba import njit

from rlqwop.game.fast.collide import world_points
from rlqwop.game.fast.joints import rot, sync_transform
from rlqwop.game.fast.layout import (
    ANG, C_CCOUNT, C_COUNT, C_CPOINT, C_FRICTION, C_K11, C_K12, C_K22, C_LNX, C_LNY, C_LPX, C_LPY,
    C_NM11, C_NM12, C_NM21, C_NM22, C_NX, C_NY, C_POINT, C_TYPE, CONTACT_BAUMGARTE, CX, CY,
    FACE_A, K_DYNAMIC, K_FRICTION, K_INVI, K_INVMASS, K_MASS, LINEAR_SLOP, MAX_LINEAR_CORRECTION,
    P_LX, P_LY, P_NI, P_TI, PAIR_TABLE, POLYGON_RADIUS, PS, Q_BIAS, Q_EQMASS, Q_NI, Q_NMASS, Q_RAX,
    Q_RAY, Q_RBX, Q_RBY, Q_TI, Q_TMASS, QS, VELOCITY_THRESHOLD, VX, VY, W,
)


@njit(cache=True, _nrt=False, inline='always')
def initialize(b, c, bt, p):
    """The constraint of pair ``p`` from its manifold and the bodies' current state."""
    ia, ib = PAIR_TABLE[p, 0], PAIR_TABLE[p, 1]
    friction = math.sqrt(bt[ia, K_FRICTION] * bt[ib, K_FRICTION])
    restitution = 0.0  # every fixture in the game has restitution 0 (mixing is max)
    vax, vay, wa = b[ia, VX], b[ia, VY], b[ia, W]
    vbx, vby, wb = b[ib, VX], b[ib, VY], b[ib, W]
    count = int(c[p, C_COUNT])
    ca, sa = rot(b, ia)
    cb, sb = rot(b, ib)
    nx, ny, w0x, w0y, w1x, w1y = world_points(
        c[p, C_TYPE], c[p, C_LNX], c[p, C_LNY], c[p, C_LPX], c[p, C_LPY], count,
        c[p, C_POINT + P_LX], c[p, C_POINT + P_LY], c[p, C_POINT + PS + P_LX], c[p, C_POINT + PS + P_LY],
        b[ia, CX], b[ia, CY], ca, sa, POLYGON_RADIUS, b[ib, CX], b[ib, CY], cb, sb, POLYGON_RADIUS)
    c[p, C_NX] = nx
    c[p, C_NY] = ny
    c[p, C_CCOUNT] = count
    c[p, C_FRICTION] = friction
    ma, mb = bt[ia, K_INVMASS], bt[ib, K_INVMASS]
    iia, iib = bt[ia, K_INVI], bt[ib, K_INVI]
    massa, massb = bt[ia, K_MASS], bt[ib, K_MASS]
    for k in range(count):
        q = C_CPOINT + k * QS
        m = C_POINT + k * PS
        c[p, q + Q_NI] = c[p, m + P_NI]
        c[p, q + Q_TI] = c[p, m + P_TI]
        wx, wy = (w0x, w0y) if k == 0 else (w1x, w1y)
        rax = wx - b[ia, CX]
        ray = wy - b[ia, CY]
        rbx = wx - b[ib, CX]
        rby = wy - b[ib, CY]
        c[p, q + Q_RAX] = rax
        c[p, q + Q_RAY] = ray
        c[p, q + Q_RBX] = rbx
        c[p, q + Q_RBY] = rby
        rna = rax * ny - ray * nx
        rnb = rbx * ny - rby * nx
        rna *= rna
        rnb *= rnb
        c[p, q + Q_NMASS] = 1.0 / (ma + mb + iia * rna + iib * rnb)
        k_eq = massa * ma + massb * mb
        k_eq += massa * iia * rna + massb * iib * rnb
        c[p, q + Q_EQMASS] = 1.0 / k_eq
        tx, ty = ny, -nx
        rta = rax * ty - ray * tx
        rtb = rbx * ty - rby * tx
        rta *= rta
        rtb *= rtb
        c[p, q + Q_TMASS] = 1.0 / (ma + mb + iia * rta + iib * rtb)
        bias = 0.0
        dvx = vbx + -wb * rby - vax - -wa * ray
        dvy = vby + wb * rbx - vay - wa * rax
        vrel = nx * dvx + ny * dvy
        if vrel < -VELOCITY_THRESHOLD:
            bias += -restitution * vrel
        c[p, q + Q_BIAS] = bias
    if count == 2:
        q1, q2 = C_CPOINT, C_CPOINT + QS
        rn1a = c[p, q1 + Q_RAX] * ny - c[p, q1 + Q_RAY] * nx
        rn1b = c[p, q1 + Q_RBX] * ny - c[p, q1 + Q_RBY] * nx
        rn2a = c[p, q2 + Q_RAX] * ny - c[p, q2 + Q_RAY] * nx
        rn2b = c[p, q2 + Q_RBX] * ny - c[p, q2 + Q_RBY] * nx
        k11 = ma + mb + iia * rn1a * rn1a + iib * rn1b * rn1b
        k22 = ma + mb + iia * rn2a * rn2a + iib * rn2b * rn2b
        k12 = ma + mb + iia * rn1a * rn2a + iib * rn1b * rn2b
        if k11 * k11 < 100.0 * (k11 * k22 - k12 * k12):
            c[p, C_K11] = k11
            c[p, C_K12] = k12
            c[p, C_K22] = k22
            det = k11 * k22 - k12 * k12
            if det != 0.0:
                det = 1.0 / det
            c[p, C_NM11] = det * k22
            c[p, C_NM12] = -det * k12
            c[p, C_NM21] = -det * k12
            c[p, C_NM22] = det * k11
        else:
            c[p, C_CCOUNT] = 1  # the two points are redundant: solve one


@njit(cache=True, _nrt=False, inline='always')
def warm_start(b, c, bt, p, dt_ratio):
    ia, ib = PAIR_TABLE[p, 0], PAIR_TABLE[p, 1]
    ma, mb = bt[ia, K_INVMASS], bt[ib, K_INVMASS]
    iia, iib = bt[ia, K_INVI], bt[ib, K_INVI]
    nx, ny = c[p, C_NX], c[p, C_NY]
    tx, ty = ny, -nx
    for k in range(int(c[p, C_CCOUNT])):
        q = C_CPOINT + k * QS
        c[p, q + Q_NI] *= dt_ratio
        c[p, q + Q_TI] *= dt_ratio
        ni, ti = c[p, q + Q_NI], c[p, q + Q_TI]
        px = ni * nx + ti * tx
        py = ni * ny + ti * ty
        b[ia, W] -= iia * (c[p, q + Q_RAX] * py - c[p, q + Q_RAY] * px)
        b[ia, VX] -= ma * px
        b[ia, VY] -= ma * py
        b[ib, W] += iib * (c[p, q + Q_RBX] * py - c[p, q + Q_RBY] * px)
        b[ib, VX] += mb * px
        b[ib, VY] += mb * py


@njit(cache=True, _nrt=False, inline='always')
def _apply_block(b, c, p, ia, ib, ma, mb, iia, iib, nx, ny, wa, wb, dx, dy):
    q1, q2 = C_CPOINT, C_CPOINT + QS
    p1x = dx * nx
    p1y = dx * ny
    p2x = dy * nx
    p2y = dy * ny
    b[ia, VX] -= ma * (p1x + p2x)
    b[ia, VY] -= ma * (p1y + p2y)
    wa -= iia * (c[p, q1 + Q_RAX] * p1y - c[p, q1 + Q_RAY] * p1x
                 + c[p, q2 + Q_RAX] * p2y - c[p, q2 + Q_RAY] * p2x)
    b[ib, VX] += mb * (p1x + p2x)
    b[ib, VY] += mb * (p1y + p2y)
    wb += iib * (c[p, q1 + Q_RBX] * p1y - c[p, q1 + Q_RBY] * p1x
                 + c[p, q2 + Q_RBX] * p2y - c[p, q2 + Q_RBY] * p2x)
    return wa, wb


@njit(cache=True, _nrt=False, inline='always')
def _apply_impulse(b, ia, ib, ma, mb, iia, iib, rax, ray, rbx, rby, px, py, wa, wb):
    """The impulse (px, py) at one point: minus on body a, plus on body b; returns their spins."""
    b[ia, VX] -= ma * px
    b[ia, VY] -= ma * py
    b[ib, VX] += mb * px
    b[ib, VY] += mb * py
    return wa - iia * (rax * py - ray * px), wb + iib * (rbx * py - rby * px)


@njit(cache=True, _nrt=False, inline='always')
def solve_velocity(b, c, bt, p):
    ia, ib = PAIR_TABLE[p, 0], PAIR_TABLE[p, 1]
    wa, wb = b[ia, W], b[ib, W]
    ma, mb = bt[ia, K_INVMASS], bt[ib, K_INVMASS]
    iia, iib = bt[ia, K_INVI], bt[ib, K_INVI]
    nx, ny = c[p, C_NX], c[p, C_NY]
    tx, ty = ny, -nx
    friction = c[p, C_FRICTION]
    count = int(c[p, C_CCOUNT])
    for k in range(count):  # friction
        q = C_CPOINT + k * QS
        rax, ray, rbx, rby = c[p, q + Q_RAX], c[p, q + Q_RAY], c[p, q + Q_RBX], c[p, q + Q_RBY]
        dvx = b[ib, VX] - wb * rby - b[ia, VX] + wa * ray
        dvy = b[ib, VY] + wb * rbx - b[ia, VY] - wa * rax
        vt = dvx * tx + dvy * ty
        lam = c[p, q + Q_TMASS] * -vt
        max_friction = friction * c[p, q + Q_NI]
        old = c[p, q + Q_TI]
        new = old + lam
        new = -max_friction if new < -max_friction else (max_friction if new > max_friction else new)
        lam = new - old
        wa, wb = _apply_impulse(b, ia, ib, ma, mb, iia, iib, rax, ray, rbx, rby, lam * tx, lam * ty,
                                wa, wb)
        c[p, q + Q_TI] = new

    if count == 1:
        q = C_CPOINT
        rax, ray, rbx, rby = c[p, q + Q_RAX], c[p, q + Q_RAY], c[p, q + Q_RBX], c[p, q + Q_RBY]
        dvx = b[ib, VX] + -wb * rby - b[ia, VX] - -wa * ray
        dvy = b[ib, VY] + wb * rbx - b[ia, VY] - wa * rax
        vn = dvx * nx + dvy * ny
        lam = -c[p, q + Q_NMASS] * (vn - c[p, q + Q_BIAS])
        old = c[p, q + Q_NI]
        new = old + lam
        new = new if new > 0 else 0.0
        lam = new - old
        wa, wb = _apply_impulse(b, ia, ib, ma, mb, iia, iib, rax, ray, rbx, rby, lam * nx, lam * ny,
                                wa, wb)
        c[p, q + Q_NI] = new
    elif count == 2:
        q1, q2 = C_CPOINT, C_CPOINT + QS
        ax, ay = c[p, q1 + Q_NI], c[p, q2 + Q_NI]
        dv1x = b[ib, VX] - wb * c[p, q1 + Q_RBY] - b[ia, VX] + wa * c[p, q1 + Q_RAY]
        dv1y = b[ib, VY] + wb * c[p, q1 + Q_RBX] - b[ia, VY] - wa * c[p, q1 + Q_RAX]
        dv2x = b[ib, VX] - wb * c[p, q2 + Q_RBY] - b[ia, VX] + wa * c[p, q2 + Q_RAY]
        dv2y = b[ib, VY] + wb * c[p, q2 + Q_RBX] - b[ia, VY] - wa * c[p, q2 + Q_RAX]
        vn1 = dv1x * nx + dv1y * ny
        vn2 = dv2x * nx + dv2y * ny
        bx = vn1 - c[p, q1 + Q_BIAS]
        by = vn2 - c[p, q2 + Q_BIAS]
        k11, k12, k22 = c[p, C_K11], c[p, C_K12], c[p, C_K22]
        bx -= k11 * ax + k12 * ay
        by -= k12 * ax + k22 * ay
        # total enumeration of the 2-point LCP; the first valid case wins
        xx = -(c[p, C_NM11] * bx + c[p, C_NM12] * by)
        xy = -(c[p, C_NM21] * bx + c[p, C_NM22] * by)
        solved = xx >= 0.0 and xy >= 0.0
        if not solved:
            xx = -c[p, q1 + Q_NMASS] * bx
            xy = 0.0
            vn2 = k12 * xx + by
            solved = xx >= 0.0 and vn2 >= 0.0
        if not solved:
            xx = 0.0
            xy = -c[p, q2 + Q_NMASS] * by
            vn1 = k12 * xy + bx
            solved = xy >= 0.0 and vn1 >= 0.0
        if not solved:
            xx = 0.0
            xy = 0.0
            solved = bx >= 0.0 and by >= 0.0
        if solved:
            wa, wb = _apply_block(b, c, p, ia, ib, ma, mb, iia, iib, nx, ny, wa, wb, xx - ax, xy - ay)
            c[p, q1 + Q_NI] = xx
            c[p, q2 + Q_NI] = xy
    b[ia, W] = wa
    b[ib, W] = wb


@njit(cache=True, _nrt=False, inline='always')
def finalize(c, p):
    for k in range(int(c[p, C_CCOUNT])):
        c[p, C_POINT + k * PS + P_NI] = c[p, C_CPOINT + k * QS + Q_NI]
        c[p, C_POINT + k * PS + P_TI] = c[p, C_CPOINT + k * QS + Q_TI]


@njit(cache=True, _nrt=False, inline='always')
def solve_position(b, c, bt, p):
    """One pass over pair ``p``'s points; returns the smallest separation seen."""
    ia, ib = PAIR_TABLE[p, 0], PAIR_TABLE[p, 1]
    ma = bt[ia, K_MASS] * bt[ia, K_INVMASS]
    iia = bt[ia, K_MASS] * bt[ia, K_INVI]
    mb = bt[ib, K_MASS] * bt[ib, K_INVMASS]
    iib = bt[ib, K_MASS] * bt[ib, K_INVI]
    face_a = c[p, C_TYPE] == FACE_A
    i1, i2 = (ia, ib) if face_a else (ib, ia)
    c1, s1 = rot(b, i1)
    lx, ly = c[p, C_LNX], c[p, C_LNY]
    nx = c1 * lx - s1 * ly
    ny = s1 * lx + c1 * ly
    lx, ly = c[p, C_LPX], c[p, C_LPY]
    ppx = b[i1, CX] + (c1 * lx - s1 * ly)
    ppy = b[i1, CY] + (s1 * lx + c1 * ly)
    c2, s2 = rot(b, i2)
    count = int(c[p, C_CCOUNT])
    radius = POLYGON_RADIUS + POLYGON_RADIUS
    sep0 = sep1 = pt0x = pt0y = pt1x = pt1y = 0.0
    for k in range(count):
        lx, ly = c[p, C_POINT + k * PS + P_LX], c[p, C_POINT + k * PS + P_LY]
        cpx = b[i2, CX] + (c2 * lx - s2 * ly)
        cpy = b[i2, CY] + (s2 * lx + c2 * ly)
        sep = (cpx - ppx) * nx + (cpy - ppy) * ny - radius
        if k == 0:
            sep0, pt0x, pt0y = sep, cpx, cpy
        else:
            sep1, pt1x, pt1y = sep, cpx, cpy
    if not face_a:
        nx = nx * -1.0
        ny = ny * -1.0
    min_sep = 0.0
    dyn_a = bt[ia, K_DYNAMIC] != 0.0
    for k in range(count):
        sep, ptx, pty = (sep0, pt0x, pt0y) if k == 0 else (sep1, pt1x, pt1y)
        rax = ptx - b[ia, CX]
        ray = pty - b[ia, CY]
        rbx = ptx - b[ib, CX]
        rby = pty - b[ib, CY]
        min_sep = min_sep if min_sep < sep else sep
        cc = CONTACT_BAUMGARTE * (sep + LINEAR_SLOP)
        cc = -MAX_LINEAR_CORRECTION if cc < -MAX_LINEAR_CORRECTION else (0.0 if cc > 0.0 else cc)
        impulse = -c[p, C_CPOINT + k * QS + Q_EQMASS] * cc
        px = impulse * nx
        py = impulse * ny
        if dyn_a:
            b[ia, CX] -= ma * px
            b[ia, CY] -= ma * py
            b[ia, ANG] -= iia * (rax * py - ray * px)
            sync_transform(b, ia)
        b[ib, CX] += mb * px
        b[ib, CY] += mb * py
        b[ib, ANG] += iib * (rbx * py - rby * px)
        sync_transform(b, ib)
    return min_sep
