"""Check-ins: the answer to "how has the week been", and whether help is needed."""

from dialogs.checkin.dialogs import dialog
from dialogs.checkin.handlers import router

__all__ = ["dialog", "router"]
