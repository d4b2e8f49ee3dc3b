"""The trend chart as a reader sees it on a phone: themes named in their language, dates as
they write them, rounds in colours told apart, every script drawn with real glyphs."""

from __future__ import annotations

import struct
import warnings
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from matplotlib.colors import to_hex
from matplotlib.patches import Rectangle
from matplotlib.text import Text

from dialogs.assessment import chart
from dialogs.assessment.getters import Trend, trend
from rules.i18n import RTL_LOCALES, SHIPPED_LOCALES, Localization
from rules.instruments import TOTAL, Instrument, catalogue
from storage.assessments import AssessmentRound, Result

STOCKHOLM = ZoneInfo("Europe/Stockholm")
FIRST_DAY = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)


def _vagen() -> Instrument:
    found = catalogue().get("vagen")
    assert found is not None
    return found


def _rounds(instrument: Instrument, count: int) -> list[Result]:
    """`count` finished rounds, six weeks apart, each theme a little better than the last."""
    themes = [theme.id for theme in instrument.themes]
    results = []
    for number in range(count):
        found = AssessmentRound(
            id=number + 1,
            participant_id=1,
            instrument=instrument.id,
            form="full",
            cause="rhythm",
            occurrence=str(number),
            created_at=FIRST_DAY,
            completed_at=FIRST_DAY + timedelta(weeks=6 * number),
        )
        scores: dict[str, float | None] = {
            theme: min(1.5 + 0.4 * number + 0.2 * index, 5.0) for index, theme in enumerate(themes)
        }
        scores[TOTAL] = 3.0
        results.append(Result(found, scores))
    return results


def _texts(trend_: Trend, locale: str) -> list[str]:
    figure = chart.draw(
        trend_.groups,
        trend_.series,
        trend_.top,
        locale=locale,
        note=trend_.note,
        value_text=trend_.values,
    )
    return [t.get_text() for t in figure.findobj(Text) if t.get_text()]


def _no_missing_glyphs(trend_: Trend, locale: str) -> bytes:
    """Render, failing on matplotlib's "Glyph ... missing from font(s)" (a box in the picture)."""
    with warnings.catch_warnings():
        warnings.filterwarnings("error", message=".*missing from font")
        return chart.render(
            trend_.groups,
            trend_.series,
            trend_.top,
            locale=locale,
            note=trend_.note,
            value_text=trend_.values,
        )


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


@pytest.mark.parametrize("locale", SHIPPED_LOCALES)
def test_every_language_draws_its_theme_names_and_dates_without_boxes(
    l10n: Localization, locale: str
) -> None:
    i18n = l10n(locale)
    drawn = trend(_vagen(), _rounds(_vagen(), 2), i18n, STOCKHOLM)
    assert drawn.groups == [i18n(f"vagen-theme-{theme.id}") for theme in _vagen().themes]
    png = _no_missing_glyphs(drawn, locale)
    # Wide enough to stay sharp on a phone, and taller than wide, as a phone is held.
    width, height = _png_size(png)
    assert width == 1080 and height > width
    texts = _texts(drawn, locale)
    for name in drawn.groups:
        assert any(name in text for text in texts), (locale, name)


def test_ethiopic_and_arabic_come_from_the_fonts_in_the_repository() -> None:
    """Tigrinya drew boxes with matplotlib's own font; the check above would have caught it."""
    words = Trend(["ጥዕናን ዓቕምን", "الصحة والطاقة"], [chart.Series("x", [2.0, 3.0])], 5, "", [])
    _no_missing_glyphs(words, "ti")
    with pytest.raises(UserWarning, match="missing from font"):
        _no_missing_glyphs(Trend(["\ue000"], [chart.Series("x", [2.0])], 5, "", []), "sv")


def test_dates_and_numbers_are_written_as_the_reader_writes_them(l10n: Localization) -> None:
    rounds = _rounds(_vagen(), 2)
    swedish = trend(_vagen(), rounds, l10n("sv"), STOCKHOLM)
    assert [one.label for one in swedish.series] == ["5 jan. 2026", "16 feb. 2026"]
    assert swedish.values[0] == "1,9"  # a decimal comma
    english = trend(_vagen(), rounds, l10n("en"), STOCKHOLM)
    assert [one.label for one in english.series] == ["Jan 5, 2026", "Feb 16, 2026"]
    assert english.values[0] == "1.9"
    ukrainian = trend(_vagen(), rounds, l10n("uk"), STOCKHOLM)
    assert ukrainian.series[1].label.startswith("16 лют.")
    assert "16 лют." in " ".join(_texts(ukrainian, "uk"))


def test_two_rounds_are_orange_and_blue_and_the_latest_is_the_strongest() -> None:
    assert chart.colours(1) == [chart.LATEST]
    assert chart.colours(2) == [chart.FIRST, chart.LATEST]
    assert chart.colours(3) == [chart.FIRST, chart.PREVIOUS, chart.LATEST]
    drawn = chart.draw(
        ["Hälsa och ork"],
        [chart.Series("5 jan. 2026", [2.0]), chart.Series("16 feb. 2026", [3.0])],
        5,
        locale="sv",
    )
    bars = [p for p in drawn.axes[0].patches if isinstance(p, Rectangle)]
    assert [to_hex(bar.get_facecolor()).upper() for bar in bars] == ["#E69F00", "#0072B2"]
    assert [bar.get_width() for bar in bars] == [2.0, 3.0]  # horizontal bars, as long as the score


def test_six_rounds_show_the_first_the_previous_and_the_latest_with_a_note(
    l10n: Localization,
) -> None:
    assert chart.shown(2) == [0, 1]
    assert chart.shown(6) == [0, 4, 5]
    rounds = _rounds(_vagen(), 6)
    drawn = trend(_vagen(), rounds, l10n("sv"), STOCKHOLM)
    assert [one.label for one in drawn.series] == ["5 jan. 2026", "22 juni 2026", "3 aug. 2026"]
    assert drawn.note == "6 gånger i allt. Här syns den första, den förra och den senaste."
    # Under the chart, wrapped to the phone's width.
    assert drawn.note in [" ".join(text.split()) for text in _texts(drawn, "sv")]
    figure = chart.draw(drawn.groups, drawn.series, drawn.top, locale="sv")
    assert len(figure.axes[0].patches) == 7 * 3  # not 42 thin bars


@pytest.mark.parametrize("locale", sorted(RTL_LOCALES))
def test_right_to_left_readers_get_bars_growing_from_the_right(
    l10n: Localization, locale: str
) -> None:
    drawn = trend(_vagen(), _rounds(_vagen(), 2), l10n(locale), STOCKHOLM)
    figure = chart.draw(drawn.groups, drawn.series, drawn.top, locale=locale)
    axes = figure.axes[0]
    assert axes.xaxis_inverted()
    names = [t for t in axes.texts if t.get_text() in drawn.groups]
    assert len(names) == 7 and {t.get_horizontalalignment() for t in names} == {"right"}


def test_a_single_score_is_named_by_the_instrument(l10n: Localization) -> None:
    maende = catalogue().get("maende")
    assert maende is not None
    found = AssessmentRound(
        id=1,
        participant_id=1,
        instrument="maende",
        form="full",
        cause="self",
        occurrence="1",
        created_at=FIRST_DAY,
        completed_at=FIRST_DAY,
    )
    drawn = trend(maende, [Result(found, {"wellbeing": 52.0, TOTAL: 52.0})], l10n("so"), STOCKHOLM)
    assert drawn.groups == [l10n("so")("maende-title")]
    assert drawn.values == ["52"] and drawn.top == 100
    _no_missing_glyphs(drawn, "so")
