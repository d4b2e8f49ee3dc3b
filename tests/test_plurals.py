"""Numbers read right in every language: "1 fråga", "2 frågor"; in Arabic six forms, in
Ukrainian four. Every message that shows a count before a word selects on it, and its
variants cover each plural form the language has (CLDR, through Babel); every such message
formats without an error for 0, 1, 2, 5 (and 3, 11, 21, 100 where a language has more forms).

A count that no word follows is a figure ("Skickat: 4", "Larm (2)", "3/7") and agrees with
nothing; a select may leave the forms it does not name to a default that shows such a figure."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from functools import cache
from typing import Any

import pytest
from babel import Locale
from fluent.runtime import FluentBundle, FluentResource
from fluent.syntax import FluentParser, ast, visitor

from rules.i18n import LOCALES_DIR, SHIPPED_LOCALES, babel_locale

# Variables that hold a count of something, by name.
COUNTS = {
    "alerts",
    "answers",
    "assessments",
    "away",
    "cancelled",
    "checkins",
    "correct",
    "count",
    "days",
    "done",
    "every",
    "facts",
    "hours",
    "known",
    "max",
    "meetings",
    "messages",
    "minutes",
    "months",
    "more",
    "n",
    "open",
    "picked",
    "practice",
    "sent",
    "step_max",
    "steps",
    "streak",
    "themes",
    "total",
    "unreached",
    "waiting",
    "weeks",
}
# Messages that show a count as a figure, with no word that agrees with it ("Sida 2 av 5",
# "(3/7)", "Skickat: 4", "30 min"): no select is needed.
FIGURES = {
    "assessment-item-head",  # question 3 of 7
    "assessment-open-button",  # (3/7)
    "assessment-result-line",  # (12 of 20)
    "assessment-result-total",
    "booking-kind-button",  # 30 min
    "groups-kind-button",  # 60 min
    "caseload-card-assessment",
    "caseload-card-assessment-trend",
    "core-page",  # page 2 of 5
    "practice-head",  # word 3 of 5
    "reminders-names-more",  # Ali, Sara and 3 more
    "reminders-sent-item",  # 👥 4
    "reminders-report-cancelled",  # Stopped: 2
    "staff-assessment-open",
    "staff-assessment-previous",
    "plan-staff-history-title",  # Changes (4)
    "practice-done",  # 3 of 5 right
    "team-away-button",  # Deactivated (2)
}
# Some shapes show the count only as a figure (a label and a number): these messages list
# which of their counts are such figures.
FIGURE_VARIABLES = {
    "reminders-report": {"sent", "waiting", "unreached"},  # ✅ Sent: 4
    "rights-summary-more": {"steps", "alerts", "facts"},  # 📋 Steps in your plan: 3
    "plan-staff-hours-bad": {"max"},  # a number from 1 to 40
    "assessment-theme-done": {"done"},  # 3 of 7 parts: the words go with the 7
    # "30 min": an abbreviation, the same for any number.
    **{
        key: {"minutes"}
        for key in (
            "booking-confirm",
            "booking-confirmed",
            "booking-confirmed-moved",
            "booking-view",
            "staff-kind-view",
            "staff-meeting-view",
        )
    },
}
# After a number these languages keep the noun as it is ("۵ روز", "5 روز"): a message may show
# a count there without a select. A select it has must still cover every form.
SAME_NOUN_AFTER_NUMBERS = {"fa", "prs", "ti"}


def _figures(pattern: ast.Pattern) -> tuple[set[str], set[str]]:
    """The counts a pattern shows before a word, and those it shows as bare figures."""
    worded, bare = set(), set()
    elements = pattern.elements
    for i, element in enumerate(elements):
        if not (
            isinstance(element, ast.Placeable)
            and isinstance(element.expression, ast.VariableReference)
            and element.expression.id.name in COUNTS
        ):
            continue
        after = elements[i + 1] if i + 1 < len(elements) else None
        text = after.value if isinstance(after, ast.TextElement) else ""
        word = re.match(r"[^\S\n]*\w", text) is not None
        (worded if word else bare).add(element.expression.id.name)
    return worded, bare


def _selects_on(pattern: ast.Pattern, name: str) -> bool:
    class _Find(visitor.Visitor):
        found = False

        def visit_SelectExpression(self, node: ast.SelectExpression) -> None:
            selector = node.selector
            if isinstance(selector, ast.VariableReference) and selector.id.name == name:
                self.found = True
            self.generic_visit(node)

    finder = _Find()
    finder.visit(pattern)
    return finder.found


class _Uses(visitor.Visitor):
    """The variables a message shows, those it selects on, and those it formats as dates."""

    def __init__(self) -> None:
        super().__init__()
        self.shown: set[str] = set()
        self.worded: set[str] = set()
        self.selects: list[tuple[str, set[str]]] = []
        self.dates: set[str] = set()
        self.names: set[str] = set()
        self.references: set[str] = set()

    def visit_VariableReference(self, node: ast.VariableReference) -> None:
        self.names.add(node.id.name)

    def visit_MessageReference(self, node: ast.MessageReference) -> None:
        self.references.add(node.id.name)

    def visit_SelectExpression(self, node: ast.SelectExpression) -> None:
        selector = node.selector
        if isinstance(selector, ast.FunctionReference) and selector.arguments.positional:
            selector = selector.arguments.positional[0]
        if isinstance(selector, ast.VariableReference):
            keys = {
                v.key.name if isinstance(v.key, ast.Identifier) else v.key.value
                for v in node.variants
            }
            default = next(v for v in node.variants if v.default)
            worded, _bare = _figures(default.value)
            # Forms left to a default that shows no word after the count need no variant.
            if selector.id.name not in worded and not _selects_on(default.value, selector.id.name):
                keys = keys | {"zero", "one", "two", "few", "many"}
            self.selects.append((selector.id.name, keys))
        self.generic_visit(node)

    def visit_Pattern(self, node: ast.Pattern) -> None:
        self.worded |= _figures(node)[0]
        self.generic_visit(node)

    def visit_Placeable(self, node: ast.Placeable) -> None:
        if isinstance(node.expression, ast.VariableReference):
            self.shown.add(node.expression.id.name)
        self.generic_visit(node)

    def visit_FunctionReference(self, node: ast.FunctionReference) -> None:
        if node.id.name == "DATETIME":
            for argument in node.arguments.positional:
                if isinstance(argument, ast.VariableReference):
                    self.dates.add(argument.id.name)
        self.generic_visit(node)


@cache
def _messages(locale: str) -> dict[str, ast.Message]:
    parser = FluentParser(with_spans=False)
    found = {}
    for path in sorted((LOCALES_DIR / locale).glob("*.ftl")):
        for entry in parser.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(entry, ast.Message) and entry.value is not None:
                found[entry.id.name] = entry
    return found


@cache
def _categories(locale: str) -> frozenset[str]:
    return frozenset(Locale.parse(babel_locale(locale)).plural_form.tags)


def _uncovered(locale: str, keys: set[str]) -> list[str]:
    """The plural forms of the language a select has no variant for. An exact number covers
    a form that holds only that number: [1] is "one" in Swedish, not in Ukrainian (21)."""
    form = Locale.parse(babel_locale(locale)).plural_form
    numbers: dict[str, set[str]] = {}
    for n in range(1000):
        numbers.setdefault(form(n), set()).add(str(n))
    return sorted(
        category
        for category in _categories(locale) - {"other"}
        if category not in keys and not numbers.get(category, {""}) <= keys
    )


def _uses(message: ast.Message) -> _Uses:
    uses = _Uses()
    uses.visit(message)
    return uses


def _all_uses(locale: str, key: str) -> _Uses:
    """What a message needs, with the messages it refers to (they see its variables)."""
    uses = _Uses()
    todo, seen = [key], set()
    while todo:
        if (name := todo.pop()) in seen or name not in _messages(locale):
            continue
        seen.add(name)
        uses.visit(_messages(locale)[name])
        todo += uses.references
    return uses


def _counted(locale: str) -> list[str]:
    return sorted(
        key for key, message in _messages(locale).items() if _uses(message).names & COUNTS
    )


@pytest.mark.parametrize("locale", SHIPPED_LOCALES)
def test_every_count_has_every_plural_form_of_the_language(locale: str) -> None:
    needed = _categories(locale)
    wrong = []
    for key, message in _messages(locale).items():
        uses = _uses(message)
        selected = {name for name, _keys in uses.selects}
        for name, keys in uses.selects:
            if name in COUNTS and (missing := _uncovered(locale, keys)):
                wrong.append(f"{key}: ${name} has no variant for {', '.join(missing)}")
        if key in FIGURES or locale in SAME_NOUN_AFTER_NUMBERS:
            continue
        figures = FIGURE_VARIABLES.get(key, set())
        for name in sorted((uses.worded & COUNTS) - selected - figures):
            wrong.append(f"{key}: shows ${name} without choosing the words for it")
    assert not wrong, f"{locale} ({', '.join(sorted(needed))}):\n" + "\n".join(sorted(wrong))


def _numbers(locale: str) -> list[int]:
    extra = [3, 11, 21, 100] if _categories(locale) - {"one"} else []
    return [0, 1, 2, 5, *extra]


@cache
def _bundle(locale: str) -> FluentBundle:
    bundle = FluentBundle([babel_locale(locale)], use_isolating=False)
    for path in sorted((LOCALES_DIR / locale).glob("*.ftl")):
        bundle.add_resource(FluentResource(path.read_text(encoding="utf-8")))
    return bundle


@pytest.mark.parametrize("locale", SHIPPED_LOCALES)
def test_every_count_formats_for_small_and_large_numbers(locale: str) -> None:
    bundle = _bundle(locale)
    failures = []
    for key in _counted(locale):
        uses = _all_uses(locale, key)
        for n in _numbers(locale):
            args: dict[str, Any] = {name: f"«{name}»" for name in uses.names}
            args |= {name: datetime(2026, 11, 25, 10, tzinfo=UTC) for name in uses.dates}
            args |= {name: n for name in uses.shown & COUNTS}
            args |= {name: n for name, _keys in uses.selects if name in COUNTS}
            text, errors = bundle.format_pattern(bundle.get_message(key).value, args)
            if errors or "{" in text:
                failures.append(f"{key} with {n}: {errors} {text}")
    assert not failures, f"{locale}:\n" + "\n".join(failures)


def test_swedish_counts_read_right() -> None:
    """The ones people saw wrong: "(1 nya)", "1 avstämningar"."""
    bundle = _bundle("sv")

    def say(key: str, **args: Any) -> str:
        text, errors = bundle.format_pattern(bundle.get_message(key).value, args)
        assert not errors
        return text

    assert "(1 ny)" in say("menu-assessment", open=1)
    assert "(2 nya)" in say("menu-assessment", open=2)
    summary = say("rights-summary", checkins=1, assessments=1, meetings=1, practice=1, messages=1)
    assert "1 avstämning, 1 självskattning, 1 möte" in summary
    assert "1 övningssvar och 1 meddelande" in summary


def test_the_lists_above_name_messages_that_exist() -> None:
    source = _messages("sv")
    assert not (FIGURES | set(FIGURE_VARIABLES)) - set(source)
