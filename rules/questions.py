"""The municipality's answers to participants' common questions, as data. No Telegram, no SQL.

content/questions/questions.toml lists questions: a number (what a button and an alert to
the lots carry), the question and its answer in every shipped language. A municipality
reviews and edits the file; a number once used stays with its question (an alert names the
question by it), so a new question gets a new number.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Annotated

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
    model_validator,
)

from rules.i18n import SOURCE_LOCALE, require_every_locale

QUESTIONS_FILE = Path(__file__).resolve().parent.parent / "content" / "questions" / "questions.toml"

# A question is a button's label: short enough to read on a phone.
Asked = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=120)]
# A few easy sentences, well within one Telegram message.
Answer = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=1200)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Question(_Strict):
    id: int = Field(ge=1, le=9999)
    question: dict[str, Asked]
    answer: dict[str, Answer]

    @model_validator(mode="after")
    def _every_language(self) -> Question:
        require_every_locale(self.question, f"question {self.id}")
        require_every_locale(self.answer, f"answer {self.id}")
        return self

    def title(self, locale: str) -> str:
        return self.question.get(locale) or self.question[SOURCE_LOCALE]

    def text(self, locale: str) -> str:
        return self.answer.get(locale) or self.answer[SOURCE_LOCALE]


class _File(_Strict):
    questions: list[Question] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique(self) -> _File:
        ids = [question.id for question in self.questions]
        repeated = sorted({i for i in ids if ids.count(i) > 1})
        if repeated:
            raise ValueError(f"repeated ids {repeated}")
        return self


class QuestionsError(ValueError):
    """A questions file that does not follow the schema."""


@dataclass(frozen=True, slots=True)
class Questions:
    """The questions of the file, in its order."""

    by_id: Mapping[int, Question]

    def get(self, question_id: int | None) -> Question | None:
        return self.by_id.get(question_id) if question_id is not None else None

    def __iter__(self) -> Iterator[Question]:
        return iter(self.by_id.values())


def load_questions(path: Path = QUESTIONS_FILE) -> Questions:
    try:
        parsed = _File.model_validate(tomllib.loads(path.read_text(encoding="utf-8")))
    except ValidationError as error:
        # One line for the start-up message: where in the file, and what is wrong there.
        problems = "; ".join(
            f"{'.'.join(map(str, problem['loc']))}: {problem['msg']}" for problem in error.errors()
        )
        raise QuestionsError(f"{path.name}: {problems}") from error
    except (OSError, tomllib.TOMLDecodeError, ValueError) as error:
        raise QuestionsError(f"{path.name}: {error}") from error
    return Questions({question.id: question for question in parsed.questions})


@cache
def questions() -> Questions:
    """The installed questions, loaded once per process (at start, by the dialogs)."""
    return load_questions()


# An alert's cause when a participant asks their lots about a question: one alert per
# question and day, so two taps make one alert, and tomorrow's question a new one.
_CAUSE = re.compile(r"^question-(\d{1,4})-\d{4}-\d{2}-\d{2}$")


def cause_of(question_id: int, day: date) -> str:
    return f"question-{question_id}-{day.isoformat()}"


def question_in(cause: str) -> int | None:
    """The question an alert's cause names, or None for any other cause."""
    found = _CAUSE.match(cause)
    return int(found.group(1)) if found else None
