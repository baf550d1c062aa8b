"""The fast engine (rlqwop.game.fast): the real game's physics, bit for bit, for N games at once."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from rlqwop import Game
from rlqwop.game import spec
from rlqwop.game.fast import FastEngine, FastWorlds, lanes
from rlqwop.game.fast.layout import EVENT_BODY
from rlqwop.game.parity import compare_recording, default_realgame_dir, recordings
from tests.game.test_game import random_keys

REALGAME = default_realgame_dir()
KEY_LETTERS = np.array(list("qwop"))


def real_run(name: str):
    """Our trajectory (bodies, head torque, awake flags, fall update) for a recording's keys."""
    data = np.load(REALGAME / f"{name}.npz")
    order = [spec.BODY_INDEX[n] for n in json.loads((REALGAME / "manifest.json").read_text())["body_order"]]
    hard = name.startswith("hard__")
    preclick = int(data["preclick_updates"]) if "preclick_updates" in data.files else 1
    game = Game(start="fresh" if hard else "reset", preclick_updates=preclick, engine="fast")
    bodies, torque, awake, fall = [game.body_states()[order]], [game.head_torque], [], -1
    awake.append(game.engine.worlds.awake()[0][order])
    for update, held in enumerate(data["keys"], start=1):
        game.step("".join(KEY_LETTERS[held.astype(bool)]))
        bodies.append(game.body_states()[order])
        torque.append(game.head_torque)
        awake.append(game.engine.worlds.awake()[0][order])
        if game.fallen and fall < 0:
            fall = update
    return data, np.array(bodies), np.array(torque), np.array(awake), fall


# --- parity with the real game ----------------------------------------------------------------
@pytest.mark.parametrize("path", recordings(REALGAME), ids=lambda p: p.stem)
def test_every_recording_is_reproduced_bit_for_bit(path):
    """Bodies, head torque, awake flags and the fall update equal the real game's, every update."""
    data, bodies, torque, awake, fall = real_run(path.stem)
    assert np.array_equal(bodies, data["bodies"])
    assert np.array_equal(torque, data["head_torque"])
    assert np.array_equal(awake, data["awake"].astype(bool))
    real_fall = int(np.argmax(data["fallen"])) if data["fallen"].any() else -1
    assert fall == real_fall


def test_parity_table_figures():
    rows = {r["recording"]: r for r in (compare_recording(p, "fast") for p in recordings(REALGAME))}
    random_rows = [r for r in rows.values() if "random" in r["recording"]]
    assert sum(r["fall"] == r["real_fall"] for r in random_rows) == len(random_rows) == 10
    for name, row in rows.items():
        assert row["first_x_over_0.1"] == -1, name  # never 0.1 apart
        assert row["built_error"] == 0.0, name
        assert row["first_any_diff"] == -1, name  # bit for bit


# --- agreement with the pybox2d reference -----------------------------------------------------
def test_free_fall_agrees_with_box2d_for_five_updates():
    """No keys and no contact yet: the two engines differ only by pybox2d's float32 arithmetic and
    its 2.3 joint solver (the motors hold at speed 0 and the limits act even in free fall). The fast
    engine equals the real game here bit for bit, so these bounds are pybox2d's own error."""
    fast, box2d = Game(engine="fast"), Game(engine="box2d")
    for _ in range(5):
        fast.step("")
        box2d.step("")
        error = np.abs(fast.body_states() - box2d.body_states())
        assert error[spec.TORSO, :3].max() < 3e-6
        assert error[:, :3].max() < 3e-5 and error[:, 3:].max() < 3e-4


def test_masses_and_start_match_the_spec():
    game = Game(engine="fast")
    masses = game.engine.masses()
    assert round(float(masses.sum()), 2) == 103.08
    table = np.array([(b.x, b.y, b.angle, 0, 0, 0) for b in spec.BODIES])
    assert np.array_equal(game.body_states(), table)
    hurdle = game.hurdle_states()
    assert np.array_equal(hurdle[:, :2], [p.centre for p in spec.HURDLE_PARTS])


# --- the rules on top of it ---------------------------------------------------------------------
def test_holding_o_falls_at_update_49_by_a_track_contact_with_the_track_as_fixture_a():
    game = Game(engine="fast")
    contacts = []
    for update in range(1, 121):
        game.step("o")
        contacts += game.last_contacts
        if game.fallen:
            break
    assert update == 49 and game.ended
    assert contacts and all(c.track_is_a for c in contacts)
    assert any(c.body in spec.FALL_BODIES for c in contacts)


def test_the_ragdoll_falls_asleep_and_keys_do_not_wake_it():
    game = Game(engine="fast")
    while not game.fallen:
        game.step("o")
    for _ in range(200):
        game.step("q")
    assert not game.engine.worlds.awake().any()
    assert game.head_torque == 0.0  # sleeping zeroes the accumulated torque
    before = game.body_states()
    game.step("wp")
    assert np.array_equal(before, game.body_states())
    assert not before[:, 3:].any()


# --- determinism ----------------------------------------------------------------------------------
def _digest(engine_keys, engine: str = "fast") -> str:
    digest = hashlib.sha256()
    game = Game(engine=engine)
    for keys in engine_keys:
        game.step(keys)
        digest.update(game.body_states().tobytes())
        digest.update(np.float64(game.head_torque).tobytes())
    return digest.hexdigest()[:16]


DIGEST_KEYS = random_keys(2026, 400, 4)


def fast_digest(engine: str = "fast") -> str:
    return _digest(DIGEST_KEYS, engine)


def test_reset_repeats_bit_for_bit():
    def run(game):
        digest = hashlib.sha256()
        for keys in DIGEST_KEYS[:200]:
            game.step(keys)
            digest.update(game.body_states().tobytes())
            digest.update(np.float64(game.head_torque).tobytes())
        return digest.hexdigest()[:16]
    game = Game(engine="fast")
    first = run(game)
    game.reset()  # the same game object again, after 200 updates of its own
    assert run(game) == first == _digest(DIGEST_KEYS[:200])


def test_runs_are_bit_identical_across_processes():
    code = "import tests.game.test_fast_engine as t; print(t.fast_digest())"
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=root)
    assert out.stdout.strip() == fast_digest()


# --- the batched API ------------------------------------------------------------------------------
THIGH = [spec.THIGH_SPEEDS[k] for k in ("", "q", "w")]
CALF = [spec.CALF_SPEEDS[k] for k in ("", "o", "p")]


def drive(worlds: FastWorlds, rng: np.random.Generator, updates: int, hold: int = 4) -> np.ndarray:
    """Random keys held ``hold`` updates, through ``drive_recorded``; the states after each update."""
    codes = rng.integers(0, 16, (updates // hold + 1, worlds.n))
    held = ((np.repeat(codes, hold, axis=0)[:updates, :, None] >> np.arange(3, -1, -1)) & 1)
    return drive_recorded(worlds, held.astype(np.uint8))[1:]


def test_batched_games_equal_the_same_games_stepped_alone():
    batch = drive(FastWorlds(6), np.random.default_rng(3), 150)
    for g in range(6):
        alone = FastWorlds(6)
        alone.active[:] = False
        alone.active[g] = True
        trace = drive(alone, np.random.default_rng(3), 150)
        assert np.array_equal(trace[:, g], batch[:, g])


def test_parallel_stepping_is_bit_identical():
    serial = drive(FastWorlds(16), np.random.default_rng(5), 60)
    parallel = drive(FastWorlds(16, parallel=True), np.random.default_rng(5), 60)
    assert np.array_equal(serial, parallel)


def test_random_keys_in_a_thousand_games_stay_finite_and_fall():
    worlds = FastWorlds(1024)
    worlds.set_velocities(np.random.default_rng(0).normal(0, 2, (1024, 12, 3)))
    trace = drive(worlds, np.random.default_rng(1), 300)
    assert np.isfinite(trace).all()
    assert np.isfinite(worlds.bodies).all() and np.isfinite(worlds.contacts).all()
    assert np.abs(trace[..., :2]).max() < 200  # nobody leaves the world
    assert (trace[-1, :, spec.TORSO, 1] > 0).mean() > 0.5  # most runners are down


def test_build_restores_chosen_games_only():
    worlds = FastWorlds(3)
    start = worlds.read_bodies().copy()
    for _ in range(20):
        worlds.step()
    worlds.build(1)
    now = worlds.read_bodies()
    assert np.array_equal(now[1], start[1])
    assert not np.array_equal(now[0], start[0])


def test_engine_is_registered():
    assert isinstance(Game(engine="fast").engine, FastEngine)


def drive_recorded(worlds: FastWorlds, keys: np.ndarray) -> np.ndarray:
    """The game's rules over N games for recorded keys (T, N, 4 as q, w, o, p), fresh starts."""
    n = worlds.n
    fallen = np.zeros(n, dtype=bool)
    worlds.add_head_torque(spec.head_torque_term(spec.BODIES[spec.HEAD].angle))
    trace = [worlds.read_bodies().copy()]
    for held in keys:
        thigh = np.where(held[:, 0] == 1, 1, np.where(held[:, 1] == 1, 2, 0))
        calf = np.where(held[:, 2] == 1, 1, np.where(held[:, 3] == 1, 2, 0))
        standing = ~fallen  # after a fall the game adds no head torque (adding one would wake it)
        worlds.add_head_torque(spec.head_torque_term(worlds.head_angle()[standing]), standing)
        for joints, table, choice in ((THIGH[0], THIGH, thigh), (CALF[0], CALF, calf)):
            for name in joints:
                speeds = np.array([table[c][name] for c in range(3)])[choice]
                worlds.set_motor_speed(spec.JOINT_INDEX[name], speeds[~fallen], ~fallen)
        for c, mode in ((1, "o"), (2, "p")):
            for name, (lower, upper) in spec.HIP_LIMITS[mode].items():
                worlds.set_limits(spec.JOINT_INDEX[name], lower, upper, calf == c)
        counts = worlds.step()
        for g in np.nonzero(counts)[0]:
            bodies = worlds.events[g, :counts[g], EVENT_BODY].astype(int)
            if not fallen[g] and any(b in spec.FALL_BODIES for b in bodies):
                fallen[g] = True
                for name in spec.RAGDOLL_MOTOR_OFF:
                    worlds.disable_motor(spec.JOINT_INDEX[name], g)
                for name in spec.RAGDOLL_LIMIT_OFF:
                    worlds.disable_limit(spec.JOINT_INDEX[name], g)
        trace.append(worlds.read_bodies().copy())
    return np.array(trace)


@pytest.mark.parametrize("parallel", [False, True])
def test_recordings_stepped_together_are_bit_identical(parallel):
    """The fresh-start recordings as one batch (their runner islands solved together, in lanes):
    repeated to fill a group of lanes.LANES games, so that the batch takes the lanes' path."""
    names = [p.stem for p in recordings(REALGAME) if p.stem.startswith("hard__") and "preclick31" not in p.stem]
    names = (names * (1 + lanes.LANES // len(names)))[:max(len(names), lanes.LANES)]
    data = [np.load(REALGAME / f"{name}.npz") for name in names]
    length = max(len(d["keys"]) for d in data)
    keys = np.zeros((length, len(names), 4), dtype=np.uint8)
    for g, d in enumerate(data):
        keys[:len(d["keys"]), g] = d["keys"]
    trace = drive_recorded(FastWorlds(len(names), parallel=parallel), keys)
    order = [spec.BODY_INDEX[n] for n in json.loads((REALGAME / "manifest.json").read_text())["body_order"]]
    for g, d in enumerate(data):
        ours = trace[:len(d["bodies"]), g][:, order]
        assert np.array_equal(ours, d["bodies"]), names[g]


def test_a_batch_solves_its_runner_islands_together_in_lanes():
    """The vectorised path is the one a full group of games takes, and a group too small for it
    solves its games one by one (the tests above compare the bits of both)."""
    from rlqwop.game.fast import island, kernel
    half = lanes.LANES // 2  # a group of fewer games sweeps fewer lanes (lanes.width)
    for n, together in ((lanes.LANES + kernel.MIN_LANES - 1, lanes.LANES), (half, half),
                        (half + 1, half + 1), (lanes.LANES + half, lanes.LANES + half),
                        (16, 16), (17, 17), (kernel.MIN_LANES - 1, 0)):
        worlds = FastWorlds(n)
        for _ in range(3):
            worlds.set_motor_speed(spec.JOINT_INDEX["rightHip"], np.full(worlds.n, 2.5))
            worlds.step()
        in_lanes = worlds.scratch[:, kernel.S_DEFERRED + island.LANE]
        assert (in_lanes[:together] == 1).all() and (in_lanes[together:] == 0).all(), n


def test_games_left_out_of_a_lanes_solve_keep_their_state():
    """The sweeps work in place on all the lanes of a group (the games' own state): a game that is
    not in the solve (inactive here) comes out of it bit for bit as it went in, warm-start forces
    and motors included, and the others as if it had been stepped."""
    from rlqwop.game.fast import island, kernel
    n, frozen = lanes.LANES, [2, 7, 15]

    def run(freeze: bool):
        worlds, rng, kept = FastWorlds(n), np.random.default_rng(11), None
        for t in range(60):
            if freeze and t == 30:
                worlds.active[frozen] = False
                kept = np.asarray(worlds.bodies)[frozen], np.asarray(worlds.joints)[frozen]
            speeds = rng.uniform(-3.0, 3.0, (len(spec.JOINTS), n))
            for joint in range(len(spec.JOINTS)):
                worlds.set_motor_speed(joint, speeds[joint][worlds.active], worlds.active)
            worlds.step()
        return worlds, kept

    worlds, (bodies, joints) = run(freeze=True)
    assert (worlds.scratch[:, kernel.S_DEFERRED + island.LANE] == 1).sum() >= kernel.MIN_LANES
    assert np.array_equal(np.asarray(worlds.bodies)[frozen], bodies)
    assert np.array_equal(np.asarray(worlds.joints)[frozen], joints)
    stepped = [g for g in range(n) if g not in frozen]
    reference, _ = run(freeze=False)
    assert np.array_equal(np.asarray(worlds.bodies)[stepped], np.asarray(reference.bodies)[stepped])


@pytest.mark.parametrize("n", sorted({16, lanes.LANES // 2, lanes.LANES}))
def test_contacts_solved_across_lanes_equal_contacts_solved_game_by_game(n):
    """A group's runner islands have their contacts solved slot by slot across the lanes
    (contact_lanes.py); every game comes out as it does stepped alone, where its contacts are
    solved one after another. One runner is laid flat on the track: its island has more contacts
    than the lanes have slots, so it is solved alone inside the batch and the others in lanes."""
    from rlqwop.game.fast import contact_lanes, island, kernel
    from rlqwop.game.fast.layout import A0, ANG, C0Y, CY, K_HY
    assert lanes.width(n) == n  # widths of a group's sweeps
    flat, updates = 5, 120
    hy = FastWorlds(1).body_table[:12, K_HY]

    def run(active):
        worlds, rng, seen = FastWorlds(n), np.random.default_rng(8), []
        worlds.active[:] = active
        worlds.bodies[flat, :12, ANG] = 0.0
        worlds.bodies[flat, :12, A0] = 0.0
        worlds.bodies[flat, :12, CY] = spec.TRACK_TOP_Y - hy + 0.02
        worlds.bodies[flat, :12, C0Y] = spec.TRACK_TOP_Y - hy + 0.02
        trace = []
        for _ in range(updates):
            speeds = rng.uniform(-3.0, 3.0, (len(spec.JOINTS), n))
            for joint in range(len(spec.JOINTS)):
                worlds.set_motor_speed(joint, speeds[joint])
            worlds.step()
            trace.append(worlds.read_bodies().copy())
            seen.append((worlds.scratch[:, kernel.S_DEFERRED + island.LANE].copy(),
                         worlds.scratch[:, kernel.S_DEFERRED + island.NC].copy()))
        return np.array(trace), seen, worlds

    batch, seen, worlds = run(np.ones(n, dtype=bool))
    in_lanes = np.array([lane for lane, _ in seen])
    counts = np.array([nc for _, nc in seen])
    assert (in_lanes[:, flat] == 0).any() and (counts[:, flat] > contact_lanes.SLOTS).any()
    assert (counts[in_lanes == 1] >= 2).sum() > 500  # many islands with several contacts in lanes
    assert counts[in_lanes == 1].max() >= 3
    for g in (0, flat, 9, n - 1):
        alone = np.zeros(n, dtype=bool)
        alone[g] = True
        trace, _, by_itself = run(alone)
        assert np.array_equal(trace[:, g], batch[:, g]), g
        # the whole state, the contact constraints and impulses included
        assert np.array_equal(by_itself.contacts[g], worlds.contacts[g]), g
        assert np.array_equal(by_itself.bodies[g], worlds.bodies[g]), g
        assert np.array_equal(by_itself.joints[g], worlds.joints[g]), g


def test_ragdolls_fall_asleep_in_lanes_as_they_do_alone():
    """Sleep timers, integration and the broad-phase run across the lanes for the games solved
    there: 32 fallen runners (different pushes) fall asleep at the same updates, in the same
    states, as each does stepped alone."""
    n, updates = 32, 300  # (with 64 of these pushes, game 43's ragdoll is still awake at 400)
    keys = np.zeros((updates, n, 4), dtype=np.uint8)
    keys[:, :, 2] = 1  # O held: they fall
    pushes = np.random.default_rng(4).normal(0.0, 1.0, (n, 12, 3))

    def trace(worlds):
        worlds.set_velocities(pushes)
        return drive_recorded(worlds, keys), worlds.awake().any(axis=1)

    batch, awake_at_end = trace(FastWorlds(n))
    assert not awake_at_end.any()  # every ragdoll sleeps
    for g in (0, 6, n - 1):
        alone = FastWorlds(n)
        alone.active[:] = False
        alone.active[g] = True
        states, _ = trace(alone)
        assert np.array_equal(states[:, g], batch[:, g])


def test_a_runner_thrown_at_the_hurdle_knocks_it_over_and_it_sleeps_again():
    from rlqwop.game.fast.layout import AWAKE, C0X, CX, HURDLE_TOP
    worlds = FastWorlds(1)
    worlds.bodies[0, :12, CX] += 490.0  # a test-only teleport in front of the hurdle
    worlds.bodies[0, :12, C0X] += 490.0
    worlds.place_track(15)  # floor segments at x = 480, 512, 544
    velocities = np.zeros((12, 3))
    velocities[:, 0] = 12.0
    worlds.set_velocities(velocities, 0)
    woke = False
    for _ in range(300):
        worlds.step()
        woke |= bool(worlds.bodies[0, HURDLE_TOP, AWAKE])
    hurdle = worlds.read_hurdle()[0]
    assert woke and np.isfinite(worlds.bodies).all()
    assert abs(hurdle[0, 2]) > 1.0  # knocked over
    assert hurdle[0, 2] == hurdle[1, 2]  # the locked joint keeps the T rigid
    assert not worlds.bodies[0, HURDLE_TOP, AWAKE]


def searched_runner_island(b, pf, jt):
    """Box2D's island search (b2World.Solve) seeded at the newest runner body, written plainly:
    (set of bodies, contacts in solve order, joints in solve order)."""
    from rlqwop.game.fast.layout import (BODY_LIST, BODY_PAIRS, F_STAMP, F_TOUCHING, JK_A, JK_B,
                                         JOINTS_OF, N_DYNAMIC, PAIR_TABLE)
    seed = int(BODY_LIST[0])
    stack, seen, bodies, contacts, joints = [seed], {seed}, set(), [], []
    while stack:
        i = stack.pop()
        bodies.add(i)
        if i >= N_DYNAMIC:
            continue  # static bodies do not grow an island
        touching = [int(q) for q in BODY_PAIRS[i] if q >= 0 and pf[q, F_TOUCHING]]
        for q in sorted(touching, key=lambda q: -pf[q, F_STAMP]):
            if q not in contacts:
                contacts.append(q)
                other = int(PAIR_TABLE[q].sum()) - i
                if other not in seen:
                    seen.add(other)
                    stack.append(other)
        for k in (int(k) for k in JOINTS_OF[i] if k >= 0):
            if k not in joints:
                joints.append(k)
                other = int(jt[k, JK_A] + jt[k, JK_B]) - i
                if other not in seen:
                    seen.add(other)
                    stack.append(other)
    return bodies, contacts, joints


def test_the_contact_list_is_every_existing_pair_newest_first():
    """The world's contact list (links through the pair slots) is what Box2D's is: every existing
    pair, newest first; contacts come and go as runners kick, fall and cross track segments. The
    bits the kernel keeps of which pairs exist (kernel.S_EXISTS) say the same after every step."""
    from rlqwop.game.fast import kernel
    from rlqwop.game.fast.layout import F_EXISTS, F_OLDER, F_STAMP, G_NEWEST
    worlds = FastWorlds(32)
    rng = np.random.default_rng(12)
    lengths = set()
    for _ in range(8):
        drive(worlds, rng, 25)
        for g in range(worlds.n):
            pf, listed, p = worlds.pairs[g], [], int(worlds.gstate[g, G_NEWEST])
            while p >= 0:
                listed.append(p)
                p = int(pf[p, F_OLDER])
            existing = np.flatnonzero(pf[:, F_EXISTS])
            assert listed == sorted(existing, key=lambda q: -pf[q, F_STAMP]), g
            bits = worlds.scratch[g, kernel.S_EXISTS:kernel.S_TMP]
            assert [q for q in range(len(pf)) if (int(bits[q // 64]) >> (q % 64)) & 1] == list(existing), g
            lengths.add(len(listed))
    assert len(lengths) > 3  # lists of many lengths: pairs were created and destroyed


def test_the_runner_island_is_built_without_searching_as_the_search_builds_it():
    """The kernel skips the search for the runner's island while it touches nothing dynamic; on
    states of falling, kicking and lying runners its lists equal the search's."""
    from rlqwop.game.fast import island, kernel
    from rlqwop.game.fast.layout import AWAKE, F_EXISTS, F_OLDER, F_TOUCHING, G_NEWEST, N_RUNNER
    worlds = FastWorlds(64)
    rng = np.random.default_rng(11)
    checked = with_contacts = 0
    for _ in range(6):
        drive(worlds, rng, 40)
        for g in range(worlds.n):
            b, pf, s = worlds.bodies[g].copy(), worlds.pairs[g], np.zeros(kernel.SCRATCH, dtype=np.int64)
            if not kernel._runner_contacts(b, pf, worlds.gstate[g], s):
                continue
            nb, nc = kernel._runner_island(b, s, kernel.S_ISLAND)
            at = kernel.S_ISLAND
            bodies, contacts, joints = searched_runner_island(worlds.bodies[g], pf, worlds.joint_table)
            assert set(s[at + island.BODIES:at + island.BODIES + nb]) == bodies
            assert list(s[at + island.CONTACTS:at + island.CONTACTS + nc]) == contacts
            assert list(s[at + island.JOINTS:at + island.JOINTS + N_RUNNER - 1]) == joints
            assert all(b[i, AWAKE] for i in bodies)
            checked += 1
            with_contacts += nc >= 2
    assert checked > 200 and with_contacts > 100
    # a runner touching the hurdle takes it into its island: then the search runs (a pair with
    # the hurdle that exists without touching changes nothing)
    def alone(b, pf, gs):
        return kernel._runner_contacts(b, pf, gs, np.zeros(kernel.SCRATCH, dtype=np.int64))
    g = next(g for g in range(worlds.n) if alone(worlds.bodies[g], worlds.pairs[g], worlds.gstate[g]))
    pf, gs, p = worlds.pairs[g].copy(), worlds.gstate[g].copy(), kernel.RUNNER_DYNAMIC_PAIRS[0]
    pf[p, F_EXISTS], pf[p, F_OLDER], gs[G_NEWEST] = 1.0, gs[G_NEWEST], p  # the newest pair
    assert alone(worlds.bodies[g], pf, gs)
    pf[p, F_TOUCHING] = 1.0
    assert not alone(worlds.bodies[g], pf, gs)


def test_the_floor_follows_a_fast_runner():
    game = Game(engine="fast")
    velocities = np.zeros((12, 3))
    velocities[:, 0] = 45.0
    velocities[:, 1] = -5.0
    game.reset(velocities=velocities)
    for _ in range(60):
        game.step("")
    track_x = game.engine.worlds.bodies[0, 14:17, 0]
    assert track_x[0] >= 32 and np.array_equal(np.diff(track_x), [32.0, 32.0])
    assert track_x[0] - 16 < game.torso_x < track_x[2] + 16
    assert np.isfinite(game.body_states()).all()
