"""Questions and answers: the municipality's own answers to what participants often ask
("does my money stop if I study?"), each with a way to ask their lots about it."""

from dialogs.questions.dialogs import dialog

__all__ = ["dialog"]
