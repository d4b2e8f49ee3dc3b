"""The reader's own settings: language and the name they want to be called."""

from dialogs.profile.dialogs import (
    language_dialog,
    name_dialog,
    pause_dialog,
    quiet_dialog,
    settings_dialog,
)
from dialogs.profile.widgets import name_input

__all__ = [
    "language_dialog",
    "name_dialog",
    "name_input",
    "pause_dialog",
    "quiet_dialog",
    "settings_dialog",
]
