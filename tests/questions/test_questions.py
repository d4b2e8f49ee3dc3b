"""Questions and answers as people meet them: Amina reads an answer in Arabic and asks Lina
about it; someone without a lots is told kindly; a forged question is refused; a file that
lacks a language does not load."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlmodel import col, select

from bot.runners import CannotStart, prepare
from rules.config import Settings
from rules.i18n import Translator
from rules.questions import QUESTIONS_FILE, Questions, QuestionsError, load_questions, questions
from storage.alerts import Alert
from storage.audit import AuditEntry
from storage.people import Role
from tests.support.app import App
from tests.support.app import Person as Client
from tests.support.personas import AMINA, LINA, add_member

SEP = "\x1d"
MONEY = questions().get(1)


async def _alerts(app: App) -> list[Alert]:
    async with app.session() as session:
        return list((await session.exec(select(Alert))).all())


async def _to_questions(client: Client, translate: Translator) -> None:
    await client.send("/help")
    await client.press(re.escape(translate("questions-open-button")))


async def test_an_arabic_reader_reads_an_answer_and_asks_her_lots(any_app: App) -> None:
    assert MONEY is not None
    lina = await add_member(any_app, LINA, role=Role.STAFF, name="Lina")
    await add_member(
        any_app, AMINA, role=Role.PARTICIPANT, name="Amina", locale="ar", staff_id=lina.id
    )
    amina, ar = any_app.client(AMINA), any_app.l10n("ar")
    await _to_questions(amina, ar)
    assert amina.screen_text() == ar("questions-title")
    assert amina.buttons()[0] == MONEY.question["ar"] == "هل تتوقف نقودي إذا درستُ؟"
    await amina.press(re.escape(MONEY.question["ar"]))
    assert amina.screen_text() == ar(
        "questions-answer", question=MONEY.question["ar"], answer=MONEY.answer["ar"]
    )
    assert "CSN" in amina.screen_text() and "handläggare" in amina.screen_text()

    await amina.press(re.escape(ar("questions-ask-button")))
    assert amina.screen_text().startswith(ar("questions-asked"))
    await amina.press(re.escape(ar("questions-ask-button")))  # twice the same day: one alert
    assert amina.screen_text().startswith(ar("questions-already-asked"))
    [alert] = await _alerts(any_app)
    assert (alert.kind, alert.cause, alert.staff_id) == (
        "question",
        "question-1-2026-11-23",
        lina.id,
    )

    # Lina reads Swedish: the notice and her inbox name the question in her language.
    await any_app.deliver()
    lina_client = any_app.client(LINA)
    assert lina_client.replies() == [
        "🔔 Amina: Har en fråga: “Slutar mina pengar om jag studerar?”. Se /menu → Larm."
    ]
    await lina_client.send("/menu")
    await lina_client.press(re.escape("🔔 Larm (1)"))
    assert lina_client.buttons()[0].startswith(
        "Amina · Har en fråga: “Slutar mina pengar om jag studerar?” · "
    )


async def test_a_participant_without_a_lots_is_told_kindly_and_nothing_is_raised(
    app: App,
) -> None:
    assert MONEY is not None
    await add_member(app, AMINA, role=Role.PARTICIPANT, name="Amina")
    amina, sv = app.client(AMINA), app.l10n("sv")
    await _to_questions(amina, sv)
    await amina.press(re.escape(MONEY.question["sv"]))
    await amina.press("💬 Fråga min lots om detta")
    assert amina.screen_text().startswith(
        "Du har ingen lots här än. Ta med frågan till ditt nästa möte med personalen."
    )
    assert await _alerts(app) == []
    await amina.press("❓ Alla frågor")
    assert amina.screen_text() == sv("questions-title")


async def test_a_forged_question_id_is_refused_and_audited(app: App) -> None:
    amina_row = await add_member(app, AMINA, role=Role.PARTICIPANT, name="Amina")
    amina = app.client(AMINA)
    await _to_questions(amina, app.l10n("sv"))
    intent = amina.intent()
    for forged in ("999", "x"):
        await amina.press_data(f"{intent}{SEP}question:{forged}")
        assert amina.toasts()[-1] == "Det kan du inte göra här."
        assert amina.screen_text() == app.l10n("sv")("questions-title")
    async with app.session() as session:
        refused = await session.exec(
            select(AuditEntry)
            .where(col(AuditEntry.allowed).is_(False))
            .order_by(col(AuditEntry.id))
        )
        assert [(e.action, e.actor_id, e.detail) for e in refused.all()] == [
            ("deny:open", amina_row.id, "QuestionsSG:list 999"),
            ("deny:open", amina_row.id, "QuestionsSG:list x"),
        ]
    assert await _alerts(app) == []


def test_the_shipped_questions_answer_in_every_language_with_their_own_numbers() -> None:
    shipped = load_questions()
    assert [q.id for q in shipped] == [1, 2, 3, 4, 5, 6]
    # Each sends the reader to their handläggare, or (4) names who decides what.
    assert [q.id for q in shipped if "handläggare" in q.question["sv"] + q.answer["sv"]] == [
        1,
        2,
        3,
        5,
        6,
    ]
    assert "CSN bestämmer om studiemedel." in shipped.by_id[4].answer["sv"]


@pytest.mark.parametrize(
    ("change", "complaint"),
    [
        (lambda s: s.replace('ti = """\nኩሉ', 'tx = """\nኩሉ', 1), r"answer 1: missing \['ti'\]"),
        (lambda s: s.replace("id = 2\n", "id = 1\n", 1), r"repeated ids \[1\]"),
    ],
)
def test_a_questions_file_missing_a_language_or_repeating_an_id_does_not_load(
    tmp_path: Path, change: Callable[[str], str], complaint: str
) -> None:
    broken = tmp_path / "questions.toml"
    broken.write_text(change(QUESTIONS_FILE.read_text(encoding="utf-8")), encoding="utf-8")
    with pytest.raises(QuestionsError, match=complaint):
        load_questions(broken)


async def test_a_long_list_comes_eight_questions_a_page(
    app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    shipped = list(questions())
    long = Questions(
        {
            n: shipped[0].model_copy(
                update={"id": n, "question": {**shipped[0].question, "sv": f"Fråga {n}?"}}
            )
            for n in range(1, 13)
        }
    )
    for module in ("dialogs.questions.getters", "dialogs.questions.handlers"):
        monkeypatch.setattr(f"{module}.questions", lambda: long)
    await add_member(app, AMINA, role=Role.PARTICIPANT, name="Amina")
    amina = app.client(AMINA)
    await _to_questions(amina, app.l10n("sv"))
    assert [b for b in amina.buttons() if b.startswith("Fråga")] == [
        f"Fråga {n}?" for n in range(1, 9)
    ]
    await amina.press("^>$")  # the pager: on to the second page
    assert [b for b in amina.buttons() if b.startswith("Fråga")] == [
        f"Fråga {n}?" for n in range(9, 13)
    ]
    await amina.press(re.escape("Fråga 12?"))
    assert amina.screen_text().startswith("❓ Fråga 12?\n\n")


async def test_a_broken_questions_file_stops_the_start_with_one_line(
    settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = tmp_path / "questions.toml"
    broken.write_text(
        QUESTIONS_FILE.read_text(encoding="utf-8").replace('uk = "Хто', 'ukr = "Хто', 1),
        encoding="utf-8",
    )
    monkeypatch.setattr("bot.runners.questions", lambda: load_questions(broken))
    with pytest.raises(CannotStart) as stopped:
        await prepare(settings)
    assert str(stopped.value) == (
        "content/questions/questions.toml: questions.3: Value error, "
        "question 4: missing ['uk'], unknown ['ukr']"
    )
