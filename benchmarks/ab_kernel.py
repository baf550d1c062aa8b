"""The compiled step loop of this checkout against another one, in alternating subprocesses.

    python benchmarks/ab_kernel.py OTHER_ROOT [--rounds 16] [--games 256] [--repeats 5] [--engine fast-approx]
    python benchmarks/ab_kernel.py OTHER_ROOT --bursts 300 [--engine fast-approx]

For a change to the fast engine's kernel: OTHER_ROOT is a copy of the code before it (e.g.
``git archive HEAD | tar -x -C /tmp/head``) or a variant to try. Each round runs
``bench_engine.kernel_runner`` (random keys, no Python between updates) once in a fresh process on
each tree, this one second; a run reports the median of ``--repeats`` timings in CPU time. The
paired ratio of a round is this tree over the other; the median of those ratios is the figure to
quote, since both sides of a round saw nearly the same machine load. The first run of a tree
compiles its kernels (3 to 5 minutes on these machines), outside the rounds. Sixteen rounds by default: on this shared VM one
8-round run gave 1.135x for a change that measured 1.03x over 24 rounds (BENCHMARKS.md); for a
change under 10 %, run it twice, once from each tree.

``--bursts N`` pairs more finely, for a host whose speed swings within seconds (on 2026-11-26,
late night, one tree's rounds ranged 165,000-316,000 updates/s and 12 rounds could not tell
1.05x from 1.0x): one worker process per tree stays up, and they take turns running the loop
for 300 updates of 256 games (about 0.3 s), N times each, the order swapped every pair; the
median of the N paired ratios is the figure, with its quartiles.
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

HERE = Path(__file__).resolve().parent
WORKER = """
import json, statistics
import bench_engine, rlqwop
assert rlqwop.__file__.startswith({root!r}), rlqwop.__file__  # the tree under test, not an install
run = bench_engine.kernel_runner({games}, {updates}{engine})
run()
print(json.dumps(statistics.median(run()[1] for _ in range({repeats}))))
"""


def rate(root: Path, games: int, repeats: int, engine: str = "fast") -> float:
    """Median game updates per second of CPU time of ``root``'s kernel loop, in a new process."""
    code = WORKER.format(root=str(root), games=games, updates=max(25_600 // games, 20), repeats=repeats,
                         engine="" if engine == "fast" else f", {engine!r}")  # older trees: "fast" only
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(root), str(root / "benchmarks")])}
    out = subprocess.run([sys.executable, "-c", code], cwd=root, env=env, capture_output=True,
                         text=True)
    if out.returncode != 0:
        sys.exit(f"ab_kernel: the run in {root} failed:\n{out.stderr[-2000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


BURST_WORKER = """
import json, sys
import bench_engine, rlqwop
assert rlqwop.__file__.startswith({root!r}), rlqwop.__file__
run = bench_engine.kernel_runner({games}, {updates}{engine})
run()
print("ready", flush=True)
for _ in sys.stdin:
    print(json.dumps(run()[1]), flush=True)
"""


def bursts(roots: tuple[Path, Path], games: int, pairs: int, engine: str) -> list[float]:
    """Paired ratios (second root over first) of ``pairs`` alternating short runs in two
    long-lived workers."""
    workers = []
    for root in roots:
        code = BURST_WORKER.format(root=str(root), games=games, updates=max(76_800 // games, 20),
                                   engine="" if engine == "fast" else f", {engine!r}")
        env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(root), str(root / "benchmarks")])}
        workers.append(subprocess.Popen([sys.executable, "-c", code], cwd=root, env=env,
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True))
    for root, worker in zip(roots, workers):
        if worker.stdout.readline().strip() != "ready":
            sys.exit(f"ab_kernel: the worker in {root} failed (run it without --bursts to see why)")

    def run(worker) -> float:
        worker.stdin.write("go\n")
        worker.stdin.flush()
        return json.loads(worker.stdout.readline())

    ratios = []
    for k in range(pairs):
        if k % 2:
            second, first = run(workers[1]), run(workers[0])
        else:
            first, second = run(workers[0]), run(workers[1])
        ratios.append(second / first)
    for worker in workers:
        worker.stdin.close()
        worker.wait()
    return ratios


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("other", type=Path, help="the checkout to compare with")
    parser.add_argument("--rounds", type=int, default=16)
    parser.add_argument("--games", type=int, default=256)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--engine", default="fast", choices=("fast", "fast-approx"))
    parser.add_argument("--bursts", type=int, default=0,
                        help="pair this many short alternating runs in two long-lived workers instead")
    args = parser.parse_args()
    ours, other = HERE.parent, args.other.resolve()
    if not (other / "benchmarks" / "bench_engine.py").is_file():
        sys.exit(f"ab_kernel: {other} has no benchmarks/bench_engine.py; give a checkout of rlqwop")
    print(machine())
    print(f"load average at the start: {os.getloadavg()[0]:.1f} ({os.cpu_count()} cores)")
    print(f"kernel loop, N = {args.games}, engine {args.engine!r}: this tree {ours} against {other}")
    for root in (other, ours):  # compile or load both trees' kernels before the rounds
        rate(root, 2, 1)
    if args.bursts:
        ratios = bursts((other, ours), args.games, args.bursts, args.engine)
        q1, _, q3 = statistics.quantiles(ratios, n=4)
        print(f"paired ratio this / other: median {statistics.median(ratios):.3f}x "
              f"(quartiles {q1:.3f}-{q3:.3f}, {args.bursts} bursts each)")
        return
    ratios = []
    for k in range(args.rounds):
        theirs = rate(other, args.games, args.repeats, args.engine)
        mine = rate(ours, args.games, args.repeats, args.engine)
        ratios.append(mine / theirs)
        print(f"round {k + 1}: other {theirs:,.0f}  this {mine:,.0f} updates/s per core  "
              f"ratio {ratios[-1]:.3f}", flush=True)
    print(f"paired ratio this / other: median {statistics.median(ratios):.3f}x "
          f"(range {min(ratios):.3f}-{max(ratios):.3f}, {args.rounds} rounds)")


if __name__ == "__main__":
    main()
