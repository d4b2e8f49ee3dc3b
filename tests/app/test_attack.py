"""Every screen, tried as an attacker would: nothing of Zelda's leaks, changes or crashes.

Zelda is Lina's participant, with a plan, a step, an alert, a meeting, a check-in, a round,
a reminder and a seat at Lina's group meeting; Lina has meeting kinds and weekly hours. Three attackers try every state of
every dialog the dispatcher has (found there, not listed here, so a screen added later is
tried too): Karim (a participant of another lots), Omar (Karim's lots, so staff of another
caseload) and someone who never joined. Each is put on the screen with ids of their own
where the screen needs some, presses every button of it, every list with Zelda's and
Lina's ids and with garbage, and writes a line; then presses the buttons of the outbox's
messages with Zelda's ids.

Afterwards: nothing sent to them names Zelda or Lina or quotes her records, none of her
rows changed, nothing failed, and every refusal they were shown is in the audit log.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import partial
from typing import Any

import pytest
from aiogram import F
from aiogram.filters import Command, CommandObject
from aiogram.fsm.state import State
from aiogram.types import BufferedInputFile, CallbackQuery, Message, Update
from aiogram_dialog import Dialog, DialogManager, ShowMode, StartMode
from aiogram_dialog.widgets.kbd import Calendar, Group, Keyboard, ScrollingGroup, Select
from sqlalchemy import func
from sqlmodel import col, select

from dialogs.assessment.callbacks import StartRound
from dialogs.booking.callbacks import MeetingAnswer
from dialogs.checkin.callbacks import CheckinMood
from dialogs.common import ToLots
from dialogs.groups.callbacks import GroupAnswer
from dialogs.lotsline.callbacks import AnswerBack
from dialogs.plan.callbacks import PlanOpen
from dialogs.practice.callbacks import PracticeNow
from dialogs.programme.callbacks import FollowUpAnswer
from rules.config import Settings
from storage import booking, rights
from storage.alerts import Alert
from storage.assessments import AssessmentRound
from storage.audit import AuditEntry
from storage.booking import BookingWindow, Meeting, MeetingKind
from storage.checkins import Checkin
from storage.groups import GroupMeeting, GroupSeat
from storage.lotsline import LotsMessage
from storage.people import Person, Role
from storage.plan import ActionPlan, PlanStep
from storage.reminders import Reminder, ReminderRecipient
from tests.support import figures
from tests.support.app import App
from tests.support.app import Person as Client
from tests.support.personas import add_member

KARIM, OMAR, NOBODY = 1101, 2101, 7777
ZELDA_TG, LINA_TG = 1901, 2901
SEP = "\x1d"
# Zelda's and Lina's records have ids of their own, far from any the attackers make.
ZELDA, LINA, STEP, ALERT, MEETING, CHECKIN, ROUND, KIND, WINDOW, REMINDER = range(7001, 7011)
GROUP, SEAT, LINE = 7011, 7012, 7013
VICTIM_IDS = (
    ZELDA,
    LINA,
    STEP,
    ALERT,
    MEETING,
    CHECKIN,
    ROUND,
    KIND,
    WINDOW,
    REMINDER,
    GROUP,
    SEAT,
    LINE,
)
# Strings found only in their records: none may reach an attacker.
SECRETS = (
    "Zqzelda",
    "Zqlina",
    "ZQ-GOAL",
    "ZQ-STEP",
    "ZQ-PLACE",
    "ZQ-NOTE",
    "ZQ-CHECKIN",
    "ZQ-REMINDER",
    "ZQ-ADDRESS",
)
# What the attackers are shown when refused (Swedish: they all read Swedish).
REFUSALS = (
    "Det kan du inte göra här.",
    "Den knappen fungerar inte här.",
    "Den knappen är gammal.",
)
GOTO = "attack_goto"
# Presses that end the attacker's own membership (their own data, theirs to delete): the
# rest of their attack would be a stranger's. tests/app/test_rights.py has them.
THEIR_OWN_END = {"InfoSG:delete confirm"}


@pytest.fixture
def settings(settings: Settings, any_db_url: str) -> Settings:
    """Zelda's world on SQLite, and on PostgreSQL when TEST_POSTGRES_URL is set. An attacker
    presses faster than flood control allows: it is tested elsewhere."""
    return settings.model_copy(
        update={
            "database_url": any_db_url,
            "throttle_messages": 1_000_000,
            "throttle_presses": 1_000_000,
        }
    )


async def _zelda_and_lina(app: App) -> None:
    now = app.clock.now()
    async with app.session() as session:
        session.add(
            Person(
                id=LINA,
                telegram_id=LINA_TG,
                role=Role.STAFF.value,
                locale="sv",
                timezone="Europe/Stockholm",
                display_name="Zqlina",
                created_at=now,
                onboarded_at=now,
            )
        )
        await session.flush()
        session.add(
            Person(
                id=ZELDA,
                telegram_id=ZELDA_TG,
                role=Role.PARTICIPANT.value,
                locale="sv",
                timezone="Europe/Stockholm",
                display_name="Zqzelda",
                staff_id=LINA,
                created_at=now,
                onboarded_at=now,
            )
        )
        await session.flush()
        session.add_all(
            [
                ActionPlan(
                    participant_id=ZELDA, goal="ZQ-GOAL", workplace="ZQ-PLACE", updated_at=now
                ),
                PlanStep(
                    id=STEP,
                    participant_id=ZELDA,
                    text="ZQ-STEP",
                    responsible="participant",
                    status="planned",
                    created_at=now,
                ),
                Alert(
                    id=ALERT,
                    participant_id=ZELDA,
                    staff_id=LINA,
                    kind="wants-contact",
                    cause="ZQ-NOTE",
                    created_at=now,
                ),
                MeetingKind(
                    id=KIND, staff_id=LINA, code="follow-up", minutes=30, address="ZQ-ADDRESS"
                ),
                BookingWindow(id=WINDOW, staff_id=LINA, weekday=1, start="09:00", end="12:00"),
                Checkin(
                    id=CHECKIN,
                    participant_id=ZELDA,
                    occurrence="2026-11-23",
                    asked_at=now,
                    message="ZQ-CHECKIN",
                ),
                AssessmentRound(
                    id=ROUND,
                    participant_id=ZELDA,
                    instrument="vagen",
                    form="short",
                    cause="staff",
                    occurrence="zq",
                    created_at=now,
                ),
                # A voice note to her lots, kept by its ids in her chat.
                LotsMessage(
                    id=LINE,
                    participant_id=ZELDA,
                    staff_id=LINA,
                    from_lots=False,
                    kind="voice",
                    chat_id=ZELDA_TG,
                    message_id=LINE,
                    created_at=now,
                ),
                Reminder(
                    id=REMINDER,
                    staff_id=LINA,
                    audience="one",
                    text="ZQ-REMINDER",
                    created_at=now,
                    due_at=now + timedelta(days=1),
                ),
            ]
        )
        await session.flush()
        session.add_all(
            [
                Meeting(
                    id=MEETING,
                    participant_id=ZELDA,
                    staff_id=LINA,
                    kind_id=KIND,
                    kind="follow-up",
                    starts_at=now + timedelta(days=2),
                    ends_at=now + timedelta(days=2, minutes=30),
                    place="in-person",
                    address="ZQ-ADDRESS",
                    created_at=now,
                ),
                ReminderRecipient(reminder_id=REMINDER, participant_id=ZELDA),
                GroupMeeting(
                    id=GROUP,
                    staff_id=LINA,
                    kind="information",
                    starts_at=now + timedelta(days=3),
                    ends_at=now + timedelta(days=3, hours=1),
                    place="in-person",
                    address="ZQ-ADDRESS",
                    seats=10,
                    taken=1,
                    created_at=now,
                ),
            ]
        )
        await session.flush()
        session.add(
            GroupSeat(
                id=SEAT, meeting_id=GROUP, participant_id=ZELDA, status="coming", invited_at=now
            )
        )
        await session.commit()


async def _snapshot(app: App) -> dict[str, list[dict[str, Any]]]:
    """Every row about Lina, her participants and theirs (the audit log aside)."""
    async with app.session() as session:
        lina = await session.get(Person, LINA)
        assert lina is not None
        rows = await rights.rows_about(session, lina)
    rows.pop("audit_entry", None)
    rows.pop("fsm_state", None)
    return rows


@dataclass
class Attacker:
    """One attacker, what they may open as their own, and what their presses came to."""

    name: str
    telegram_id: int
    member: bool
    own: dict[str, int] = field(default_factory=dict)
    tried: int = 0
    # Refusals of theirs in the audit log so far.
    audit_rows: int = 0
    refused: int = 0
    audited: int = 0
    unaudited: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def _dialogs(router: Any) -> Iterator[Dialog]:
    if isinstance(router, Dialog):
        yield router
    for sub in getattr(router, "sub_routers", []):
        yield from _dialogs(sub)


def _widgets(widget: Any) -> Iterator[Keyboard]:
    if isinstance(widget, Keyboard):
        yield widget
    if isinstance(widget, Group):
        for child in widget.buttons:
            yield from _widgets(child)


def _presses(window: Any, ids: IdSample) -> list[str]:
    """The callback data (after the dialog id) of every widget of a window: each button by its
    id; each list, calendar and pager by its prefix with ids from `ids` and garbage."""
    found: list[str] = []
    for widget in _widgets(window.keyboard):
        if not widget.widget_id:
            continue
        if isinstance(widget, Select | Calendar | ScrollingGroup):
            found += [f"{widget.widget_id}:{item}" for item in ids.next()]
        if not isinstance(widget, Select | Calendar):
            found.append(widget.widget_id)
    return list(dict.fromkeys(found))


class IdSample:
    """Zelda's and Lina's ids, `per_list` at a time, in turn, and garbage with each: every id
    meets many lists, and every list some ids (pressing all of them on every list would take
    the suite past its time). `offset` lets each attacker and database start elsewhere."""

    def __init__(self, per_list: int, offset: int) -> None:
        self.per_list = per_list
        self.turn = offset

    def next(self) -> list[str]:
        chosen = [str(VICTIM_IDS[(self.turn + n) % len(VICTIM_IDS)]) for n in range(self.per_list)]
        self.turn += self.per_list
        return [*chosen, "x", "-1"]


def _sent_count(app: App) -> tuple[int, int]:
    return len(app.bot.session.requests), len(app.mm.sent_messages)


def _shown_since(app: App, mark: tuple[int, int], *, whole: bool = False) -> list[str]:
    """Every text, caption and toast the bot sent since `mark`; `whole`: files and buttons too."""
    texts: list[str] = []
    for request in app.bot.session.requests[mark[0] :]:
        for name in ("text", "caption"):
            if value := getattr(request, name, None):
                texts.append(str(value))
        if not whole:
            continue
        for name in ("document", "photo"):
            value = getattr(request, name, None)
            if isinstance(value, BufferedInputFile):
                texts.append(value.data.decode("utf-8", errors="replace"))
        markup = getattr(request, "reply_markup", None)
        if markup is not None:
            texts.append(markup.model_dump_json())
    for message in app.mm.sent_messages[mark[1] :]:
        texts.append(message.text or message.caption or "")
        if whole and message.reply_markup is not None:
            texts.append(message.reply_markup.model_dump_json())
    return texts


async def _refusals_audited(app: App, telegram_id: int) -> int:
    async with app.session() as session:
        found = await session.exec(
            select(func.count())
            .select_from(AuditEntry)
            .where(
                col(AuditEntry.actor_telegram_id) == telegram_id,
                col(AuditEntry.allowed).is_(False),
            )
        )
        return int(found.one())


class _Errors(logging.Handler):
    """Every error logged (the error handler logs each failed update)."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1


async def _press(client: Client, data: str) -> None:
    """Press a button carrying `data`, on the screen shown (a stranger has none: a message)."""
    shown = (m for m in reversed(client.app.mm.sent_messages) if m.chat.id == client.chat.id)
    message = next(shown, None) or Message(
        message_id=1, date=datetime.now(UTC), chat=client.chat, text="-"
    )
    callback = CallbackQuery(
        id=str(client._new_update_id()),
        data=data,
        chat_instance="-",
        from_user=client.user,
        message=message,
    )
    await client.dp.feed_update(
        client.bot, Update(update_id=client._new_update_id(), callback_query=callback)
    )


async def _try(
    app: App,
    attacker: Attacker,
    errors: _Errors,
    what: str,
    action: Callable[[], Awaitable[Any]],
) -> None:
    """One attempt: press or write, then judge what the attacker was shown."""
    mark, audited, failed = _sent_count(app), attacker.audit_rows, errors.count
    await action()
    attacker.tried += 1
    shown = _shown_since(app, mark)
    if errors.count > failed:
        attacker.errors.append(what)
    if not any(refusal in text for text in shown for refusal in REFUSALS):
        return
    attacker.refused += 1
    if attacker.member:
        # Counted when a refusal was shown (the log is only written with one).
        attacker.audit_rows = await _refusals_audited(app, attacker.telegram_id)
        if attacker.audit_rows > audited:
            attacker.audited += 1
        else:
            attacker.unaudited.append(what)


def _install_goto(app: App, states: dict[str, State], attackers: dict[int, Attacker]) -> None:
    """/attack_goto <state>: the attacker is put on that screen, with their own ids in its
    data. Only this test adds it, to the dispatcher itself, so no role gate is in the way."""

    async def goto(message: Message, dialog_manager: DialogManager, command: CommandObject) -> None:
        state = states[command.args or ""]
        own = attackers[message.chat.id].own
        await dialog_manager.start(
            state, data=dict(own), mode=StartMode.RESET_STACK, show_mode=ShowMode.NO_UPDATE
        )
        await dialog_manager.switch_to(state)  # a start handler may have moved on
        dialog_manager.dialog_data.update(own)
        dialog_manager.show_mode = ShowMode.SEND
        await dialog_manager.show()

    app.dp.message.register(goto, Command(GOTO), F.chat.id.in_(set(attackers)))


async def test_every_screen_withstands_three_attackers(
    app: App, any_db_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    # Thousands of refusals are logged as warnings: only errors matter here, and are counted.
    caplog.set_level(logging.ERROR)
    started = time.monotonic()
    await _zelda_and_lina(app)
    omar = await add_member(app, OMAR, role=Role.STAFF, name="Omar")
    karim = await add_member(app, KARIM, role=Role.PARTICIPANT, name="Karim", staff_id=omar.id)
    assert omar.id is not None and karim.id is not None
    async with app.session() as session:
        (own_kind, *_rest) = await booking.ensure_kinds(session, staff_id=omar.id)
        await session.commit()
    assert own_kind.id is not None
    before = await _snapshot(app)

    all_dialogs = list(_dialogs(app.dp))
    states = {
        state.state: state for dialog in all_dialogs for state in dialog.windows if state.state
    }
    assert len(states) >= 100
    theirs = {"participant_id": karim.id, "staff_id": omar.id, "kind_id": own_kind.id}
    attackers = {
        KARIM: Attacker("participant of another lots", KARIM, member=True, own=theirs),
        OMAR: Attacker(
            "staff of another caseload",
            OMAR,
            member=True,
            own={**theirs, "kind_edit": own_kind.id},
        ),
        NOBODY: Attacker("stranger who never joined", NOBODY, member=False),
    }
    _install_goto(app, states, attackers)
    errors = _Errors()
    logging.getLogger().addHandler(errors)
    database = "PostgreSQL" if any_db_url.startswith("postgresql") else "SQLite"
    try:
        for number, attacker in enumerate(attackers.values()):
            client = app.client(attacker.telegram_id, name=attacker.name)
            await client.send("/menu")
            attacker.audit_rows = await _refusals_audited(app, attacker.telegram_id)
            # A stranger meets the door before any id is read: one id says as much as three.
            # PostgreSQL answers each update more slowly: two ids a list there, turned
            # differently, so the two databases together try more pairs.
            per_list = (3 if database == "SQLite" else 2) if attacker.member else 1
            ids = IdSample(per_list, offset=number * 3 + len(database))
            for name, state in states.items():
                window = next(d for d in all_dialogs if state in d.windows).windows[state]
                if attacker.member:
                    await client.send(f"/{GOTO} {name}")
                    attacker.audit_rows = await _refusals_audited(app, attacker.telegram_id)
                    intent = client.intent() if client.screen().reply_markup else "zz0000"
                else:
                    intent = "zz0000"
                for data in _presses(window, ids):
                    if f"{name} {data}" in THEIR_OWN_END:
                        continue
                    press = partial(_press, client, f"{intent}{SEP}{data}")
                    await _try(app, attacker, errors, f"{name} {data}", press)
                write = partial(client.send, f"{ZELDA} ZQ")
                await _try(app, attacker, errors, f"{name} text", write)
            for data in (
                CheckinMood(checkin_id=CHECKIN, mood=1).pack(),
                StartRound(round_id=ROUND).pack(),
                *(MeetingAnswer(meeting_id=MEETING, answer=a).pack() for a in "cmxb"),
                *(GroupAnswer(meeting_id=GROUP, answer=a).pack() for a in "cxwb"),
                PlanOpen().pack(),
                PracticeNow().pack(),
                FollowUpAnswer(answer="w").pack(),
                ToLots(message_id=LINE).pack(),
                AnswerBack().pack(),
            ):
                press = partial(_press, client, data)
                await _try(app, attacker, errors, f"message {data}", press)
    finally:
        logging.getLogger().removeHandler(errors)

    seconds = time.monotonic() - started
    for attacker in attackers.values():
        figures.report(
            f"attack on {database}, {attacker.name}: {len(states)} states, "
            f"{attacker.tried} tried, {attacker.refused} refused, {attacker.audited} audited, "
            f"{len(attacker.errors)} errors"
        )
    figures.report(f"attack on {database}: {seconds:.0f} s")

    leaked = [s for text in _shown_since(app, (0, 0), whole=True) for s in SECRETS if s in text]
    assert leaked == []
    assert await _snapshot(app) == before
    assert {a.name: a.errors for a in attackers.values()} == {
        a.name: [] for a in attackers.values()
    }
    assert {a.name: a.unaudited for a in attackers.values()} == {
        a.name: [] for a in attackers.values()
    }
    # The attack was real: most of what the members tried was refused to their face.
    assert all(a.refused > a.tried // 3 for a in attackers.values() if a.member)
