"""Updates per second of Game.step + body_states() on one core, beside the bare world.Step.

    python benchmarks/bench_game.py

The floor is pybox2d's own ``world.Step`` of the same world with nothing else done. The goal of
the issue "The QWOP game, re-created in Python": the whole update costs at most twice the floor.
Resets are not timed. Each figure is the median of 7 repeats of 20 episodes of 100 updates.
"""

from __future__ import annotations

import random

from common import machine, median_seconds, stopwatch
from rlqwop import Game

EPISODES, UPDATES = 20, 100
COMBOS = ["", "o", "p", "q", "qo", "qp", "w", "wo", "wp"]
_rng = random.Random(0)
RANDOM_KEYS = [[COMBOS[_rng.randrange(9)] for _ in range(UPDATES // 4) for _ in range(4)]
               for _ in range(EPISODES)]
NO_KEYS = [[""] * UPDATES for _ in range(EPISODES)]


def per_update(step, key_lists) -> float:
    """Median seconds per update of ``step(game, keys)`` over the episodes."""
    game = Game()

    def run():
        spent = 0.0
        for keys in key_lists:
            game.reset()
            start = stopwatch()
            for k in keys:
                step(game, k)
            spent += stopwatch() - start
        return spent / (len(key_lists) * UPDATES)
    return median_seconds(run)


def bare(game, keys):
    game.engine.bare_step()


def full(game, keys):
    game.step(keys)
    game.body_states()


def world_step_share(key_lists) -> float:
    """Median seconds per update spent inside world.Step while Game.step runs ``key_lists``."""
    game = Game()
    inner = {"spent": 0.0}

    def timed_step(original=game.engine.step):
        start = stopwatch()
        result = original()
        inner["spent"] += stopwatch() - start
        return result
    game.engine.step = timed_step

    def run():
        inner["spent"] = 0.0
        for keys in key_lists:
            game.reset()
            for k in keys:
                game.step(k)
        return inner["spent"] / (len(key_lists) * UPDATES)
    return median_seconds(run)


def main():
    floor_idle = per_update(bare, NO_KEYS)
    floor_keys = world_step_share(RANDOM_KEYS)
    rows = [
        ("bare world.Step, no keys (floor A)", floor_idle, floor_idle),
        ("Game.step + body_states(), no keys", per_update(full, NO_KEYS), floor_idle),
        ("world.Step inside Game.step, random keys (floor B)", floor_keys, floor_keys),
        ("Game.step + body_states(), random keys", per_update(full, RANDOM_KEYS), floor_keys),
    ]
    print(machine())
    print(f"{'what':52s} {'µs/update':>10s} {'updates/s':>10s} {'× floor':>8s}")
    for name, seconds, floor in rows:
        print(f"{name:52s} {seconds * 1e6:10.1f} {1 / seconds:10.0f} {seconds / floor:8.2f}")


if __name__ == "__main__":
    main()
