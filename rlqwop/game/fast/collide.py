"""Box-against-box contact manifolds: Box2D 2.1's separating-axis test and clipping, in scalars.

Every box is a 4-vertex polygon centred on its body origin, with the vertices and edge normals of
the port's ``setAsBox`` (counter-clockwise from the lower left, normals down, right, up, left).
A transform is (x, y, cos, sin): the rotation's columns are (c, s) and (-s, c). Expressions keep
the port's evaluation order, because the goal is the real game's bits, not just its physics.

A manifold is returned as a flat tuple so the kernel stays allocation-free (one GPU thread per
game can run it as is): (count, type, local normal x, y, local point x, y, then per point: local
x, local y, feature key). The feature key packs reference edge, incident edge, incident vertex
and flip like the port's ``B2ContactID.key``; matching keys carry impulses across steps.
"""

from __future__ import annotations

import math

from numba import njit

from rlqwop.game.fast.layout import FACE_A, FACE_B, MAX_VALUE, MIN_VALUE

# vertex i of a box is (SX[i] * hx, SY[i] * hy); edge i runs from vertex i to vertex i + 1
SX = (-1.0, 1.0, 1.0, -1.0)
SY = (-1.0, -1.0, 1.0, 1.0)
NX = (0.0, 1.0, 0.0, -1.0)
NY = (-1.0, 0.0, 1.0, 0.0)


@njit(cache=True, _nrt=False)
def _edge_separation(x1, y1, c1, s1, hx1, hy1, edge, x2, y2, c2, s2, hx2, hy2):
    nwx = c1 * NX[edge] - s1 * NY[edge]
    nwy = s1 * NX[edge] + c1 * NY[edge]
    n2x = c2 * nwx + s2 * nwy
    n2y = c2 * nwy - s2 * nwx
    index = 0
    min_dot = MAX_VALUE
    for i in range(4):
        dot = SX[i] * hx2 * n2x + SY[i] * hy2 * n2y
        if dot < min_dot:
            min_dot = dot
            index = i
    lx, ly = SX[edge] * hx1, SY[edge] * hy1
    v1x = x1 + (c1 * lx - s1 * ly)
    v1y = y1 + (s1 * lx + c1 * ly)
    lx, ly = SX[index] * hx2, SY[index] * hy2
    v2x = x2 + (c2 * lx - s2 * ly)
    v2y = y2 + (s2 * lx + c2 * ly)
    v2x -= v1x
    v2y -= v1y
    return v2x * nwx + v2y * nwy


@njit(cache=True, _nrt=False, inline="always")
def _max_separation(x1, y1, c1, s1, hx1, hy1, x2, y2, c2, s2, hx2, hy2):
    """(best edge of box 1, its separation from box 2)."""
    dx = x2 - x1
    dy = y2 - y1
    dlx = dx * c1 + dy * s1
    dly = dy * c1 - dx * s1
    edge = 0
    max_dot = -MAX_VALUE
    for i in range(4):
        dot = NX[i] * dlx + NY[i] * dly
        if dot > max_dot:
            max_dot = dot
            edge = i
    s = _edge_separation(x1, y1, c1, s1, hx1, hy1, edge, x2, y2, c2, s2, hx2, hy2)
    prev_edge = edge - 1 if edge - 1 >= 0 else 3
    s_prev = _edge_separation(x1, y1, c1, s1, hx1, hy1, prev_edge, x2, y2, c2, s2, hx2, hy2)
    next_edge = edge + 1 if edge + 1 < 4 else 0
    s_next = _edge_separation(x1, y1, c1, s1, hx1, hy1, next_edge, x2, y2, c2, s2, hx2, hy2)
    if s_prev > s and s_prev > s_next:
        increment = -1
        best_edge = prev_edge
        best = s_prev
    elif s_next > s:
        increment = 1
        best_edge = next_edge
        best = s_next
    else:
        return edge, s
    while True:
        if increment == -1:
            edge = best_edge - 1 if best_edge - 1 >= 0 else 3
        else:
            edge = best_edge + 1 if best_edge + 1 < 4 else 0
        s = _edge_separation(x1, y1, c1, s1, hx1, hy1, edge, x2, y2, c2, s2, hx2, hy2)
        if s > best:
            best_edge = edge
            best = s
        else:
            break
    return best_edge, best


@njit(cache=True, _nrt=False)
def _clip(v0x, v0y, id0, v1x, v1y, id1, nx, ny, offset):
    """Sutherland-Hodgman clip of a segment to the half-plane n.v <= offset: (count, points)."""
    d0 = nx * v0x + ny * v0y - offset
    d1 = nx * v1x + ny * v1y - offset
    count = 0
    ax = ay = aid = bx = by = bid = 0.0
    if d0 <= 0.0:
        ax, ay, aid = v0x, v0y, id0
        count = 1
    if d1 <= 0.0:
        if count == 0:
            ax, ay, aid = v1x, v1y, id1
        else:
            bx, by, bid = v1x, v1y, id1
        count += 1
    if d0 * d1 < 0.0:
        interp = d0 / (d0 - d1)
        px = v0x + interp * (v1x - v0x)
        py = v0y + interp * (v1y - v0y)
        pid = id0 if d0 > 0.0 else id1
        if count == 0:
            ax, ay, aid = px, py, pid
        else:
            bx, by, bid = px, py, pid
        count += 1
    return count, ax, ay, aid, bx, by, bid


@njit(cache=True, _nrt=False, inline="always")
def collide_boxes(xa, ya, ca, sa, hxa, hya, xb, yb, cb, sb, hxb, hyb, total_radius):
    """The manifold of box A against box B (normal from A to B); count 0 when apart."""
    none = (0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0)
    edge_a, sep_a = _max_separation(xa, ya, ca, sa, hxa, hya, xb, yb, cb, sb, hxb, hyb)
    if sep_a > total_radius:
        return none
    edge_b, sep_b = _max_separation(xb, yb, cb, sb, hxb, hyb, xa, ya, ca, sa, hxa, hya)
    if sep_b > total_radius:
        return none
    if sep_b > 0.98 * sep_a + 0.001:
        x1, y1, c1, s1, hx1, hy1 = xb, yb, cb, sb, hxb, hyb
        x2, y2, c2, s2, hx2, hy2 = xa, ya, ca, sa, hxa, hya
        edge1 = edge_b
        mtype = FACE_B
        flip = 1.0
    else:
        x1, y1, c1, s1, hx1, hy1 = xa, ya, ca, sa, hxa, hya
        x2, y2, c2, s2, hx2, hy2 = xb, yb, cb, sb, hxb, hyb
        edge1 = edge_a
        mtype = FACE_A
        flip = 0.0

    # incident edge: the edge of box 2 most anti-parallel to the reference normal
    n1x = c1 * NX[edge1] - s1 * NY[edge1]
    n1y = s1 * NX[edge1] + c1 * NY[edge1]
    t = c2 * n1x + s2 * n1y
    n1y = c2 * n1y - s2 * n1x
    n1x = t
    index = 0
    min_dot = MAX_VALUE
    for i in range(4):
        dot = n1x * NX[i] + n1y * NY[i]
        if dot < min_dot:
            min_dot = dot
            index = i
    i1 = index
    i2 = i1 + 1 if i1 + 1 < 4 else 0
    lx, ly = SX[i1] * hx2, SY[i1] * hy2
    v0x = x2 + (c2 * lx - s2 * ly)
    v0y = y2 + (s2 * lx + c2 * ly)
    id0 = edge1 + 256.0 * i1
    lx, ly = SX[i2] * hx2, SY[i2] * hy2
    v1x = x2 + (c2 * lx - s2 * ly)
    v1y = y2 + (s2 * lx + c2 * ly)
    id1 = edge1 + 256.0 * i2 + 65536.0

    e2 = edge1 + 1 if edge1 + 1 < 4 else 0
    l11x, l11y = SX[edge1] * hx1, SY[edge1] * hy1
    l12x, l12y = SX[e2] * hx1, SY[e2] * hy1
    ltx = l12x - l11x
    lty = l12y - l11y
    length = math.sqrt(ltx * ltx + lty * lty)
    if length >= MIN_VALUE:
        inv_length = 1.0 / length
        ltx *= inv_length
        lty *= inv_length
    lnx = lty
    lny = -ltx
    lpx = 0.5 * (l11x + l12x)
    lpy = 0.5 * (l11y + l12y)
    tx = c1 * ltx - s1 * lty
    ty = s1 * ltx + c1 * lty
    nx = ty
    ny = -tx
    v11x = x1 + (c1 * l11x - s1 * l11y)
    v11y = y1 + (s1 * l11x + c1 * l11y)
    v12x = x1 + (c1 * l12x - s1 * l12y)
    v12y = y1 + (s1 * l12x + c1 * l12y)
    front = nx * v11x + ny * v11y
    side1 = -tx * v11x - ty * v11y + total_radius
    side2 = tx * v12x + ty * v12y + total_radius

    count, ax, ay, aid, bx, by, bid = _clip(v0x, v0y, id0, v1x, v1y, id1, -tx, -ty, side1)
    if count < 2:
        return none
    count, ax, ay, aid, bx, by, bid = _clip(ax, ay, aid, bx, by, bid, tx, ty, side2)
    if count < 2:
        return none

    n = 0
    p0x = p0y = p0id = p1x = p1y = p1id = 0.0
    for k in range(2):
        if k == 0:
            vx, vy, vid = ax, ay, aid
        else:
            vx, vy, vid = bx, by, bid
        if nx * vx + ny * vy - front <= total_radius:
            rx = vx - x2
            ry = vy - y2
            qx = rx * c2 + ry * s2
            qy = ry * c2 - rx * s2
            key = vid + 16777216.0 * flip
            if n == 0:
                p0x, p0y, p0id = qx, qy, key
            else:
                p1x, p1y, p1id = qx, qy, key
            n += 1
    return (n, mtype, lnx, lny, lpx, lpy, p0x, p0y, p0id, p1x, p1y, p1id)


@njit(cache=True, _nrt=False)
def world_points(mtype, lnx, lny, lpx, lpy, count, p0x, p0y, p1x, p1y,
                 xa, ya, ca, sa, ra, xb, yb, cb, sb, rb):
    """The port's world manifold: (normal x, y, point 0 x, y, point 1 x, y), normal from A to B."""
    if mtype == FACE_A:
        x1, y1, c1, s1, r1, x2, y2, c2, s2, r2 = xa, ya, ca, sa, ra, xb, yb, cb, sb, rb
    else:
        x1, y1, c1, s1, r1, x2, y2, c2, s2, r2 = xb, yb, cb, sb, rb, xa, ya, ca, sa, ra
    nx = c1 * lnx - s1 * lny
    ny = s1 * lnx + c1 * lny
    ppx = x1 + c1 * lpx - s1 * lpy
    ppy = y1 + s1 * lpx + c1 * lpy
    out0x = out0y = out1x = out1y = 0.0
    for k in range(count):
        qx, qy = (p0x, p0y) if k == 0 else (p1x, p1y)
        cpx = x2 + c2 * qx - s2 * qy
        cpy = y2 + s2 * qx + c2 * qy
        d = r1 - (cpx - ppx) * nx - (cpy - ppy) * ny - r2
        px = cpx + 0.5 * d * nx
        py = cpy + 0.5 * d * ny
        if k == 0:
            out0x, out0y = px, py
        else:
            out1x, out1y = px, py
    if mtype == FACE_B:
        nx, ny = -nx, -ny
    return nx, ny, out0x, out0y, out1x, out1y
