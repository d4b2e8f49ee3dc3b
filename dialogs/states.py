"""Every dialog's states. Their names are persisted in stored dialog stacks:
renaming one is a migration (old stacks would point nowhere)."""

from aiogram.fsm.state import State, StatesGroup


class OnboardingSG(StatesGroup):
    language = State()
    privacy = State()
    name = State()
    staff_name = State()


class ParticipantMenuSG(StatesGroup):
    main = State()


class StaffMenuSG(StatesGroup):
    main = State()
    more = State()  # what staff need now and then: the report, and admins' tools


class SettingsSG(StatesGroup):
    """The reader's own settings: language, name, pause, quiet hours, their data, help."""

    main = State()


class LanguageSG(StatesGroup):
    pick = State()


class NameSG(StatesGroup):
    ask = State()


class InfoSG(StatesGroup):
    help = State()
    privacy = State()
    delete = State()


class QuestionsSG(StatesGroup):
    """The municipality's answers to participants' common questions (from ❓ Hjälp)."""

    list = State()
    answer = State()


class CheckinSG(StatesGroup):
    help = State()
    message = State()


class PauseSG(StatesGroup):
    pick = State()


class AlertsSG(StatesGroup):
    inbox = State()
    view = State()
    note = State()


class CaseloadSG(StatesGroup):
    list = State()
    card = State()
    every = State()
    weekday = State()
    time = State()
    assessment = State()
    assessment_request = State()
    assessment_rhythm = State()
    practice = State()
    lots = State()
    lots_confirm = State()


class QuietSG(StatesGroup):
    start = State()
    end = State()


class AssessmentSG(StatesGroup):
    home = State()
    results = State()
    intro = State()
    item = State()
    theme_done = State()
    result = State()


class BookingSG(StatesGroup):
    staff = State()
    kind = State()
    day = State()
    time = State()
    confirm = State()


class MeetingsSG(StatesGroup):
    list = State()
    view = State()
    cancel = State()


class StaffBookingSG(StatesGroup):
    agenda = State()
    meeting = State()
    hours = State()
    hours_day = State()
    hours_start = State()
    hours_end = State()
    days_off = State()
    kinds = State()
    kind = State()
    kind_length = State()
    kind_place = State()
    kind_address = State()


class GroupsSG(StatesGroup):
    """Staff plan group meetings: the list, a new one (kind, day, time, place, address,
    seats, confirm; day, time and confirm also move one), one meeting, inviting, cancelling,
    and who came."""

    list = State()
    kind = State()
    day = State()
    time = State()
    place = State()
    address = State()
    seats = State()
    confirm = State()
    meeting = State()
    invite = State()
    cancel = State()
    attendance = State()


class GroupVisitSG(StatesGroup):
    """A participant's group meeting: what, when, where; giving the seat back."""

    view = State()
    leave = State()


class PracticeSG(StatesGroup):
    home = State()
    track = State()
    times = State()
    meanings = State()
    question = State()
    typing = State()
    feedback = State()
    done = State()


class TeamSG(StatesGroup):
    """Admins manage the staff: the list, one member, whom to move to, and the confirmation;
    those whose access was taken away, and giving it back; the name a member goes by."""

    list = State()
    member = State()
    target = State()
    confirm = State()
    away = State()
    reactivate = State()
    rename = State()


class RemindersSG(StatesGroup):
    audience = State()
    one = State()
    several = State()
    content = State()
    text = State()
    when = State()
    day = State()
    hour = State()
    preview = State()
    sent = State()
    report = State()
    cancel = State()


class ProgrammeSG(StatesGroup):
    facts = State()
    fact = State()
    birth_year = State()
    end = State()
    confirm = State()
    job_start = State()


class ReportSG(StatesGroup):
    home = State()


class PlanSG(StatesGroup):
    view = State()
    step = State()
    goal = State()


class StaffPlanSG(StatesGroup):
    home = State()
    goal = State()
    occupations = State()
    track = State()
    ladder = State()
    workplace = State()
    supervisor = State()
    hours = State()
    step_text = State()
    date = State()
    responsible = State()
    steps = State()
    step = State()
    history = State()


class GoalsSG(StatesGroup):
    home = State()
    target = State()


class LotsLineSG(StatesGroup):
    """📞 My lots: who they are and when they work; write, record or send a photo."""

    home = State()
    write = State()


class LotsThreadSG(StatesGroup):
    """A lots and one participant's messages: the latest to play, and an answer."""

    list = State()
    reply = State()


class PhoneSG(StatesGroup):
    """A lots's work number, shared with their participants (or not)."""

    ask = State()
