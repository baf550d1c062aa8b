"""Where the fast engine's step spends its time: the C library's sincos against the compiled kernel.

    python benchmarks/profile_engine.py [--games 256] [--repeats 15]

Runs ``bench_engine.kernel_runner`` (the compiled step loop with random keys, no Python between
updates) under ``perf record`` and reports each shared object's share of the samples taken while
the loop ran: ``libm`` is glibc's ``sincos`` (bit-exactness with the real game needs exactly the
C library's values), ``[JIT]`` is numba's compiled kernel. Needs Linux ``perf``.

The bound this gives: at most (1 / libm share of the step) times faster with the rest of the step
free, for a step that keeps the C library's sin/cos.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from common import machine

HERE = Path(__file__).resolve().parent
LOOP = """
import sys, time
sys.path.insert(0, {here!r})
import bench_engine
run = bench_engine.kernel_runner({games}, 400)
run()  # load the kernels before perf's window matters
rates = [run()[1] for _ in range({repeats})]
rates.sort()
print("MEDIAN", rates[len(rates) // 2])
"""


def shares(report: str) -> dict[str, float]:
    """Percent of samples per shared object, from ``perf report --sort dso --stdio``."""
    out: dict[str, float] = {}
    for line in report.splitlines():
        m = re.match(r"\s*([\d.]+)%\s+(.+?)\s*$", line)
        if m:
            name = "[JIT]" if m.group(2).startswith("[JIT]") else m.group(2)
            out[name] = out.get(name, 0.0) + float(m.group(1))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--games", type=int, default=256)
    parser.add_argument("--repeats", type=int, default=15)
    args = parser.parse_args()
    if shutil.which("perf") is None:
        sys.exit("profile_engine: needs Linux perf (apt install linux-perf)")
    print(machine())
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "perf.data"
        code = LOOP.format(here=str(HERE), games=args.games, repeats=args.repeats)
        run = subprocess.run(["perf", "record", "-q", "-o", str(data), "--", sys.executable, "-c",
                              code], capture_output=True, text=True, check=True)
        rate = float(re.search(r"MEDIAN ([\d.e+]+)", run.stdout).group(1))
        report = subprocess.run(["perf", "report", "-i", str(data), "--no-children", "--sort",
                                 "dso", "--stdio"], capture_output=True, text=True,
                                check=True).stdout
    got = shares(report)
    libm = sum(v for k, v in got.items() if k.startswith("libm"))
    jit = got.get("[JIT]", 0.0)
    step_us = 1e6 / rate
    print(f"N = {args.games}: {rate:,.0f} game updates/s per core ({step_us:.2f} µs per update)")
    print(f"samples: compiled kernel {jit:.1f} %, libm (sincos) {libm:.1f} %, "
          f"the rest (Python, numpy, start-up) {100 - jit - libm:.1f} %")
    inside = libm / (libm + jit)
    print(f"sincos is {100 * inside:.0f} % of the step: {inside * step_us:.2f} µs per update; "
          f"with the rest of the step free, at most {1 / inside:.1f}x faster")


if __name__ == "__main__":
    main()
