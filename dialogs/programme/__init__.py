"""The end of a participant's programme, the facts the report counts, and the question six
months after. Staff reach it from the participant card; the question comes by the outbox."""

from dialogs.programme.dialogs import dialog
from dialogs.programme.handlers import on_open_end, on_open_facts, router, start_facts

__all__ = ["dialog", "on_open_end", "on_open_facts", "router", "start_facts"]
