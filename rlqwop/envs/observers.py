"""Which observer each kind of environment uses, and how its keyword options are split off.

The single and vector environments both build their ``EnvConfig`` and observer here, so every
option is accepted or refused the same way whichever entry point created the environment.
"""

from __future__ import annotations

from rlqwop.envs.config import CONFIG_FIELDS, EnvConfig
from rlqwop.game.rules import whole_number

KINDS = ("state", "frame", "frame_stack")
# environment option name -> observer argument name, per kind
OBSERVER_OPTIONS = {
    "state": {},
    "frame": {"frame_width": "width", "frame_height": "height"},
    "frame_stack": {"frame_width": "width", "frame_height": "height", "frame_stack": "stack"},
}


def build(kind: str, num: int, options: dict, owner: str):
    """The ``EnvConfig`` and observer for ``num`` games of ``kind`` from keyword ``options``.

    ``owner`` names the environment in the error raised for an unknown option.
    """
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {KINDS}, got {kind!r}")
    num = whole_number("num_envs", num)  # before any array is sized by it
    renames = OBSERVER_OPTIONS[kind]
    unknown = sorted(set(options) - set(CONFIG_FIELDS) - set(renames))
    if unknown:
        raise TypeError(f"{owner} got unknown option(s) {', '.join(map(repr, unknown))}; "
                        f"its options are {', '.join(CONFIG_FIELDS + tuple(renames))}")
    config = EnvConfig(**{k: v for k, v in options.items() if k in CONFIG_FIELDS})
    observer_args = {renames[k]: v for k, v in options.items() if k in renames}
    if kind == "state":
        from rlqwop.envs.observations import StateObserver

        return config, StateObserver(num)
    from rlqwop.envs.frames import FrameObserver, FrameStackObserver

    factory = FrameObserver if kind == "frame" else FrameStackObserver
    return config, factory(num, **observer_args)


def start_noise_option(options: dict | None,
                       allowed: tuple[str, ...] = ("start_noise",)) -> float | None:
    """The ``start_noise`` of a reset's ``options`` (None: use the default), refusing other keys."""
    if not options:
        return None
    unknown = sorted(set(options) - set(allowed))
    if unknown:
        raise ValueError(f"unknown reset option(s) {', '.join(map(repr, unknown))}; "
                         f"reset accepts {', '.join(allowed)}")
    noise = options.get("start_noise")
    if noise is None:
        return None
    if isinstance(noise, bool) or not isinstance(noise, (int, float)) or not noise >= 0 \
            or noise == float("inf"):
        raise ValueError(f"options['start_noise'] must be a finite number >= 0, got {noise!r}")
    return float(noise)
