"""Dialogs opened in the same second get distinct ids (aiogram-dialog's own can collide)."""

from __future__ import annotations

import pytest
from aiogram.fsm.state import State, StatesGroup
from aiogram_dialog.api.entities import stack

from dialogs import ids


class _Screen(StatesGroup):
    one = State()


def _same_instant(monkeypatch: pytest.MonkeyPatch) -> None:
    """Freeze the clock, and make the library's random part always the same number."""
    monkeypatch.setattr(stack.time, "time", lambda: 1_796_000_000.0)
    monkeypatch.setattr(ids.time, "time_ns", lambda: 1_796_000_000_000_000_000)
    monkeypatch.setattr(stack.random, "randint", lambda _a, _b: 42)


def test_the_library_alone_gives_two_ids_of_one_instant_the_same_number(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _same_instant(monkeypatch)
    assert stack.new_int_id() == stack.new_int_id()  # once in a hundred: what ids is for


def test_dialogs_opened_in_one_instant_never_share_an_id(monkeypatch: pytest.MonkeyPatch) -> None:
    _same_instant(monkeypatch)
    monkeypatch.setattr(stack, "new_id", stack.new_id)  # restored after the test
    ids.install()
    opened = stack.Stack()
    pushed = [opened.push(_Screen.one, None).id for _ in range(99)]
    assert len(set(pushed)) == 99
    # Short enough for button data: Telegram allows 64 bytes for the id and the widget's.
    assert max(len(i) for i in pushed) <= 6
    assert max(len(ids.new_id()) for _ in range(1000)) <= 6
