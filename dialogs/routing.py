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
"""

from __future__ import annotations

from typing import Any

from aiogram import Router
from aiogram.dispatcher.event.bases import REJECTED, UNHANDLED
from aiogram.dispatcher.event.telegram import TelegramEventObserver
from aiogram.fsm.state import StatesGroup
from aiogram.types import CallbackQuery, TelegramObject
from aiogram_dialog import Dialog
from aiogram_dialog.api.internal import CONTEXT_KEY
from aiogram_dialog.utils import CB_SEP


class DialogRouter(Router):
    """A router of dialogs (or of routers of dialogs) that offers an event only where it can land."""

    def __init__(self, *, name: str | None = None) -> None:
        super().__init__(name=name)
        self._routes: dict[type[StatesGroup] | None, tuple[Router, ...]] = {}

    def include_router(self, router: Router) -> Router:
        self._routes.clear()
        return super().include_router(router)

    def may_handle(self, group: type[StatesGroup] | None) -> bool:
        """Whether an event whose dialog context is in `group` can be handled here."""
        return bool(self.route(group)) or bool(self.observers_with_handlers())

    def observers_with_handlers(self) -> list[TelegramEventObserver]:
        return [observer for observer in self.observers.values() if observer.handlers]

    def route(self, group: type[StatesGroup] | None) -> tuple[Router, ...]:
        """The sub-routers, in order, that an event in `group` is offered to."""
        found = self._routes.get(group)
        if found is None:
            found = tuple(r for r in self.sub_routers if _may_handle(r, group))
            self._routes[group] = found
        return found

    async def _propagate_event(
        self,
        observer: TelegramEventObserver | None,
        update_type: str,
        event: TelegramObject,
        **kwargs: Any,
    ) -> Any:
        # aiogram's Router._propagate_event, offering the event only to `route(group)`.
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
        for router in self.route(context.state.group if context is not None else None):
            response = await router.propagate_event(update_type=update_type, event=event, **kwargs)
            if response is not UNHANDLED:
                break
        return response


def _may_handle(router: Router, group: type[StatesGroup] | None) -> bool:
    if isinstance(router, Dialog):
        # The dialog's IntentFilter: no context, or another dialog's, is never its event.
        return group is not None and router.states_group() is group
    if isinstance(router, DialogRouter):
        return router.may_handle(group)
    return True


async def not_a_dialog_button(callback: CallbackQuery) -> bool:
    """A button that carries no dialog id: one the outbox sent, not a dialog's screen."""
    return CB_SEP not in (callback.data or "")
