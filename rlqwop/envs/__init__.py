"""Gymnasium environments for QWOP: qwop-v0 (state), frame-qwop-v0, multi-frame-qwop-v0.

Importing this package registers the ids; the environment classes are imported only when an
environment is made, so ``import rlqwop`` stays light.
"""

from importlib import import_module

from rlqwop.envs.registration import ENV_IDS, register_envs

register_envs()

_LAZY = {
    "QwopEnv": "rlqwop.envs.qwop_env",
    "FrameQwopEnv": "rlqwop.envs.frame_envs",
    "MultiFrameQwopEnv": "rlqwop.envs.frame_envs",
    "QwopVectorEnv": "rlqwop.envs.vector",
    "FrameQwopVectorEnv": "rlqwop.envs.vector",
    "MultiFrameQwopVectorEnv": "rlqwop.envs.vector",
}

__all__ = ["ENV_IDS", "register_envs", *_LAZY]


def __getattr__(name: str):
    """The environment classes, imported on first use."""
    if name in _LAZY:
        return getattr(import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'rlqwop.envs' has no attribute {name!r}")
