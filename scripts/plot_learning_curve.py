"""Plot a training run's learning curve beside a random policy, for docs/.

    python scripts/plot_learning_curve.py runs/NAME [--minutes 15] [--out docs/learning_curve.png]

Reads the run's TensorBoard events (charts/episodic_distance, the mean distance of the episodes
in the learner's window), takes the best of those means so far as "best distance", and draws both
against wall-clock minutes. The random policy's mean and best distance are measured here, on the
same env, from the run's stored env options. Needs matplotlib (pip install matplotlib).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import gymnasium as gym
import matplotlib
import numpy as np
from tensorboard.backend.event_processing.event_accumulator import EventAccumulator

import rlqwop  # noqa: F401 (registers the envs)

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402


def random_policy(env_id: str, env_kwargs: dict, episodes: int, seed: int = 0) -> np.ndarray:
    """Distances (m) of ``episodes`` episodes of uniformly random actions."""
    env = gym.make(env_id, **env_kwargs)
    env.action_space.seed(seed)
    distances = []
    for episode in range(episodes):
        env.reset(seed=seed + episode)
        done = False
        while not done:
            _, _, terminated, truncated, info = env.step(env.action_space.sample())
            done = terminated or truncated
        distances.append(info["distance_m"])
    return np.array(distances)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("run", type=Path)
    parser.add_argument("--minutes", type=float, default=15.0)
    parser.add_argument("--episodes", type=int, default=200, help="random-policy episodes")
    parser.add_argument("--out", type=Path, default=Path("docs/learning_curve.png"))
    args = parser.parse_args()

    config = json.loads((args.run / "config.json").read_text())
    events = EventAccumulator(str(args.run), size_guidance={"scalars": 0})
    events.Reload()
    scalars = events.Scalars("charts/episodic_distance")
    start = scalars[0].wall_time
    minutes = np.array([s.wall_time - start for s in scalars]) / 60
    mean = np.array([s.value for s in scalars])
    steps = np.array([s.step for s in scalars])
    keep = minutes <= args.minutes
    minutes, mean, steps = minutes[keep], mean[keep], steps[keep]
    best = np.maximum.accumulate(mean)

    rand = random_policy(config["env_id"], config.get("env_kwargs", {}), args.episodes)
    fig, (ax, ax_time) = plt.subplots(2, 1, figsize=(7, 6), sharex=True,
                                      gridspec_kw={"height_ratios": [2, 1]})
    ax.plot(minutes, mean, label="PPO: mean episode distance (last episodes)")
    ax.plot(minutes, best, label="PPO: best mean distance so far")
    ax.axhline(rand.mean(), color="grey", linestyle="--",
               label=f"random policy: mean {rand.mean():.1f} m")
    ax.axhline(rand.max(), color="grey", linestyle=":",
               label=f"random policy: best of {len(rand)} = {rand.max():.1f} m")
    ax.axhline(100, color="black", linewidth=0.5)
    race = events.Scalars("charts/race_time")
    race_minutes = np.array([r.wall_time - start for r in race]) / 60
    race_time = np.array([r.value for r in race])
    ax_time.plot(race_minutes[race_minutes <= args.minutes], race_time[race_minutes <= args.minutes],
                 color="tab:green")
    ax_time.set_ylabel("race time of\nfinished runs (s)")
    ax_time.set_xlabel(f"wall-clock minutes ({steps[-1] / 1e6:.1f} M env steps at the end)")
    ax.set_ylabel("distance (m)")
    ax.set_title(f"rlqwop train on {config['env_id']}, 2 cores")
    ax.legend(loc="center right", fontsize=8)
    fig.tight_layout()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(args.out, dpi=100)
    first = np.nonzero(mean >= 100)[0]
    print(f"wrote {args.out}; random policy mean {rand.mean():.2f} m, best {rand.max():.2f} m; "
          f"PPO mean {mean[-1]:.1f} m at {minutes[-1]:.1f} min ({steps[-1]} steps); mean >= 100 m "
          f"first at {minutes[first[0]]:.1f} min" if len(first) else "")


if __name__ == "__main__":
    main()
