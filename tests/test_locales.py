"""Every shipped locale is complete, parses, and uses only the variables the source uses."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from fluent.syntax import FluentParser, ast, visitor

from rules.i18n import LOCALES_DIR, SHIPPED_LOCALES, SOURCE_LOCALE, Localization


class _Variables(visitor.Visitor):
    def __init__(self) -> None:
        super().__init__()
        self.names: set[str] = set()
        self.references: set[str] = set()

    def visit_VariableReference(self, node: ast.VariableReference) -> None:
        self.names.add(node.id.name)

    def visit_MessageReference(self, node: ast.MessageReference) -> None:
        self.references.add(node.id.name)


def _messages(locale: str) -> dict[str, tuple[Path, ast.Message | ast.Term]]:
    parser = FluentParser(with_spans=False)
    found: dict[str, tuple[Path, ast.Message | ast.Term]] = {}
    for path in sorted((LOCALES_DIR / locale).glob("*.ftl")):
        resource = parser.parse(path.read_text(encoding="utf-8"))
        for entry in resource.body:
            if isinstance(entry, ast.Junk):
                pytest.fail(f"{path}: does not parse: {entry.annotations[0].message}")
            if isinstance(entry, ast.Message | ast.Term):
                key = entry.id.name if isinstance(entry, ast.Message) else "-" + entry.id.name
                assert key not in found, f"{path}: {key} is defined twice"
                found[key] = (path, entry)
    return found


def _variables(entry: ast.Message | ast.Term, within: dict[str, Any] | None = None) -> set[str]:
    """The variables a message needs, including those of the messages it references."""
    collector = _Variables()
    collector.visit(entry)
    names = set(collector.names)
    for reference in collector.references:
        if within and reference in within:
            names |= _variables(within[reference][1], within)
    return names


SOURCE = _messages(SOURCE_LOCALE)


def test_source_locale_has_messages() -> None:
    assert len(SOURCE) > 20


@pytest.mark.parametrize("locale", [loc for loc in SHIPPED_LOCALES if loc != SOURCE_LOCALE])
def test_locale_is_complete_and_consistent(locale: str) -> None:
    messages = _messages(locale)
    missing = sorted(set(SOURCE) - set(messages))
    extra = sorted(set(messages) - set(SOURCE))
    assert not missing, f"{locale} lacks {missing}"
    assert not extra, f"{locale} has keys the source does not: {extra}"
    for key, (path, entry) in messages.items():
        # What the source passes includes what the messages it refers to use.
        source_vars = _variables(SOURCE[key][1], SOURCE)
        assert _variables(entry) <= source_vars, (
            f"{path}: {key} uses variables the source does not pass: "
            f"{sorted(_variables(entry) - source_vars)}"
        )
        source_path = SOURCE[key][0]
        assert path.name == source_path.name, (
            f"{key} is in {path.name}, the source has it in {source_path.name}"
        )


@pytest.mark.parametrize("locale", SHIPPED_LOCALES)
def test_every_message_formats_without_errors(locale: str) -> None:
    """Format every message with sample arguments: a broken reference or function fails here."""
    translate = Localization(strict=True)(locale)
    moment = datetime(2026, 12, 7, 12, tzinfo=UTC)
    samples: dict[str, Any] = {
        "max": 64,
        "name": "Amina",
        "link": "https://t.me/lotsen_bot?start=x",
        "kind": "low-mood",
        "message": "Hej!",
        "time": "10:00",
        "language": "Svenska",
        "expires": moment,
        "until": moment,
        "at": moment,
        "next": moment,
        "day": moment,
        "date": moment,
        "due": moment,
        "job_started": moment,
    }
    for key, (_path, _entry) in _messages(locale).items():
        if key.startswith("-"):
            continue
        args = {name: samples.get(name, 3) for name in _variables(SOURCE[key][1], SOURCE)}
        text = translate(key, **args)
        assert text.strip(), f"{locale}:{key} is empty"
        assert "{" not in text, f"{locale}:{key} left a placeable unformatted: {text!r}"


TOASTS = (
    "core-not-allowed",
    "core-throttled",
    "core-stale-button",
    "checkin-already-answered",
    "rights-locked",
)


@pytest.mark.parametrize("locale", SHIPPED_LOCALES)
def test_texts_shown_as_button_toasts_fit_telegrams_200_characters(locale: str) -> None:
    translate = Localization(strict=True)(locale)
    for key in TOASTS:
        text = translate(key, until=datetime(2026, 12, 31, 23, 0, tzinfo=UTC))
        assert len(text) <= 200, f"{locale}:{key} is too long for a toast"
