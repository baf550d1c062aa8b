"""The native batched vector environment: N QWOP races in one process, next-step autoreset.

It behaves exactly like ``gymnasium.vector.SyncVectorEnv`` over N single environments (same
observations, rewards, infos, seeding and autoreset, which the tests check step for step), but the
games write into shared preallocated arrays and every rule runs once over the whole batch, so the
cost per environment step is little more than the physics.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from gymnasium.utils import seeding
from gymnasium.vector import AutoresetMode, VectorEnv
from gymnasium.vector.utils import batch_space

from rlqwop.envs.actions import ActionDecoder, action_space
from rlqwop.envs.batch import RunnerBatch
from rlqwop.envs.observers import build, start_noise_option
from rlqwop.envs.qwop_env import RENDER_SIZE
from rlqwop.game import spec
from rlqwop.game.rules import whole_number

_INFO_KEYS = ("distance_m", "race_time_s", "fallen", "finished")
_EVENT_KEYS = ("nonfinite", "overran")


class QwopVectorEnv(VectorEnv):
    """``num_envs`` qwop-v0 races stepped together; the vector entry point of qwop-v0.

    Takes every keyword option of ``QwopEnv`` (see its docstring), plus:

    Args:
        num_envs: how many races.
        render_mode: None or ``"rgb_array"``: ``render()`` then gives a 640 x 400 picture per race.
        copy: return copies of the observation and outcome arrays (default). With False the
            arrays are reused by the next step, which saves a copy per step.
        max_episode_steps: optional agent-step limit per episode (truncation), as the
            ``TimeLimit`` wrapper that ``gymnasium.make`` would add to a single environment
            (which adds no ``is_success`` to the infos of the step it truncates).

    Autoreset: next step (``metadata["autoreset_mode"]``). The step after an episode ended
    resets that race instead of stepping it: it returns the new episode's first observation,
    reward 0, not terminated or truncated, and the reset's info. ``reset(seed=s)`` seeds race i
    with s + i; each race keeps its own generator for later resets, as SyncVectorEnv's
    sub-environments do. ``reset(options=...)`` accepts ``start_noise`` and ``reset_mask`` (a
    bool array: reset only those races).
    """

    kind = "state"
    metadata = {"render_modes": ["rgb_array"], "render_fps": spec.UPDATES_PER_SECOND,
                "autoreset_mode": AutoresetMode.NEXT_STEP}

    def __init__(self, num_envs: int = 1, *, render_mode: str | None = None, copy: bool = True,
                 max_episode_steps: int | None = None, **options: Any) -> None:
        if render_mode is not None and render_mode not in self.metadata["render_modes"]:
            raise ValueError(f"render_mode must be None or one of {self.metadata['render_modes']}, "
                             f"got {render_mode!r}")
        if max_episode_steps is not None:
            max_episode_steps = whole_number("max_episode_steps (or None)", max_episode_steps)
        self.config, self._observer = build(self.kind, num_envs, options, type(self).__name__)
        self._batch = RunnerBatch(num_envs, self.config)
        self.num_envs = self._batch.num
        self.render_mode = render_mode
        self.copy = bool(copy)
        self.max_episode_steps = max_episode_steps
        self.metadata = {**self.metadata,
                         "render_fps": spec.UPDATES_PER_SECOND / self.config.action_repeat}
        self._decoder = ActionDecoder(self.config.action_type)
        self.single_action_space = action_space(self.config.action_type)
        self.single_observation_space = self._observer.space
        self.action_space = batch_space(self.single_action_space, self.num_envs)
        self.observation_space = batch_space(self.single_observation_space, self.num_envs)
        self._rngs: list[np.random.Generator | None] = [None] * self.num_envs
        self._autoreset = np.zeros(self.num_envs, dtype=bool)
        # the races whose game ended the episode on the last step (not the step limit, which
        # ends it as TimeLimit would, without an is_success)
        self._ended = np.zeros(self.num_envs, dtype=bool)
        self._episode_steps = np.zeros(self.num_envs, dtype=np.int64)
        self._all = np.ones(self.num_envs, dtype=bool)
        self._renderer = None

    @property
    def games(self) -> list:
        """Each race with ``rlqwop.game.Game``'s reading interface (a ``GameView`` of the races'
        ``GameBatch``; with one race, its ``Game``). Read them; changing them bypasses the env."""
        return self._batch.games

    # --- reset -----------------------------------------------------------------------------------
    def reset(self, *, seed: int | list[int | None] | None = None, options: dict | None = None):
        """Reset every race (or those in ``options["reset_mask"]``); see the class docstring."""
        n = self.num_envs
        if seed is None:
            seeds = [None] * n
        elif isinstance(seed, (int, np.integer)) and not isinstance(seed, bool):
            super().reset(seed=int(seed))
            seeds = [int(seed) + i for i in range(n)]
        elif isinstance(seed, (list, tuple, np.ndarray)) and all(
                s is None or (isinstance(s, (int, np.integer)) and not isinstance(s, bool)) for s in seed):
            seeds = [None if s is None else int(s) for s in seed]
            if len(seeds) != n:
                raise ValueError(f"seed as a list must have num_envs={n} entries, got {len(seeds)}")
        else:
            raise ValueError(f"seed must be None, an int (race i gets seed + i) or a list of "
                             f"num_envs={n} ints or Nones, got {seed!r}")
        options = dict(options or {})
        mask = self._reset_mask(options.pop("reset_mask", None))
        noise = start_noise_option(options, allowed=("start_noise", "reset_mask"))
        batch = self._batch
        rows = np.flatnonzero(mask).tolist()
        for row in rows:
            if seeds[row] is not None:
                self._rngs[row], _ = seeding.np_random(seeds[row])
        batch.reset_rows(mask, [self._rng(row) for row in rows], noise)
        batch.mark_reset(mask)
        self._autoreset[mask] = False
        self._ended[mask] = False
        self._episode_steps[mask] = 0
        obs = self._observer.observe(batch, reset_rows=mask, rows=mask)
        return (obs.copy() if self.copy else obs), self._infos(reported=mask)

    def _reset_mask(self, mask) -> np.ndarray:
        if mask is None:
            return self._all
        if not isinstance(mask, np.ndarray) or mask.dtype != np.bool_ \
                or mask.shape != (self.num_envs,):
            raise ValueError(f"options['reset_mask'] must be a bool numpy array of shape "
                             f"({self.num_envs},), got {mask!r}")
        if not mask.any():
            raise ValueError("options['reset_mask'] must select at least one environment")
        return mask

    def _rng(self, row: int) -> np.random.Generator:
        if self._rngs[row] is None:
            self._rngs[row], _ = seeding.np_random()
        return self._rngs[row]

    # --- step ------------------------------------------------------------------------------------
    def step(self, actions):
        """Step every race with its action, or reset it if its episode ended on the last step."""
        batch = self._batch
        codes = self._decoder.codes(actions, self.num_envs)
        resetting = self._autoreset
        skip = None
        if resetting.any():
            skip = resetting.copy()
            batch.reset_rows(skip, [self._rng(row) for row in np.flatnonzero(skip).tolist()],
                             read=False)  # the step reads every race afterwards
        batch.step(codes, skip)
        terminated, truncated = batch.terminated, batch.truncated
        np.logical_or(terminated, truncated, out=self._ended)
        if self.max_episode_steps is not None:
            self._episode_steps += 1
            if skip is not None:
                self._episode_steps[skip] = 0
            truncated |= self._episode_steps >= self.max_episode_steps  # as TimeLimit does
        np.logical_or(terminated, truncated, out=self._autoreset)
        obs = self._observer.observe(batch, skip)
        infos = self._infos(reported=self._all)
        if self.copy:
            return obs.copy(), batch.reward.copy(), terminated.copy(), truncated.copy(), infos
        return obs, batch.reward, terminated, truncated, infos

    def _infos(self, reported: np.ndarray) -> dict[str, np.ndarray]:
        """Gymnasium's vector info layout: each key an array over races, ``_key`` its mask."""
        states, batch = self._batch.states, self._batch
        mask = reported.copy()
        infos = {
            "distance_m": states.distance_m.copy(),
            "race_time_s": states.ticks / spec.UPDATES_PER_SECOND,
            "fallen": states.fallen.copy(),
            "finished": states.finished.copy(),
        }
        for key in _INFO_KEYS:
            infos["_" + key] = mask
        done = self._ended & reported
        if done.any():
            infos["is_success"] = states.finished & done
            infos["_is_success"] = done
        for key in _EVENT_KEYS:
            happened = getattr(batch, key) & reported
            if happened.any():
                infos[key] = happened.copy()
                infos["_" + key] = happened
        return infos

    # --- the rest ---------------------------------------------------------------------------------
    def render(self) -> tuple[np.ndarray, ...] | None:
        """One 640 x 400 RGB picture per race (``render_mode="rgb_array"``), else None."""
        if self.render_mode != "rgb_array":
            return None
        if self._renderer is None:
            from rlqwop.game.render import Renderer

            self._renderer = Renderer(*RENDER_SIZE)
        return tuple(np.zeros(self._renderer.shape, dtype=np.uint8) if bad
                     else self._renderer.render(game)
                     for game, bad in zip(self.games, self._batch.nonfinite.tolist()))


class FrameQwopVectorEnv(QwopVectorEnv):
    """``num_envs`` frame-qwop-v0 races stepped together; see ``QwopVectorEnv`` and
    ``FrameQwopEnv`` (which lists the ``frame_width`` and ``frame_height`` options)."""

    kind = "frame"


class MultiFrameQwopVectorEnv(QwopVectorEnv):
    """``num_envs`` multi-frame-qwop-v0 races stepped together; see ``QwopVectorEnv`` and
    ``MultiFrameQwopEnv`` (which lists the frame size and ``frame_stack`` options)."""

    kind = "frame_stack"
