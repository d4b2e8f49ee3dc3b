"""Self-assessment: one item a screen, saved as it is answered, results in plain words and a chart."""

from dialogs.assessment.dialogs import dialog
from dialogs.assessment.getters import result_lines, score_values
from dialogs.assessment.handlers import router, send_chart

__all__ = ["dialog", "result_lines", "router", "score_values", "send_chart"]
