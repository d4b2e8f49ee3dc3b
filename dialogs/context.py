"""The per-update data keys, named in one place.

Dispatcher-lifetime objects (`settings`, `l10n`, `clock`, `session_factory`) are passed
as `Dispatcher(**kwargs)`; per-update ones are set by `bot.middlewares`.
"""

from __future__ import annotations

from typing import Any

from rules.i18n import Translator
from storage.people import Actor

SESSION = "session"
ACTOR = "actor"
I18N = "i18n"
# True for a staff member an admin deactivated: they get one kind "no access" and nothing else.
LOCKED_OUT = "locked_out"
# A set: a handler adds a Telegram user id whose dialog state is erased after the update.
FORGET_USER = "forget_user"


def bind_identity(data: dict[str, Any], actor: Actor | None, i18n: Translator) -> None:
    """Set (or, after joining or a language change, reset) who acts and in which language."""
    data[ACTOR] = actor
    data[I18N] = i18n
