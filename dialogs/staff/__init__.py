"""Staff tools: the alerts inbox and the caseload. The staff menu itself lives in dialogs.menu."""

from aiogram_dialog import Dialog

from dialogs.staff.dialogs import alerts_dialog, caseload_dialog
from dialogs.staff.handlers import on_audit_export, on_invite


def dialogs() -> list[Dialog]:
    """Staff-only dialogs besides the menu."""
    return [alerts_dialog(), caseload_dialog()]


__all__ = ["alerts_dialog", "caseload_dialog", "dialogs", "on_audit_export", "on_invite"]
