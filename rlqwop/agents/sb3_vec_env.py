"""A Gymnasium vector env as a Stable-Baselines3 ``VecEnv``, so SB3 steps our batched env directly.

The two libraries end episodes differently:

* Gymnasium 1.x (our ``QwopVectorEnv``, ``SyncVectorEnv``): next-step autoreset. The step that
  ends an episode returns its final observation; the *next* step resets that env and returns the
  new episode's first observation (reward 0, not done), ignoring its action.
* SB3 (``DummyVecEnv``): same-step reset. The step that ends an episode returns ``done`` and
  already the *new* episode's first observation; the final one is in
  ``infos[i]["terminal_observation"]``, and ``infos[i]["TimeLimit.truncated"]`` says whether the
  end was a truncation.

``GymnasiumVecEnv`` turns the first into the second: after a step in which some envs ended, it
resets just those (Gymnasium's ``reset(options={"reset_mask": done})``), so no step is wasted and
the wrapped env never sees its own autoreset. The result equals ``DummyVecEnv`` over single envs
step for step (observations, rewards as float32, dones, infos, seeding), which the tests check.
"""

from __future__ import annotations

from typing import Any

import gymnasium
import numpy as np
from gymnasium import spaces
from stable_baselines3.common.vec_env.base_vec_env import (VecEnv, VecEnvIndices, VecEnvObs,
                                                           VecEnvStepReturn)


class GymnasiumVecEnv(VecEnv):
    """SB3's ``VecEnv`` interface over a Gymnasium ``VectorEnv`` with next-step autoreset.

    Args:
        envs: the vector env; its ``reset`` must accept ``options={"reset_mask": mask}``
            (Gymnasium >= 1.1's vector envs and ours do).

    The sub-environments are not separate objects here: ``get_attr`` and ``env_method`` reach the
    vector env itself (one value or call, repeated per index), ``set_attr`` and ``env_method``
    only for all envs at once.
    """

    def __init__(self, envs: gymnasium.vector.VectorEnv) -> None:
        mode = envs.metadata.get("autoreset_mode", gymnasium.vector.AutoresetMode.NEXT_STEP)
        if mode != gymnasium.vector.AutoresetMode.NEXT_STEP:
            raise ValueError(f"GymnasiumVecEnv needs a vector env with next-step autoreset, "
                             f"got {mode}")
        self.envs = envs  # before VecEnv.__init__, which reads render_mode through get_attr
        super().__init__(envs.num_envs, envs.single_observation_space, envs.single_action_space)
        self.metadata = envs.metadata
        self.actions: np.ndarray | None = None
        # SB3 samples MultiBinary actions as float 0./1. (Bernoulli); Gymnasium's space is int8.
        space = envs.single_action_space
        self._action_dtype = space.dtype if isinstance(space, spaces.MultiBinary) else None

    # --- stepping --------------------------------------------------------------------------------
    def reset(self) -> VecEnvObs:
        seeds = self._seeds if any(s is not None for s in self._seeds) else None
        obs, info = None, {}
        # DummyVecEnv passes each env its own options; envs sharing options reset together.
        for options, mask in self._option_groups():
            if mask is not None:
                options = {**options, "reset_mask": mask}
            obs, info = self.envs.reset(seed=seeds, options=options or None)
            for i, row in enumerate(split_infos(info, self.num_envs)):
                if mask is None or mask[i]:
                    self.reset_infos[i] = row
        self._reset_seeds()
        self._reset_options()
        return obs

    def _option_groups(self) -> list[tuple[dict, np.ndarray | None]]:
        if all(o == self._options[0] for o in self._options):
            return [(self._options[0], None)]
        groups: list[tuple[dict, np.ndarray]] = []
        for i, options in enumerate(self._options):
            for known, mask in groups:
                if known == options:
                    mask[i] = True
                    break
            else:
                mask = np.zeros(self.num_envs, dtype=bool)
                mask[i] = True
                groups.append((options, mask))
        return groups

    def step_async(self, actions: np.ndarray) -> None:
        if self._action_dtype is not None:
            actions = np.asarray(actions).astype(self._action_dtype)
        self.actions = actions

    def step_wait(self) -> VecEnvStepReturn:
        obs, rewards, terminated, truncated, info = self.envs.step(self.actions)
        dones = np.logical_or(terminated, truncated)
        infos = split_infos(info, self.num_envs)
        for i, (term, trunc) in enumerate(zip(terminated.tolist(), truncated.tolist())):
            infos[i]["TimeLimit.truncated"] = trunc and not term
        if dones.any():
            ended = np.flatnonzero(dones).tolist()
            for i in ended:  # copied: a vector env may reuse its observation buffer
                infos[i]["terminal_observation"] = np.array(obs[i])
            obs, reset_info = self.envs.reset(options={"reset_mask": dones})
            rows = split_infos(reset_info, self.num_envs)
            for i in ended:
                self.reset_infos[i] = rows[i]
        return obs, np.asarray(rewards, dtype=np.float32), dones, infos

    def close(self) -> None:
        self.envs.close()

    # --- the rest of SB3's VecEnv interface ------------------------------------------------------
    def get_images(self) -> list[np.ndarray | None]:
        images = self.envs.render()
        return [None] * self.num_envs if images is None else list(images)

    def get_attr(self, attr_name: str, indices: VecEnvIndices = None) -> list[Any]:
        value = getattr(self.envs, attr_name)
        return [value] * len(self._get_indices(indices))

    def set_attr(self, attr_name: str, value: Any, indices: VecEnvIndices = None) -> None:
        self._require_all(indices, "set_attr")
        setattr(self.envs, attr_name, value)

    def env_method(self, method_name: str, *method_args, indices: VecEnvIndices = None,
                   **method_kwargs) -> list[Any]:
        self._require_all(indices, "env_method")
        result = getattr(self.envs, method_name)(*method_args, **method_kwargs)
        return [result] * self.num_envs

    def env_is_wrapped(self, wrapper_class: type[gymnasium.Wrapper],
                       indices: VecEnvIndices = None) -> list[bool]:
        return [False] * len(self._get_indices(indices))  # no per-env Gymnasium wrappers

    def _require_all(self, indices: VecEnvIndices, what: str) -> None:
        if list(self._get_indices(indices)) != list(range(self.num_envs)):
            raise ValueError(f"{what}: the envs of a batched vector env are not separate objects; "
                             f"only all of them at once (indices=None)")


def split_infos(info: dict, num_envs: int) -> list[dict]:
    """Gymnasium's vector info (arrays over envs, ``_key`` masks) as one dict per env."""
    out: list[dict] = [{} for _ in range(num_envs)]
    for key, value in info.items():
        if key.startswith("_"):
            continue
        mask = info.get("_" + key)
        rows = range(num_envs) if mask is None else np.flatnonzero(mask).tolist()
        if isinstance(value, dict):
            nested = split_infos(value, num_envs)
            for i in rows:
                out[i][key] = nested[i]
            continue
        if isinstance(value, np.ndarray) and value.ndim == 1 and value.dtype != object:
            value = value.tolist()  # Python scalars, as a single env's info holds
        for i in rows:
            out[i][key] = value[i]
    return out
