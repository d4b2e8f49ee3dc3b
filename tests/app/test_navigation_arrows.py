"""Arrows agree with each other in every language: back and previous point the way a reader
came from, next and forward the way they read on (right to left in ar, fa and prs)."""

from __future__ import annotations

import pytest
from fluent.syntax import FluentParser, ast, serializer

from rules.i18n import LOCALES_DIR, RTL_LOCALES, SHIPPED_LOCALES

LEFT = ("◀️", "⬅️", "←", "⏮", "⏪")
RIGHT = ("▶️", "➡️", "→", "⏭", "⏩")

BACK = "back"
ON = "on"
# Every message with an arrow in it, and which way it means.
NAVIGATION = {
    "core-button-back": BACK,
    "core-page-previous": BACK,
    "core-calendar-previous": BACK,
    "core-page-next": ON,
    "core-calendar-next": ON,
    "practice-next": ON,
    "assessment-skip": ON,
    "team-move-button": ON,  # over to another lots
    "alert-notice": ON,  # /menu, then Alerts
    "plan-history-line": ON,  # from the old value to the new
}
# ▶️ as "start" (play) is no direction and stays as it is in every language.
PLAY = {
    "assessment-open-button",
    "menu-resume",
    "practice-more",
    "practice-prompt-button",
    "lotsline-play-button",
    "practice-start",
    "rights-start-button",
}


def _texts(locale: str) -> dict[str, str]:
    parser = FluentParser(with_spans=False)
    out = {}
    for path in sorted((LOCALES_DIR / locale).glob("*.ftl")):
        for entry in parser.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(entry, ast.Message) and entry.value is not None:
                out[entry.id.name] = serializer.serialize_pattern(entry.value)
    return out


def _sides(text: str) -> set[str]:
    return {"left" for a in LEFT if a in text} | {"right" for a in RIGHT if a in text}


@pytest.mark.parametrize("locale", SHIPPED_LOCALES)
def test_navigation_arrows_point_the_readers_way(locale: str) -> None:
    texts = _texts(locale)
    backward, onward = ("right", "left") if locale in RTL_LOCALES else ("left", "right")
    wrong = []
    for key, meaning in NAVIGATION.items():
        expected = backward if meaning == BACK else onward
        if _sides(texts[key]) != {expected}:
            wrong.append(f"{key} = {texts[key]} (should point {expected})")
    assert not wrong, f"{locale}:\n" + "\n".join(wrong)


@pytest.mark.parametrize("locale", SHIPPED_LOCALES)
def test_every_arrow_is_known(locale: str) -> None:
    """A new arrow must be placed in NAVIGATION (it then points the reader's way) or PLAY."""
    texts = _texts(locale)
    unknown = sorted(
        key for key, text in texts.items() if _sides(text) and key not in {*NAVIGATION, *PLAY}
    )
    assert not unknown, f"{locale}: arrows of unknown meaning in {unknown}"
    for key in PLAY:
        assert "▶️" in texts[key] and _sides(texts[key].replace("▶️", "")) == set(), key
