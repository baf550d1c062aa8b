"""Shared helpers for the benchmark scripts: medians of repeated timings and a machine line."""

from __future__ import annotations

import os
import platform
import statistics
import time
from datetime import datetime, timezone
from pathlib import Path

# The training settings that the training benchmarks in BENCHMARKS.md were recorded with: the
# qwop-v0 defaults before 2026-11-26 (the defaults are now the shipped runner's recipe), pinned
# so that a new run measures the same thing as the recorded one.
RECORDED_TRAIN_FLAGS = ["--num-envs", "16", "--gamma", "0.99", "--hidden-sizes", "64", "64",
                        "--env-kwargs", '{"time_cost": 0, "start_noise": 0, "knee_penalty": 0}']


def machine() -> str:
    """A one-line description of this machine and the moment, for BENCHMARKS.md."""
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo") as f:
            cpu = next(line.split(":", 1)[1].strip() for line in f if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    when = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    return f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}, {when}{_measured_tree()}"


def _measured_tree() -> str:
    """Which checkout's rlqwop is measured: an editable install can point at another tree than
    the one the benchmark runs from (then set ``PYTHONPATH=.``)."""
    import rlqwop
    tree = Path(rlqwop.__file__).resolve().parents[1]
    here = Path(__file__).resolve().parents[1]
    return "" if tree == here else f"; rlqwop from {tree}, not this tree {here}"


def median_seconds(run, repeats: int = 7) -> float:
    """Median of the seconds ``run()`` reports it spent, over ``repeats`` calls after a warm-up.

    ``run`` returns its own measured time so that set-up (resets) can be left out.
    """
    run()
    return statistics.median(run() for _ in range(repeats))


def stopwatch():
    return time.perf_counter()
