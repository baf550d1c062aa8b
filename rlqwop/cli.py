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
                max_updates=args.max_updates)


def _replay(args: argparse.Namespace) -> int:
    from rlqwop.play import play_replay

    return play_replay(args.file, scale=args.scale, headless=args.headless)


def _train(args: argparse.Namespace) -> int:
    from rlqwop.agents.train import main as train_main

    return train_main(args.train_args)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="rlqwop", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("play", help="play QWOP with the keyboard (Q, W, O, P; R restarts)")
    p.add_argument("--start", choices=("fresh", "reset"), default="fresh",
                   help="the game's start after a page load (fresh) or after pressing R (reset)")
    p.add_argument("--replay-dir", default="replays", help="where each run's replay is saved")
    p.add_argument("--scale", type=float, default=1.0, help="window size relative to 640x400")
    p.add_argument("--max-updates", type=int, default=None,
                   help="quit after this many updates (for scripted and headless use)")
    p.set_defaults(func=_play)

    p = sub.add_parser("replay", help="play a replay back and verify its recorded result")
    p.add_argument("file", help="a .qwopreplay file written by 'rlqwop play'")
    p.add_argument("--scale", type=float, default=1.0, help="window size relative to 640x400")
    p.add_argument("--headless", action="store_true", help="verify only; open no window")
    p.set_defaults(func=_replay)

    # The train flags belong to rlqwop.agents.config (one per config field); they are parsed there,
    # also when mpirun re-runs that module on every rank. Hence no help here: --help goes through.
    p = sub.add_parser("train", add_help=False,
                       help="train a runner with distributed PPO over MPI (rlqwop train --help)")
    p.set_defaults(func=_train)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args, rest = parser.parse_known_args(argv)
    if args.command == "train":
        args.train_args = rest
    elif rest:
        parser.error(f"unrecognized arguments: {' '.join(rest)}")
    return int(args.func(args) or 0)


if __name__ == "__main__":
    sys.exit(main())
