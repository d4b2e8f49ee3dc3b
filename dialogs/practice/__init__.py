"""Vocational Swedish practice: a few minutes of spaced repetition between shifts."""

from dialogs.practice.dialogs import dialog
from dialogs.practice.getters import tracks
from dialogs.practice.handlers import router

__all__ = ["dialog", "router", "tracks"]
