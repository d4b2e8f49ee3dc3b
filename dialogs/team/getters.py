from __future__ import annotations

from typing import Any

from aiogram_dialog import DialogManager

from dialogs.common import actor_of, now_of, pop_notice, translator
from dialogs.context import session_of, settings_of
from rules.config import Settings
from storage import audit, staffing
from storage.people import Person

STAFF_ID = "staff_id"
TARGET_ID = "target_id"
MODE = "mode"
PAGE = "page"
PAGE_SIZE = 8
# The audit action of a refusal here (storage.staffing writes the same).
DENIED = "deny:staff-admin"


def name_of(person: Person, manager: DialogManager) -> str:
    return person.display_name or translator(manager)("team-unnamed", number=person.id or 0)


async def admin_or_denied(manager: DialogManager, action: str) -> bool:
    """True for an admin; anyone else gets an audited denial (defence behind the menu's check)."""
    actor = actor_of(manager)
    if actor.is_admin:
        return True
    audit.note_for(
        session_of(manager),
        actor=actor,
        now=now_of(manager),
        action=action,
        allowed=False,
    )
    return False


async def members(dialog_manager: DialogManager, **_kwargs: Any) -> dict[str, Any]:
    if not await admin_or_denied(dialog_manager, DENIED):
        return {"denied": True, "staff": [], "count": 0}
    session, actor = session_of(dialog_manager), actor_of(dialog_manager)
    total = await staffing.count(session, actor=actor)
    pages = max(1, -(-total // PAGE_SIZE))
    page = min(max(int(dialog_manager.dialog_data.get(PAGE, 0)), 0), pages - 1)
    dialog_manager.dialog_data[PAGE] = page
    found = await staffing.members(session, actor=actor, offset=page * PAGE_SIZE, limit=PAGE_SIZE)
    translate = translator(dialog_manager)
    away = len(await staffing.deactivated(session, actor=actor))
    return {
        "denied": False,
        "away": away,
        "notice": pop_notice(dialog_manager),
        "staff": [
            (
                str(m.person.id),
                translate("team-row", name=name_of(m.person, dialog_manager), count=m.participants),
            )
            for m in found
        ],
        "count": total,
        "page": page + 1,
        "pages": pages,
        "paged": pages > 1,
        "has_previous": page > 0,
        "has_next": page + 1 < pages,
    }


async def _member(manager: DialogManager, key: str) -> staffing.Member | None:
    return await staffing.member(
        session_of(manager),
        actor=actor_of(manager),
        staff_id=int(manager.dialog_data.get(key, 0)),
    )


async def member(dialog_manager: DialogManager, **_kwargs: Any) -> dict[str, Any]:
    if not await admin_or_denied(dialog_manager, DENIED):
        return {"missing": True}
    found = await _member(dialog_manager, STAFF_ID)
    if found is None:
        return {"missing": True}
    settings: Settings = settings_of(dialog_manager)
    configured = found.person.telegram_id in settings.admin_ids
    own = found.person.id == actor_of(dialog_manager).person_id
    return {
        "missing": False,
        "notice": pop_notice(dialog_manager),
        "name": name_of(found.person, dialog_manager),
        "count": found.participants,
        "configured": configured,
        "can_move": found.participants > 0,
        "can_deactivate": not configured and not own,
    }


async def targets(dialog_manager: DialogManager, **_kwargs: Any) -> dict[str, Any]:
    """Everyone the participants could move to: active staff but the one they leave."""
    if not await admin_or_denied(dialog_manager, DENIED):
        return {"missing": True, "targets": []}
    found = await _member(dialog_manager, STAFF_ID)
    if found is None:
        return {"missing": True, "targets": []}
    others = [
        m
        for m in await staffing.members(session_of(dialog_manager), actor=actor_of(dialog_manager))
        if m.person.id != found.person.id
    ]
    translate = translator(dialog_manager)
    return {
        "missing": False,
        "none": not others,
        "name": name_of(found.person, dialog_manager),
        "targets": [
            (
                str(m.person.id),
                translate("team-row", name=name_of(m.person, dialog_manager), count=m.participants),
            )
            for m in others
        ],
    }


async def confirm(dialog_manager: DialogManager, **_kwargs: Any) -> dict[str, Any]:
    if not await admin_or_denied(dialog_manager, DENIED):
        return {"missing": True}
    found = await _member(dialog_manager, STAFF_ID)
    target = (
        await _member(dialog_manager, TARGET_ID)
        if TARGET_ID in dialog_manager.dialog_data
        else None
    )
    if found is None:
        return {"missing": True}
    mode = dialog_manager.dialog_data.get(MODE)
    if target is None:
        question = "deactivate" if mode == "deactivate" else ""
    else:
        question = "move-deactivate" if mode == "deactivate" else "move"
    if not question:
        return {"missing": True}
    return {
        "missing": False,
        "question": question,
        "name": name_of(found.person, dialog_manager),
        "target": name_of(target.person, dialog_manager) if target else "",
        "count": found.participants,
    }


async def away(dialog_manager: DialogManager, **_kwargs: Any) -> dict[str, Any]:
    """Staff whose access was taken away, to give it back."""
    if not await admin_or_denied(dialog_manager, DENIED):
        return {"away": [], "none": True}
    found = await staffing.deactivated(session_of(dialog_manager), actor=actor_of(dialog_manager))
    return {
        "away": [(str(p.id), name_of(p, dialog_manager)) for p in found],
        "none": not found,
    }


async def reactivate(dialog_manager: DialogManager, **_kwargs: Any) -> dict[str, Any]:
    if not await admin_or_denied(dialog_manager, DENIED):
        return {"missing": True}
    found = await staffing.deactivated(
        session_of(dialog_manager),
        actor=actor_of(dialog_manager),
        staff_id=int(dialog_manager.dialog_data.get(STAFF_ID, 0)),
    )
    if not found:
        return {"missing": True}
    return {"missing": False, "name": name_of(found[0], dialog_manager)}
