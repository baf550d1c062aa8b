"""Environment steps per second on one core: our envs, single and batched, beside their baselines.

Measured in one run, on one machine, with pre-drawn random actions (the policy's cost is not
included) and action_repeat=1 unless stated, so that an agent step is one game update:

* floor: ``Game().engine.bare_step()`` (world.Step of a fresh runner, which soon rests and sleeps),
  world.Step's share inside a random-key workload, and ``Game.step`` with random keys (physics plus
  the game's rules, resets included);
* ours: each id made by ``gymnasium.make``, and the native vector env at 1, 16 and 64 races;
* Gymnasium's SyncVectorEnv and AsyncVectorEnv over our single env.

Every game and env of this mode runs ``--engine`` (default ``box2d``, the pybox2d reference, so
that these rows stay comparable with the recorded ones; ``--engine fast`` for the default engine's).
Each number is the median of ``--repeats`` runs. BLAS and OpenMP are pinned to one thread, so a
single-process number is per core; AsyncVectorEnv uses one process per race, and its "per core"
column divides by the cores it could use.

``--batched`` measures instead the end-to-end native qwop-v0 vector env (default options, so
action_repeat 4, random actions, autoresets) at N = 16, 64, 256 for each engine, with the
engine's own step timed inside the same run: its CPU time per game update is the bare physics,
and the rest is the rules, the observations, rewards and autoresets. ``--baseline-root DIR`` adds,
per configuration, a before/after against another checkout's ``rlqwop``: ``--repeats`` rounds,
each running the end-to-end loop once in a fresh process of each checkout, in an order that
turns every round; the column is the median of the rounds' paired ratios (with their range).

    python benchmarks/bench_envs.py            # about 3 minutes
    python benchmarks/bench_envs.py --quick    # a smoke run
    python benchmarks/bench_envs.py --profile  # cProfile of the native 64-race qwop-v0 instead
    python benchmarks/bench_envs.py --batched [--baseline-root /tmp/old-checkout]
"""

from __future__ import annotations

import os

for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS", "NUMBA_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import datetime  # noqa: E402
import json  # noqa: E402
import platform  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
import warnings  # noqa: E402

import numpy as np  # noqa: E402

warnings.filterwarnings("ignore", category=DeprecationWarning)  # SWIG types in Box2D's import

import gymnasium as gym  # noqa: E402

import rlqwop  # noqa: E402,F401
from rlqwop.envs.actions import DISCRETE_KEYS  # noqa: E402
from rlqwop.game import Game, spec  # noqa: E402

FRAME_OPTIONS = {"qwop-v0": {}, "frame-qwop-v0": {}, "multi-frame-qwop-v0": {}}


def cpu_name() -> str:
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def median_rate(run, steps: int, repeats: int) -> tuple[float, float]:
    """Medians over ``repeats`` runs of ``run(steps)``: steps per wall-clock second and per
    CPU second of this process (the per-core rate; it is not inflated by other processes
    sharing the cores, though they still cost it cache)."""
    run(max(steps // 10, 1))  # warm-up: imports, compiles, first allocations
    wall, cpu = [], []
    for _ in range(repeats):
        start, start_cpu = time.perf_counter(), time.process_time()
        done = run(steps)
        wall.append(done / (time.perf_counter() - start))
        cpu.append(done / max(time.process_time() - start_cpu, 1e-9))
    return statistics.median(wall), statistics.median(cpu)


# --- floors ----------------------------------------------------------------------------------
ENGINE = "box2d"  # --engine sets it for every game and environment below


def bare_step_runner():
    engine = Game(engine=ENGINE).engine

    def run(steps):
        for _ in range(steps):
            engine.bare_step()
        return steps
    return run


def _time_world_step(engine, spent: list[float]) -> None:
    """Make ``engine.step`` add the time of its world.Step call to ``spent[0]``."""
    def timed_step(games=True):
        engine.listener.begins = []
        world_step = engine.world.Step  # looked up per call: every reset builds a new world
        start = time.process_time()  # CPU time: a preemption inside the call is not counted
        world_step(spec.TIME_STEP, spec.VELOCITY_ITERATIONS, spec.POSITION_ITERATIONS)
        spent[0] += time.process_time() - start
        return engine.listener.begins
    engine.step = timed_step


def game_step_runner(num: int = 16, seed: int = 0, physics_only: bool = False):
    """Game.step over ``num`` games with random keys, resetting ended games (as the envs do)."""
    games = [Game(engine=ENGINE) for _ in range(num)]
    rng = np.random.default_rng(seed)
    spent = [0.0]
    if physics_only:
        for game in games:
            _time_world_step(game.engine, spent)

    def run(steps):
        rounds = max(steps // num, 1)
        for row in rng.integers(0, 9, (rounds, num)).tolist():
            for game, a in zip(games, row):
                if game.ended:
                    game.reset()
                else:
                    game.step(DISCRETE_KEYS[a])
        return rounds * num
    return run, spent


# --- environments ----------------------------------------------------------------------------
def single_runner(env_id: str, **options):
    env = gym.make(env_id, action_repeat=1, engine=ENGINE, **options)
    env.reset(seed=0)
    rng = np.random.default_rng(0)

    def run(steps):
        actions = rng.integers(0, 9, steps).tolist()
        for a in actions:
            _, _, terminated, truncated, _ = env.step(a)
            if terminated or truncated:
                env.reset()
        return steps
    return run, env


def vector_runner(env_id: str, num: int, mode: str, action_repeat: int = 1, **options):
    envs = gym.make_vec(env_id, num_envs=num, vectorization_mode=mode, action_repeat=action_repeat,
                        engine=ENGINE, **options)
    envs.reset(seed=0)
    rng = np.random.default_rng(0)

    def run(steps):
        rounds = max(steps // num, 1)
        actions = rng.integers(0, 9, (rounds, num))
        for row in actions:
            envs.step(row)
        return rounds * num
    return run, envs


def physics_share(args, steps: int, add) -> None:
    """world.Step's own CPU time inside the random-key Game.step workload."""
    run, spent = game_step_runner(physics_only=True)
    results = []
    for _ in range(args.repeats):
        spent[0] = 0.0
        start = time.process_time()
        done = run(steps)
        results.append((done / spent[0], spent[0] / (time.process_time() - start)))
    rate = statistics.median(r for r, _ in results)
    share = statistics.median(s for _, s in results)
    add("world.Step", "inside random-key Game.step", (rate, rate),
        note=f"CPU time per call: {1e6 / rate:.1f} us, {100 * share:.0f}% of the loop's CPU time")


def measure(args) -> list[tuple[str, str, float, float, str]]:
    """Rows of (what, variant, steps/s wall clock, steps/s per core, note)."""
    cores = os.cpu_count() or 1
    rows = []
    base = args.steps

    def add(what, variant, rates, note=""):
        wall, per_core = rates
        rows.append((what, variant, wall, per_core, note))
        print(f"  {what:20s} {variant:30s} {wall:10.0f} {per_core:10.0f}  {note}", flush=True)

    print("floors", flush=True)
    if ENGINE == "box2d":  # the other engines have no world.Step to time
        add("world.Step", "bare_step(), fresh runner",
            median_rate(bare_step_runner(), 4 * base, args.repeats),
            note="a fresh runner soon sleeps: not a floor for a moving runner")
        physics_share(args, base, add)
    run, _ = game_step_runner()
    run, _ = game_step_runner()
    add("Game.step", "random keys, resets", median_rate(run, base, args.repeats),
        note="physics + rules, no env")

    for env_id in args.ids:
        frames = env_id != "qwop-v0"
        steps = base // 4 if frames else base
        print(env_id, flush=True)
        run, env = single_runner(env_id)
        add(env_id, "gymnasium.make (wrapped)", median_rate(run, steps, args.repeats))
        env.close()
        for num in args.nums:
            run, envs = vector_runner(env_id, num, "vector_entry_point")
            add(env_id, f"native vector, {num} envs", median_rate(run, steps, args.repeats))
            envs.close()
        if not frames:
            run, envs = vector_runner(env_id, 64, "vector_entry_point", action_repeat=4)
            wall, per_core = median_rate(run, steps // 2, args.repeats)
            add(env_id, "native vector, 64, repeat 4", (wall, per_core),
                note=f"{4 * per_core:,.0f} updates per CPU second (default action_repeat)")
            envs.close()
        for num in args.sync_nums:
            run, envs = vector_runner(env_id, num, "sync")
            add(env_id, f"SyncVectorEnv, {num} envs", median_rate(run, steps, args.repeats))
            envs.close()
        for num in args.async_nums:
            run, envs = vector_runner(env_id, num, "async")
            wall, _ = median_rate(run, steps, args.repeats)  # the workers' CPU is not ours
            used = min(num, cores)
            add(env_id, f"AsyncVectorEnv, {num} procs", (wall, wall / used),
                note=f"{num} worker processes on {cores} cores; per core = wall / {used}")
            envs.close()
    return rows


# --- the batched vector env, end to end, beside its engine step ------------------------------
def batched_env_runner(engine: str, num: int, time_engine: bool = True):
    """qwop-v0's native vector env with default options; returns run(steps) -> counters.

    With ``time_engine``, the batched engine's ``step`` is wrapped to add its CPU time and the
    number of games it stepped to the counters.
    """
    envs = gym.make_vec("qwop-v0", num_envs=num, vectorization_mode="vector_entry_point",
                        engine=engine)
    envs.reset(seed=0)
    rng = np.random.default_rng(0)
    counters = {"engine_cpu": 0.0, "updates": 0}
    if time_engine:
        worlds = envs.unwrapped._batch.batch.engine
        step = worlds.step

        def timed_step(active=None):
            start = time.process_time()
            counts = step(active)
            counters["engine_cpu"] += time.process_time() - start
            counters["updates"] += num if active is None else int(np.count_nonzero(active))
            return counts
        worlds.step = timed_step

    def run(steps):
        counters["engine_cpu"], counters["updates"] = 0.0, 0
        rounds = max(steps // num, 1)
        actions = rng.integers(0, 9, (rounds, num))
        start, start_cpu = time.perf_counter(), time.process_time()
        for row in actions:
            envs.step(row)
        return {"env_steps": rounds * num, "wall": time.perf_counter() - start,
                "cpu": time.process_time() - start_cpu, **counters}
    return run


def batched_medians(runs: list[dict]) -> dict:
    def median(f):
        return statistics.median(f(r) for r in runs)
    out = {"wall": median(lambda r: r["env_steps"] / r["wall"]),
           "cpu": median(lambda r: r["env_steps"] / r["cpu"])}
    if runs[0]["updates"]:
        out["updates_cpu"] = median(lambda r: r["updates"] / r["cpu"])
        out["engine_cpu"] = median(lambda r: r["updates"] / r["engine_cpu"])
        out["share"] = median(lambda r: r["engine_cpu"] / r["cpu"])
    return out


def batched_worker(engine: str, num: int, steps: int, repeats: int) -> None:
    """The end-to-end loop alone, printed as JSON: what --baseline-root runs in a checkout."""
    run = batched_env_runner(engine, num, time_engine=False)
    run(max(steps // 10, num))
    print(json.dumps([run(steps) for _ in range(repeats)]))


def _worker_cpu_rate(root: str, engine: str, num: int, steps: int) -> float:
    """One run of the end-to-end loop in a fresh process on ``root``'s rlqwop: env steps per CPU
    second."""
    out = subprocess.run([sys.executable, os.path.abspath(__file__), "--batched-worker", engine,
                          str(num), str(steps), "1"], cwd=root, env={**os.environ, "PYTHONPATH": root},
                         capture_output=True, text=True, check=True)
    return batched_medians(json.loads(out.stdout.strip().splitlines()[-1]))["cpu"]


def paired_with_baseline(baseline_root: str, engine: str, num: int, steps: int,
                         rounds: int) -> tuple[float, list[float]]:
    """This checkout against ``baseline_root`` in ``rounds`` rounds, each a fresh process of
    each, in an order that turns every round: the baseline's median env steps per CPU second and
    each round's ratio (this / baseline), so that both sides of a ratio saw the same load."""
    here_root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    base, ratios = [], []
    for r in range(rounds):
        order = (baseline_root, here_root) if r % 2 == 0 else (here_root, baseline_root)
        rates = {root: _worker_cpu_rate(root, engine, num, steps) for root in order}
        base.append(rates[baseline_root])
        ratios.append(rates[here_root] / rates[baseline_root])
    return statistics.median(base), ratios


def batched(args) -> str:
    lines = [
        f"# qwop-v0 native vector env, end to end, {datetime.datetime.now().isoformat(timespec='minutes')}",
        "",
        f"Machine: {cpu_name()}, {os.cpu_count()} cores; Python {platform.python_version()}, "
        f"numpy {np.__version__}. Load average at the start: {os.getloadavg()[0]:.2f}.",
        f"Default options (action_repeat 4), random actions, autoresets; median of {args.repeats} "
        f"runs of {args.steps} env steps; per core = per CPU second of this process.",
        "",
        "| engine | N | env steps/s (wall) | env steps/s per core | game updates/s per core, "
        "end to end | engine step alone, updates/s per core | engine share | baseline env "
        "steps/s per core | / baseline |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for engine in args.engines:
        for num in args.batch_nums:
            steps = max(args.steps, 4 * num)
            base = "- | -"
            if args.baseline_root:
                base_cpu, ratios = paired_with_baseline(args.baseline_root, engine, num, steps,
                                                        args.repeats)
                base = (f"{base_cpu:,.0f} | {statistics.median(ratios):.2f} "
                        f"({min(ratios):.2f}-{max(ratios):.2f})")
            run = batched_env_runner(engine, num)
            run(max(steps // 10, num))  # warm-up: compiles, first autoresets
            res = batched_medians([run(steps) for _ in range(args.repeats)])
            lines.append(f"| {engine} | {num} | {res['wall']:,.0f} | {res['cpu']:,.0f} | "
                         f"{res['updates_cpu']:,.0f} | {res['engine_cpu']:,.0f} | "
                         f"{100 * res['share']:.0f}% | {base} |")
            print(lines[-1], flush=True)
    lines.append(f"\nLoad average at the end: {os.getloadavg()[0]:.2f}.")
    return "\n".join(lines)


def report(rows, args, load_before, load_after) -> str:
    import Box2D

    lines = [
        f"# rlqwop environment throughput, {datetime.datetime.now().isoformat(timespec='minutes')}",
        "",
        f"Machine: {cpu_name()}, {os.cpu_count()} cores, {platform.system()} {platform.release()}; "
        f"Python {platform.python_version()}, numpy {np.__version__}, gymnasium {gym.__version__}, "
        f"Box2D {Box2D.__version__}.",
        f"Load average before/after: {load_before:.2f} / {load_after:.2f} "
        f"(other processes share the cores when it exceeds 1).",
        f"Engine {ENGINE!r}. Median of {args.repeats} runs; action_repeat=1 unless stated; random "
        "actions drawn beforehand; BLAS/OpenMP pinned to 1 thread.",
        "",
        "| what | variant | steps/s (wall) | steps/s per core (CPU time) | note |",
        "|---|---|---:|---:|---|",
    ]
    for what, variant, rate, per_core, note in rows:
        lines.append(f"| {what} | {variant} | {rate:,.0f} | {per_core:,.0f} | {note} |")
    return "\n".join(lines)


def profile(args) -> None:
    import cProfile
    import pstats

    run, envs = vector_runner("qwop-v0", 64, "vector_entry_point")
    run(640)
    profiler = cProfile.Profile()
    profiler.enable()
    run(args.steps * 4)
    profiler.disable()
    pstats.Stats(profiler).sort_stats("tottime").print_stats(25)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, default=20000, help="agent steps per timed run")
    parser.add_argument("--repeats", type=int, default=5, help="timed runs per number (median)")
    parser.add_argument("--ids", nargs="+", default=list(FRAME_OPTIONS), help="environment ids")
    parser.add_argument("--nums", nargs="+", type=int, default=[1, 16, 64],
                        help="race counts for the native vector env")
    parser.add_argument("--sync-nums", nargs="+", type=int, default=[16, 64])
    parser.add_argument("--async-nums", nargs="+", type=int, default=[2, 16])
    parser.add_argument("--quick", action="store_true", help="short runs, for a smoke test")
    parser.add_argument("--profile", action="store_true",
                        help="profile the native 64-race qwop-v0 instead of benchmarking")
    parser.add_argument("--markdown", help="also write the table to this file")
    parser.add_argument("--engine", default="box2d", help="the physics engine of every game")
    parser.add_argument("--batched", action="store_true",
                        help="the end-to-end batched qwop-v0 per engine and N instead")
    parser.add_argument("--engines", nargs="+", default=["fast", "fast-approx", "box2d"],
                        help="for --batched")
    parser.add_argument("--batch-nums", nargs="+", type=int, default=[16, 64, 256],
                        help="race counts for --batched")
    parser.add_argument("--baseline-root", help="for --batched: also run another checkout")
    parser.add_argument("--batched-worker", nargs=4, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    global ENGINE
    ENGINE = args.engine
    if args.batched_worker:
        engine, num, steps, repeats = args.batched_worker
        batched_worker(engine, int(num), int(steps), int(repeats))
        return 0
    if args.quick:
        args.steps, args.repeats = 2000, 1
    if args.profile:
        profile(args)
        return 0
    if args.batched:
        text = batched(args)
    else:
        load_before = os.getloadavg()[0]
        rows = measure(args)
        text = report(rows, args, load_before, os.getloadavg()[0])
    print()
    print(text)
    if args.markdown:
        with open(args.markdown, "w") as f:
            f.write(text + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
