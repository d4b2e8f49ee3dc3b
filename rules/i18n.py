"""Fluent localization: one bundle per shipped locale, falling back to Swedish.

Every user-facing string lives in `locales/<locale>/<feature>.ftl`. Code asks a
`Translator` for a message id and passes variables; it never builds sentences.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from fluent.runtime import FluentBundle
from fluent.syntax import FluentParser

logger = logging.getLogger(__name__)

SOURCE_LOCALE = "sv"
SHIPPED_LOCALES: tuple[str, ...] = ("sv", "en", "ar", "so", "ti", "fa", "prs", "uk")
RTL_LOCALES = frozenset({"ar", "fa", "prs"})
# Babel has no data for Dari (prs); its plural and number rules are those of Persian in Afghanistan.
_BABEL_LOCALE = {"prs": "fa_AF"}
# Telegram sends an IETF tag; these map a tag to the locale we pre-select at onboarding.
_TELEGRAM_TAGS = {"fa-af": "prs", "prs": "prs", "nb": "sv", "no": "sv", "da": "sv"}

LOCALES_DIR = Path(__file__).resolve().parent.parent / "locales"

FluentArg = str | int | float | Decimal | date | datetime
# Texts a translator keeps, by message id and arguments (see Translator.__call__).
REMEMBERED_TEXTS = 2048


def require_every_locale(
    texts: Mapping[str, str], what: str, locales: tuple[str, ...] = SHIPPED_LOCALES
) -> None:
    """For content files: `texts` has one entry for each of `locales`, and no other."""
    missing = sorted(set(locales) - set(texts))
    extra = sorted(set(texts) - set(locales))
    if missing or extra:
        raise ValueError(f"{what}: missing {missing}, unknown {extra}")


class MissingTranslation(LookupError):
    """A message id that no bundle in the fallback chain has, or a formatting error in strict mode."""


def locale_from_telegram(language_code: str | None, default: str = SOURCE_LOCALE) -> str:
    """Pre-select a shipped locale from Telegram's `language_code` (only a suggestion)."""
    if not language_code:
        return default
    tag = language_code.lower().replace("_", "-")
    if tag in _TELEGRAM_TAGS:
        return _TELEGRAM_TAGS[tag]
    base = tag.split("-", 1)[0]
    if base in SHIPPED_LOCALES:
        return base
    return _TELEGRAM_TAGS.get(base, default)


def babel_locale(locale: str) -> str:
    """The Babel locale whose data (weekday names, plurals) serves a shipped locale."""
    return _BABEL_LOCALE.get(locale, locale)


def _load_bundle(locale: str, directory: Path) -> FluentBundle:
    # Unicode isolation marks keep a Latin name or number from flipping a right-to-left sentence.
    bundle = FluentBundle([babel_locale(locale)], use_isolating=locale in RTL_LOCALES)
    # Without source positions and comments, which a worker holds all its life and never reads.
    parser = FluentParser(with_spans=False)
    for path in sorted(directory.glob("*.ftl")):
        resource = parser.parse(path.read_text(encoding="utf-8"))
        for entry in resource.body:
            if hasattr(entry, "comment"):
                entry.comment = None
        bundle.add_resource(resource)
    return bundle


@dataclass(frozen=True, slots=True)
class Translator:
    """Formats messages for one reader's locale, falling back to the source locale."""

    locale: str
    _chain: tuple[FluentBundle, ...]
    strict: bool = False
    # A message formats to the same text for the same arguments; formatting (Babel's number
    # patterns above all) costs more than the rest of a screen, and the same texts come again
    # on every screen: button labels, the questionnaire's items. Only texts made without
    # errors are kept, at most REMEMBERED_TEXTS, the oldest forgotten first.
    _texts: dict[tuple[object, ...], str] = field(default_factory=dict, compare=False, repr=False)

    def has(self, key: str) -> bool:
        return any(bundle.has_message(key) for bundle in self._chain)

    def __call__(self, key: str, **args: FluentArg | None) -> str:
        # One instant in two time zones is two equal datetimes, shown at two wall-clock
        # times: a datetime's zone is part of what a text is kept by.
        remembered: tuple[object, ...] = (key, *args.items())
        for value in args.values():
            if isinstance(value, datetime):
                remembered += (value.tzinfo,)
        try:
            return self._texts[remembered]
        except KeyError:
            pass
        except TypeError:  # an argument that cannot be a key: format it every time
            return self._format(key, args, None)
        return self._format(key, args, remembered)

    def _format(
        self, key: str, args: Mapping[str, FluentArg | None], remembered: tuple[object, ...] | None
    ) -> str:
        for bundle in self._chain:
            if not bundle.has_message(key):
                continue
            message = bundle.get_message(key)
            if message.value is None:
                continue
            clean = {name: value for name, value in args.items() if value is not None}
            text, errors = bundle.format_pattern(message.value, clean)
            if errors:
                if self.strict:
                    raise MissingTranslation(f"{self.locale}:{key}: {errors!r}")
                # Only the id and error kinds are logged: arguments may hold names.
                logger.warning(
                    "fluent error in %s:%s: %s",
                    self.locale,
                    key,
                    [type(e).__name__ for e in errors],
                )
            elif remembered is not None:
                if len(self._texts) >= REMEMBERED_TEXTS:
                    del self._texts[next(iter(self._texts))]
                self._texts[remembered] = str(text)
            return str(text)
        if self.strict:
            raise MissingTranslation(f"{self.locale}:{key}")
        logger.error("missing message %s in %s and fallbacks", key, self.locale)
        return "…"


class Localization:
    """Every shipped locale's bundle, loaded once at start-up."""

    def __init__(
        self,
        directory: Path = LOCALES_DIR,
        locales: Iterable[str] = SHIPPED_LOCALES,
        *,
        default_locale: str = SOURCE_LOCALE,
        strict: bool = False,
    ) -> None:
        self.directory = directory
        self.locales = tuple(locales)
        self.default_locale = default_locale
        self.strict = strict
        self.bundles = {locale: _load_bundle(locale, directory / locale) for locale in self.locales}
        self._translators: dict[str, Translator] = {}
        for locale in self.locales:
            chain = [self.bundles[locale]]
            for fallback in (default_locale, SOURCE_LOCALE):
                if fallback != locale and self.bundles[fallback] not in chain:
                    chain.append(self.bundles[fallback])
            self._translators[locale] = Translator(locale, tuple(chain), strict)

    def __call__(self, locale: str | None) -> Translator:
        """The translator for `locale`, or for the default locale when it is not shipped."""
        if locale in self._translators:
            return self._translators[locale]
        return self._translators[self.default_locale]

    def language_names(self) -> list[tuple[str, str]]:
        """(locale, the language's own name) for every shipped locale, in shipping order."""
        return [(locale, self(locale)("language-name")) for locale in self.locales]
