"""How closely a physics engine follows the real HTML5 game.

The recordings in ``shared/realgame/`` beside the repository (or ``$RLQWOP_REALGAME``, or the
repository's copy, ``tests/data/realgame``) hold every body's state after every update of the real
game for known keys, from a fresh page load (``hard__*``) and from an R reset (``soft__*``). This
module runs the same keys from the same start and measures the distance between the two
trajectories.

    python -m rlqwop.game.parity [--realgame DIR] [--engine box2d|fast|fast-approx] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
from datetime import date
from pathlib import Path

import numpy as np

from rlqwop.game import spec
from rlqwop.game.engine import DEFAULT_ENGINE
from rlqwop.game.game import Game

CHECKPOINTS = (1, 5, 10, 30, 100)
THRESHOLDS = (0.1, 0.01)
_KEY_LETTERS = np.array(list("qwop"))


def default_realgame_dir() -> Path:
    """``$RLQWOP_REALGAME``; else ``shared/realgame`` beside the repository, where the recordings
    are published; else the repository's copy of them (``tests/data/realgame``, so that a clone
    alone, CI's, checks the physics against them)."""
    env = os.environ.get("RLQWOP_REALGAME")
    if env:
        return Path(env)
    repository = Path(__file__).resolve().parents[2]
    shared = repository.parent / "shared" / "realgame"
    return shared if shared.is_dir() else repository / "tests" / "data" / "realgame"


def recordings(directory: Path) -> list[Path]:
    return sorted(Path(directory).glob("*.npz"))


def _real_body_order(directory: Path) -> list[int]:
    names = json.loads((Path(directory) / "manifest.json").read_text())["body_order"]
    return [spec.BODY_INDEX[name] for name in names]


def compare_recording(path: Path, engine: str = DEFAULT_ENGINE) -> dict:
    """Run a recording's keys through our game and measure the error against it."""
    path = Path(path)
    data = np.load(path)
    order = _real_body_order(path.parent)
    hard = path.name.startswith("hard__")
    preclick = int(data["preclick_updates"]) if "preclick_updates" in data.files else 1
    built = Game(engine=engine, preclick_updates=preclick).body_states()[order]
    built_real = data["init_bodies"] if hard else data["prereset_bodies"]

    game = Game(start="fresh" if hard else "reset", preclick_updates=preclick, engine=engine)
    ours = [game.body_states()[order]]
    fall = -1
    for update, held in enumerate(data["keys"], start=1):
        game.step("".join(_KEY_LETTERS[held.astype(bool)]))
        ours.append(game.body_states()[order])
        if game.fallen and fall < 0:
            fall = update
    ours = np.array(ours)
    real = data["bodies"]
    torso = np.abs(ours[:, 0, :3] - real[:, 0, :3])  # torso x, y, angle
    differs = np.nonzero((ours != real).any(axis=(1, 2)))[0]
    real_fall = int(np.argmax(data["fallen"])) if data["fallen"].any() else -1
    row = {
        "recording": path.stem,
        "updates": len(data["keys"]),
        "built_error": float(np.abs(built - built_real).max()),
        "row0_error": float(np.abs(ours[0] - real[0]).max()),
        "fall": fall,
        "real_fall": real_fall,
        "first_any_diff": int(differs[0]) if len(differs) else -1,
        "max_error": float(np.abs(ours - real).max()),
    }
    for threshold in THRESHOLDS:
        over = np.nonzero(torso[:, 0] > threshold)[0]
        row[f"first_x_over_{threshold}"] = int(over[0]) if len(over) else -1
    for k in CHECKPOINTS:
        row[f"torso_error_{k}"] = [float(v) for v in torso[k]] if k < len(torso) else None
    return row


def parity_table(directory: Path | None = None, engine: str = DEFAULT_ENGINE) -> list[dict]:
    directory = Path(directory or default_realgame_dir())
    return [compare_recording(p, engine) for p in recordings(directory)]


def format_markdown(rows: list[dict], engine: str = DEFAULT_ENGINE) -> str:
    lines = [
        f"| recording | built err | row-0 err | first x>0.1 | first x>0.01 | "
        + " | ".join(f"torso x/y/θ err @{k}" for k in CHECKPOINTS)
        + " | fall (ours / real) | first update not bit-identical | max err, any body value |",
        "|---" * (8 + len(CHECKPOINTS)) + "|",
    ]
    for r in rows:
        errs = [("/".join(f"{v:.1e}" for v in r[f"torso_error_{k}"]) if r[f"torso_error_{k}"] else "–")
                for k in CHECKPOINTS]
        fall = lambda u: "none" if u < 0 else str(u)  # noqa: E731
        lines.append(f"| {r['recording']} | {r['built_error']:.1e} | {r['row0_error']:.1e} | "
                     f"{fall(r['first_x_over_0.1'])} | {fall(r['first_x_over_0.01'])} | " + " | ".join(errs)
                     + f" | {fall(r['fall'])} / {fall(r['real_fall'])} | {fall(r['first_any_diff'])}"
                     f" | {r['max_error']:.1e} |")
    firsts = [r["first_x_over_0.1"] for r in rows if r["first_x_over_0.1"] >= 0]
    random_rows = [r for r in rows if "random" in r["recording"]]
    same_fall = sum(r["fall"] == r["real_fall"] for r in random_rows)
    identical = sum(r["first_any_diff"] < 0 for r in rows)
    if firsts:
        apart = (f"torso x leaves 0.1 units of the real game on {len(firsts)} of {len(rows)} recordings, "
                 f"after a median of {int(np.median(firsts))} updates (range {min(firsts)}–{max(firsts)})")
    else:
        apart = f"torso x never leaves 0.1 units of the real game on any of the {len(rows)} recordings"
    lines += ["", f"Engine `{engine}`: {apart}; the fall update matches on {same_fall} of "
              f"{len(random_rows)} random sequences; {identical} of {len(rows)} recordings are "
              f"bit-identical in every body value of every update."]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--realgame", type=Path, default=None, help="folder of recordings")
    parser.add_argument("--engine", default=DEFAULT_ENGINE)
    parser.add_argument("--json", action="store_true", help="print the rows as JSON")
    args = parser.parse_args(argv)
    rows = parity_table(args.realgame, args.engine)
    if args.json:
        print(json.dumps(rows, indent=1))
    else:
        print(f"{platform.node()} {date.today()}\n")
        print(format_markdown(rows, args.engine))


if __name__ == "__main__":
    main()
