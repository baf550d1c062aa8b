"""The game: the spec's tables, physics engines, rules, rendering and replays."""

from rlqwop.game.batch import GameBatch
from rlqwop.game.game import Game, parse_keys

__all__ = ["Game", "GameBatch", "parse_keys"]
