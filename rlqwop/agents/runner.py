"""A trained runner from any checkpoint: its policy, the environment it was trained in, and its run
update by update.

    runner = load_runner("runs/NAME/checkpoints/best.pt")   # ours or Stable-Baselines3's
    env = runner.make_env()                                  # the env id and kwargs it was trained with
    action = runner.act(obs)                                 # deterministic unless told otherwise

``load_runner(None)`` loads the runner shipped with the package (``rlqwop/weights/runner.pt``).
Which algorithm wrote a file is read from the file itself; a missing, damaged, foreign or unknown
one is refused with a ``CheckpointError`` that says why.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

import numpy as np

from rlqwop.agents import checkpoint
from rlqwop.agents.checkpoint import CheckpointError
from rlqwop.agents.config import SB3_ALGOS

SHIPPED = Path(__file__).resolve().parent.parent / "weights" / "runner.pt"


@dataclass
class Runner:
    """A policy and the environment it belongs to."""

    path: Path
    algo: str
    env_id: str
    env_kwargs: dict
    meta: dict
    policy: Callable[[np.ndarray, bool], np.ndarray] = field(repr=False)

    def act(self, obs: np.ndarray, deterministic: bool = True) -> np.ndarray:
        """Actions for one observation or a batch, as the env returns them."""
        return self.policy(obs, deterministic)

    def make_env(self, **overrides):
        """One environment as in training (``overrides`` replace stored kwargs, e.g. render_mode)."""
        import gymnasium

        import rlqwop  # noqa: F401  (registers the QWOP ids)

        return self._checked(lambda: gymnasium.make(self.env_id,
                                                    **{**self.env_kwargs, **overrides}),
                             vector=False)

    def make_vec_env(self, num_envs: int):
        """``num_envs`` environments as in training, stepped as the env's batched vector env."""
        import gymnasium

        import rlqwop  # noqa: F401

        def make():
            mode = "vector_entry_point" if gymnasium.spec(self.env_id).vector_entry_point else "sync"
            return gymnasium.make_vec(self.env_id, num_envs=num_envs, vectorization_mode=mode,
                                      **self.env_kwargs)
        return self._checked(make, vector=True)

    def _checked(self, make, vector: bool):
        try:
            env = make()
        except Exception as e:  # noqa: BLE001  (an env that no longer takes the stored kwargs)
            raise CheckpointError(f"{self.path}: cannot make its environment {self.env_id} with "
                                  f"{self.env_kwargs}: {e}") from e
        space = env.single_observation_space if vector else env.observation_space
        if list(space.shape) != list(self.meta["obs_shape"]):
            env.close()
            raise CheckpointError(f"{self.path}: {self.env_id} now observes shape "
                                  f"{tuple(space.shape)}, the runner was trained on "
                                  f"{tuple(self.meta['obs_shape'])}")
        return env


def load_runner(path: str | os.PathLike | None = None) -> Runner:
    """The runner in a checkpoint of either training path, or the shipped one for None.

    Raises:
        CheckpointError: naming the file and why it cannot be used.
    """
    if path is None:
        if not SHIPPED.is_file():
            raise CheckpointError(f"no checkpoint given, and this rlqwop ships no trained runner "
                                  f"yet ({SHIPPED} is absent); pass a checkpoint, e.g. "
                                  f"runs/NAME/checkpoints/best.pt from 'rlqwop train'")
        path = SHIPPED
    path = Path(path)
    if path.is_file() and _starts_with(path, b"PK\x03\x04"):
        raise CheckpointError(f"{path} is a zip file (a Stable-Baselines3 model.save()?), not an "
                              f"rlqwop checkpoint; rlqwop reads the checkpoints 'rlqwop train "
                              f"--algo sb3-...' writes, which also record the environment")
    state = checkpoint.load(path)
    meta = state["meta"]
    algo = checkpoint.algo_of(meta)
    if algo != "ppo" and algo not in SB3_ALGOS:
        raise CheckpointError(f"{path} was written by algo {algo!r}, which this rlqwop does not "
                              f"know (it knows ppo, {', '.join(SB3_ALGOS)}); is rlqwop older "
                              f"than the checkpoint?")
    try:
        act = _policy(algo, state)
        env_id = str(meta["env_id"])
        list(meta["obs_shape"])
        # checkpoints of our PPO written before meta carried env_kwargs have them in their config
        env_kwargs = dict(meta.get("env_kwargs", state.get("config", {}).get("env_kwargs", {})))
    except (KeyError, TypeError, ValueError, RuntimeError, AttributeError) as e:
        # the checksum matched, so the file is as written: a writer's bug or a hand-edited file
        raise CheckpointError(f"{path} is damaged: its settings do not fit its weights or are "
                              f"missing ({type(e).__name__}: {e})") from e
    physics = meta.get("physics")
    if physics is not None:
        from rlqwop.agents.learner import physics_fingerprint

        now = physics_fingerprint(env_id)
        if now is not None and now != physics:
            import warnings

            warnings.warn(f"{path} was trained on other physics (fingerprint {physics}, now "
                          f"{now}); it runs, but not necessarily as it did in training",
                          stacklevel=2)
    return Runner(path, algo, env_id, env_kwargs, meta, act)


def _policy(algo: str, state: dict) -> Callable[[np.ndarray, bool], np.ndarray]:
    if algo == "ppo":
        from rlqwop.agents.policy import Policy

        return Policy.from_state(state).act
    from rlqwop.agents.sb3 import load_policy

    return load_policy(state)


def _starts_with(path: Path, magic: bytes) -> bool:
    with open(path, "rb") as f:
        return f.read(len(magic)) == magic


def game_options(env) -> dict:
    """The ``Game`` arguments of a QWOP env (from its config), to re-create its game."""
    config = getattr(env.unwrapped, "config", None)
    if config is None:
        raise ValueError(f"{env} is not a QWOP environment: it has no game to show")
    return {"start": config.start, "finish_either_foot": config.finish_either_foot,
            "engine": config.engine}


@dataclass
class EpisodeEnd:
    """How an episode ended, from the env's info at its last step."""

    distance_m: float
    race_time_s: float
    finished: bool
    fallen: bool
    steps: int
    reward: float
    terminated: bool


def updates(runner: Runner, env, seed: int | None = None) -> Iterator[tuple[object, str]]:
    """Run one episode from the game's exact start; yield the game after every game update.

    The env steps ``action_repeat`` updates per decision; to show each update, a second game
    with the same options replays the held keys one update at a time (the game is deterministic,
    so both are the same run; checked at the end). Yields ``(game, keys)``; returns the
    ``EpisodeEnd``.
    """
    from rlqwop.envs.actions import ActionDecoder
    from rlqwop.game import Game

    config = env.unwrapped.config
    decoder = ActionDecoder(config.action_type)
    game = Game(**game_options(env))
    obs, _ = env.reset(seed=seed, options={"start_noise": 0.0})
    steps, total = 0, 0.0
    while True:
        action = runner.act(obs)
        obs, reward, terminated, truncated, info = env.step(action)
        steps, total = steps + 1, total + float(reward)
        keys = decoder.keys(action)
        for _ in range(config.action_repeat):  # as the env steps: no updates after the end
            game.step(keys)
            yield game, keys
            if game.ended:
                break
        if terminated or truncated:
            break
    if (game.distance_m, game.race_time_s) != (info["distance_m"], info["race_time_s"]):
        raise RuntimeError(f"the replayed game diverged from the env's: {game.distance_m} m at "
                           f"{game.race_time_s} s, the env reports {info['distance_m']} m at "
                           f"{info['race_time_s']} s")
    return EpisodeEnd(info["distance_m"], info["race_time_s"], bool(info["finished"]),
                      bool(info["fallen"]), steps, total, bool(terminated))
