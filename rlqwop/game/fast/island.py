"""Solving an island (Box2D 2.1a ``b2Island.Solve``), one game's or many games' runner islands at once.

An island's bodies, contacts and joints are lists in the game's scratch row starting at ``lists``
(bodies at ``lists``, contacts at ``lists + N_BODY``, joints at ``lists + N_BODY + N_PAIR``).

``solve_lanes`` solves the runner islands of up to ``lanes.LANES`` games together, in place in
their lanes: the joint sweeps and the runner bodies' phases (integration, sleep timers) run over
all of them at once, vectorised across the games (lanes.py), and so do the contact passes, in
waves (contact_lanes.py). Each game sees exactly the operations ``solve`` would do, so the
results are the same bits. It requires the islands to have the runner's fixed joint list, which
every awake runner island has unless the hurdle has joined it (contacts push only static bodies
onto the island search's stack), and at most ``contact_lanes.SLOTS`` contacts.
"""

from __future__ import annotations

import math

from numba import njit

from rlqwop.game.fast import _sweeps, contact_lanes, contacts, joints, lanes
from rlqwop.game.fast.layout import (
    A0, ANG, ANGULAR_SLEEP_TOLERANCE_SQUARED, AWAKE, C0X, C0Y, CX, CY, DT, FX, FY, G_INV_DT0, GRAVITY_Y,
    INV_DT, K_DYNAMIC, K_INVI, K_INVMASS, LINEAR_SLEEP_TOLERANCE_SQUARED, LINEAR_SLOP, MAX_ROTATION,
    MAX_ROTATION_SQUARED, MAX_TRANSLATION, MAX_TRANSLATION_SQUARED, MAX_VALUE, N_BODY, N_JOINT,
    N_PAIR, N_RUNNER, POSITION_ITERATIONS, R0C, R0S, SLEEP, TIME_TO_SLEEP, TORQUE,
    VELOCITY_ITERATIONS, VX, VY, W,
)

BODIES, CONTACTS, JOINTS = 0, N_BODY, N_BODY + N_PAIR  # offsets of the lists
LISTS = N_BODY + N_PAIR + N_JOINT  # one island's lists
NB, NC, NJ = LISTS, LISTS + 1, LISTS + 2  # its body, contact and joint counts
LANE, DONE = LISTS + 3, LISTS + 4  # solve_lanes: solved with the group; position pass done
RECORD = LISTS + 5


@njit(cache=True, _nrt=False)
def set_asleep(b, i):
    b[i, AWAKE] = 0.0
    b[i, SLEEP] = 0.0
    b[i, VX] = 0.0
    b[i, VY] = 0.0
    b[i, W] = 0.0
    b[i, FX] = 0.0
    b[i, FY] = 0.0
    b[i, TORQUE] = 0.0


@njit(cache=True, _nrt=False)
def fall_asleep(b, s, at, nb):
    """Put the island's bodies to sleep (``solve`` said it may)."""
    for k in range(nb):
        set_asleep(b, s[at + BODIES + k])


@njit(cache=True, _nrt=False, inline="always")
def _begin(b, j, c, s, bt, jt, at, nb, nc, nj, dt_ratio):
    """Integrate velocities; set up and warm-start the contact and joint constraints."""
    _begin_bodies(b, c, s, bt, at, nb, nc, dt_ratio)
    for k in range(nj):
        joints.init_velocity(b, j, jt, bt, s[at + JOINTS + k], DT)


@njit(cache=True, _nrt=False, inline="always")
def _begin_bodies(b, c, s, bt, at, nb, nc, dt_ratio):
    """Integrate velocities; set up and warm-start the contact constraints."""
    dt = DT
    for k in range(nb):
        i = s[at + BODIES + k]
        if bt[i, K_DYNAMIC] == 0.0:
            continue
        b[i, VX] += dt * (0.0 + bt[i, K_INVMASS] * b[i, FX])
        b[i, VY] += dt * (GRAVITY_Y + bt[i, K_INVMASS] * b[i, FY])
        b[i, W] += dt * bt[i, K_INVI] * b[i, TORQUE]
    _begin_contacts(b, c, s, bt, at, nc, dt_ratio)


@njit(cache=True, _nrt=False, inline="always")
def _begin_contacts(b, c, s, bt, at, nc, dt_ratio):
    """Set up and warm-start the contact constraints."""
    for k in range(nc):
        contacts.initialize(b, c, bt, s[at + CONTACTS + k])
    for k in range(nc):
        contacts.warm_start(b, c, bt, s[at + CONTACTS + k], dt_ratio)


@njit(cache=True, _nrt=False, inline="always")
def _contact_sweep(b, c, s, bt, at, nc):
    for k in range(nc):
        contacts.solve_velocity(b, c, bt, s[at + CONTACTS + k])


@njit(cache=True, _nrt=False, inline="always")
def _finalize_contacts(c, s, at, nc):
    for k in range(nc):
        contacts.finalize(c, s[at + CONTACTS + k])


@njit(cache=True, _nrt=False, inline="always")
def _integrate(b, c, s, bt, at, nb, nc):
    """Keep the impulses for warm starting; integrate positions with the speed clamps."""
    dt, inv_dt = DT, INV_DT
    _finalize_contacts(c, s, at, nc)
    for k in range(nb):
        i = s[at + BODIES + k]
        if bt[i, K_DYNAMIC] == 0.0:
            continue
        tx = dt * b[i, VX]
        ty = dt * b[i, VY]
        if tx * tx + ty * ty > MAX_TRANSLATION_SQUARED:
            length = math.sqrt(b[i, VX] * b[i, VX] + b[i, VY] * b[i, VY])
            inv_length = 1.0 / length
            b[i, VX] *= inv_length
            b[i, VY] *= inv_length
            b[i, VX] *= MAX_TRANSLATION * inv_dt
            b[i, VY] *= MAX_TRANSLATION * inv_dt
        rotation = dt * b[i, W]
        if rotation * rotation > MAX_ROTATION_SQUARED:
            b[i, W] = -MAX_ROTATION * inv_dt if b[i, W] < 0.0 else MAX_ROTATION * inv_dt
        b[i, C0X] = b[i, CX]
        b[i, C0Y] = b[i, CY]
        b[i, A0] = b[i, ANG]
        b[i, R0C], b[i, R0S] = joints.rot(b, i)
        b[i, CX] += dt * b[i, VX]
        b[i, CY] += dt * b[i, VY]
        b[i, ANG] += dt * b[i, W]
        joints.sync_transform(b, i)


@njit(cache=True, _nrt=False, inline="always")
def _contacts_positioned(b, c, s, bt, at, nc):
    """One position pass over the contacts; True when no contact is deeper than the slop."""
    min_sep = 0.0
    for k in range(nc):
        sep = contacts.solve_position(b, c, bt, s[at + CONTACTS + k])
        min_sep = min_sep if min_sep < sep else sep
    return min_sep > -1.5 * LINEAR_SLOP


@njit(cache=True, _nrt=False, inline="always")
def _sleep(b, s, bt, at, nb):
    """The island sleeps when all its bodies have been slow for TIME_TO_SLEEP."""
    min_sleep = MAX_VALUE
    for k in range(nb):
        i = s[at + BODIES + k]
        if bt[i, K_DYNAMIC] == 0.0:
            continue
        if b[i, W] * b[i, W] > ANGULAR_SLEEP_TOLERANCE_SQUARED or b[i, VX] * b[i, VX] + b[i, VY] * b[i, VY] > LINEAR_SLEEP_TOLERANCE_SQUARED:
            b[i, SLEEP] = 0.0
            min_sleep = 0.0
        else:
            b[i, SLEEP] += DT
            min_sleep = min_sleep if min_sleep < b[i, SLEEP] else b[i, SLEEP]
    return min_sleep >= TIME_TO_SLEEP


@njit(cache=True, _nrt=False, inline="always")
def _settle(b, s, bt, at, nb):
    """The island's sleep timers; the island falls asleep when all of them say it may."""
    if _sleep(b, s, bt, at, nb):
        fall_asleep(b, s, at, nb)


@njit(cache=True, _nrt=False)
def solve(b, j, c, s, bt, jt, at, nb, nc, nj, dt_ratio):
    """Solve one island, and put it to sleep if it may."""
    _begin(b, j, c, s, bt, jt, at, nb, nc, nj, dt_ratio)
    for _ in range(VELOCITY_ITERATIONS):
        for k in range(nj):
            joints.solve_velocity(b, j, jt, bt, s[at + JOINTS + k], DT, INV_DT)
        _contact_sweep(b, c, s, bt, at, nc)
    _integrate(b, c, s, bt, at, nb, nc)
    for _ in range(POSITION_ITERATIONS):
        contacts_ok = _contacts_positioned(b, c, s, bt, at, nc)
        joints_ok = True
        for k in range(nj):
            ok = joints.solve_position(b, j, jt, bt, s[at + JOINTS + k])
            joints_ok = joints_ok and ok
        if contacts_ok and joints_ok:
            break
    _settle(b, s, bt, at, nb)


# --- many games' runner islands, their per-joint and per-body phases vectorised (lanes.py) -------
INIT_SWEEP, VELOCITY_SWEEP = _sweeps.init_sweep, _sweeps.velocity_sweep
# the same for a pass with every lane of the group in it: no select stores
INIT_SWEEP_ALL, VELOCITY_SWEEP_ALL = _sweeps.init_sweep_all, _sweeps.velocity_sweep_all
POSITION_SWEEP_ALL = _sweeps.position_sweep_all
POSITION_SWEEP = _sweeps.position_sweep
BEGIN_SWEEP, INTEGRATE_SWEEP, SETTLE_SWEEP = _sweeps.begin_sweep, _sweeps.integrate_sweep, _sweeps.settle_sweep
_LN = lanes.LANES
_ACT, _OK = lanes.ACT * N_BODY * _LN, lanes.OK * N_BODY * _LN


@njit(cache=True, _nrt=False, inline="always")
def _fresh_rotations(b):
    """Every runner body's cos and sin up to date: the lanes' sweeps read them as they are."""
    for i in range(N_RUNNER):
        joints.rot(b, i)


@njit(cache=True, _nrt=False, inline="always")
def _flag_lanes(lb, scratch, at, first, last, nl, unless_done):
    """Set the ACT flag of the lanes whose games are solved here (``unless_done``: and not done
    yet); True if that is all ``nl`` lanes swept (lanes.width), the case of the sweeps without
    select stores."""
    every = last - first == nl
    for g in range(first, last):
        go = scratch[g, at + LANE] != 0 and not (unless_done and scratch[g, at + DONE] != 0)
        lb[_ACT + g - first] = 1.0 if go else 0.0
        every = every and go
    return every


@njit(cache=True, _nrt=False)
def solve_lanes(lb, lb3, lj, lc, cts, scratch, gstate, bt, at, first, last):
    """The runner islands (joint list ``lanes.ORDER``, at most ``contact_lanes.SLOTS`` contacts)
    of the games of [first, last) flagged LANE in their record at ``at``, solved together, in
    place in the group's lanes (``lb``, ``lj``: lanes.py): the joint sweeps, the per-body phases
    (velocity and position integration, sleep timers) and the contact passes
    (``contact_lanes``, buffer ``lc``: set-up, warm start, velocity and position passes, in
    waves) over all of them at once; only loading the contacts runs game by game, on the game's
    lane of the same arrays (``lb3[:, :, lane].T`` indexes like a game's bodies). A pass with
    every lane of the group in it takes the sweeps without select stores (``*_ALL``). The sweeps
    expect every runner body's rotation fresh, and the passes keep them so. Same bits as
    ``solve``. Leaves the ACT row set for the games solved here
    (``kernel.step_group`` syncs them with ``sync_sweep``)."""
    nl = lanes.width(last - first)
    full = _flag_lanes(lb, scratch, at, first, last, nl, False)
    BEGIN_SWEEP(lb, nl)
    contact_lanes.start(lc)
    for g in range(first, last):
        lane, s = g - first, scratch[g]
        if s[at + LANE] != 0:
            view = lb3[:, :, lane].T
            _fresh_rotations(view)
            contact_lanes.load(lc, view, cts[g], s, bt, at + CONTACTS, s[at + NC], lane,
                               gstate[g, G_INV_DT0] * DT)
    contact_lanes.begin(lb, lc)
    if full:
        INIT_SWEEP_ALL(lb, lj, nl)
    else:
        INIT_SWEEP(lb, lj, nl)
    for _ in range(VELOCITY_ITERATIONS):
        if full:
            VELOCITY_SWEEP_ALL(lb, lj, nl)
        else:
            VELOCITY_SWEEP(lb, lj, nl)
        contact_lanes.velocity_pass(lb, lc)
    for g in range(first, last):
        if scratch[g, at + LANE] != 0:
            contact_lanes.unload(lc, cts[g], scratch[g], at + CONTACTS, scratch[g, at + NC], g - first)
            scratch[g, at + DONE] = 0
    INTEGRATE_SWEEP(lb, nl)
    for _ in range(POSITION_ITERATIONS):
        every = _flag_lanes(lb, scratch, at, first, last, nl, True)
        contact_lanes.position_pass(lb, lc)
        if every:
            POSITION_SWEEP_ALL(lb, lj, nl)
        else:
            POSITION_SWEEP(lb, lj, nl)
        going = False
        for g in range(first, last):
            lane = g - first
            if lb[_ACT + lane] != 0.0:
                done = lb[_OK + lane] != 0.0
                scratch[g, at + DONE] = 1 if done else 0
                going = going or not done
        if not going:
            break
    _flag_lanes(lb, scratch, at, first, last, nl, False)
    SETTLE_SWEEP(lb, nl)
    for g in range(first, last):
        if scratch[g, at + LANE] != 0 and lb[_OK + g - first] != 0.0:
            fall_asleep(lb3[:, :, g - first].T, scratch[g], at, scratch[g, at + NB])
