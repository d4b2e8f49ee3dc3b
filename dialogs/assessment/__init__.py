"""Self-assessment: one item a screen, saved as it is answered, results in plain words and a chart."""

from dialogs.assessment.dialogs import dialog
from dialogs.assessment.handlers import router

__all__ = ["dialog", "router"]
