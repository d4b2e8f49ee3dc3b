"""The programme report (ESF+-style indicators) as an Excel file, from the staff menu."""

from dialogs.report.dialogs import dialog

__all__ = ["dialog"]
