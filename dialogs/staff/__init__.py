"""Staff tools: the alerts inbox and the caseload. The staff menu itself lives in dialogs.menu."""

from aiogram_dialog import Dialog

from dialogs.staff.dialogs import alerts_dialog, caseload_dialog


def dialogs() -> list[Dialog]:
    """Staff-only dialogs besides the menu."""
    return [alerts_dialog(), caseload_dialog()]
