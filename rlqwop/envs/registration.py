"""Registers the three QWOP environments with Gymnasium, each with a batched vector entry point.

``gymnasium.make("rlqwop:qwop-v0")`` imports ``rlqwop`` (whose ``__init__`` calls ``register_envs``)
and then finds the id; ``gymnasium.make_vec("qwop-v0", num_envs=N)`` builds the native vector env.
"""

from __future__ import annotations

from gymnasium.envs.registration import register, registry

# The default rewards give the torso's progress in metres plus the finish bonus: a runner that
# finishes scores 100-115 (the shipped runner 112.7); see docs.REWARDS for runs that pass 100
# without a finish.
REWARD_THRESHOLD = 100.0

ENVIRONMENTS = (
    ("qwop-v0", "rlqwop.envs.qwop_env:QwopEnv", "rlqwop.envs.vector:QwopVectorEnv"),
    ("frame-qwop-v0", "rlqwop.envs.frame_envs:FrameQwopEnv", "rlqwop.envs.vector:FrameQwopVectorEnv"),
    ("multi-frame-qwop-v0", "rlqwop.envs.frame_envs:MultiFrameQwopEnv",
     "rlqwop.envs.vector:MultiFrameQwopVectorEnv"),
)
ENV_IDS = tuple(env_id for env_id, _, _ in ENVIRONMENTS)


def register_envs() -> None:
    """Register every id once; importing twice (or reloading) does not re-register."""
    for env_id, entry_point, vector_entry_point in ENVIRONMENTS:
        if env_id in registry:
            continue
        # No max_episode_steps: the episode limit is on the race clock (time_limit_s), which the
        # environment applies itself, so it does not depend on action_repeat.
        register(id=env_id, entry_point=entry_point, vector_entry_point=vector_entry_point,
                 reward_threshold=REWARD_THRESHOLD, nondeterministic=False)
