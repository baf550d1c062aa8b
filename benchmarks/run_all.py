"""Every benchmark, one after the other, with one command; the output is Markdown for BENCHMARKS.md.

    python benchmarks/run_all.py            # the full set: not timed as a whole yet (tens of minutes)
    python benchmarks/run_all.py --quick    # each in its smallest documented mode: 3 min 48 s on 2 cores
    python benchmarks/run_all.py --only bench_memory bench_engine

Each script runs in its own process (a benchmark's compiled code, threads and allocator pools
never count for the next) with the same interpreter and this checkout first on the path; its
output follows a heading with its command line. The machine and the moment come first. A script
that fails is reported and the others still run; the exit status is then 1.
``ab_kernel.py`` is not in the set: it compares this tree with another one, given by hand.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

from common import machine

HERE = Path(__file__).resolve().parent
# (script, full arguments, quick arguments)
BENCHMARKS = [
    ("bench_game.py", [], []),
    ("bench_render.py", [], []),
    ("bench_memory.py", [], ["--quick"]),
    ("bench_sincos.py", [], ["--rounds", "1"]),
    ("bench_joint_sweep.py", [], ["--games", "16"]),
    ("bench_position_sweep.py", [], ["--games", "16"]),
    ("bench_engine.py", [], ["--bursts", "5"]),
    ("bench_engine.py", ["--bursts", "150"], None),
    ("bench_envs.py", [], ["--quick"]),
    ("bench_envs.py", ["--batched"], ["--batched", "--quick"]),
    ("measure_obs_ranges.py", [], ["--episodes", "3"]),
    ("profile_engine.py", [], ["--repeats", "2"]),
    ("bench_train.py", [], ["--total-steps", "20000", "--configs", "1:1"]),
    ("bench_sb3_vs_ours.py", [], ["--total-steps", "8192", "--configs", "ours,sb3-adapter",
                                  "--envs", "8"]),
]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="each script's smallest mode")
    parser.add_argument("--only", nargs="+", metavar="SCRIPT",
                        help="run only these scripts (names with or without .py)")
    args = parser.parse_args()
    only = {name.removesuffix(".py") + ".py" for name in args.only or []}
    unknown = only - {script for script, _, _ in BENCHMARKS}
    if unknown:
        parser.error(f"unknown benchmark(s) {', '.join(sorted(unknown))}; the set: "
                     f"{', '.join(sorted({s for s, _, _ in BENCHMARKS}))}")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(HERE.parent), str(HERE),
                                                        os.environ.get("PYTHONPATH", "")])}
    print(f"# Benchmarks{' (quick)' if args.quick else ''}\n\n{machine()}\n", flush=True)
    failed = []
    for script, full, quick in BENCHMARKS:
        arguments = quick if args.quick else full
        if arguments is None or (only and script not in only):
            continue
        command = ["python", f"benchmarks/{script}", *arguments]
        print(f"## `{' '.join(command)}`\n", flush=True)
        start = time.perf_counter()
        code = subprocess.run([sys.executable, str(HERE / script), *arguments], cwd=HERE.parent,
                              env=env).returncode
        print(f"\n({time.perf_counter() - start:.0f} s{'' if code == 0 else f'; FAILED, exit {code}'})\n",
              flush=True)
        if code != 0:
            failed.append(script)
    if failed:
        print(f"failed: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
