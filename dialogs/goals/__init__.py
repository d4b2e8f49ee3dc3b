"""📈 Goals: the programme's targets, counted live, and who counts and who could still count."""

from dialogs.goals.dialogs import dialog

__all__ = ["dialog"]
