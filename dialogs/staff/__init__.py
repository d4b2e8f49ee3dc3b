"""Staff tools. The staff menu itself lives in dialogs.menu."""

from aiogram_dialog import Dialog


def dialogs() -> list[Dialog]:
    """Staff-only dialogs besides the menu (the workbench adds its screens here)."""
    return []
