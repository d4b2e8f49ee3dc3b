"""The reader's own settings: the settings screen, language, name, pause and quiet hours."""

from dialogs.profile.dialogs import (
    language_dialog,
    name_dialog,
    pause_dialog,
    quiet_dialog,
    settings_dialog,
)

__all__ = ["language_dialog", "name_dialog", "pause_dialog", "quiet_dialog", "settings_dialog"]
