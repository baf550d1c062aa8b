"""The ``rlqwop`` command: play, replay, train, watch, eval, record.

Each subcommand's work lives in its own module, imported only when that subcommand runs, so that
``rlqwop play`` never pays for torch and ``rlqwop train`` never opens a window.
"""

from __future__ import annotations

import argparse
import sys


def _play(args: argparse.Namespace) -> int:
    from rlqwop.play import play

    return play(start=args.start, replay_dir=args.replay_dir, scale=args.scale,
                max_updates=args.max_updates, race=args.race)


def _replay(args: argparse.Namespace) -> int:
    from rlqwop.play import play_replay

    return play_replay(args.file, scale=args.scale, headless=args.headless)


def _train(args: argparse.Namespace) -> int:
    from rlqwop.agents.train import main as train_main

    return train_main(args.train_args)


def _eval(args: argparse.Namespace) -> int:
    from rlqwop.agents.evaluate import main as eval_main

    return eval_main(args.checkpoint, args.episodes, args.start_noise, args.seed, args.json)


def _watch(args: argparse.Namespace) -> int:
    from rlqwop.watch import watch

    return watch(args.checkpoint, scale=args.scale, max_updates=args.max_updates)


def _record(args: argparse.Namespace) -> int:
    from rlqwop.watch import record

    return record(args.checkpoint, args.out, size=args.size, max_seconds=args.max_seconds)


def _size(text: str) -> tuple[int, int]:
    from rlqwop.watch import parse_size

    try:
        return parse_size(text)
    except ValueError as e:
        raise argparse.ArgumentTypeError(str(e)) from None


def _non_negative(text: str) -> float:
    value = float(text)
    if not value >= 0 or value == float("inf"):
        raise argparse.ArgumentTypeError(f"must be a finite number >= 0, got {text}")
    return value


def _positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be >= 1, got {text}")
    return value


def _seed(text: str) -> int:
    value = int(text)
    if not 0 <= value < 2**32:
        raise argparse.ArgumentTypeError(f"must be a whole number in [0, 2**32 - 1], got {text}")
    return value


def _positive_seconds(text: str) -> float:
    value = float(text)
    if not 0 < value < float("inf"):
        raise argparse.ArgumentTypeError(f"must be a finite number of seconds > 0, got {text}")
    return value


MAX_SCALE = 8.0  # 5120 x 3200: larger than any screen, and each frame is still a few MB


def _scale(text: str) -> float:
    value = float(text)
    if not 0 < value <= MAX_SCALE:
        raise argparse.ArgumentTypeError(f"must be a number in (0, {MAX_SCALE:g}], got {text}")
    return value


CHECKPOINT_HELP = ("a checkpoint written by 'rlqwop train' (any --algo), e.g. "
                   "runs/NAME/checkpoints/best.pt; default: the runner shipped with rlqwop")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="rlqwop", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("play", help="play QWOP with the keyboard (Q, W, O, P; R restarts)")
    p.add_argument("--start", choices=("fresh", "reset"), default="fresh",
                   help="the game's start after a page load (fresh) or after pressing R (reset)")
    p.add_argument("--replay-dir", default="replays", help="where each run's replay is saved")
    p.add_argument("--scale", type=_scale, default=1.0,
                   help="window size relative to 640x400 (640x600 with --race)")
    p.add_argument("--max-updates", type=_positive_int, default=None,
                   help="quit after this many updates (for scripted and headless use)")
    p.add_argument("--race", nargs="?", const=True, default=False, metavar="CHECKPOINT",
                   help="race a trained runner, shown below your game: " + CHECKPOINT_HELP)
    p.set_defaults(func=_play)

    p = sub.add_parser("replay", help="play a replay back and verify its recorded result")
    p.add_argument("file", help="a .qwopreplay file written by 'rlqwop play'")
    p.add_argument("--scale", type=_scale, default=1.0, help="window size relative to 640x400")
    p.add_argument("--headless", action="store_true", help="verify only; open no window")
    p.set_defaults(func=_replay)

    # The train flags belong to rlqwop.agents.config (one per config field); they are parsed there,
    # also when mpirun re-runs that module on every rank. Hence no help here: --help goes through.
    p = sub.add_parser("train", add_help=False,
                       help="train a runner with distributed PPO over MPI (rlqwop train --help)")
    p.set_defaults(func=_train)

    p = sub.add_parser("eval", help="race a trained runner N times: distance, finish, race time",
                       description="Race a trained runner and print each episode's distance, "
                                   "finish and race time (race clock) and a summary. The env is "
                                   "the one stored in the checkpoint; the policy acts "
                                   "deterministically, from the game's exact start unless "
                                   "--start-noise is given.")
    p.add_argument("checkpoint", nargs="?", help=CHECKPOINT_HELP)
    p.add_argument("--episodes", type=_positive_int, default=10, help="episodes (default 10)")
    p.add_argument("--start-noise", type=_non_negative, default=None, metavar="SIGMA",
                   help="start each episode with Gaussian body velocities of this standard "
                        "deviation (seeded: episode i uses seed S + i)")
    p.add_argument("--seed", type=_seed, default=0, help="seed of the start noise (default 0)")
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")
    p.set_defaults(func=_eval)

    p = sub.add_parser("watch", help="watch a trained runner run in a window")
    p.add_argument("checkpoint", nargs="?", help=CHECKPOINT_HELP)
    p.add_argument("--scale", type=_scale, default=1.0, help="window size relative to 640x400")
    p.add_argument("--max-updates", type=_positive_int, default=None,
                   help="stop after this many game updates")
    p.set_defaults(func=_watch)

    p = sub.add_parser("record", help="write a video (.mp4 or .gif) of a trained runner's run")
    p.add_argument("checkpoint", nargs="?", help=CHECKPOINT_HELP)
    p.add_argument("out", help="the video file: .mp4 (30 frames/s) or .gif (10 frames/s)")
    p.add_argument("--size", type=_size, default=(640, 400), metavar="WxH",
                   help="frame size in pixels (default 640x400)")
    p.add_argument("--max-seconds", type=_positive_seconds, default=None, metavar="S",
                   help="stop after S seconds of race clock")
    p.set_defaults(func=_record)
    return parser


def _say_if_the_kernels_compile() -> None:
    """The first use of the fast engine in an install compiles it for minutes, silently."""
    from rlqwop.game.fast import kernels_cached

    if not kernels_cached():
        print("rlqwop: the fast engine's kernels are not compiled yet in this install: the first "
              "use compiles them (1-5 minutes, once; they are cached)", file=sys.stderr, flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args, rest = parser.parse_known_args(argv)
    if args.command == "train":
        args.train_args = rest
    elif rest:
        parser.error(f"unrecognized arguments: {' '.join(rest)}")
    _say_if_the_kernels_compile()  # every command steps the engine
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:  # play has saved its run by now (its finally); say no more
        print(f"rlqwop {args.command}: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
