"""The game's revolute joint: Box2D 2.0's design, inside the port's 2.1a world.

What differs from Box2D 2.1+ (and so from pybox2d): impulses are kept as forces (impulse / dt);
each velocity iteration solves the point constraint, then the motor, then the limit, one after the
other; the position pass corrects the point first and then the limit, with a limit-position
impulse that accumulates over the position iterations of a step. The limit and motor setters just
store values (spec section 12), so nothing here resets an accumulator when they change.

``b`` is one game's body state, ``j`` its joint state, ``jt`` the shared joint table.
"""

from __future__ import annotations

import math

from numba import njit

from rlqwop.game.fast.layout import (
    ANG, ANGULAR_SLOP, AT_LOWER_LIMIT, AT_UPPER_LIMIT, COS, CX, CY, DIRTY, EQUAL_LIMITS, INACTIVE_LIMIT,
    J_ENABLE_LIMIT, J_ENABLE_MOTOR, J_LIMIT_FORCE, J_LIMIT_POS_IMPULSE, J_LOWER, J_MOTOR_FORCE,
    J_MOTOR_MASS, J_PFX, J_R1X, J_R1Y, J_R2X, J_R2Y, J_PFY, J_PM11, J_PM12, J_PM21, J_PM22, J_SPEED, J_STATE, J_UPPER, JK_A,
    JK_B, JK_LAX, JK_LAY, JK_LBX, JK_LBY, JK_MAX_TORQUE, JK_REF, K_INVI, K_INVMASS, LINEAR_SLOP,
    MAX_ANGULAR_CORRECTION, SIN, TRIG, VX, VY, W,
)
from rlqwop.game.fast.trig import sincos


@njit(cache=True, _nrt=False, inline='always')
def sync_transform(b, i):
    # The port recomputes the rotation after every angle change; computing it lazily, on the
    # next read, gives the same numbers with about half the sin/cos calls (they dominate).
    b[i, DIRTY] = 1.0


@njit(cache=True, _nrt=False)
def _refresh(b, i):
    """Body i's cos and sin from its angle, out of line: one copy of both sines and cosines
    instead of one at every read (compile time)."""
    b[i, SIN], b[i, COS] = sincos(b[i, ANG], b[i, TRIG])
    b[i, DIRTY] = 0.0


@njit(cache=True, _nrt=False, inline='always')
def rot(b, i):
    """(cos, sin) of body i's current angle."""
    if b[i, DIRTY] != 0.0:
        _refresh(b, i)
    return b[i, COS], b[i, SIN]


@njit(cache=True, _nrt=False, inline='always')
def _arms(b, jt, k, ia, ib):
    """The anchors relative to the body centres, in world axes (local centres are 0)."""
    lx, ly = jt[k, JK_LAX], jt[k, JK_LAY]
    c, s = rot(b, ia)
    r1x = c * lx - s * ly
    r1y = s * lx + c * ly
    lx, ly = jt[k, JK_LBX], jt[k, JK_LBY]
    c, s = rot(b, ib)
    r2x = c * lx - s * ly
    r2y = s * lx + c * ly
    return r1x, r1y, r2x, r2y


@njit(cache=True, _nrt=False, inline='always')
def _point_matrix(m1, m2, i1, i2, r1x, r1y, r2x, r2y):
    """K = K1 + K2 + K3 of the point constraint, as (k11, k21, k12, k22)."""
    k11 = m1 + m2 + i1 * r1y * r1y + i2 * r2y * r2y
    k12 = 0.0 + -i1 * r1x * r1y + -i2 * r2x * r2y
    k21 = 0.0 + -i1 * r1x * r1y + -i2 * r2x * r2y
    k22 = m1 + m2 + i1 * r1x * r1x + i2 * r2x * r2x
    return k11, k21, k12, k22


@njit(cache=True, _nrt=False, inline='always')
def _push(b, x, y, a, ia, ib, m1, m2, i1, i2, r1x, r1y, r2x, r2y, px, py):
    """(px, py) at the anchors, -p on body ia and +p on ib, into fields x, y, a: the velocities
    (VX, VY, W) or the positions (CX, CY, ANG)."""
    b[ia, x] -= m1 * px
    b[ia, y] -= m1 * py
    b[ia, a] -= i1 * (r1x * py - r1y * px)
    b[ib, x] += m2 * px
    b[ib, y] += m2 * py
    b[ib, a] += i2 * (r2x * py - r2y * px)


@njit(cache=True, _nrt=False, inline='always')
def init_velocity(b, j, jt, bt, k, dt):
    ia, ib = int(jt[k, JK_A]), int(jt[k, JK_B])
    r1x, r1y, r2x, r2y = _arms(b, jt, k, ia, ib)
    j[k, J_R1X], j[k, J_R1Y], j[k, J_R2X], j[k, J_R2Y] = r1x, r1y, r2x, r2y
    m1, m2 = bt[ia, K_INVMASS], bt[ib, K_INVMASS]
    i1, i2 = bt[ia, K_INVI], bt[ib, K_INVI]
    a, c, bb, d = _point_matrix(m1, m2, i1, i2, r1x, r1y, r2x, r2y)
    det = a * d - bb * c
    det = 1.0 / det
    j[k, J_PM11] = det * d
    j[k, J_PM12] = -det * bb
    j[k, J_PM21] = -det * c
    j[k, J_PM22] = det * a
    j[k, J_MOTOR_MASS] = 1.0 / (i1 + i2)
    if j[k, J_ENABLE_MOTOR] == 0.0:
        j[k, J_MOTOR_FORCE] = 0.0
    if j[k, J_ENABLE_LIMIT] != 0.0:
        angle = b[ib, ANG] - b[ia, ANG] - jt[k, JK_REF]
        lower, upper = j[k, J_LOWER], j[k, J_UPPER]
        if abs(upper - lower) < 2.0 * ANGULAR_SLOP:
            j[k, J_STATE] = EQUAL_LIMITS
        elif angle <= lower:
            if j[k, J_STATE] != AT_LOWER_LIMIT:
                j[k, J_LIMIT_FORCE] = 0.0
            j[k, J_STATE] = AT_LOWER_LIMIT
        elif angle >= upper:
            if j[k, J_STATE] != AT_UPPER_LIMIT:
                j[k, J_LIMIT_FORCE] = 0.0
            j[k, J_STATE] = AT_UPPER_LIMIT
        else:
            j[k, J_STATE] = INACTIVE_LIMIT
            j[k, J_LIMIT_FORCE] = 0.0
    else:
        j[k, J_LIMIT_FORCE] = 0.0
    # warm starting with last step's forces
    pfx, pfy = j[k, J_PFX], j[k, J_PFY]
    torque = j[k, J_MOTOR_FORCE], j[k, J_LIMIT_FORCE]
    b[ia, VX] -= dt * m1 * pfx
    b[ia, VY] -= dt * m1 * pfy
    b[ia, W] -= dt * i1 * ((r1x * pfy - r1y * pfx) + torque[0] + torque[1])
    b[ib, VX] += dt * m2 * pfx
    b[ib, VY] += dt * m2 * pfy
    b[ib, W] += dt * i2 * ((r2x * pfy - r2y * pfx) + torque[0] + torque[1])
    j[k, J_LIMIT_POS_IMPULSE] = 0.0


@njit(cache=True, _nrt=False, inline='always')
def solve_velocity(b, j, jt, bt, k, dt, inv_dt):
    ia, ib = int(jt[k, JK_A]), int(jt[k, JK_B])
    r1x, r1y, r2x, r2y = j[k, J_R1X], j[k, J_R1Y], j[k, J_R2X], j[k, J_R2Y]
    m1, m2 = bt[ia, K_INVMASS], bt[ib, K_INVMASS]
    i1, i2 = bt[ia, K_INVI], bt[ib, K_INVI]

    # point to point
    cdx = b[ib, VX] + -b[ib, W] * r2y - b[ia, VX] - -b[ia, W] * r1y
    cdy = b[ib, VY] + b[ib, W] * r2x - b[ia, VY] - b[ia, W] * r1x
    fx = -inv_dt * (j[k, J_PM11] * cdx + j[k, J_PM12] * cdy)
    fy = -inv_dt * (j[k, J_PM21] * cdx + j[k, J_PM22] * cdy)
    j[k, J_PFX] += fx
    j[k, J_PFY] += fy
    px = dt * fx
    py = dt * fy
    _push(b, VX, VY, W, ia, ib, m1, m2, i1, i2, r1x, r1y, r2x, r2y, px, py)

    state = j[k, J_STATE]
    if j[k, J_ENABLE_MOTOR] != 0.0 and state != EQUAL_LIMITS:
        cdot = b[ib, W] - b[ia, W] - j[k, J_SPEED]
        force = -inv_dt * j[k, J_MOTOR_MASS] * cdot
        old = j[k, J_MOTOR_FORCE]
        max_torque = jt[k, JK_MAX_TORQUE]
        new = old + force
        new = new if new < max_torque else max_torque  # the port's clamp: max(low, min(a, high))
        new = -max_torque if -max_torque > new else new
        j[k, J_MOTOR_FORCE] = new
        force = new - old
        b[ia, W] -= i1 * dt * force
        b[ib, W] += i2 * dt * force

    if j[k, J_ENABLE_LIMIT] != 0.0 and state != INACTIVE_LIMIT:
        cdot = b[ib, W] - b[ia, W]
        force = -inv_dt * j[k, J_MOTOR_MASS] * cdot
        if state == EQUAL_LIMITS:
            j[k, J_LIMIT_FORCE] += force
        elif state == AT_LOWER_LIMIT:
            old = j[k, J_LIMIT_FORCE]
            new = old + force
            new = new if new > 0.0 else 0.0
            j[k, J_LIMIT_FORCE] = new
            force = new - old
        else:
            old = j[k, J_LIMIT_FORCE]
            new = old + force
            new = new if new < 0.0 else 0.0
            j[k, J_LIMIT_FORCE] = new
            force = new - old
        b[ia, W] -= i1 * dt * force
        b[ib, W] += i2 * dt * force


@njit(cache=True, _nrt=False, inline='always')
def solve_position(b, j, jt, bt, k):
    """One position correction; True when the joint is within the slops."""
    ia, ib = int(jt[k, JK_A]), int(jt[k, JK_B])
    r1x, r1y, r2x, r2y = _arms(b, jt, k, ia, ib)
    m1, m2 = bt[ia, K_INVMASS], bt[ib, K_INVMASS]
    i1, i2 = bt[ia, K_INVI], bt[ib, K_INVI]
    p1x = b[ia, CX] + r1x
    p1y = b[ia, CY] + r1y
    p2x = b[ib, CX] + r2x
    p2y = b[ib, CY] + r2y
    ex = p2x - p1x
    ey = p2y - p1y
    position_error = math.sqrt(ex * ex + ey * ey)
    a11, a21, a12, a22 = _point_matrix(m1, m2, i1, i2, r1x, r1y, r2x, r2y)
    det = a11 * a22 - a12 * a21
    det = 1.0 / det
    bx, by = -ex, -ey
    ix = det * (a22 * bx - a12 * by)
    iy = det * (a11 * by - a21 * bx)
    _push(b, CX, CY, ANG, ia, ib, m1, m2, i1, i2, r1x, r1y, r2x, r2y, ix, iy)
    sync_transform(b, ia)
    sync_transform(b, ib)

    angular_error = 0.0
    state = j[k, J_STATE]
    if j[k, J_ENABLE_LIMIT] != 0.0 and state != INACTIVE_LIMIT:
        angle = b[ib, ANG] - b[ia, ANG] - jt[k, JK_REF]
        impulse = 0.0
        mass = j[k, J_MOTOR_MASS]
        if state == EQUAL_LIMITS:
            c = angle if angle < MAX_ANGULAR_CORRECTION else MAX_ANGULAR_CORRECTION
            c = -MAX_ANGULAR_CORRECTION if -MAX_ANGULAR_CORRECTION > c else c
            impulse = -mass * c
            angular_error = abs(c)
        elif state == AT_LOWER_LIMIT:
            c = angle - j[k, J_LOWER]
            angular_error = 0.0 if 0.0 > -c else -c
            c = c + ANGULAR_SLOP
            c = c if c < 0.0 else 0.0
            c = -MAX_ANGULAR_CORRECTION if -MAX_ANGULAR_CORRECTION > c else c
            impulse = -mass * c
            old = j[k, J_LIMIT_POS_IMPULSE]
            new = old + impulse
            new = new if new > 0.0 else 0.0
            j[k, J_LIMIT_POS_IMPULSE] = new
            impulse = new - old
        elif state == AT_UPPER_LIMIT:
            c = angle - j[k, J_UPPER]
            angular_error = 0.0 if 0.0 > c else c
            c = c - ANGULAR_SLOP
            c = c if c < MAX_ANGULAR_CORRECTION else MAX_ANGULAR_CORRECTION
            c = 0.0 if 0.0 > c else c
            impulse = -mass * c
            old = j[k, J_LIMIT_POS_IMPULSE]
            new = old + impulse
            new = new if new < 0.0 else 0.0
            j[k, J_LIMIT_POS_IMPULSE] = new
            impulse = new - old
        b[ia, ANG] -= i1 * impulse
        b[ib, ANG] += i2 * impulse
        sync_transform(b, ia)
        sync_transform(b, ib)
    return position_error <= LINEAR_SLOP and angular_error <= ANGULAR_SLOP
