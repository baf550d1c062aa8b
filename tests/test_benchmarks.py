"""The benchmark scripts still import against the code they measure (they are run by hand, so an
internal renamed under them would otherwise go unnoticed until someone needs the numbers)."""

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"
SCRIPTS = sorted(p for p in BENCHMARKS.glob("*.py") if p.stem != "common")


@pytest.mark.parametrize("path", SCRIPTS, ids=[p.stem for p in SCRIPTS])
def test_benchmark_imports_and_has_a_main(path, monkeypatch):
    monkeypatch.syspath_prepend(str(BENCHMARKS))
    spec = importlib.util.spec_from_file_location(f"bench_{path.stem}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert callable(getattr(module, "main", None)), f"{path.name} has no main()"
    assert module.__doc__ and "python benchmarks/" in module.__doc__, f"{path.name}: say how to run it"


@pytest.mark.parametrize("script, args, says", [
    ("bench_position_sweep.py", ["--games", "16"], "ns per joint solve"),
    ("bench_joint_sweep.py", ["--games", "16"], "ns per joint solve"),
    ("bench_sincos.py", ["--rounds", "1"], "ns per angle"),
    ("bench_engine.py", ["--bursts", "2"], "best run / best run"),
])
def test_the_benchmarks_that_reach_into_the_state_layout_run(script, args, says):
    """These read FastWorlds' state or the lanes' layout themselves, so a change of the kernel's
    layout can break them where an import cannot tell (one did, 2026-11-26): run them small."""
    root = BENCHMARKS.parent
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(root), os.environ.get("PYTHONPATH", "")])}
    out = subprocess.run([sys.executable, str(BENCHMARKS / script), *args], cwd=root,
                         env=env, capture_output=True, text=True, timeout=900)
    assert out.returncode == 0, out.stderr[-3000:]
    assert says in out.stdout


def test_one_command_runs_the_benchmarks(tmp_path):
    """run_all.py runs each script in its own process and says which failed (a few fast ones
    here, in their quick modes; the whole quick set takes minutes)."""
    root = BENCHMARKS.parent
    run = [sys.executable, str(BENCHMARKS / "run_all.py"), "--quick"]
    out = subprocess.run([*run, "--only", "bench_sincos", "measure_obs_ranges.py", "bench_memory"],
                         cwd=root, capture_output=True, text=True, timeout=900)
    assert out.returncode == 0, out.stderr[-3000:]
    for heading in ("## `python benchmarks/bench_sincos.py --rounds 1`",
                    "## `python benchmarks/measure_obs_ranges.py --episodes 3`",
                    "## `python benchmarks/bench_memory.py --quick`", "ns per angle",
                    "| fast N=64 |", "| box2d N=64 |"):
        assert heading in out.stdout
    assert "bench_engine" not in out.stdout
    out = subprocess.run([*run, "--only", "bench_nothing"], cwd=root, capture_output=True,
                         text=True, timeout=60)
    assert out.returncode == 2 and "unknown benchmark(s) bench_nothing.py" in out.stderr
