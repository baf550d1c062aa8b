"""Frames per second of the renderer on one core, at the observation size and the window size.

    python benchmarks/bench_render.py

Each figure is the median of 7 repeats (after a warm-up); a repeat renders 20 poses of a
scripted run (the run is stepped between poses, untimed) several times each, into a
preallocated ``out`` array as the frame environments do. ``Game.step`` of the same run is
measured alongside as the baseline (again right after each size, for that size's ratio), and both wall-clock and CPU time are shown: these machines
are shared, and under load the CPU time and the "× update" ratio travel better than wall µs.
The goal of the issue "The QWOP game, re-created in Python": well under 100 µs per 84x84 frame,
since a pixel environment has 200 µs per step for 5,000 steps/s.
"""

from __future__ import annotations

import random
import statistics
import time

import numpy as np
from common import machine

from rlqwop import Game

REPEATS, POSES = 7, 20
COMBOS = ["", "o", "p", "q", "qo", "qp", "w", "wo", "wp"]
SIZES = [(84, 84, False), (84, 84, True), (160, 100, False), (640, 400, False), (640, 400, True)]


def timed(work, items: int) -> tuple[float, float]:
    """Median wall and CPU seconds per item of ``work(clock)``, which returns its own spent time."""
    work(time.perf_counter)
    wall = statistics.median(work(time.perf_counter) for _ in range(REPEATS))
    cpu = statistics.median(work(time.process_time) for _ in range(REPEATS))
    return wall / items, cpu / items


def per_frame(renderer, frames_per_pose: int) -> tuple[float, float]:
    out = np.empty(renderer.shape, dtype=np.uint8)

    def work(clock):
        rng, game, spent = random.Random(0), Game(), 0.0
        for _ in range(POSES):
            for _ in range(10):
                game.step(COMBOS[rng.randrange(9)])
            start = clock()
            for _ in range(frames_per_pose):
                renderer.render(game, out=out)
            spent += clock() - start
        return spent
    return timed(work, POSES * frames_per_pose)


def per_update() -> tuple[float, float]:
    rng = random.Random(0)
    keys = [COMBOS[rng.randrange(9)] for _ in range(POSES * 10)]

    def work(clock):
        game = Game()
        start = clock()
        for k in keys:
            game.step(k)
        return clock() - start
    return timed(work, len(keys))


def main() -> None:
    start = time.perf_counter()
    from rlqwop.game.render import Renderer  # the import and first frame load numba's kernel
    Renderer(84, 84).render(Game())
    first = time.perf_counter() - start

    print(machine())
    print(f"import + first frame (numba compile, or load from its cache): {first:.2f} s")
    print(f"{'what':<22} {'wall µs':>8} {'per s':>7} {'CPU µs':>8} {'× update':>9}")
    update_wall, update_cpu = per_update()
    print(f"{'Game.step (baseline)':<22} {update_wall * 1e6:8.1f} {1 / update_wall:7.0f} "
          f"{update_cpu * 1e6:8.1f} {1:9.2f}")
    for width, height, gray in SIZES:
        wall, cpu = per_frame(Renderer(width, height, grayscale=gray), 200 if width < 200 else 20)
        _, update_cpu = per_update()  # the ratio's baseline measured again beside each size
        what = f"frame {width}x{height} {'gray' if gray else 'RGB'}"
        print(f"{what:<22} {wall * 1e6:8.1f} {1 / wall:7.0f} {cpu * 1e6:8.1f} {cpu / update_cpu:9.2f}")


if __name__ == "__main__":
    main()
