"""Memory of the engines, the vector environments and a training rollout, beside pybox2d.

    python benchmarks/bench_memory.py [--quick]

Each measurement runs in a fresh Python process (``--worker NAME COUNT``), so that one's arrays,
allocator pools and compiled code never count for another. A worker builds the configuration
with COUNT games (or environments), runs it for a few updates and reads its resident memory and
its peak (``/proc/self/status``: VmRSS, VmHWM; Linux only). The baseline of each row is the same
configuration with one game, in its own fresh process of the same run (the modules, numba's
compiled kernels, pybox2d's library and one game's state); the table gives the growth over it and
the growth per added game (for the vector envs the baseline has two environments: one would run
the single-game path, without the batch and its compiled step). ``FastWorlds`` allocates the
bodies' and joints' state in whole groups of 64 games, the contacts per game. Memory is not noisy
like time, but allocators round: each figure is the median of ``--repeats`` workers.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

from common import machine

UPDATES = 20  # enough for contacts and the allocator to settle


def _status_kib(field: str) -> int:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    raise RuntimeError(f"no {field} in /proc/self/status (Linux only)")


def _worlds(engine: str, n: int):
    from rlqwop.game.engine import make_worlds

    def build(count):
        worlds = make_worlds(engine, count)
        for _ in range(UPDATES):
            worlds.step()
        return worlds
    return build, n, 1


def _vector_env(env_id: str, n: int):
    import gymnasium as gym
    import numpy as np

    import rlqwop  # noqa: F401

    def build(count):
        envs = gym.make_vec(env_id, num_envs=count, vectorization_mode="vector_entry_point")
        envs.reset(seed=0)
        actions = np.zeros(count, dtype=np.int64)
        for _ in range(UPDATES // 4):
            envs.step(actions)
        return envs
    return build, n, 2  # one env would be a Game, not the batch and its compiled step


def _rollout(num_envs: int):
    """One actor's rollout buffer with the training defaults' shapes (qwop-v0, 128 steps)."""
    from rlqwop.agents.buffer import Rollout
    from rlqwop.agents.config import TrainConfig, validate
    from rlqwop.agents.learner import rollout_layout
    from rlqwop.envs.observations import StateObserver
    from rlqwop.envs.actions import action_space

    def build(count):
        cfg = validate(TrainConfig(num_envs=count, num_actors=1, minibatch_size=128))
        layout = rollout_layout(cfg, StateObserver(1).space, action_space("discrete"))
        rollout = Rollout(layout)
        rollout.raw[:] = 1  # touch every page
        return rollout
    return build, num_envs, 1


CONFIGS = {
    **{f"fast N={n}": (lambda n=n: _worlds("fast", n)) for n in (16, 64, 256, 1024)},
    **{f"box2d N={n}": (lambda n=n: _worlds("box2d", n)) for n in (16, 64, 256)},
    **{f"{env_id} x{n}": (lambda env_id=env_id, n=n: _vector_env(env_id, n))
       for env_id, n in (("qwop-v0", 64), ("qwop-v0", 256), ("frame-qwop-v0", 16),
                         ("multi-frame-qwop-v0", 16))},
    "rollout, 64 envs x 128 steps": lambda: _rollout(64),
}
QUICK = ["fast N=64", "box2d N=64", "qwop-v0 x64", "rollout, 64 envs x 128 steps"]


def worker(name: str, count: int) -> None:
    build, _, _ = CONFIGS[name]()
    kept = build(count)
    print(json.dumps({"rss_kib": _status_kib("VmRSS"), "peak_kib": _status_kib("VmHWM")}))
    del kept


def _run_worker(name: str, count: int) -> dict:
    here = Path(__file__).resolve()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        [str(here.parent.parent), os.environ.get("PYTHONPATH", "")])}
    out = subprocess.run([sys.executable, str(here), "--worker", name, str(count)],
                         capture_output=True, text=True, env=env, timeout=1800)
    if out.returncode != 0:
        raise RuntimeError(f"{name}: the worker failed:\n{out.stderr[-2000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def measure(name: str, repeats: int) -> dict:
    """Medians over ``repeats`` pairs of workers: the configuration, and its small baseline."""
    _, n, base = CONFIGS[name]()
    pairs = [(_run_worker(name, base), _run_worker(name, n)) for _ in range(repeats)]
    return {"n": n, "added": n - base, "base": statistics.median(b["rss_kib"] for b, _ in pairs),
            "grow": statistics.median(r["rss_kib"] - b["rss_kib"] for b, r in pairs),
            "peak": statistics.median(r["peak_kib"] - b["peak_kib"] for b, r in pairs)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help=f"only {', '.join(QUICK)}")
    parser.add_argument("--repeats", type=int, default=3, help="workers per configuration")
    parser.add_argument("--worker", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args.worker[0], int(args.worker[1]))
        return
    names = QUICK if args.quick else list(CONFIGS)
    repeats = 1 if args.quick else args.repeats
    print(machine())
    print(f"resident memory (VmRSS; peak: VmHWM) over the same configuration with one game (two "
          f"envs for the vector envs), each in a fresh process; medians of {repeats}\n")
    print("| configuration | baseline process MiB | growth MiB | peak growth MiB | KiB per added "
          "game or env |")
    print("|---|---:|---:|---:|---:|")
    for name in names:
        r = measure(name, repeats)
        print(f"| {name} | {r['base'] / 1024:,.0f} | {r['grow'] / 1024:,.1f} | "
              f"{r['peak'] / 1024:,.1f} | {r['grow'] / r['added']:,.0f} |", flush=True)


if __name__ == "__main__":
    main()
