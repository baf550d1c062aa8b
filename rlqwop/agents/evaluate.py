"""``rlqwop eval``: race a trained runner N times and report distance, finish and race time.

Every episode starts from the game's exact start unless ``start_noise`` is given; then episode i
is seeded with ``seed + i``, so the same command gives the same numbers. The runner acts
deterministically (the most likely action), so from the exact start every episode is the same
run. The episodes are raced side by side in the env's batched vector env, built with the env id
and kwargs stored in the checkpoint. Race times are on the race clock (1/30 s per game update).
"""

from __future__ import annotations

import json
import math
import statistics
import sys
from dataclasses import asdict, dataclass

import numpy as np

from rlqwop.agents.checkpoint import CheckpointError
from rlqwop.agents.runner import Runner, load_runner


@dataclass
class EpisodeResult:
    episode: int
    distance_m: float
    finished: bool
    fallen: bool
    race_time_s: float
    steps: int
    reward: float
    end: str  # finished, fell, time limit / other (truncated), ended (other termination)


def evaluate(runner: Runner, episodes: int, start_noise: float = 0.0,
             seed: int = 0) -> list[EpisodeResult]:
    """Race ``episodes`` episodes at once; the first episode of each race is reported."""
    if episodes < 1:
        raise ValueError(f"episodes must be >= 1, got {episodes}")
    if not (start_noise >= 0 and math.isfinite(start_noise)):
        raise ValueError(f"start noise must be a finite number >= 0, got {start_noise}")
    envs = runner.make_vec_env(episodes)
    try:
        obs, _ = envs.reset(seed=seed, options={"start_noise": float(start_noise)})
        active = np.ones(episodes, dtype=bool)
        steps = np.zeros(episodes, dtype=np.int64)
        reward = np.zeros(episodes)
        results: list[EpisodeResult | None] = [None] * episodes
        while active.any():
            obs, r, terminated, truncated, info = envs.step(runner.act(obs))
            steps += active
            reward += np.where(active, r, 0.0)
            ended = (terminated | truncated) & active
            for i in np.flatnonzero(ended).tolist():
                results[i] = _result(i, info, bool(terminated[i]), int(steps[i]), reward[i])
            active &= ~ended  # later episodes of a race (after its autoreset) are not reported
    finally:
        envs.close()
    return results


def _result(i: int, info: dict, terminated: bool, steps: int, reward: float) -> EpisodeResult:
    def get(key: str, default):
        if key in info and info.get("_" + key, np.ones(i + 1, bool))[i]:
            return info[key][i].item()
        return default

    finished, fallen = bool(get("finished", False)), bool(get("fallen", False))
    end = ("finished" if finished else "fell" if fallen else
           "ended" if terminated else "time limit / other")
    return EpisodeResult(i + 1, float(get("distance_m", math.nan)), finished, fallen,
                         float(get("race_time_s", math.nan)), steps, float(reward), end)


def summarize(results: list[EpisodeResult]) -> dict:
    """Finish rate, median race time of the finished runs, mean distance."""
    finished = [r for r in results if r.finished]
    return {
        "episodes": len(results),
        "finished": len(finished),
        "finish_rate": len(finished) / len(results),
        "median_race_time_s": statistics.median(r.race_time_s for r in finished) if finished
        else None,
        "mean_distance_m": statistics.fmean(r.distance_m for r in results),
    }


def table(results: list[EpisodeResult], summary: dict) -> str:
    rows = ["episode  distance m  finished  race time s  end"]
    for r in results:
        rows.append(f"{r.episode:7d}  {r.distance_m:10.1f}  {'yes' if r.finished else 'no':>8}  "
                    f"{r.race_time_s:11.2f}  {r.end}")
    median = summary["median_race_time_s"]
    rows.append(f"finish rate {summary['finish_rate']:.0%} ({summary['finished']} of "
                f"{summary['episodes']}), median race time "
                + ("-" if median is None else f"{median:.2f} s")
                + f" (finished runs), mean distance {summary['mean_distance_m']:.1f} m")
    return "\n".join(rows)


def main(checkpoint: str | None, episodes: int, start_noise: float | None, seed: int,
         as_json: bool) -> int:
    """``rlqwop eval``: print the table (or JSON); 2 when the checkpoint is refused."""
    try:
        runner = load_runner(checkpoint)
        results = evaluate(runner, episodes, start_noise or 0.0, seed)
    except (CheckpointError, ValueError) as e:
        print(f"rlqwop eval: error: {e}", file=sys.stderr)
        return 2
    summary = summarize(results)
    noise = start_noise or 0.0
    if as_json:
        print(json.dumps({
            "checkpoint": str(runner.path), "algo": runner.algo, "env_id": runner.env_id,
            "env_kwargs": runner.env_kwargs, "start_noise": noise,
            "seed": seed if noise else None, "deterministic": True,
            "episodes": [asdict(r) for r in results], "summary": summary}, indent=2))
        return 0
    start = f"start noise {noise} (seed {seed})" if noise else "the exact start"
    print(f"{runner.path}: {runner.algo} runner on {runner.env_id}, {episodes} episode(s) from "
          f"{start}, deterministic policy; race clock")
    print(table(results, summary))
    return 0
