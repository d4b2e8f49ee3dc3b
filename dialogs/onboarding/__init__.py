"""Onboarding: language, the privacy notice, and the name a participant wants to be called."""

from dialogs.onboarding.dialogs import dialog

__all__ = ["dialog"]
