"""Training configuration: one dataclass, defaults per environment and algorithm, a config file,
and flags.

Precedence, lowest first: the defaults for the environment id and algorithm, the stored config of a
resumed run, a ``--config`` file (TOML or JSON), then command-line flags. Everything is checked here, before any
MPI process, environment or network exists, so a bad value costs nothing.

This module imports neither torch nor mpi4py (torch only to read the config stored in a checkpoint
file given to ``--resume``): ``rlqwop train --help`` and the launcher stay fast.
"""

from __future__ import annotations

import argparse
import copy
import json
import math
import os
import tomllib
import typing
from dataclasses import MISSING, asdict, dataclass, field, fields, replace
from pathlib import Path

PIXEL_ENV_IDS = ("frame-qwop-v0", "multi-frame-qwop-v0")
QWOP_ENV_IDS = ("qwop-v0", *PIXEL_ENV_IDS)
POLICIES = ("auto", "mlp", "cnn")
DEVICES = ("cpu", "cuda", "auto")
VECTORIZATION_MODES = ("auto", "vector_entry_point", "sync")
# "ppo" is ours (MPI, actors and a learner); the others are Stable-Baselines3 in one process.
SB3_ALGOS = ("sb3-ppo", "sb3-a2c")
ALGOS = ("ppo", *SB3_ALGOS)


class ConfigError(ValueError):
    """A configuration value, file or flag that cannot be used; the message names it."""


@dataclass(frozen=True)
class Resume:
    """Where ``--resume`` continues from.

    ``--resume RUN_DIR`` continues a run in place from ``RUN_DIR/checkpoints/last.pt``;
    ``--resume FILE.pt`` starts a new run directory from the whole state of one checkpoint file
    (weights, optimiser, normaliser, step count and stored config), e.g. the shipped runner.
    """

    checkpoint: Path
    in_place: bool

    @property
    def run_dir(self) -> Path | None:
        """The run directory continued in place, or None for a new one."""
        return self.checkpoint.parent.parent if self.in_place else None


def new_run_dir(cfg: "TrainConfig", resume: Resume | None) -> Path:
    """The run directory of ``cfg``, refused if this run would start it but it already exists.

    Raises:
        ConfigError: naming the directory and how to continue it instead.
    """
    runs = Path(cfg.runs_dir)
    if runs.exists() and not runs.is_dir():
        raise ConfigError(f"runs_dir {runs} is a file; give a directory (it is created if missing)")
    run_dir = runs / cfg.name
    if (resume is None or not resume.in_place) and run_dir.exists():
        raise ConfigError(f"{run_dir} exists; continue it with --resume {run_dir} or choose "
                          f"another --name")
    return run_dir


def _f(default, help: str):
    if isinstance(default, (dict, list, tuple)):
        return field(default_factory=lambda: type(default)(default), metadata={"help": help})
    return field(default=default, metadata={"help": help})


@dataclass
class TrainConfig:
    """Everything a training run needs; ``config.json`` in the run directory holds it resolved."""

    # --- the run ---
    algo: str = _f("ppo", "ppo: our distributed PPO over MPI; sb3-ppo, sb3-a2c: Stable-Baselines3 "
                   "in one process (sb3-a2c starts from SB3's A2C defaults)")
    env_id: str = _f("qwop-v0", "Gymnasium environment id (qwop-v0, frame-qwop-v0, "
                     "multi-frame-qwop-v0, or any registered id with a vector env)")
    env_kwargs: dict = _f({}, "keyword arguments for the environment, e.g. "
                          "'{\"action_type\": \"multi_binary\"}' (JSON on the command line); "
                          "merged key by key into the defaults or the resumed run's (0 turns a "
                          "reward term off)")
    vectorization_mode: str = _f("auto", "how each actor batches its environments: the env's own "
                                 "vector env (vector_entry_point), gymnasium's sync wrapper, "
                                 "or auto")
    name: str = _f("", "run name; the run writes <runs_dir>/<name>/; empty: the env id, the "
                   "algorithm for sb3, and the start time")
    runs_dir: str = _f("runs", "directory that holds the run directories")
    seed: int = _f(1, "seed for torch, numpy and the environments")
    total_steps: int = _f(10_000_000, "stop after this many environment steps (agent decisions)")
    device: str = _f("cpu", "learner device: cpu, cuda or auto (actors always use the CPU)")
    # --- parallelism ---
    num_actors: int = _f(0, "actor processes (0: one per CPU core; under an existing mpirun the "
                         "world size minus one)")
    num_envs: int = _f(16, "environments per actor, stepped as one batched vector env")
    rollout_steps: int = _f(128, "steps per environment in one actor's rollout")
    policy_lag: int = _f(1, "1: actors collect the next rollout with parameters one update old "
                         "while the learner trains (keeps all cores busy); 0: strictly on-policy")
    learner_threads: int = _f(1, "torch threads on the learner")
    actor_timeout_s: float = _f(600.0, "give up when no rollout arrives for this long (0: wait "
                                "forever)")
    # --- PPO ---
    learning_rate: float = _f(3e-4, "Adam learning rate")
    anneal_lr: bool = _f(True, "decay the learning rate linearly to 0 over total_steps")
    update_epochs: int = _f(4, "passes over each batch")
    minibatch_size: int = _f(1024, "samples per gradient step; must divide the batch "
                             "(num_actors * num_envs * rollout_steps)")
    gamma: float = _f(0.99, "discount factor")
    gae_lambda: float = _f(0.95, "GAE lambda")
    clip_coef: float = _f(0.2, "PPO's surrogate clipping epsilon")
    clip_vloss: bool = _f(True, "clip the value loss around the old values like the policy")
    norm_adv: bool = _f(True, "normalise advantages per minibatch")
    ent_coef: float = _f(0.01, "entropy bonus coefficient")
    vf_coef: float = _f(0.5, "value loss coefficient")
    max_grad_norm: float = _f(0.5, "global gradient-norm clip")
    target_kl: float = _f(0.0, "stop an update's epochs early when approx KL exceeds this (0: off)")
    # --- observations and networks ---
    norm_obs: bool = _f(True, "running mean/var normalisation of vector observations (pixel "
                        "observations are never normalised; the CNN divides by 255)")
    obs_clip: float = _f(10.0, "clip normalised observations to +-this")
    policy: str = _f("auto", "network: mlp (vector obs), cnn (channel-last uint8 frames) or auto")
    hidden_sizes: tuple = _f((64, 64), "MLP hidden layer widths, one trunk each for actor and "
                             "critic")
    sb3_kwargs: dict = _f({}, "further keyword arguments for the Stable-Baselines3 algorithm, "
                          "e.g. '{\"use_rms_prop\": false}' (sb3-* only; JSON on the command line)")
    # --- bookkeeping ---
    checkpoint_interval: int = _f(25, "write checkpoints/last.pt every this many updates")
    stats_window: int = _f(100, "episodes in the running mean that picks checkpoints/best.pt")

    @property
    def num_updates(self) -> int:
        """Updates needed for total_steps, given the resolved number of actors."""
        return max(1, math.ceil(self.total_steps / self.batch_size))

    @property
    def batch_size(self) -> int:
        """Steps per update: every actor's rollout (one process's for the sb3 algorithms)."""
        processes = self.num_actors if self.algo == "ppo" else 1
        return processes * self.num_envs * self.rollout_steps

    def to_dict(self) -> dict:
        d = asdict(self)
        d["hidden_sizes"] = list(self.hidden_sizes)
        return d


# Overrides of the dataclass defaults for environment ids whose best settings differ.
# qwop-v0's are the recipe of the shipped runner (docs/RUNNER.md): from them PPO finds an upright
# bounding gait (under 60 s in 10 M steps); from the old ones (16 envs, 64-64, gamma 0.99, no
# shaping) it settled into a shuffle at about 100 s that long runs did not leave.
ENV_DEFAULTS: dict[str, dict] = {
    "qwop-v0": dict(num_envs=64, gamma=0.995, hidden_sizes=(128, 128),
                    env_kwargs={"time_cost": 0.5, "start_noise": 0.1, "knee_penalty": 0.5}),
    "frame-qwop-v0": dict(num_envs=8, minibatch_size=256, learning_rate=2.5e-4, clip_coef=0.1,
                          policy="cnn"),
    "multi-frame-qwop-v0": dict(num_envs=8, minibatch_size=256, learning_rate=2.5e-4,
                                clip_coef=0.1, policy="cnn"),
}

# Overrides for algorithms whose own defaults differ: SB3's A2C defaults. sb3-ppo keeps ours, so
# that the two PPOs compare like for like.
ALGO_DEFAULTS: dict[str, dict] = {
    "sb3-a2c": dict(rollout_steps=5, learning_rate=7e-4, anneal_lr=False, gae_lambda=1.0,
                    ent_coef=0.0, norm_adv=False),
}

# Settings that mean nothing to an algorithm; setting one away from its default is an error
# rather than silently ignored.
_MPI_ONLY = ("num_actors", "policy_lag", "actor_timeout_s")
NOT_APPLICABLE: dict[str, tuple[str, ...]] = {
    "ppo": ("sb3_kwargs",),
    "sb3-ppo": _MPI_ONLY,
    "sb3-a2c": (*_MPI_ONLY, "update_epochs", "minibatch_size", "clip_coef", "clip_vloss",
                "target_kl"),
}

FIELDS = {f.name: f for f in fields(TrainConfig)}
_TYPES = typing.get_type_hints(TrainConfig)


def defaults_for(env_id: str, algo: str = "ppo") -> dict:
    """The default value of every field for ``env_id`` trained with ``algo``."""
    out = {}
    for name, f in FIELDS.items():
        out[name] = f.default_factory() if f.default is MISSING else f.default
    out.update(copy.deepcopy(ENV_DEFAULTS.get(env_id, {})))
    out.update(copy.deepcopy(ALGO_DEFAULTS.get(algo, {})))
    out["env_id"] = env_id
    out["algo"] = algo
    return out


def _coerce(name: str, value, source: str):
    """Check a value from a file or flag against the field's type; return it in canonical form."""
    kind = _TYPES[name]
    bad = ConfigError(f"{name}: expected {getattr(kind, '__name__', kind)}, got {value!r} "
                      f"(from {source})")
    if kind is bool:
        if not isinstance(value, bool):
            raise bad
        return value
    if kind is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise bad
        return value
    if kind is float:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise bad
        return float(value)
    if kind is str:
        if not isinstance(value, str):
            raise bad
        return value
    if kind is dict:
        if not isinstance(value, dict):
            raise bad
        return dict(value)
    if kind is tuple:
        if not isinstance(value, (list, tuple)) or not all(
                isinstance(v, int) and not isinstance(v, bool) for v in value):
            raise bad
        return tuple(value)
    raise AssertionError(f"no coercion for {name}: {kind}")


def load_file(path: str | os.PathLike) -> dict:
    """Read a TOML or JSON config file (by extension) and check its keys and value types."""
    path = Path(path)
    if not path.is_file():
        raise ConfigError(f"config file {path} does not exist")
    try:
        if path.suffix == ".toml":
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        elif path.suffix == ".json":
            data = json.loads(path.read_text(encoding="utf-8"))
        else:
            raise ConfigError(f"config file {path}: use a .toml or .json file")
    except UnicodeDecodeError as e:
        raise ConfigError(f"config file {path} is not UTF-8 text ({e.reason} at byte {e.start})") from e
    except (tomllib.TOMLDecodeError, json.JSONDecodeError) as e:
        raise ConfigError(f"config file {path} is not valid {path.suffix[1:].upper()}: {e}") from e
    if not isinstance(data, dict):
        raise ConfigError(f"config file {path} must hold a table of settings")
    unknown = sorted(set(data) - set(FIELDS))
    if unknown:
        raise ConfigError(f"config file {path}: unknown setting(s) {', '.join(unknown)}; "
                          f"known: {', '.join(FIELDS)}")
    return {k: _coerce(k, v, str(path)) for k, v in data.items()}


MAX_SEED = 2**32 - 1  # numpy's legacy seeding (np.random.seed) takes no more


def validate(cfg: TrainConfig, world_size: int | None = None) -> TrainConfig:
    """Reject values that cannot work; resolve ``num_actors`` (0 means auto).

    Args:
        cfg: the configuration to check (not modified).
        world_size: the MPI world size when already running under mpirun; None when launching.
    Returns:
        A copy with ``num_actors`` resolved.
    """
    def need(ok: bool, msg: str) -> None:
        if not ok:
            raise ConfigError(msg)

    need(cfg.algo in ALGOS, f"algo must be one of {ALGOS}, got {cfg.algo!r}")
    _check_env_id(cfg.env_id)
    defaults = defaults_for(cfg.env_id, cfg.algo)
    for name in NOT_APPLICABLE[cfg.algo]:
        need(_canonical(getattr(cfg, name)) == _canonical(defaults[name]),
             f"{name} does not apply to algo {cfg.algo!r} (got {getattr(cfg, name)!r}); "
             + ("the sb3 algorithms run in one process, without MPI" if name in _MPI_ONLY
                else "it is for the sb3-* algorithms" if name == "sb3_kwargs"
                else f"{cfg.algo} has no such setting (see --sb3-kwargs for its own)"))
    need(cfg.vectorization_mode in VECTORIZATION_MODES,
         f"vectorization_mode must be one of {VECTORIZATION_MODES}, got {cfg.vectorization_mode!r}")
    need(cfg.policy in POLICIES, f"policy must be one of {POLICIES}, got {cfg.policy!r}")
    need(cfg.device in DEVICES, f"device must be one of {DEVICES}, got {cfg.device!r}")
    if cfg.policy == "mlp" and cfg.env_id in PIXEL_ENV_IDS:
        raise ConfigError(f"policy 'mlp' cannot read the frames of {cfg.env_id}; use cnn or auto")
    for name in ("total_steps", "num_envs", "rollout_steps", "update_epochs", "minibatch_size",
                 "learner_threads", "checkpoint_interval", "stats_window"):
        need(getattr(cfg, name) >= 1, f"{name} must be >= 1, got {getattr(cfg, name)}")
    need(cfg.num_actors >= 0, f"num_actors must be >= 0 (0: auto), got {cfg.num_actors}")
    need(0 <= cfg.seed <= MAX_SEED, f"seed must be in [0, {MAX_SEED}] (numpy's range), got {cfg.seed}")
    need(cfg.policy_lag in (0, 1), f"policy_lag must be 0 or 1, got {cfg.policy_lag}")
    for name in ("learning_rate", "obs_clip"):
        value = getattr(cfg, name)
        need(math.isfinite(value) and value > 0, f"{name} must be a positive number, got {value}")
    for name in ("gamma", "gae_lambda"):
        value = getattr(cfg, name)
        need(0.0 <= value <= 1.0, f"{name} must be in [0, 1], got {value}")
    for name in ("clip_coef", "ent_coef", "vf_coef", "max_grad_norm", "target_kl",
                 "actor_timeout_s"):
        value = getattr(cfg, name)
        need(math.isfinite(value) and value >= 0, f"{name} must be a number >= 0, got {value}")
    need(cfg.clip_coef > 0, "clip_coef must be > 0")
    need(cfg.max_grad_norm > 0, "max_grad_norm must be > 0")
    need(len(cfg.hidden_sizes) >= 1 and all(h >= 1 for h in cfg.hidden_sizes),
         f"hidden_sizes must be one or more widths >= 1, got {list(cfg.hidden_sizes)}")
    need(cfg.name == "" or (os.sep not in cfg.name and cfg.name not in (".", "..")),
         f"name must be a plain directory name, got {cfg.name!r}")

    if cfg.algo != "ppo":
        need(world_size is None, f"algo {cfg.algo!r} runs in one process; start 'rlqwop train "
                                 f"--algo {cfg.algo}' without mpirun")
        return _check_minibatch(replace(cfg))
    num_actors = cfg.num_actors
    if world_size is not None:
        need(world_size >= 2, f"training needs at least 2 MPI ranks (1 learner + actors), "
                              f"mpirun gave {world_size}")
        need(num_actors in (0, world_size - 1),
             f"num_actors={num_actors} but mpirun started {world_size} ranks "
             f"(1 learner + {world_size - 1} actors); drop --num-actors or match -np")
        num_actors = world_size - 1
    elif num_actors == 0:
        num_actors = default_num_actors()
    return _check_minibatch(replace(cfg, num_actors=num_actors))


def _check_minibatch(cfg: TrainConfig) -> TrainConfig:
    if "minibatch_size" in NOT_APPLICABLE[cfg.algo]:
        return cfg
    if cfg.batch_size % cfg.minibatch_size:
        actors = f"num_actors {cfg.num_actors} x " if cfg.algo == "ppo" else ""
        raise ConfigError(f"minibatch_size {cfg.minibatch_size} does not divide the batch "
                          f"{cfg.batch_size} ({actors}num_envs {cfg.num_envs} x rollout_steps "
                          f"{cfg.rollout_steps})")
    return cfg


def _canonical(value):
    return list(value) if isinstance(value, tuple) else value


def default_num_actors() -> int:
    """One actor per core the process may use: the learner mostly waits while actors collect."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:
        cores = os.cpu_count() or 1
    return max(1, cores)


def _check_env_id(env_id: str) -> None:
    import gymnasium

    import rlqwop  # noqa: F401  (importing the package registers the QWOP ids)

    if env_id not in gymnasium.envs.registry:
        ours = [k for k in gymnasium.envs.registry if "qwop" in k]
        raise ConfigError(f"unknown env id {env_id!r}; registered QWOP ids: {', '.join(ours)}")


# --- command line --------------------------------------------------------------------------------

def build_parser(prog: str = "rlqwop train") -> argparse.ArgumentParser:
    """The ``rlqwop train`` flags: one per config field, plus --config, --resume, --print-config."""
    parser = argparse.ArgumentParser(
        prog=prog, argument_default=argparse.SUPPRESS,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Train a QWOP runner with distributed PPO: rank 0 learns, the other MPI ranks "
                    "collect experience.\nStarted plainly it launches mpirun itself (1 learner + "
                    "num_actors actors); under\nyour own mpirun (e.g. with a hostfile) it uses the "
                    "ranks it is given.\n--algo sb3-ppo or sb3-a2c trains with "
                    "Stable-Baselines3 instead, in this one process.",
        epilog="Each run writes <runs_dir>/<name>/: config.json, TensorBoard logs, "
               "checkpoints/last.pt and best.pt.\n"
               "Ctrl-C (or SIGUSR1 to mpirun) stops after the current update (sb3-*: step) and saves; "
               "--resume continues.")
    parser.add_argument("--config", help="a TOML or JSON file of settings (flags override it)")
    parser.add_argument("--resume", metavar="RUN_DIR|FILE",
                        help="continue runs/<name> from its last checkpoint, or start a new run "
                             "from one checkpoint file's whole state (e.g. "
                             "rlqwop/weights/runner.pt); flags override the stored config")
    parser.add_argument("--print-config", action="store_true",
                        help="print the resolved config as JSON and exit")
    group = parser.add_argument_group("settings (defaults shown for qwop-v0 with --algo ppo)")
    for name, f in FIELDS.items():
        flag = "--" + name.replace("_", "-")
        kind = _TYPES[name]
        default = defaults_for("qwop-v0")[name]
        help = f"{f.metadata['help']} (default: {default!r})"
        if kind is bool:
            group.add_argument(flag, action=argparse.BooleanOptionalAction, help=help)
        elif kind is tuple:
            group.add_argument(flag, type=int, nargs="+", metavar="N", help=help)
        elif kind is dict:
            group.add_argument(flag, type=_json_dict, metavar="JSON", help=help)
        else:
            group.add_argument(flag, type=kind, help=help)
    return parser


def _json_dict(text: str) -> dict:
    try:
        value = json.loads(text)
    except json.JSONDecodeError as e:
        raise argparse.ArgumentTypeError(f"not JSON: {e}") from e
    if not isinstance(value, dict):
        raise argparse.ArgumentTypeError("must be a JSON object")
    return value


def parse(argv: list[str], world_size: int | None = None) -> tuple[TrainConfig, Resume | None, bool]:
    """Resolve and check the configuration from command-line arguments.

    Returns:
        (config, where --resume continues from or None, whether --print-config was given).
    Raises:
        ConfigError: with a message naming the bad setting.
    """
    ns = vars(build_parser().parse_args(argv))
    resume_arg = ns.pop("resume", None)
    config_file = ns.pop("config", None)
    print_config = ns.pop("print_config", False)
    resume, stored = _resume_source(resume_arg) if resume_arg is not None else (None, {})
    from_file = load_file(config_file) if config_file else {}
    flags = {k: _coerce(k, v, "command line") for k, v in ns.items()}
    def chosen(name: str, default: str) -> str:
        return flags.get(name, from_file.get(name, stored.get(name, default)))

    values = defaults_for(chosen("env_id", "qwop-v0"), chosen("algo", "ppo"))
    values.update(stored)  # a stored config is complete: its env_kwargs replace the defaults
    for layer in (from_file, flags):  # these name only what they change, env_kwargs key by key
        values.update({k: {**values[k], **v} if k == "env_kwargs" else v
                       for k, v in layer.items()})
    if world_size is not None and "num_actors" not in flags and "num_actors" not in from_file:
        # a stored count is the ranks of the run it was saved from; under mpirun the ranks are
        # the ones given now (the actors' environments start afresh on a resume anyway)
        values["num_actors"] = 0
    if resume is not None and resume.in_place:
        values["name"] = resume.run_dir.name
        values["runs_dir"] = str(resume.run_dir.parent)
    cfg = validate(TrainConfig(**values), world_size)
    return cfg, resume, print_config


def _resume_source(arg: str) -> tuple[Resume, dict]:
    """The ``--resume`` target and the config stored with it."""
    path = Path(arg).resolve()
    if path.is_dir():
        stored_path = path / "config.json"
        if not stored_path.is_file():
            raise ConfigError(f"--resume {arg}: no config.json there; is it a run directory?")
        last = path / "checkpoints" / "last.pt"
        if not last.is_file():
            best = path / "checkpoints" / "best.pt"
            raise ConfigError(f"--resume {arg}: the run saved no checkpoints/last.pt (it stopped "
                              f"before its first checkpoint); "
                              + (f"start a new run from {best} with --resume {best}, or "
                                 if best.is_file() else "")
                              + f"delete {path} and train again")
        return Resume(last, in_place=True), load_file(stored_path)
    if not path.is_file():
        raise ConfigError(f"--resume {arg}: no such run directory or checkpoint file")
    from rlqwop.agents.checkpoint import CheckpointError, load

    try:
        state = load(path)
    except CheckpointError as e:
        raise ConfigError(f"--resume {arg}: {e}") from e
    stored = state.get("config")
    if not isinstance(stored, dict):
        raise ConfigError(f"--resume {arg}: the checkpoint has no stored training config "
                          f"(written by an older rlqwop?); start a new run instead")
    # A new run: where it is written is this command's choice, not the checkpoint's.
    return Resume(path, in_place=False), {k: _coerce(k, v, f"{arg} (stored config)")
                                          for k, v in stored.items()
                                          if k in FIELDS and k not in ("name", "runs_dir")}
