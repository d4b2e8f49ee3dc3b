"""aiogram's Telegram types, each validator built the first time it is used.

`import aiogram` builds a pydantic validator and serializer for every one of its several
hundred Telegram types and methods (the loop at the end of `aiogram/types/__init__.py` calls
`model_rebuild` on each): about 100 MB that a worker holds all its life, and four seconds of
start-up, for types a bot like this one never receives. The types are declared with
`defer_build`; only that loop builds them.

`build_when_used()`, called before aiogram is first imported (`bot/__init__.py` does it, so
`python -m bot` and everything under `bot` get it), lets that loop keep the names it passes
instead of building, and pydantic then builds a type the first time one is validated or
serialized, with those names. The validators are the same; only when they are made changes.

A generic made concrete on use, aiogram's `Response[Message]` for every answer from the Bot
API, is held by pydantic only weakly: once nothing refers to it, a garbage collection frees it
and the next answer builds it again, the whole of `Message` with it (60-100 ms). Under load
that was over a hundred builds in 3,000 updates, about a fifth of the CPU. Once built, such a
type is kept here for the process's life (a few, each a few MB).
"""

from __future__ import annotations

import inspect
import sys
from typing import Any

from pydantic import BaseModel

# The names aiogram's own loop passes to model_rebuild: every type, and the typing helpers.
_NAMESPACE: dict[str, Any] = {}
_INSTALLED = "_lotsen_build_when_used"
# What this relies on in pydantic's BaseModel.model_rebuild (pydantic 2).
_EXPECTED = {"force", "raise_errors", "_parent_namespace_depth", "_types_namespace"}
# aiogram's concrete generics built on first use, kept from the garbage collector (see above).
_KEPT: set[type[BaseModel]] = set()


def _is_aiogram(cls: type) -> bool:
    return cls.__module__.startswith("aiogram.")


def build_when_used() -> None:
    """Defer the building of aiogram's types to their first use; a no-op once aiogram is in."""
    if getattr(BaseModel, _INSTALLED, False) or "aiogram.types" in sys.modules:
        return
    original = BaseModel.__dict__["model_rebuild"].__func__
    if not set(inspect.signature(original).parameters) >= _EXPECTED:
        # A pydantic whose model_rebuild takes other arguments: build as aiogram does
        # (more memory, nothing else changes) rather than guess.
        return

    def model_rebuild(
        cls: type[BaseModel],
        *,
        force: bool = False,
        raise_errors: bool = True,
        _parent_namespace_depth: int = 2,
        _types_namespace: Any = None,
    ) -> bool | None:
        if _is_aiogram(cls):
            if _types_namespace is not None and not force and not cls.__pydantic_complete__:
                _NAMESPACE.update(_types_namespace)  # aiogram's loop at import: not yet
                return None
            if _types_namespace is None and _NAMESPACE:
                _types_namespace = _NAMESPACE  # first use: with the names the loop passed
        elif _parent_namespace_depth > 0:
            _parent_namespace_depth += 1  # the caller's frame is one further up from here
        built = original(
            cls,
            force=force,
            raise_errors=raise_errors,
            _parent_namespace_depth=_parent_namespace_depth,
            _types_namespace=_types_namespace,
        )
        if _is_aiogram(cls) and cls.__pydantic_generic_metadata__["origin"] is not None:
            _KEPT.add(cls)
        return built

    BaseModel.model_rebuild = classmethod(model_rebuild)  # type: ignore[method-assign,assignment]
    setattr(BaseModel, _INSTALLED, True)
