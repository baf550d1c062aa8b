"""One physics step of one game, and the batched drivers that run it over N games.

``step_game`` is the whole of the port's ``world.step(0.04, 5, 5)`` for one game: update the
contacts (Box2D 2.1a ``Collide``), build the islands by depth-first search over contacts and
joints and solve each one (``island.py``), then synchronise the moved fixtures with the
broad-phase and create the contacts of newly overlapping fat AABBs. It reads and writes only its
own game's rows of the state arrays and never allocates, so the same function is one GPU thread's
work (see docs/ENGINE.md). On the CPU the games' bodies and joints live in groups of
``lanes.LANES`` games, game axis last (``new_store``); ``step_all`` steps them group by group
(``step_group``: the same operations on each game's strided view of its lane, the runner islands
of the group solved together with their joint sweeps and contact passes vectorised across the
games, in place, ``island.solve_lanes``) and ``step_all_parallel`` spreads the groups over cores.

The per-game functions called per game or per pair (``collide``, ``islands``, ``synchronize`` and
their helpers, ``collide.collide_boxes``) are ``inline="always"``: numba passes each array as its
whole descriptor, some fifty words for a call with seven of them. Inlining them (with the
overlap-first test below and the dropped waste in the contact position pass, same commit) made
the kernel loop 1.09x (``fast-approx``) and 1.15x (``fast``) faster (BENCHMARKS.md).
"""

from __future__ import annotations

import numpy as np
from numba import njit, prange

from rlqwop.game.fast import _sweeps, contact_lanes, island, joints, lanes
from rlqwop.game.fast.collide import collide_boxes, world_points
from rlqwop.game.fast.layout import (
    AABB_EXTENSION, AABB_LX, AABB_LY, AABB_MULTIPLIER, AABB_UX, AABB_UY, AWAKE, BODY_LIST,
    BODY_PAIRS, C0X, C0Y, CX, CY, C_COUNT, C_LNX, C_LNY, C_LPX, C_LPY, C_POINT, C_TYPE, DT,
    EVENT_BODY, EVENT_MAX_X, EVENT_TRACK_IS_A, FAT_LX, FAT_LY, FAT_UX, FAT_UY, F_EXISTS,
    F_ISLAND, F_OLDER, F_STAMP, F_TOUCHING, G_EVENTS, G_INV_DT0, G_NEWEST, G_STAMP, INV_DT,
    ISLAND, JF, JK_A, JK_B, JOINTS_OF, J_ISLAND, K_DYNAMIC, K_HX, K_HY, MAX_EVENTS, N_BODY,
    N_DYNAMIC, N_JOINT, N_PAIR, N_RUNNER, PAIR_TABLE, POLYGON_RADIUS, PS, P_ID, P_LX, P_LY, P_NI,
    P_TI, R0C, R0S, RUNNER_BODIES, RUNNER_JOINTS, SLEEP, TRACK0,
)

MOVED = lanes.MOVED
STATIC_SLOT = lanes.STATIC_SLOT
SYNC_SWEEP = _sweeps.sync_sweep

# scratch regions of one game's int64 scratch row
S_STACK = 0
S_MOVED = S_STACK + N_BODY
S_EXISTS = S_MOVED + N_BODY  # the existing pairs, a bit each (collide, find_new_contacts)
S_TMP = S_EXISTS + (N_PAIR + 63) // 64
S_ISLAND = S_TMP + N_PAIR  # the island being built: bodies, contacts, joints (island.LISTS)
S_DEFERRED = S_ISLAND + island.LISTS  # the runner's island record, kept for the group's solve
SCRATCH = S_DEFERRED + island.RECORD


# pairs whose touching would bring a dynamic body other than the runner's into its island
RUNNER_DYNAMIC_PAIRS = np.array([p for p, (a, b) in enumerate(PAIR_TABLE)
                                 if (a < N_RUNNER) != (b < N_RUNNER)
                                 and N_RUNNER <= max(a, b) < TRACK0], dtype=np.int64)
RUNNER_DYNAMIC = np.isin(np.arange(N_PAIR), RUNNER_DYNAMIC_PAIRS)


# --- geometry helpers --------------------------------------------------------------------------
@njit(cache=True, _nrt=False)
def box_aabb(bt, i, x, y, c, s):
    """The port's polygon AABB at transform (x, y, c, s), grown by the skin radius.

    The port takes the least and greatest of the four corners x + (c vx - s vy), y + (s vx + c vy),
    vx = +-hx, vy = +-hy. With a = c hx, b = s hy (rounded once each), the corners' x offsets are
    exactly -(a - b), a + b, a - b, -(a + b) (negation is exact), and rounding x + v grows with v,
    so the least corner is x - max(|a - b|, |a + b|): the same bits from two sums instead of eight.
    """
    hx, hy = bt[i, K_HX], bt[i, K_HY]
    a, b = c * hx, s * hy
    ex = max(abs(a - b), abs(a + b))
    a, b = s * hx, c * hy
    ey = max(abs(a + b), abs(a - b))
    r = POLYGON_RADIUS
    return (x - ex) - r, (y - ey) - r, (x + ex) + r, (y + ey) + r


@njit(cache=True, _nrt=False)
def _overlap(b, ia, ib, base):
    """AABB overlap of bodies ia and ib; base selects the swept (AABB_LX) or fat (FAT_LX) box."""
    if b[ia, base] - b[ib, base + 2] > 0.0 or b[ia, base + 1] - b[ib, base + 3] > 0.0:
        return False
    if b[ib, base] - b[ia, base + 2] > 0.0 or b[ib, base + 1] - b[ia, base + 3] > 0.0:
        return False
    return True


@njit(cache=True, _nrt=False)
def set_awake(b, i):
    b[i, AWAKE] = 1.0
    b[i, SLEEP] = 0.0


# --- broad-phase -------------------------------------------------------------------------------
@njit(cache=True, _nrt=False)
def move_proxy(b, i, lx, ly, ux, uy, dx, dy):
    """Store the fixture's AABB; re-fatten the proxy if it left its fat AABB. True if moved."""
    b[i, AABB_LX], b[i, AABB_LY], b[i, AABB_UX], b[i, AABB_UY] = lx, ly, ux, uy
    if b[i, FAT_LX] <= lx and b[i, FAT_LY] <= ly and ux <= b[i, FAT_UX] and uy <= b[i, FAT_UY]:
        return False
    ex = AABB_EXTENSION + AABB_MULTIPLIER * (dx if dx > 0 else -dx)
    ey = AABB_EXTENSION + AABB_MULTIPLIER * (dy if dy > 0 else -dy)
    b[i, FAT_LX] = lx - ex
    b[i, FAT_LY] = ly - ey
    b[i, FAT_UX] = ux + ex
    b[i, FAT_UY] = uy + ey
    return True


@njit(cache=True, _nrt=False, inline="always")
def find_new_contacts(b, c, pf, gs, scratch, moved_count, swept):
    """Create the contacts of every moved proxy's new fat-AABB overlaps, in move order. ``swept``:
    the runner bodies' MOVED codes (lanes.sync_sweep) hold their tests against static bodies.
    Which pairs exist is read from the bits at S_EXISTS (``collide`` or ``existing_pairs`` wrote
    them), not from the pairs' rows, which are cold by now."""
    for m in range(moved_count):
        q = scratch[S_MOVED + m]
        code = int(b[q, MOVED]) if swept and q < N_RUNNER else 0
        for slot in range(BODY_PAIRS.shape[1]):
            p = BODY_PAIRS[q, slot]
            if p < 0:
                break
            if code != 0 and STATIC_SLOT[q, slot]:
                overlap = (code >> slot) & 1 != 0
            else:
                overlap = _overlap(b, PAIR_TABLE[p, 0], PAIR_TABLE[p, 1], FAT_LX)
            if overlap and not _exists(scratch, p):
                _flip_exists(scratch, p)
                gs[G_STAMP] += 1.0
                pf[p, F_EXISTS] = 1.0
                pf[p, F_STAMP] = gs[G_STAMP]
                pf[p, F_TOUCHING] = 0.0
                pf[p, F_ISLAND] = 0.0
                pf[p, F_OLDER] = gs[G_NEWEST]  # the newest: first in the list
                gs[G_NEWEST] = p
                c[p, C_COUNT] = 0.0


@njit(cache=True, _nrt=False, inline="always")
def _exists(scratch, p):
    return (scratch[S_EXISTS + (p >> 6)] >> (p & 63)) & 1 != 0


@njit(cache=True, _nrt=False, inline="always")
def _flip_exists(scratch, p):
    scratch[S_EXISTS + (p >> 6)] ^= 1 << (p & 63)


@njit(cache=True, _nrt=False, inline="always")
def _clear_exists(scratch):
    for k in range(S_TMP - S_EXISTS):
        scratch[S_EXISTS + k] = 0


@njit(cache=True, _nrt=False, inline="always")
def existing_pairs(pf, gs, scratch):
    """The bits at S_EXISTS: one per pair in the world's contact list."""
    _clear_exists(scratch)
    p = int(gs[G_NEWEST])
    while p >= 0:
        _flip_exists(scratch, p)
        p = int(pf[p, F_OLDER])


@njit(cache=True, _nrt=False, inline="always")
def _insert_newest_first(pf, scratch, start, n, p):
    """Insert contact p into the n contacts at scratch[start:], kept newest (highest stamp) first."""
    k = n
    while k > 0 and pf[scratch[start + k - 1], F_STAMP] < pf[p, F_STAMP]:
        scratch[start + k] = scratch[start + k - 1]
        k -= 1
    scratch[start + k] = p


@njit(cache=True, _nrt=False)
def _touching_newest_first(pf, scratch, start, candidates, row):
    """Touching contacts among ``candidates[row]`` into scratch[start:], newest first (the island
    search skips the others)."""
    n = 0
    for slot in range(candidates.shape[1]):
        p = candidates[row, slot]
        if p < 0:
            break
        if pf[p, F_TOUCHING] != 0.0:
            _insert_newest_first(pf, scratch, start, n, p)
            n += 1
    return n


# --- contact update (Collide) ------------------------------------------------------------------
@njit(cache=True, _nrt=False, inline="always")
def _update_contact(b, c, pf, gs, ev, bt, p):
    ia, ib = PAIR_TABLE[p, 0], PAIR_TABLE[p, 1]
    was = pf[p, F_TOUCHING] != 0.0
    overlap = _overlap(b, ia, ib, AABB_LX)
    if not overlap and not was:
        # no points now or before (F_TOUCHING is C_COUNT > 0 wherever either is written): the
        # contact row, cold like most pairs' rows, is neither read nor written
        return
    old_count = int(c[p, C_COUNT])
    o0id, o0n, o0t = c[p, C_POINT + P_ID], c[p, C_POINT + P_NI], c[p, C_POINT + P_TI]
    o1id, o1n, o1t = c[p, C_POINT + PS + P_ID], c[p, C_POINT + PS + P_NI], c[p, C_POINT + PS + P_TI]
    count = 0
    if overlap:
        ca, sa = joints.rot(b, ia)
        cb, sb = joints.rot(b, ib)
        m = collide_boxes(b[ia, CX], b[ia, CY], ca, sa, bt[ia, K_HX], bt[ia, K_HY],
                          b[ib, CX], b[ib, CY], cb, sb, bt[ib, K_HX], bt[ib, K_HY],
                          POLYGON_RADIUS + POLYGON_RADIUS)
        count = m[0]
        c[p, C_TYPE], c[p, C_LNX], c[p, C_LNY], c[p, C_LPX], c[p, C_LPY] = m[1], m[2], m[3], m[4], m[5]
        for k in range(count):
            base = C_POINT + k * PS
            key = m[8] if k == 0 else m[11]
            c[p, base + P_LX] = m[6] if k == 0 else m[9]
            c[p, base + P_LY] = m[7] if k == 0 else m[10]
            c[p, base + P_ID] = key
            ni = ti = 0.0
            if old_count > 0 and o0id == key:
                ni, ti = o0n, o0t
            elif old_count > 1 and o1id == key:
                ni, ti = o1n, o1t
            c[p, base + P_NI] = ni
            c[p, base + P_TI] = ti
    c[p, C_COUNT] = count
    touching = count > 0
    if touching != was:
        set_awake(b, ia)
        set_awake(b, ib)
    pf[p, F_TOUCHING] = 1.0 if touching else 0.0
    if touching and not was and TRACK0 <= ia < TRACK0 + 3 and ib < N_RUNNER:
        n = int(gs[G_EVENTS])
        gs[G_EVENTS] = n + 1
        if n < MAX_EVENTS:
            ca, sa = joints.rot(b, ia)
            cb, sb = joints.rot(b, ib)
            nx, ny, x0, y0, x1, y1 = world_points(
                c[p, C_TYPE], c[p, C_LNX], c[p, C_LNY], c[p, C_LPX], c[p, C_LPY], count,
                c[p, C_POINT + P_LX], c[p, C_POINT + P_LY], c[p, C_POINT + PS + P_LX],
                c[p, C_POINT + PS + P_LY], b[ia, CX], b[ia, CY], ca, sa,
                POLYGON_RADIUS, b[ib, CX], b[ib, CY], cb, sb, POLYGON_RADIUS)
            ev[n, EVENT_BODY] = ib
            ev[n, EVENT_TRACK_IS_A] = 1.0
            ev[n, EVENT_MAX_X] = x0 if count == 1 or x0 > x1 else x1


@njit(cache=True, _nrt=False, inline="always")
def collide(b, c, pf, gs, ev, scratch, bt):
    """Update the contacts in the world's contact list (newest first), destroying those whose fat
    AABBs no longer overlap; the survivors' bits at S_EXISTS (``existing_pairs``)."""
    _clear_exists(scratch)
    newer = -1
    p = int(gs[G_NEWEST])
    while p >= 0:
        older = int(pf[p, F_OLDER])
        _flip_exists(scratch, p)
        ia, ib = PAIR_TABLE[p, 0], PAIR_TABLE[p, 1]
        if b[ia, AWAKE] == 0.0 and b[ib, AWAKE] == 0.0:
            newer, p = p, older
            continue
        if not _overlap(b, ia, ib, FAT_LX):
            _flip_exists(scratch, p)  # destroyed
            pf[p, F_EXISTS] = 0.0
            pf[p, F_TOUCHING] = 0.0
            pf[p, F_ISLAND] = 0.0
            c[p, C_COUNT] = 0.0
            if newer < 0:
                gs[G_NEWEST] = older
            else:
                pf[newer, F_OLDER] = older
            p = older
            continue
        _update_contact(b, c, pf, gs, ev, bt, p)
        newer, p = p, older


# --- islands -----------------------------------------------------------------------------------
# the pair slots of a runner body (3 track segments, the wall, the hurdle's top)
RUNNER_SLOTS = max(int((BODY_PAIRS[i] >= 0).sum()) for i in range(N_RUNNER))
assert all(b < N_RUNNER for a, b in PAIR_TABLE if min(a, b) < N_RUNNER)  # a runner's pairs: fixture B


@njit(cache=True, _nrt=False, inline="always")
def _runner_contacts(b, pf, gs, scratch):
    """Each runner body's touching contacts, newest first, at S_TMP + RUNNER_SLOTS * body (their
    counts at S_STACK + body), from one walk of the world's contact list (newest first; its rows
    hot after ``collide``). True if the island search would find the runner alone from its newest
    body: it is awake and touches no other dynamic body (the twelve runner-hurdle pairs' own
    flags are not read: their rows are cold in every update)."""
    for i in range(N_RUNNER):
        scratch[S_STACK + i] = 0
    alone = True
    p = int(gs[G_NEWEST])
    while p >= 0:
        i = PAIR_TABLE[p, 1]
        if i < N_RUNNER and pf[p, F_TOUCHING] != 0.0:
            alone = alone and not RUNNER_DYNAMIC[p]
            scratch[S_TMP + RUNNER_SLOTS * i + scratch[S_STACK + i]] = p
            scratch[S_STACK + i] += 1
        p = int(pf[p, F_OLDER])
    return alone and b[RUNNER_BODIES[0], AWAKE] != 0.0


@njit(cache=True, _nrt=False, inline="always")
def _runner_island(b, scratch, at):
    """The island search's lists for the runner's island, written at ``at`` without searching:
    its bodies and joints in their fixed order, each body's touching contacts (``_runner_contacts``)
    and each static body they reach once (woken like the search wakes it). Unlike the search it
    marks no body as in the island: nothing else reads the marks. Returns (body count, contact
    count)."""
    nb = nc = 0
    listed = 0  # the static bodies listed, a bit each
    for i in RUNNER_BODIES:
        scratch[at + island.BODIES + nb] = i
        nb += 1
        if b[i, AWAKE] == 0.0:
            set_awake(b, i)
        for t in range(scratch[S_STACK + i]):
            p = scratch[S_TMP + RUNNER_SLOTS * i + t]
            scratch[at + island.CONTACTS + nc] = p
            nc += 1
            other = PAIR_TABLE[p, 0] + PAIR_TABLE[p, 1] - i
            if (listed >> other) & 1 == 0:
                listed |= 1 << other
                scratch[at + island.BODIES + nb] = other
                nb += 1
                if b[other, AWAKE] == 0.0:
                    set_awake(b, other)
    for k in range(RUNNER_JOINTS.shape[0]):
        scratch[at + island.JOINTS + k] = RUNNER_JOINTS[k]
    return nb, nc


@njit(cache=True, _nrt=False, inline="always")
def _finish_island(b, j, c, scratch, bt, jt, at, nb, nc, nj, dt_ratio, defer):
    """The island whose lists are at ``at``: kept at S_DEFERRED for the group's solve (``defer``;
    returns True) or solved now, and put to sleep if it may."""
    if defer:
        if at != S_DEFERRED:
            for start, count in ((island.BODIES, nb), (island.CONTACTS, nc), (island.JOINTS, nj)):
                for k in range(count):
                    scratch[S_DEFERRED + start + k] = scratch[at + start + k]
        scratch[S_DEFERRED + island.NB] = nb
        scratch[S_DEFERRED + island.NC] = nc
        scratch[S_DEFERRED + island.NJ] = nj
        return True
    island.solve(b, j, c, scratch, bt, jt, at, nb, nc, nj, dt_ratio)
    return False


@njit(cache=True, _nrt=False, inline="always")
def _clear_search_marks(j, pf, gs):
    """The pairs' and joints' in-an-island marks, which only the search reads and writes."""
    p = int(gs[G_NEWEST])
    while p >= 0:  # only existing pairs can be in an island (creating and destroying clear it)
        pf[p, F_ISLAND] = 0.0
        p = int(pf[p, F_OLDER])
    for k in range(N_JOINT):
        j[k, J_ISLAND] = 0.0


# the runner's bodies are the newest proxies, the first seeds of the island search; the static
# bodies the oldest (they are never seeds and never move)
assert sorted(BODY_LIST[:N_RUNNER]) == list(range(N_RUNNER))
assert sorted(BODY_LIST[:N_DYNAMIC]) == list(range(N_DYNAMIC))
STANDARD, SEARCHED = 2, 1  # islands(): how the deferred runner island was built


@njit(cache=True, _nrt=False, inline="always")
def islands(b, j, c, pf, gs, scratch, bt, jt, dt_ratio, defer):
    """Build the islands by depth-first search and solve them, in the port's order.

    With ``defer``, the runner's island (11 joints: the hurdle is not in it) is left unsolved, its
    lists kept at S_DEFERRED for ``step_group``; returns 0 if that did not happen, STANDARD if the
    island was built by ``_runner_island`` (its joints in RUNNER_JOINTS' order), SEARCHED if by the
    search. Islands share no bodies, so solving one later changes nothing.

    The marks the search reads are cleared only where it can read them (same islands, less
    work): the static bodies' are clear already (the search clears those it marked, and the
    runner's island without a search marks none); once the runner's island is built without
    searching, no search reaches a runner body (its contacts lead only to static bodies), so
    those bodies are neither seeds nor cleared; the pairs' and joints' marks are cleared before
    the first search, if there is one.
    """
    standard = _runner_contacts(b, pf, gs, scratch)
    first_seed = N_RUNNER if standard else 0  # BODY_LIST[:N_RUNNER] are the runner's bodies
    for k in range(first_seed, N_DYNAMIC):
        b[BODY_LIST[k], ISLAND] = 0.0
    deferred = 0
    if standard:
        at = S_DEFERRED if defer else S_ISLAND  # deferred: built where the group's solve reads it
        nb, nc = _runner_island(b, scratch, at)
        if _finish_island(b, j, c, scratch, bt, jt, at, nb, nc, RUNNER_JOINTS.shape[0], dt_ratio, defer):
            deferred = STANDARD
    searched = False
    bodies, contacts_at, joints_at = S_ISLAND + island.BODIES, S_ISLAND + island.CONTACTS, S_ISLAND + island.JOINTS
    for k in range(first_seed, N_DYNAMIC):
        seed = BODY_LIST[k]
        if b[seed, ISLAND] != 0.0 or b[seed, AWAKE] == 0.0 or bt[seed, K_DYNAMIC] == 0.0:
            continue
        if not searched:
            _clear_search_marks(j, pf, gs)
            searched = True
        nb = nc = nj = 0
        scratch[S_STACK] = seed
        top = 1
        b[seed, ISLAND] = 1.0
        while top > 0:
            top -= 1
            i = scratch[S_STACK + top]
            scratch[bodies + nb] = i
            nb += 1
            if b[i, AWAKE] == 0.0:
                set_awake(b, i)
            if bt[i, K_DYNAMIC] == 0.0:
                continue  # islands do not grow through static bodies
            n = _touching_newest_first(pf, scratch, S_TMP, BODY_PAIRS, i)
            for t in range(n):
                p = scratch[S_TMP + t]
                if pf[p, F_ISLAND] != 0.0 or pf[p, F_TOUCHING] == 0.0:
                    continue
                scratch[contacts_at + nc] = p
                nc += 1
                pf[p, F_ISLAND] = 1.0
                other = PAIR_TABLE[p, 0] + PAIR_TABLE[p, 1] - i
                if b[other, ISLAND] != 0.0:
                    continue
                scratch[S_STACK + top] = other
                top += 1
                b[other, ISLAND] = 1.0
            for slot in range(JOINTS_OF.shape[1]):
                k = JOINTS_OF[i, slot]
                if k < 0:
                    break
                if j[k, J_ISLAND] != 0.0:
                    continue
                scratch[joints_at + nj] = k
                nj += 1
                j[k, J_ISLAND] = 1.0
                other = int(jt[k, JK_A]) + int(jt[k, JK_B]) - i
                if b[other, ISLAND] != 0.0:
                    continue
                scratch[S_STACK + top] = other
                top += 1
                b[other, ISLAND] = 1.0
        for k in range(nb):  # static bodies may join later islands: none stays marked
            if bt[scratch[bodies + k], K_DYNAMIC] == 0.0:
                b[scratch[bodies + k], ISLAND] = 0.0
        runner = defer and deferred == 0 and nj == N_JOINT - 1
        if _finish_island(b, j, c, scratch, bt, jt, S_ISLAND, nb, nc, nj, dt_ratio, runner):
            deferred = SEARCHED
    return deferred


@njit(cache=True, _nrt=False, inline="always")
def synchronize(b, c, pf, gs, scratch, bt, swept):
    """Fixture AABBs of the awake bodies to the broad-phase, then the new contacts. ``swept``: the
    runner's bodies are done (``lanes.sync_sweep``), their MOVED flags say which moved."""
    moved = first = 0
    if swept:  # a store and an add for each (whether a body moved is a coin toss for a branch)
        for k in range(N_RUNNER):
            scratch[S_MOVED + moved] = BODY_LIST[k]
            moved += 1 if b[BODY_LIST[k], MOVED] != 0.0 else 0
        first = N_RUNNER
    for k in range(first, N_DYNAMIC):
        i = BODY_LIST[k]
        if b[i, AWAKE] == 0.0 or bt[i, K_DYNAMIC] == 0.0:
            continue
        l1x, l1y, u1x, u1y = box_aabb(bt, i, b[i, C0X], b[i, C0Y], b[i, R0C], b[i, R0S])
        c2, s2 = joints.rot(b, i)
        l2x, l2y, u2x, u2y = box_aabb(bt, i, b[i, CX], b[i, CY], c2, s2)
        if move_proxy(b, i, min(l1x, l2x), min(l1y, l2y), max(u1x, u2x), max(u1y, u2y),
                      b[i, CX] - b[i, C0X], b[i, CY] - b[i, C0Y]):
            scratch[S_MOVED + moved] = i
            moved += 1
    find_new_contacts(b, c, pf, gs, scratch, moved, swept)


# --- the step ----------------------------------------------------------------------------------
@njit(cache=True, _nrt=False)
def step_game(b, j, c, pf, gs, ev, scratch, bt, jt):
    """One ``world.step(0.04, 5, 5)`` of one game."""
    dt_ratio = gs[G_INV_DT0] * DT
    gs[G_EVENTS] = 0.0
    collide(b, c, pf, gs, ev, scratch, bt)
    islands(b, j, c, pf, gs, scratch, bt, jt, dt_ratio, False)
    synchronize(b, c, pf, gs, scratch, bt, False)
    gs[G_INV_DT0] = INV_DT


@njit(cache=True, _nrt=False)
def _in_order(s):
    at = S_DEFERRED + island.JOINTS
    for k in range(N_JOINT - 1):
        if s[at + k] != RUNNER_JOINTS[k]:
            return False
    return True


# fewer runner islands than this per 16 lanes swept (lanes.width) are solved one by one: a lanes
# solve costs as much whatever the number of lanes in use. 11 until 2026-11-27 (measured against
# the two-game lockstep of the time); the lanes have grown faster since: with 32-lane groups,
# 20 games solved one by one ran 0.56x 16 in lanes and 4 alone (BENCHMARKS.md)
MIN_LANES = 6


@njit(cache=True, _nrt=False)
def _solve_deferred(b, j, c, s, gs, bt, jt):
    island.solve(b, j, c, s, bt, jt, S_DEFERRED, s[S_DEFERRED + island.NB], s[S_DEFERRED + island.NC],
                 s[S_DEFERRED + island.NJ], gs[G_INV_DT0] * DT)


@njit(cache=True, _nrt=False)
def step_group(lb, lb3, lj, lj3, lc, cts, pfs, gstate, events, scratch, bt, jt, active, first, last):
    """``step_game`` for the active games of [first, last), whose bodies and joints are the lanes
    of one group (``lb3[:, :, lane].T``, ``lj3[:, :, lane].T``: lanes.py), their runner islands
    solved together (``island.solve_lanes``) when they have the runner's usual joint order."""
    together = 0
    for g in range(first, last):
        s = scratch[g]
        s[S_DEFERRED + island.LANE] = 0
        if not active[g]:
            continue
        b, j = lb3[:, :, g - first].T, lj3[:, :, g - first].T
        gstate[g, G_EVENTS] = 0.0
        collide(b, cts[g], pfs[g], gstate[g], events[g], s, bt)
        deferred = islands(b, j, cts[g], pfs[g], gstate[g], s, bt, jt, gstate[g, G_INV_DT0] * DT, True)
        if deferred == 0:
            continue
        if (deferred == STANDARD or _in_order(s)) and s[S_DEFERRED + island.NC] <= contact_lanes.SLOTS:
            s[S_DEFERRED + island.LANE] = 1
            together += 1
        else:
            _solve_deferred(b, j, cts[g], s, gstate[g], bt, jt)
    nl = lanes.width(last - first)
    swept = together * 16 >= MIN_LANES * nl  # MIN_LANES per 16 lanes swept
    if swept:
        island.solve_lanes(lb, lb3, lj, lc, cts, scratch, gstate, bt, S_DEFERRED, first, last)
        SYNC_SWEEP(lb, nl)  # the games solved there (solve_lanes leaves them flagged)
    elif together > 0:
        for g in range(first, last):
            if scratch[g, S_DEFERRED + island.LANE] != 0:
                _solve_deferred(lb3[:, :, g - first].T, lj3[:, :, g - first].T, cts[g], scratch[g],
                                gstate[g], bt, jt)
                scratch[g, S_DEFERRED + island.LANE] = 0
    for g in range(first, last):
        if active[g]:
            synchronize(lb3[:, :, g - first].T, cts[g], pfs[g], gstate[g], scratch[g], bt,
                        swept and scratch[g, S_DEFERRED + island.LANE] != 0)
            gstate[g, G_INV_DT0] = INV_DT


@njit(cache=True, _nrt=False)
def step_all(lb, lb3, lj, lj3, lc, cts, pfs, gstate, events, scratch, bt, jt, active):
    """``step_game`` for every active game, group after group (``new_store``)."""
    for group in range(lb.shape[0]):
        first = group * lanes.LANES
        step_group(lb[group], lb3[group], lj[group], lj3[group], lc[group], cts, pfs, gstate, events, scratch,
                   bt, jt, active, first, min(first + lanes.LANES, cts.shape[0]))


@njit(cache=True, parallel=True, _nrt=False)
def step_all_parallel(lb, lb3, lj, lj3, lc, cts, pfs, gstate, events, scratch, bt, jt, active):
    """``step_all`` with the groups spread over the cores."""
    for group in prange(lb.shape[0]):
        first = group * lanes.LANES
        step_group(lb[group], lb3[group], lj[group], lj3[group], lc[group], cts, pfs, gstate, events, scratch,
                   bt, jt, active, first, min(first + lanes.LANES, cts.shape[0]))


@njit(cache=True, _nrt=False)
def place_track(b, c, pf, gs, scratch, bt, first):
    """The game's per-update ``setPosition`` of the 3 floor segments, x = 32 * (first + i)."""
    for k in range(3):
        i = TRACK0 + k
        x = 32.0 * (first + k)
        if x == b[i, CX]:
            continue
        b[i, CX] = x
        b[i, C0X] = x
        b[i, C0Y] = b[i, CY]
        c1, s1 = joints.rot(b, i)
        lx, ly, ux, uy = box_aabb(bt, i, x, b[i, CY], c1, s1)
        if move_proxy(b, i, lx, ly, ux, uy, 0.0, 0.0):
            scratch[S_MOVED] = i
            existing_pairs(pf, gs, scratch)
            find_new_contacts(b, c, pf, gs, scratch, 1, False)


def new_scratch(n: int) -> np.ndarray:
    return np.zeros((n, SCRATCH), dtype=np.int64)


def new_store(n: int) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """The bodies' and joints' state of ``n`` games in groups of ``lanes.LANES``: the bodies flat,
    (groups, LB_SIZE), and the same memory as (groups, NLF, N_BODY, LANES); the joints likewise
    (groups, JF, N_JOINT, LANES); and each group's contact buffer (``contact_lanes``), which holds
    nothing between steps. Game g is lane g % LANES of group g // LANES; the last group's spare
    lanes are never stepped."""
    groups = (n + lanes.LANES - 1) // lanes.LANES
    lb, lj = np.zeros((groups, lanes.LB_SIZE)), np.zeros((groups, lanes.LJ_SIZE))
    return (lb, lb.reshape((groups, lanes.NLF, N_BODY, lanes.LANES)), lj,
            lj.reshape((groups, JF, N_JOINT, lanes.LANES)), contact_lanes.new_contact_lanes(groups))


__all__ = ["step_game", "step_group", "step_all", "step_all_parallel", "place_track",
           "box_aabb", "move_proxy", "find_new_contacts", "new_scratch", "new_store"]
