"""The booking calendar on a phone, in every language: a week fits one row, and the arrows to
the month before and after point the reader's way."""

from __future__ import annotations

import pytest
from aiogram_dialog.test_tools.keyboard import InlineButtonPositionLocator

from rules.config import Settings
from rules.i18n import RTL_LOCALES, SHIPPED_LOCALES
from storage.people import Role
from tests.support.app import App
from tests.support.app import Person as Client
from tests.support.personas import AMINA, LINA, add_member, add_weekday_hours

BACKWARD = "◀️"
FORWARD = "▶️"


@pytest.fixture
def settings(settings: Settings) -> Settings:
    return settings.model_copy(update={"throttle_messages": 10_000})


@pytest.mark.parametrize("locale", SHIPPED_LOCALES)
async def test_amina_sees_a_week_on_one_row_and_arrows_her_way(app: App, locale: str) -> None:
    lina = await add_member(app, LINA, role=Role.STAFF, name="Lina")
    assert lina.id is not None
    await add_member(
        app, AMINA, role=Role.PARTICIPANT, name="Amina", staff_id=lina.id, locale=locale
    )
    await add_weekday_hours(app, lina)
    i18n = app.l10n(locale)
    amina = app.client(AMINA)
    await amina.send("/menu")
    await amina.press(i18n("menu-booking"))
    await amina.press(i18n("booking-new"))
    await amina.click(amina.screen(), InlineButtonPositionLocator(0, 0))  # the first kind

    rows = _rows(amina)
    weekdays = rows[1]
    assert len(weekdays) == 7
    assert all(1 <= len(label) <= 3 for label in weekdays), weekdays
    assert len(set(weekdays)) == 7, weekdays  # no two days look alike

    # The clock stands in late November: the next month is offered, the one before is not.
    back = i18n("core-button-back")
    (step,) = [text for row in rows for text in row if _arrow(text) and text != back]
    assert _arrow(step) == (BACKWARD if locale in RTL_LOCALES else FORWARD), step
    await amina.press(step)
    (step,) = [text for row in _rows(amina) for text in row if _arrow(text) and text != back]
    assert _arrow(step) == (FORWARD if locale in RTL_LOCALES else BACKWARD), step
    # Back itself points the way back, as on every other screen.
    assert _arrow(back) == _arrow(step)


def _rows(client: Client) -> list[list[str]]:
    markup = client.screen().reply_markup
    assert markup is not None
    return [[button.text for button in row] for row in markup.inline_keyboard]


def _arrow(text: str) -> str | None:
    return BACKWARD if BACKWARD in text else FORWARD if FORWARD in text else None
