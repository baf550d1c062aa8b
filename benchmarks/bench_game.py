"""Updates per second of Game.step + body_states() on one core, beside the engine's bare step.

    python benchmarks/bench_game.py [--baseline-root DIR]

For each engine, the floor is the engine's own step of the same world with nothing else done
(pybox2d's ``world.Step``; the fast engine's compiled ``step_game``). The goal of the issue "The
QWOP game, re-created in Python": with pybox2d the whole update costs at most twice the floor.
Resets are not timed. Times are CPU time of this thread (the machine is shared; wall-clock time
would count the other jobs). Each round times, one after the other, the floor and the whole
update on 20 episodes of 100 updates; the figures are medians over 9 rounds, and "× floor" is the
median of the rounds' own ratios, so that a ratio never compares two different machine loads.

``--baseline-root DIR`` also times the whole update (Game.step + body_states(), random keys) with
another checkout's ``rlqwop`` (a before/after), in subprocesses that alternate with this one's
runs, so that both see the same machine load.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import time

from common import machine
from rlqwop import Game

EPISODES, UPDATES, ROUNDS = 20, 100, 9
COMBOS = ["", "o", "p", "q", "qo", "qp", "w", "wo", "wp"]
_rng = random.Random(0)
RANDOM_KEYS = [[COMBOS[_rng.randrange(9)] for _ in range(UPDATES // 4) for _ in range(4)]
               for _ in range(EPISODES)]
NO_KEYS = [[""] * UPDATES for _ in range(EPISODES)]
stopwatch = time.thread_time  # this thread's CPU time: idle or spinning helper threads don't count


def timer(engine: str, step, key_lists, timed_engine_step: bool = False):
    """A function that returns the seconds per update of ``step(game, keys)`` over the episodes
    (with ``timed_engine_step``, only the time inside the engine's step)."""
    game = Game(engine=engine)
    inner = [0.0]
    if timed_engine_step:
        original = game.engine.step

        def timed(games=True):
            start = stopwatch()
            result = original(games)
            inner[0] += stopwatch() - start
            return result
        game.engine.step = timed

    def run() -> float:
        spent = inner[0] = 0.0
        for keys in key_lists:
            game.reset()
            start = stopwatch()
            for k in keys:
                step(game, k)
            spent += stopwatch() - start
        return (inner[0] if timed_engine_step else spent) / (len(key_lists) * UPDATES)
    run()  # warm-up
    return run


def bare(game, keys):
    game.engine.bare_step()


def full(game, keys):
    game.step(keys)
    game.body_states()


def game_step(game, keys):
    game.step(keys)


def rows(engine: str) -> list[tuple[str, float, float]]:
    """(what, median seconds per update, median ratio to its floor) for the four rows."""
    pairs = [
        (timer(engine, bare, NO_KEYS), timer(engine, full, NO_KEYS)),
        (timer(engine, game_step, RANDOM_KEYS, timed_engine_step=True), timer(engine, full, RANDOM_KEYS)),
    ]
    rounds = [[(floor(), whole()) for floor, whole in pairs] for _ in range(ROUNDS)]

    def median(f):
        return statistics.median(f(r) for r in rounds)
    return [
        (f"{engine}: bare engine step, no keys (floor A)", median(lambda r: r[0][0]), 1.0),
        (f"{engine}: Game.step + body_states(), no keys", median(lambda r: r[0][1]),
         median(lambda r: r[0][1] / r[0][0])),
        (f"{engine}: engine step inside Game.step, random keys (floor B)", median(lambda r: r[1][0]), 1.0),
        (f"{engine}: Game.step + body_states(), random keys", median(lambda r: r[1][1]),
         median(lambda r: r[1][1] / r[1][0])),
    ]


def baseline(root: str, rounds: int = 3) -> dict[str, tuple[float, float]]:
    """Per engine, median seconds per update of the whole update here and in ``root``."""
    here = os.path.abspath(__file__)
    env = {**os.environ, "PYTHONPATH": f"{root}{os.pathsep}{os.path.dirname(here)}"}
    theirs, ours = {"box2d": [], "fast": []}, {"box2d": [], "fast": []}
    runs = {engine: timer(engine, full, RANDOM_KEYS) for engine in ours}
    for _ in range(rounds):
        out = subprocess.run([sys.executable, here, "--worker"], cwd=root, env=env,
                             capture_output=True, text=True, check=True)
        for engine, seconds in json.loads(out.stdout.strip().splitlines()[-1]).items():
            theirs[engine].append(seconds)
        for engine, run in runs.items():
            ours[engine].append(statistics.median(run() for _ in range(3)))
    return {e: (statistics.median(ours[e]), statistics.median(theirs[e])) for e in ours}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline-root", help="another checkout to compare the whole update with")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:  # only the public Game API: it must run on older checkouts too
        result = {}
        for engine in ("box2d", "fast"):
            run = timer(engine, full, RANDOM_KEYS)
            result[engine] = statistics.median(run() for _ in range(3))
        print(json.dumps(result))
        return
    print(machine())
    print(f"load average at the start: {os.getloadavg()[0]:.1f} ({os.cpu_count()} cores)")
    print(f"{'what':58s} {'µs/update':>10s} {'updates/s':>10s} {'× floor':>8s}")
    for engine in ("box2d", "fast"):
        for name, seconds, ratio in rows(engine):
            print(f"{name:58s} {seconds * 1e6:10.1f} {1 / seconds:10.0f} {ratio:8.2f}", flush=True)
    if args.baseline_root:
        print(f"\nGame.step + body_states(), random keys: this checkout vs {args.baseline_root}")
        for engine, (ours, theirs) in baseline(args.baseline_root).items():
            print(f"{engine:6s} {ours * 1e6:6.1f} µs/update vs {theirs * 1e6:6.1f} µs/update "
                  f"({ours / theirs:.2f}×)")


if __name__ == "__main__":
    main()
