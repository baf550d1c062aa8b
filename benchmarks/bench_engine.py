"""Game updates per second of the fast engine for N games at once, beside pybox2d in the same run.

    python benchmarks/bench_engine.py [--quick]
    python benchmarks/bench_engine.py --bursts 200 [--engine fast-approx]

The fast engine's rows are "fast" (the real game's bits) unless they say "fast-approx" (the same
kernel with its own vectorised sin and cos). One "game update" is what the game does per update:
the head stabiliser's torque, the motor speeds and hip limits of the held keys (random
combinations, changed every 4 updates), and one physics step. For N > 1 the controls are numpy operations over the game axis and the step is one compiled
call (``FastWorlds``); N = 1 is ``Game(engine="fast").step(keys)`` with the rules in Python, the
same call as the pybox2d reference ``Game(engine="box2d").step(keys)``. Every figure is the median
of several repeats, and every repeat of a configuration is paired with a pybox2d run just before
it; the ratio column is the median of those paired ratios, so both sides of a ratio saw the same
machine load.

Every run, pybox2d's and the fast engine's at any N, is the first 400 updates of a race: a step's
cost changes with the race's phase (from the first 100 updates to the first 400, the kernel's
per update by -8 % and pybox2d's by -3 %, 2026-11-27), and until then the N = 256 and 1024 rows
ran 100 and 25 updates against pybox2d's 400, which flattered their ratios by about 4-8 %.

``--bursts R`` measures only the issue's headline, ``fast`` (or ``--engine fast-approx``) at N = 256
against pybox2d's ``Game``, in R rounds of about a second: each round runs pybox2d's 400-update run 24 times, the kernel loop
once and ``FastWorlds`` once, in an order that turns every round, and pairs each of the two with
the pybox2d runs of its own round. The figure is the median of the R paired ratios,
with its quartiles, and beside it the ratio of the two engines' best runs (timeit's reasoning: the
fastest run is the least disturbed one). On this shared VM pybox2d's rate moves 2.3x between
back-to-back runs of the same 400 updates (16,400-37,900 updates/s per core on 2026-11-27, with
or without Python's garbage collector), so the table's ratios, seven pairs each, range over a
seventh from run to run (8.9-10.2x for the kernel loop at N = 256 over three runs, their tables
and paired rounds), while three runs of 200-300 bursts (of the 100-update runs of the time) gave
9.57x, 9.82x and 9.82x, and 100 bursts of 400-update runs 9.28x.

The last line splits pybox2d's update against the kernel loop at N = 256 in the same rounds
(``bench_game.py``'s timers and keys, CPU time): the whole ``Game`` update, Box2D's own C++
``world.Step`` inside it (what an engine can beat without touching the rules), and the ``Game``
reading its state through the SWIG accessors, which is how the issue measured pybox2d (the
shipped engine reads the bodies' memory directly).

Two clocks: "wall" is updates per second of elapsed time; "per core" is updates per second of the
CPU time of the threads doing the work (this thread, or all the process's threads for the
parallel variant), which is what one core delivers and stays meaningful when other work shares
the machine (the wall rate then drops, the CPU rate much less).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import time

import bench_game
import numpy as np
from common import machine
from numba import njit

from rlqwop import Game
from rlqwop.game import spec
from rlqwop.game.box2d_engine import Box2DEngine
from rlqwop.game.fast import FastWorlds, kernel
from rlqwop.game.fast.lanes import LANES
from rlqwop.game.fast.layout import ANG, J_LOWER, J_SPEED, J_UPPER, TORQUE

COMBOS = ["", "o", "p", "q", "qo", "qp", "w", "wo", "wp"]
THIGH = [spec.THIGH_SPEEDS[k] for k in ("", "q", "w")]
CALF = [spec.CALF_SPEEDS[k] for k in ("", "o", "p")]
THIGH_JOINTS = [(spec.JOINT_INDEX[name], np.array([THIGH[t][name] for t in range(3)])) for name in THIGH[0]]
CALF_JOINTS = [(spec.JOINT_INDEX[name], np.array([CALF[c][name] for c in range(3)])) for name in CALF[0]]
# constants for the compiled loop: hip limits of O and P (left, right), head stabiliser
LIMIT_VALUES = np.array([[spec.HIP_LIMITS[mode]["leftHip"], spec.HIP_LIMITS[mode]["rightHip"]]
                         for mode in ("o", "p")])
HEAD, HEAD_GAIN, HEAD_OFFSET = spec.HEAD, spec.HEAD_TORQUE_GAIN, spec.HEAD_TORQUE_OFFSET
UPDATES = 400  # every run is the first UPDATES updates of a race, pybox2d's and the fast engine's


class Clocks:
    """Wall and CPU time of one timed section.

    CPU time is this thread's for one-threaded work and the whole process's for the parallel
    variant. Not the process's always: numba's OpenMP workers keep spinning for a few ms after a
    parallel section, and counted against the pybox2d run that follows they made it look 1.8x
    slower (and the two-thread ratios 1.8x too good) in every run before 2026-11-26 09:10 UTC.
    """

    def __init__(self, parallel: bool = False) -> None:
        self.clock = time.process_time if parallel else time.thread_time

    def __enter__(self):
        self.wall, self.cpu = time.perf_counter(), self.clock()
        return self

    def __exit__(self, *exc):
        self.wall = time.perf_counter() - self.wall
        self.cpu = self.clock() - self.cpu


class AccessorReads(Box2DEngine):
    """The pybox2d engine reading its state through the SWIG accessors, attribute by attribute.

    This is how the issue measured pybox2d (37-42 µs per update); the shipped engine reads the
    b2Body structs' memory directly instead.
    """

    def _map_body_memory(self) -> None:
        super()._map_body_memory()
        self._fast = False


def game_runner(engine: str, updates: int):
    """One timed run of Game.step(keys) + body_states(), random keys held for 4 updates."""
    rng = random.Random(0)
    keys = [COMBOS[rng.randrange(9)] for _ in range(updates // 4) for _ in range(4)]
    game = Game(engine=engine)

    def run() -> tuple[float, float]:
        game.reset()
        with Clocks() as t:
            for k in keys:
                game.step(k)
                game.body_states()
        return len(keys) / t.wall, len(keys) / t.cpu
    return run


def hold_random_keys(worlds: FastWorlds, rng: np.random.Generator) -> None:
    """A random key combination for every game: the motor speeds and the O/P hip limits."""
    thigh, calf = rng.integers(0, 3, worlds.n), rng.integers(0, 3, worlds.n)
    for joint, speeds in THIGH_JOINTS:
        worlds.set_motor_speed(joint, speeds[thigh])
    for joint, speeds in CALF_JOINTS:
        worlds.set_motor_speed(joint, speeds[calf])
    for c, mode in ((1, "o"), (2, "p")):
        for name, (lower, upper) in spec.HIP_LIMITS[mode].items():
            worlds.set_limits(spec.JOINT_INDEX[name], lower, upper, calf == c)


def batched_runner(n: int, updates: int, parallel: bool, engine: str = "fast"):
    """One timed run of N games stepped together, controls included."""
    worlds = FastWorlds(n, parallel=parallel, engine=engine)
    rng = np.random.default_rng(0)

    def run() -> tuple[float, float]:
        worlds.build()
        worlds.add_head_torque(spec.head_torque_term(spec.BODIES[spec.HEAD].angle))
        with Clocks(parallel) as t:
            for update in range(updates):
                if update % 4 == 0:
                    hold_random_keys(worlds, rng)
                worlds.add_head_torque(spec.HEAD_TORQUE_GAIN * (worlds.head_angle() + spec.HEAD_TORQUE_OFFSET))
                worlds.step()
                worlds.read_bodies()
        if parallel:
            time.sleep(0.05)  # let the OpenMP workers stop spinning before the paired pybox2d run
        return n * updates / t.wall, n * updates / t.cpu
    return run


# Not cached: numba keys a cache on this file alone, so a cached loop would keep running the
# kernel it was first compiled with after the package's kernel changed.
@njit(_nrt=False)
def _kernel_loop(lb, lb3, lj, lj3, lc, c, p, g, e, s, bt, jt, active, joints, speeds, hip, limits, updates):
    # the controls of batched_runner, drawn beforehand and set inside the compiled loop; a game's
    # bodies and joints are lane game % LANES of group game // LANES (kernel.new_store)
    for t in range(updates):
        for game in range(c.shape[0]):
            group, lane = game // LANES, game % LANES
            if t % 4 == 0:
                for m in range(joints.shape[0]):
                    lj3[group, J_SPEED, joints[m], lane] = speeds[t // 4, m, game]
                mode = hip[t // 4, game]
                if mode > 0:
                    for m in range(2):
                        lj3[group, J_LOWER, limits[m, 0], lane] = LIMIT_VALUES[mode - 1, m, 0]
                        lj3[group, J_UPPER, limits[m, 0], lane] = LIMIT_VALUES[mode - 1, m, 1]
            lb3[group, TORQUE, HEAD, lane] += HEAD_GAIN * (lb3[group, ANG, HEAD, lane] + HEAD_OFFSET)
        kernel.step_all(lb, lb3, lj, lj3, lc, c, p, g, e, s, bt, jt, active)


def kernel_runner(n: int, updates: int, engine: str = "fast"):
    """One timed run of the compiled step loop alone, with batched_runner's controls."""
    worlds = FastWorlds(n, engine=engine)
    rng = np.random.default_rng(0)
    draws = (updates + 3) // 4
    thigh, calf = rng.integers(0, 3, (draws, n)), rng.integers(0, 3, (draws, n))
    joints = np.array([1 + j for j, _ in THIGH_JOINTS + CALF_JOINTS])
    speeds = np.stack([v[thigh] for _, v in THIGH_JOINTS] + [v[calf] for _, v in CALF_JOINTS], axis=1)
    limits = np.array([[1 + spec.JOINT_INDEX["leftHip"]], [1 + spec.JOINT_INDEX["rightHip"]]])
    args = (*worlds._store, worlds.contacts, worlds.pairs, worlds.gstate, worlds.events,
            worlds.scratch, worlds.body_table, worlds.joint_table, worlds.active, joints, speeds, calf,
            limits)

    def run() -> tuple[float, float]:
        worlds.build()
        worlds.add_head_torque(spec.head_torque_term(spec.BODIES[spec.HEAD].angle))
        with Clocks() as t:
            _kernel_loop(*args, updates)
        return n * updates / t.wall, n * updates / t.cpu
    return run


def pybox2d_breakdown(kernel, repeats: int) -> dict:
    """pybox2d's Game, Box2D's own world.Step inside it and the Game with accessor reads.

    Median µs per update (CPU; bench_game's timers and keys) of each, and the medians of the
    paired ratios of each to the kernel loop (every round runs the three and then the kernel).
    """
    timers = (bench_game.timer("box2d", bench_game.full, bench_game.RANDOM_KEYS),
              bench_game.timer("box2d", bench_game.game_step, bench_game.RANDOM_KEYS,
                               timed_engine_step=True),
              bench_game.timer(AccessorReads(), bench_game.full, bench_game.RANDOM_KEYS))
    rounds = [[1e6 * t() for t in timers] + [1e6 / kernel()[1]] for _ in range(repeats)]
    names = ("game", "step", "accessors")
    result = {name: statistics.median(r[i] for r in rounds) for i, name in enumerate(names)}
    result |= {name + "_ratio": statistics.median(r[i] / r[3] for r in rounds)
               for i, name in enumerate(names)}
    return result


def paired(run, reference, repeats: int) -> dict:
    """Alternate the reference and the candidate so that both see the same machine load."""
    run()
    reference()  # warm-up
    pairs = [(reference(), run()) for _ in range(repeats)]
    return {
        "wall": statistics.median(c[0] for _, c in pairs),
        "cpu": statistics.median(c[1] for _, c in pairs),
        "ratio": statistics.median(c[1] / r[1] for r, c in pairs),
        "reference_cpu": [r[1] for r, _ in pairs],
    }


def bursts(rounds: int, engine: str = "fast") -> None:
    """``engine`` at N = 256 against pybox2d's ``Game`` in many paired rounds (``--bursts``)."""
    reference = game_runner("box2d", UPDATES)
    candidates = [(f"{engine}: kernel loop only, N = 256", kernel_runner(256, UPDATES, engine)),
                  (f"{engine}: FastWorlds, N = 256", batched_runner(256, UPDATES, False, engine))]

    def references() -> float:
        """pybox2d's run 24 times, about one kernel run's time: their harmonic mean."""
        return statistics.harmonic_mean(reference()[1] for _ in range(24))

    runs = [("pybox2d", references)] + [(name, lambda run=run: run()[1]) for name, run in candidates]
    for _, run in runs:
        run()  # warm-up
    load = os.getloadavg()[0]
    rates: dict[str, list[float]] = {name: [] for name, _ in runs}
    for r in range(rounds):
        for name, run in runs[r % 3:] + runs[:r % 3]:
            rates[name].append(run())  # updates/s per core (CPU time)
    print(machine())
    print(f"load average at the start: {load:.1f} (2 cores)")
    box2d = rates["pybox2d"]
    print(f"{rounds} paired bursts; pybox2d Game(engine='box2d') per core: median {statistics.median(box2d):,.0f} "
          f"updates/s (range {min(box2d):,.0f}-{max(box2d):,.0f})")
    for name, _ in candidates:
        ratios = [c / b for c, b in zip(rates[name], box2d)]
        q1, _, q3 = statistics.quantiles(ratios, n=4) if rounds > 1 else ratios * 3
        best = max(rates[name]) / max(box2d)
        print(f"{name}: median {statistics.median(rates[name]):,.0f} updates/s per core; per core / pybox2d: "
              f"median {statistics.median(ratios):.2f}x (quartiles {q1:.2f}-{q3:.2f}); best run / best run "
              f"{best:.2f}x ({max(rates[name]):,.0f} / {max(box2d):,.0f})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer updates and repeats")
    parser.add_argument("--bursts", type=int, metavar="R",
                        help="only the headline (fast at N = 256 against pybox2d), in R paired rounds")
    parser.add_argument("--engine", default="fast", choices=("fast", "fast-approx"),
                        help="the engine of --bursts (default fast)")
    args = parser.parse_args()
    if args.bursts is not None:
        if args.bursts < 1:
            parser.error("--bursts needs at least one round")
        bursts(args.bursts, args.engine)
        return
    if args.engine != "fast":
        parser.error("--engine is for --bursts (the table measures both engines)")
    updates, repeats = (40, 3) if args.quick else (UPDATES, 7)

    FastWorlds(2).step()  # load or compile the kernels before timing ("fast-approx" shares them)
    FastWorlds(2, parallel=True).step()
    kernel_runner(2, 1)()
    box2d = game_runner("box2d", updates)
    configs = [("Game(engine='fast'), 1 game", 1, game_runner("fast", updates))]
    for n in (1, 64, 256, 1024):
        configs.append((f"FastWorlds, N = {n}", 1, batched_runner(n, updates, False)))
    for n in (64, 256, 1024):
        configs.append((f"FastWorlds, N = {n}, parallel", 2, batched_runner(n, updates, True)))
    for n in (64, 256):
        configs.append((f"kernel loop only, N = {n}", 1, kernel_runner(n, updates)))
    configs += [("fast-approx: FastWorlds, N = 256", 1, batched_runner(256, updates, False, "fast-approx")),
                ("fast-approx: FastWorlds, N = 1024, parallel", 2,
                 batched_runner(1024, updates, True, "fast-approx")),
                ("fast-approx: kernel loop only, N = 256", 1, kernel_runner(256, updates, "fast-approx"))]
    load = os.getloadavg()[0]
    results = [(name, threads, paired(run, box2d, repeats)) for name, threads, run in configs]
    reference = [r for _, _, res in results for r in res["reference_cpu"]]
    # bench_game's episodes are 100 updates from the start: the kernel runs the same phase of a race
    breakdown = pybox2d_breakdown(kernel_runner(256, bench_game.UPDATES), repeats)

    print(machine())
    print(f"load average at the start: {load:.1f} (2 cores)")
    print(f"pybox2d Game(engine='box2d'), per core: median {statistics.median(reference):,.0f} updates/s "
          f"over {len(reference)} runs (range {min(reference):,.0f}-{max(reference):,.0f})\n")
    print("| what | threads | updates/s (wall) | updates/s per core (CPU) | per core / pybox2d |")
    print("|---|---|---|---|---|")
    for name, threads, res in results:
        print(f"| {name} | {threads} | {res['wall']:,.0f} | {res['cpu']:,.0f} | {res['ratio']:.2f} |")
    b = breakdown
    print(f"\npybox2d against the kernel loop at N = 256 (CPU, paired rounds after the table): "
          f"Game {b['game']:.1f} µs per update ({b['game_ratio']:.2f}x the kernel's), of which "
          f"Box2D's own C++ world.Step {b['step']:.1f} µs ({b['step_ratio']:.2f}x); the Game reading "
          f"its state through the SWIG accessors, as the issue measured it, {b['accessors']:.1f} µs "
          f"({b['accessors_ratio']:.2f}x).")


if __name__ == "__main__":
    main()
