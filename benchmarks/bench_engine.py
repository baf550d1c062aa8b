"""Game updates per second of the fast engine for N games at once, beside pybox2d in the same run.

    python benchmarks/bench_engine.py [--quick]

One "game update" is what the game does per update: the head stabiliser's torque, the motor speeds
and hip limits of the held keys (random combinations, changed every 4 updates), and one physics
step. For N > 1 the controls are numpy operations over the game axis and the step is one compiled
call (``FastWorlds``); N = 1 is ``Game(engine="fast").step(keys)`` with the rules in Python, the
same call as the pybox2d reference ``Game(engine="box2d").step(keys)``. Every figure is the median
of several repeats, and every repeat of a configuration is paired with a pybox2d run just before
it; the ratio column is the median of those paired ratios, so both sides of a ratio saw the same
machine load.

Two clocks: "wall" is updates per second of elapsed time; "per core" is updates per second of this
process's CPU time (all its threads), which is what one core delivers and stays meaningful when
other work shares the machine (the wall rate then drops, the CPU rate much less).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import time

import numpy as np
from common import machine
from numba import njit

from rlqwop import Game
from rlqwop.game import spec
from rlqwop.game.fast import FastWorlds, kernel
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


class Clocks:
    """Wall and CPU time of one timed section."""

    def __enter__(self):
        self.wall, self.cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc):
        self.wall = time.perf_counter() - self.wall
        self.cpu = time.process_time() - self.cpu


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


def batched_runner(n: int, updates: int, parallel: bool):
    """One timed run of N games stepped together, controls included."""
    worlds = FastWorlds(n, parallel=parallel)
    rng = np.random.default_rng(0)

    def run() -> tuple[float, float]:
        worlds.build()
        worlds.add_head_torque(spec.head_torque_term(spec.BODIES[spec.HEAD].angle))
        with Clocks() as t:
            for update in range(updates):
                if update % 4 == 0:
                    thigh, calf = rng.integers(0, 3, n), rng.integers(0, 3, n)
                    for joint, speeds in THIGH_JOINTS:
                        worlds.set_motor_speed(joint, speeds[thigh])
                    for joint, speeds in CALF_JOINTS:
                        worlds.set_motor_speed(joint, speeds[calf])
                    for c, mode in ((1, "o"), (2, "p")):
                        for name, (lower, upper) in spec.HIP_LIMITS[mode].items():
                            worlds.set_limits(spec.JOINT_INDEX[name], lower, upper, calf == c)
                worlds.add_head_torque(spec.HEAD_TORQUE_GAIN * (worlds.head_angle() + spec.HEAD_TORQUE_OFFSET))
                worlds.step()
                worlds.read_bodies()
        return n * updates / t.wall, n * updates / t.cpu
    return run


@njit  # not cached: a cached loop keeps the kernel it was first compiled with
def _kernel_loop(b, j, c, p, g, e, s, bt, jt, active, joints, speeds, hip, limits, updates):
    # the controls of batched_runner, drawn beforehand and set inside the compiled loop
    for t in range(updates):
        for game in range(b.shape[0]):
            if t % 4 == 0:
                for m in range(joints.shape[0]):
                    j[game, joints[m], J_SPEED] = speeds[t // 4, m, game]
                mode = hip[t // 4, game]
                if mode > 0:
                    for m in range(2):
                        j[game, limits[m, 0], J_LOWER] = LIMIT_VALUES[mode - 1, m, 0]
                        j[game, limits[m, 0], J_UPPER] = LIMIT_VALUES[mode - 1, m, 1]
            b[game, HEAD, TORQUE] += HEAD_GAIN * (b[game, HEAD, ANG] + HEAD_OFFSET)
        kernel.step_all(b, j, c, p, g, e, s, bt, jt, active)


def kernel_runner(n: int, updates: int):
    """One timed run of the compiled step loop alone, with batched_runner's controls."""
    worlds = FastWorlds(n)
    rng = np.random.default_rng(0)
    draws = (updates + 3) // 4
    thigh, calf = rng.integers(0, 3, (draws, n)), rng.integers(0, 3, (draws, n))
    joints = np.array([1 + j for j, _ in THIGH_JOINTS + CALF_JOINTS])
    speeds = np.stack([v[thigh] for _, v in THIGH_JOINTS] + [v[calf] for _, v in CALF_JOINTS], axis=1)
    limits = np.array([[1 + spec.JOINT_INDEX["leftHip"]], [1 + spec.JOINT_INDEX["rightHip"]]])
    args = (worlds.bodies, worlds.joints, worlds.contacts, worlds.pairs, worlds.gstate, worlds.events,
            worlds.scratch, worlds.body_table, worlds.joint_table, worlds.active, joints, speeds, calf,
            limits)

    def run() -> tuple[float, float]:
        worlds.build()
        worlds.add_head_torque(spec.head_torque_term(spec.BODIES[spec.HEAD].angle))
        with Clocks() as t:
            _kernel_loop(*args, updates)
        return n * updates / t.wall, n * updates / t.cpu
    return run


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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer updates and repeats")
    args = parser.parse_args()
    updates, repeats = (40, 3) if args.quick else (400, 7)

    FastWorlds(2).step()  # load or compile the kernels before timing
    FastWorlds(2, parallel=True).step()
    kernel_runner(2, 1)()
    box2d = game_runner("box2d", updates)
    configs = [("Game(engine='fast'), 1 game", 1, game_runner("fast", updates))]
    for n in (1, 64, 256, 1024):
        steps = max(updates * 64 // max(n, 64), 20)
        configs.append((f"FastWorlds, N = {n}", 1, batched_runner(n, steps, False)))
    for n in (64, 256, 1024):
        steps = max(updates * 64 // max(n, 64), 20)
        configs.append((f"FastWorlds, N = {n}, parallel", 2, batched_runner(n, steps, True)))
    for n in (64, 256):
        steps = max(updates * 64 // n, 20)
        configs.append((f"kernel loop only, N = {n}", 1, kernel_runner(n, steps)))
    load = os.getloadavg()[0]
    results = [(name, threads, paired(run, box2d, repeats)) for name, threads, run in configs]
    reference = [r for _, _, res in results for r in res["reference_cpu"]]

    print(machine())
    print(f"load average at the start: {load:.1f} (2 cores)")
    print(f"pybox2d Game(engine='box2d'), per core: median {statistics.median(reference):,.0f} updates/s "
          f"over {len(reference)} runs (range {min(reference):,.0f}-{max(reference):,.0f})\n")
    print("| what | threads | updates/s (wall) | updates/s per core (CPU) | per core / pybox2d |")
    print("|---|---|---|---|---|")
    for name, threads, res in results:
        print(f"| {name} | {threads} | {res['wall']:,.0f} | {res['cpu']:,.0f} | {res['ratio']:.2f} |")


if __name__ == "__main__":
    main()
