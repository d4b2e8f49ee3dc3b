"""Routing an update to its dialog without asking every dialog in turn.

aiogram offers an event to each sub-router in turn until one handles it. Every dialog of
aiogram-dialog turns away any event whose dialog context (`aiogd_context`, loaded once per
update by aiogram-dialog's intent middleware) is not one of its own states: its
`IntentFilter` sits on every observer it has. With forty dialogs, a tap on the thirtieth
was offered to twenty-nine that could only say no, each with aiogram's middleware and
filter bookkeeping: about a tenth of a questionnaire step.

`DialogRouter` goes straight to the sub-router that holds the context's dialog. Any
sub-router that is not made of dialogs alone is still offered every event, in its turn, so
the order and the outcome are aiogram's; only the no's that could not be anything else are
skipped. Role gates and other inner middlewares of these routers still wrap the handler.

`RoutingDispatcher` does the same at the top: a press is not offered to a router that has
no handler and no outer middleware for presses anywhere in it (commands, errors, /start).
"""

from __future__ import annotations

from typing import Any

from aiogram import Dispatcher, Router
from aiogram.dispatcher.event.bases import REJECTED, UNHANDLED
from aiogram.dispatcher.event.telegram import TelegramEventObserver
from aiogram.fsm.state import StatesGroup
from aiogram.types import CallbackQuery, TelegramObject
from aiogram_dialog import Dialog
from aiogram_dialog.api.internal import CONTEXT_KEY
from aiogram_dialog.utils import CB_SEP


class Routing:
    """What `DialogRouter` and `RoutingDispatcher` share: each offers an event only to the
    sub-routers where it can land (see the module's docstring), remembered per update type
    and dialog. Mixed in before aiogram's Router, whose `_propagate_event` it replaces."""

    sub_routers: list[Router]
    observers: dict[str, TelegramEventObserver]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._routes: dict[tuple[str, type[StatesGroup] | None], tuple[Router, ...]] = {}

    def include_router(self, router: Router) -> Router:
        self._routes.clear()
        return super().include_router(router)  # type: ignore[misc]

    def may_handle(self, update_type: str, group: type[StatesGroup] | None) -> bool:
        """Whether an event of `update_type` whose dialog context is in `group` can be
        handled here."""
        return bool(self.route(update_type, group)) or _own_handlers(self, update_type)

    def route(self, update_type: str, group: type[StatesGroup] | None) -> tuple[Router, ...]:
        """The sub-routers, in order, that an event in `group` is offered to."""
        found = self._routes.get((update_type, group))
        if found is None:
            found = tuple(r for r in self.sub_routers if _may_handle(r, update_type, group))
            self._routes[(update_type, group)] = found
        return found

    async def _propagate_event(
        self,
        observer: TelegramEventObserver | None,
        update_type: str,
        event: TelegramObject,
        **kwargs: Any,
    ) -> Any:
        # aiogram's Router._propagate_event, offering the event only to `route(...)`.
        response = UNHANDLED
        if observer:
            result, data = await observer.check_root_filters(event, **kwargs)
            if not result:
                return UNHANDLED
            kwargs.update(data)
            response = await observer.trigger(event, **kwargs)
            if response is REJECTED:
                return UNHANDLED
            if response is not UNHANDLED:
                return response
        context = kwargs.get(CONTEXT_KEY)
        group = context.state.group if context is not None else None
        for router in self.route(update_type, group):
            response = await router.propagate_event(update_type=update_type, event=event, **kwargs)
            if response is not UNHANDLED:
                break
        return response


class DialogRouter(Routing, Router):
    """A router of dialogs (or of routers of dialogs) that offers an event only where it can land."""


class RoutingDispatcher(Routing, Dispatcher):
    """aiogram's Dispatcher, offering an event only to the routers that can take it: a
    press is not offered to the routers of commands, errors and /start, which have no
    handler for presses at all."""


def _own_handlers(router: Router | Routing, update_type: str) -> bool:
    """Whether `router` itself may act on an event of `update_type` (a handler, or an outer
    middleware, which runs whenever the event is offered, handled or not)."""
    observer = router.observers.get(update_type)
    return observer is not None and bool(observer.handlers or observer.outer_middleware)


def _may_handle(router: Router, update_type: str, group: type[StatesGroup] | None) -> bool:
    if isinstance(router, Dialog):
        # The dialog's IntentFilter: no context, or another dialog's, is never its event.
        return group is not None and router.states_group() is group
    if isinstance(router, Routing):
        return router.may_handle(update_type, group)
    # A plain router: offered the event unless nothing in it could act on this kind at all.
    return _own_handlers(router, update_type) or any(
        _may_handle(sub, update_type, group) for sub in router.sub_routers
    )


async def not_a_dialog_button(callback: CallbackQuery) -> bool:
    """A button that carries no dialog id: one the outbox sent, not a dialog's screen."""
    return CB_SEP not in (callback.data or "")
