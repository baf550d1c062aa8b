"""Shared helpers for the benchmark scripts: medians of repeated timings and a machine line."""

from __future__ import annotations

import os
import platform
import statistics
import time
from datetime import datetime, timezone


def machine() -> str:
    """A one-line description of this machine and the moment, for BENCHMARKS.md."""
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo") as f:
            cpu = next(line.split(":", 1)[1].strip() for line in f if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    when = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    return f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}, {when}"


def median_seconds(run, repeats: int = 7) -> float:
    """Median of the seconds ``run()`` reports it spent, over ``repeats`` calls after a warm-up.

    ``run`` returns its own measured time so that set-up (resets) can be left out.
    """
    run()
    return statistics.median(run() for _ in range(repeats))


def stopwatch():
    return time.perf_counter()
