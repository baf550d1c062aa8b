"""rlqwop: QWOP re-created as a fast, faithful, headless simulation with Gymnasium environments."""

from rlqwop.game import Game

__all__ = ["Game"]
__version__ = "0.1.0"
