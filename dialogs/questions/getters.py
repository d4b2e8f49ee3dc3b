from __future__ import annotations

from typing import Any

from aiogram_dialog import DialogManager

from dialogs.common import pop_notice, translator
from dialogs.questions.handlers import chosen
from rules.questions import questions


async def question_list(dialog_manager: DialogManager, **_kwargs: Any) -> dict[str, Any]:
    locale = translator(dialog_manager).locale
    return {"questions": [(str(q.id), q.title(locale)) for q in questions()]}


async def answer(dialog_manager: DialogManager, **_kwargs: Any) -> dict[str, Any]:
    """The question picked, and its answer, in the reader's language."""
    found = chosen(dialog_manager)
    notice = pop_notice(dialog_manager)
    if found is None:
        return {"missing": True, "notice": notice}
    locale = translator(dialog_manager).locale
    return {
        "missing": False,
        "notice": notice,
        "question": found.title(locale),
        "answer": found.text(locale),
    }
