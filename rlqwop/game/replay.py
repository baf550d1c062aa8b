"""Replays: the keys held at every update of one run, the game's options and the run's result.

Because the game is deterministic, the keys are the whole run: ``run_replay`` re-simulates them in
a fresh ``Game`` and ``verify`` compares what comes out with what was recorded.

File format, version 1 (``.qwopreplay``): one UTF-8 JSON object with

* ``magic``: ``"rlqwop-replay"``; ``version``: 1;
* ``physics``: ``spec.fingerprint()`` of the physics the run was recorded with;
* ``options``: ``start``, ``preclick_updates``, ``finish_either_foot``, ``engine`` (its name);
* ``keys``: one hexadecimal digit per update, the held keys as bits q = 8, w = 4, o = 2, p = 1;
* ``result``: ``distance_m``, ``race_ticks``, ``fallen``, ``finished``, ``updates`` and
  ``state_digest`` (SHA-256 of the final body states' float64 bytes, first 16 hex digits);
* ``created``: when it was recorded (UTC, ISO 8601; informative only);
* ``checksum``: SHA-256 of the canonical JSON (sorted keys, no spaces) of all the other fields.

``load_replay`` refuses a damaged file (not JSON, cut short, wrong magic, checksum mismatch,
missing or malformed fields) and an incompatible one (another format version or other physics)
with a ``ReplayError`` that says what is wrong and what to do.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import numpy as np

from rlqwop.files import write_atomic
from rlqwop.game import spec
from rlqwop.game.engine import DEFAULT_ENGINE
from rlqwop.game.game import Game, parse_keys
from rlqwop.game.rules import check_options

MAGIC = "rlqwop-replay"
FORMAT_VERSION = 1
SUFFIX = ".qwopreplay"
_KEY_BITS = (("q", 8), ("w", 4), ("o", 2), ("p", 1))
_HEX = "0123456789abcdef"


class ReplayError(Exception):
    """A replay file that cannot be used; the message names the problem and what to do."""


@dataclass(frozen=True)
class GameOptions:
    """The ``Game`` arguments a replay is re-simulated with."""

    start: str = "fresh"
    preclick_updates: int = 1
    finish_either_foot: bool = False
    engine: str = DEFAULT_ENGINE

    @classmethod
    def of(cls, game: Game) -> GameOptions:
        return cls(game.start, game.preclick_updates, game.finish_either_foot, game.engine.name)

    def new_game(self) -> Game:
        return Game(start=self.start, preclick_updates=self.preclick_updates,
                    finish_either_foot=self.finish_either_foot, engine=self.engine)


@dataclass(frozen=True)
class RunResult:
    """How a run ended up: the score, the race clock, the flags and a digest of the final pose."""

    distance_m: float
    race_ticks: int
    fallen: bool
    finished: bool
    updates: int
    state_digest: str

    @classmethod
    def of(cls, game: Game) -> RunResult:
        states = np.ascontiguousarray(game.body_states(), dtype="<f8")
        return cls(float(game.distance_m), int(game.race_ticks), bool(game.fallen),
                   bool(game.finished), int(game.updates),
                   hashlib.sha256(states.tobytes()).hexdigest()[:16])

    @property
    def race_time_s(self) -> float:
        return self.race_ticks / spec.UPDATES_PER_SECOND


@dataclass(frozen=True)
class Replay:
    """One recorded run. ``keys[i]`` is what was held at update ``i + 1``, e.g. ``"qo"`` or ``""``."""

    keys: tuple[str, ...]
    options: GameOptions
    result: RunResult
    physics: str = field(default_factory=spec.fingerprint)
    created: str = ""


@dataclass(frozen=True)
class Verification:
    """``verify``'s answer: ``ok`` when distance, clock, flags and updates all match."""

    ok: bool
    mismatches: tuple[str, ...]  # one line per differing field, recorded vs re-simulated
    bit_identical: bool  # the final body states match to the last bit, too
    result: RunResult  # what the re-simulation gave


def canonical_keys(keys: str) -> str:
    """Held keys as a string in q, w, o, p order, e.g. ``"OQ"`` -> ``"qo"``; refuses other letters."""
    parse_keys(keys)  # raises on anything that is not a game key
    held = keys.lower()
    return "".join(k for k, _ in _KEY_BITS if k in held)


class Recorder:
    """Steps a game from its start and remembers the keys of every update, for a replay.

    The game must be new or just reset without ``velocities``: a replay re-creates the start
    from the options alone.
    """

    def __init__(self, game: Game) -> None:
        if game.updates != 0:
            raise ValueError(f"a recording must start at the game's start; this game has run "
                             f"{game.updates} updates (call game.reset() first)")
        self.game = game
        self.keys: list[str] = []

    def step(self, keys: str = "") -> None:
        """``game.step(keys)``, recorded."""
        keys = canonical_keys(keys)
        self.game.step(keys)
        self.keys.append(keys)

    def replay(self) -> Replay:
        """The run so far as a replay, with the game's current result."""
        created = datetime.now(timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")
        return Replay(tuple(self.keys), GameOptions.of(self.game), RunResult.of(self.game),
                      created=created)


# --- running -------------------------------------------------------------------------------
def replay_game(replay: Replay) -> Game:
    """A fresh game with ``replay``'s options; ``ReplayError`` if this rlqwop cannot make one."""
    try:
        return replay.options.new_game()
    except (ValueError, TypeError) as e:
        raise ReplayError(f"the replay's game options cannot be used here: {e}") from None


def run_replay(replay: Replay) -> RunResult:
    """Re-simulate ``replay``'s keys in a fresh game and return how the run ended up."""
    game = replay_game(replay)
    for keys in replay.keys:
        game.step(keys)
    return RunResult.of(game)


def verify(replay: Replay, result: RunResult | None = None) -> Verification:
    """Compare ``result`` (by default a fresh ``run_replay``) with the recorded result."""
    result = run_replay(replay) if result is None else result
    recorded = replay.result
    mismatches = tuple(
        f"{name}: recorded {getattr(recorded, name)!r}, re-simulated {getattr(result, name)!r}"
        for name in ("distance_m", "race_ticks", "fallen", "finished", "updates")
        if getattr(recorded, name) != getattr(result, name))
    identical = recorded.state_digest == result.state_digest
    return Verification(not mismatches, mismatches, identical, result)


# --- files ---------------------------------------------------------------------------------
def encode_keys(keys) -> str:
    """One hex digit per update: q = 8, w = 4, o = 2, p = 1."""
    held = (canonical_keys(k) for k in keys)
    return "".join(_HEX[sum(bit for key, bit in _KEY_BITS if key in k)] for k in held)


def decode_keys(text: str) -> tuple[str, ...]:
    """The inverse of ``encode_keys``."""
    table = {_HEX[n]: "".join(k for k, bit in _KEY_BITS if n & bit) for n in range(16)}
    try:
        return tuple(table[c] for c in text)
    except KeyError as e:
        raise ValueError(f"{e.args[0]!r} is not a hexadecimal digit") from None


def _checksum(payload: dict) -> str:
    body = {k: v for k, v in payload.items() if k != "checksum"}
    text = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    return hashlib.sha256(text.encode()).hexdigest()


def _payload(replay: Replay) -> dict:
    payload = {
        "magic": MAGIC,
        "version": FORMAT_VERSION,
        "physics": replay.physics,
        "created": replay.created,
        "options": asdict(replay.options),
        "result": asdict(replay.result),
        "keys": encode_keys(replay.keys),
    }
    payload["checksum"] = _checksum(payload)
    return payload


def save_replay(path: str | os.PathLike, replay: Replay, overwrite: bool = True) -> Path:
    """Write ``replay`` to ``path`` atomically: a temporary file beside it, then a rename.

    A crash mid-write leaves either the old file or none, never half of one. With
    ``overwrite=False`` an existing file is never replaced (FileExistsError).
    """
    path = Path(path)
    write_atomic(path, json.dumps(_payload(replay), indent=1).encode() + b"\n", overwrite)
    return path


def load_replay(path: str | os.PathLike) -> Replay:
    """Read a replay file; raises ``ReplayError`` for a damaged or incompatible one."""
    path = Path(path)
    again = "Record the run again; a damaged replay cannot be repaired."
    try:
        raw = path.read_bytes()
    except OSError as e:
        raise ReplayError(f"cannot read replay {path}: {e.strerror or e}") from None
    try:
        payload = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise ReplayError(f"{path} is damaged: it is not UTF-8 text. {again}") from None
    except json.JSONDecodeError as e:
        cut = "" if raw.rstrip().endswith(b"}") else " (the file ends too soon: it was cut short)"
        raise ReplayError(f"{path} is damaged: not valid JSON at line {e.lineno} column {e.colno}: "
                          f"{e.msg}{cut}. {again}") from None
    if not isinstance(payload, dict) or payload.get("magic") != MAGIC:
        raise ReplayError(f"{path} is not an rlqwop replay (its 'magic' field is not {MAGIC!r}); "
                          f"give a {SUFFIX} file written by 'rlqwop play'")
    version = payload.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ReplayError(f"{path} is damaged: its 'version' field is {version!r}, not a format "
                          f"version number. {again}")
    if version != FORMAT_VERSION:
        hint = ("a newer rlqwop wrote it: upgrade rlqwop to play it" if version > FORMAT_VERSION
                else "replay it with the rlqwop version that wrote it")
        raise ReplayError(f"{path} has replay format version {version!r}, but this rlqwop reads "
                          f"version {FORMAT_VERSION}; {hint}")
    if payload.get("checksum") != _checksum(payload):
        raise ReplayError(f"{path} is damaged: its checksum does not match its content (the file "
                          f"was changed or corrupted after it was written). {again}")
    try:
        replay = _from_payload(payload)
    except (KeyError, TypeError, ValueError) as e:
        raise ReplayError(f"{path} is damaged: a field is missing or malformed ({e}). {again}") from None
    if replay.physics != spec.fingerprint():
        raise ReplayError(f"{path} was recorded with other physics (fingerprint {replay.physics}; this "
                          f"rlqwop's is {spec.fingerprint()}), so its run cannot be reproduced here; "
                          f"replay it with the rlqwop version that recorded it")
    return replay


def _from_payload(payload: dict) -> Replay:
    opts, res = payload["options"], payload["result"]
    options = GameOptions(start=_typed(opts, "start", str),
                          preclick_updates=_typed(opts, "preclick_updates", int),
                          finish_either_foot=_typed(opts, "finish_either_foot", bool),
                          engine=_typed(opts, "engine", str))
    check_options(options.start, options.preclick_updates, options.finish_either_foot)
    result = RunResult(distance_m=float(_typed(res, "distance_m", (int, float))),
                       race_ticks=_typed(res, "race_ticks", int), fallen=_typed(res, "fallen", bool),
                       finished=_typed(res, "finished", bool), updates=_typed(res, "updates", int),
                       state_digest=_typed(res, "state_digest", str))
    keys = decode_keys(_typed(payload, "keys", str))
    if len(keys) != result.updates:
        raise ValueError(f"{len(keys)} updates of keys for a result after {result.updates} updates")
    return Replay(keys, options, result, physics=_typed(payload, "physics", str),
                  created=_typed(payload, "created", str))


def _typed(mapping: dict, name: str, kind):
    value = mapping[name]
    # JSON's true/false must not pass for numbers, nor numbers for true/false
    if not isinstance(value, kind) or (kind is not bool and isinstance(value, bool)):
        raise TypeError(f"{name!r} is {value!r}")
    return value
