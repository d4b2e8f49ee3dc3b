"""A translator keeps the texts it made (rules.i18n.Translator): the same message with the
same arguments is formatted once, and what it keeps is always what formatting would give."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from fluent.runtime import FluentBundle

from rules import i18n
from rules.i18n import Localization, Translator


@pytest.fixture(scope="module")
def l10n() -> Localization:
    return Localization(locales=["sv"])


@pytest.fixture
def sv(l10n: Localization) -> Iterator[Translator]:
    """A translator with nothing kept yet (the module's texts are shared otherwise)."""
    translator = l10n("sv")
    translator._texts.clear()
    yield translator
    translator._texts.clear()


@pytest.fixture
def formatted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The ids of the messages Fluent formatted, in order."""
    ids: list[str] = []
    format_pattern = FluentBundle.format_pattern

    def counted(bundle: FluentBundle, pattern: Any, args: Any = None) -> Any:
        ids.append(getattr(pattern, "id", None) or "?")
        return format_pattern(bundle, pattern, args)

    monkeypatch.setattr(FluentBundle, "format_pattern", counted)
    return ids


def test_the_same_message_and_arguments_are_formatted_once(
    sv: Translator, formatted: list[str]
) -> None:
    assert sv("alerts-title", count=1) == "1 öppet larm:"
    assert sv("alerts-title", count=1) == "1 öppet larm:"
    assert len(formatted) == 1


def test_other_arguments_give_their_own_text_and_plural(
    sv: Translator, formatted: list[str]
) -> None:
    assert [sv("alerts-title", count=n) for n in (0, 1, 2, 1, 5, 0)] == [
        "Inga öppna larm.",
        "1 öppet larm:",
        "2 öppna larm:",
        "1 öppet larm:",
        "5 öppna larm:",
        "Inga öppna larm.",
    ]
    assert len(formatted) == 4
    # Two counts in one message, each selecting its own plural.
    intro = [
        sv("assessment-intro", title="Vägen", count=count, minutes=minutes).splitlines()[1]
        for count, minutes in ((1, 1), (7, 2), (1, 2), (7, 1), (7, 2))
    ]
    assert intro == [
        "1 fråga. Det tar cirka 1 minut.",
        "7 frågor. Det tar cirka 2 minuter.",
        "1 fråga. Det tar cirka 2 minuter.",
        "7 frågor. Det tar cirka 1 minut.",
        "7 frågor. Det tar cirka 2 minuter.",
    ]
    assert len(formatted) == 8


def test_the_same_moment_reads_in_each_readers_own_time_zone(sv: Translator) -> None:
    meeting = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
    # Equal datetimes (one instant) in two zones: each is shown at its own wall-clock time.
    in_stockholm = sv(
        "booking-list-item", at=meeting.astimezone(ZoneInfo("Europe/Stockholm")), kind="x"
    )
    in_kyiv = sv("booking-list-item", at=meeting.astimezone(ZoneInfo("Europe/Kyiv")), kind="x")
    assert (in_stockholm, in_kyiv) == ("23 nov. 2026 10:00 · x", "23 nov. 2026 11:00 · x")


def test_a_text_made_with_an_error_is_formatted_again(
    sv: Translator, formatted: list[str], caplog: pytest.LogCaptureFixture
) -> None:
    assert not sv.strict
    with caplog.at_level(logging.WARNING, logger="rules.i18n"):
        first = sv("alerts-title")  # no count: Fluent reports an error
        second = sv("alerts-title")
    assert first == second
    assert len(formatted) == 2
    assert [r.getMessage() for r in caplog.records] == [
        "fluent error in sv:alerts-title: ['FluentReferenceError', 'FluentReferenceError']"
    ] * 2
    # And the right arguments then give the right text.
    assert sv("alerts-title", count=2) == "2 öppna larm:"


class _Unhashable(str):
    __hash__ = None  # type: ignore[assignment]


def test_an_argument_that_cannot_be_kept_is_formatted_every_time(
    sv: Translator, formatted: list[str]
) -> None:
    name = _Unhashable("Amina")
    assert sv("alert-notice", name=name, kind="contact") == sv(
        "alert-notice", name="Amina", kind="contact"
    )
    assert sv("alert-notice", name=name, kind="contact").startswith("🔔 Amina: ")
    assert len(formatted) == 3  # the unhashable twice, the plain once


def test_at_most_remembered_texts_are_kept_the_oldest_forgotten_first(
    sv: Translator, formatted: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(i18n, "REMEMBERED_TEXTS", 3)
    for n in (1, 2, 3, 4):  # 1 is forgotten to keep 4
        sv("alerts-title", count=n)
    assert len(formatted) == 4
    assert [sv("alerts-title", count=n) for n in (2, 3, 4)] == [
        "2 öppna larm:",
        "3 öppna larm:",
        "4 öppna larm:",
    ]
    assert len(formatted) == 4  # all three kept
    assert sv("alerts-title", count=1) == "1 öppet larm:"
    assert len(formatted) == 5  # 1 was formatted again (and 2 is now the one forgotten)
    sv("alerts-title", count=2)
    assert len(formatted) == 6
    assert len(sv._texts) == 3
