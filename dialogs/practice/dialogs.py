from aiogram_dialog import Dialog
from aiogram_dialog.widgets.input import TextInput
from aiogram_dialog.widgets.kbd import Button, Cancel, Group, Row, SwitchTo
from aiogram_dialog.widgets.text import Format

from dialogs.common import Screen, Tr, TrFrom, choices, unless
from dialogs.practice import getters, handlers
from dialogs.states import PracticeSG

BACK_ID = "back"
START_ID = "start"
TRACK_ID = "track"
TIMES_ID = "times"
TIME_ID = "time"
OPTION_ID = "option"
TYPED_ID = "typed"
DONT_KNOW_ID = "dont_know"
GRADE_ID = "grade"
NEXT_ID = "next"
STOP_ID = "stop"
MORE_ID = "more"
MENU_ID = "menu"
MEANINGS_ID = "meanings"
SPEAK_ID = "speak"


def _kind(kind: str):  # type: ignore[no-untyped-def]
    return lambda data, _w, _m: not data.get("gone") and data.get("kind") == kind


def dialog() -> Dialog:
    return Dialog(
        Screen(
            TrFrom("notice"),
            Tr("practice-home", when="has_track"),
            Tr("practice-home-no-track", when="no_track"),
            Tr("practice-streak", when="streak"),
            Tr("practice-week", when="has_track"),
            Tr("practice-meanings-now", when="language"),
            Button(Tr("practice-start"), id=START_ID, on_click=handlers.on_start),
            SwitchTo(Tr("practice-track-button"), id=TRACK_ID, state=PracticeSG.track),
            SwitchTo(Tr("practice-meanings-button"), id=MEANINGS_ID, state=PracticeSG.meanings),
            SwitchTo(Tr("practice-times-button"), id=TIMES_ID, state=PracticeSG.times),
            Cancel(Tr("core-button-back"), id=BACK_ID),
            state=PracticeSG.home,
            getter=getters.home,
        ),
        Screen(
            Tr("practice-ask-track"),
            Group(choices(TRACK_ID, "tracks", handlers.on_track), width=1),
            SwitchTo(Tr("core-button-back"), id=BACK_ID, state=PracticeSG.home),
            state=PracticeSG.track,
            getter=getters.tracks,
        ),
        Screen(
            TrFrom("notice"),
            Tr("practice-ask-meanings"),
            Group(choices(MEANINGS_ID, "languages", handlers.on_meanings), width=2),
            SwitchTo(Tr("core-button-back"), id=BACK_ID, state=PracticeSG.home),
            state=PracticeSG.meanings,
            getter=getters.meanings,
        ),
        Screen(
            TrFrom("notice"),
            Tr("practice-ask-times"),
            Group(choices(TIME_ID, "choices", handlers.on_time), width=3),
            SwitchTo(Tr("practice-times-done"), id=BACK_ID, state=PracticeSG.home),
            state=PracticeSG.times,
            getter=getters.times,
        ),
        Screen(
            Tr("practice-gone", when="gone"),
            Format("{head}", when=unless("gone")),
            Tr("practice-ask-recognise", when=_kind("recognise")),
            Tr("practice-ask-recall", when=_kind("recall")),
            Tr("practice-ask-gap", when=_kind("gap")),
            Tr("practice-ask-type", when=_kind("type")),
            Tr("practice-ask-listen", when=_kind("listen")),
            Group(choices(SPEAK_ID, "speak", handlers.on_speak), width=1),
            Group(choices(OPTION_ID, "options", handlers.on_option), width=1, when="choosing"),
            TextInput(
                id=TYPED_ID,
                type_factory=handlers.clean_typed,
                on_success=handlers.on_typed,
                on_error=handlers.on_bad_typed,
            ),
            Button(
                Tr("practice-dont-know"),
                id=DONT_KNOW_ID,
                on_click=handlers.on_dont_know,
                when="typing",
            ),
            Button(Tr("practice-stop"), id=STOP_ID, on_click=handlers.on_stop),
            state=PracticeSG.question,
            getter=getters.question,
        ),
        Screen(
            Tr("practice-gone", when="gone"),
            Tr("practice-right", when="right"),
            Tr("practice-wrong", when="wrong"),
            Tr("practice-explain", when=unless("gone")),
            Row(choices(SPEAK_ID, "speak", handlers.on_speak)),
            Group(choices(NEXT_ID, "next", handlers.on_next), width=1),
            Row(choices(GRADE_ID, "grades", handlers.on_grade)),
            Button(Tr("practice-stop"), id=STOP_ID, on_click=handlers.on_stop),
            state=PracticeSG.feedback,
            getter=getters.feedback,
        ),
        Screen(
            Tr("practice-done"),
            Tr("practice-streak", when="streak"),
            Format("{week}"),
            Button(Tr("practice-more"), id=MORE_ID, on_click=handlers.on_start),
            Cancel(Tr("core-button-menu"), id=MENU_ID),
            state=PracticeSG.done,
            getter=getters.done,
        ),
        on_start=handlers.on_dialog_start,
    )
