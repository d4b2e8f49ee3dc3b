"""The programme report as an Excel workbook (openpyxl): an overview (who made it, for
which programme and period, and each of the programme's targets met or not), a sheet of
participants, one row each, and a summary with counts and shares. It prints on A4.

Pure: rows in, bytes out, no Telegram and no SQL, so it runs in a thread off the event loop.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from rules.i18n import Translator
from rules.instruments import EXIT, catalogue
from rules.plan_kinds import Kinds, ladder, outcomes, tracks
from rules.programmes import Programme, Tally, standing
from storage import programme
from storage.report import AGE_BANDS, Row

SHARE_FORMAT = "0.0%"
DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
WORK_TARGET = "work-after-six-months"
# Column widths in characters: wide enough for a header, never wider than a page allows.
MIN_WIDTH, MAX_WIDTH = 10, 48


@dataclass(frozen=True, slots=True)
class Title:
    """What heads the report: whom it counts (`scope`), when and by whom it was made (local
    time), the municipality and the programme whose targets it marks."""

    scope: str
    made_at: datetime
    made_by: str
    municipality: str = ""
    programme: Programme | None = None


@dataclass(frozen=True, slots=True)
class Line:
    """One line of the summary: a count, a share of `of`, or a heading."""

    label: str
    value: int | float | str | None = None
    of: int | None = None
    share: bool = False
    note: str = ""
    heading: bool = False


def exit_targets() -> tuple[list[str], int]:
    """The targets the exit survey measures, one an item, in the order it asks them; and the
    answer that meets a target."""
    instrument = catalogue().get(EXIT[0])
    if instrument is None:
        return [], 0
    targets = instrument.targets()
    cut = instrument.scoring.meets_at_least or instrument.scale.high
    return [targets[item] for item in instrument.all_items() if item in targets], cut


def _value(i18n: Translator, fact: str, value: str | None) -> str | None:
    return i18n(f"programme-{fact}-{value}") if value else None


def _kind(kinds: Kinds, i18n: Translator, kind_id: str | None) -> str | None:
    """A track or ladder step by its name in the reader's language; retired kinds keep their
    name, an id gone from content/plan/ shows as itself."""
    if kind_id is None:
        return None
    return kinds.title(kind_id, i18n.locale) or kind_id


def _kinds_seen(kinds: Kinds, seen: set[str]) -> list[str]:
    """The kinds to count: those offered now and any other a row holds, in the file's order,
    then ids no longer in the file."""
    listed = [kind.id for kind in kinds if not kind.retired or kind.id in seen]
    return listed + sorted(seen - set(listed))


def _columns(i18n: Translator, sensitive: bool) -> list[tuple[str, Callable[[Row], Any]]]:
    """(header, the cell of a row) for each column of the participant sheet."""

    def follow_up(row: Row) -> str | None:
        if row.follow_up:
            return i18n(f"programme-follow-up-{row.follow_up}")
        return i18n("programme-follow-up-none") if row.follow_up_asked else None

    columns: list[tuple[str, Callable[[Row], Any]]] = [
        (i18n("report-column-id"), lambda r: r.pseudonym),
        (i18n("report-column-start"), lambda r: r.started),
        (i18n("report-column-end"), lambda r: r.ended),
        (i18n("report-column-gender"), lambda r: _value(i18n, "gender", r.gender)),
        (
            i18n("report-column-age-band"),
            lambda r: i18n(f"report-age-{r.age_band}") if r.age_band else None,
        ),
        (
            i18n("report-column-entry-status"),
            lambda r: _value(i18n, "entry-status", r.entry_status),
        ),
        (i18n("report-column-education"), lambda r: _value(i18n, "education", r.education)),
        (i18n("report-column-track"), lambda r: _kind(tracks(), i18n, r.track)),
        (i18n("report-column-ladder"), lambda r: _kind(ladder(), i18n, r.ladder)),
        (i18n("report-column-exit-status"), lambda r: _kind(outcomes(), i18n, r.exit_status)),
        (i18n("report-column-job-started"), lambda r: r.job_started),
        (i18n("report-column-follow-up"), follow_up),
        (i18n("report-column-meetings-booked"), lambda r: r.meetings_booked),
        (i18n("report-column-meetings-attended"), lambda r: r.meetings_attended),
        (i18n("report-column-meetings-missed"), lambda r: r.meetings_missed),
        (i18n("groups-report-attended"), lambda r: r.groups_attended),
        (i18n("groups-report-missed"), lambda r: r.groups_missed),
    ]
    if sensitive:
        columns += [
            (i18n("report-column-disability"), lambda r: _value(i18n, "disability", r.disability)),
            (
                i18n("report-column-third-country"),
                lambda r: _value(i18n, "third-country", r.third_country),
            ),
        ]
    return columns


def _share(label: str, met: int, of: int, note: str) -> Line:
    return Line(label, met / of if of else None, of=of, share=True, note=note)


def summary(rows: list[Row], i18n: Translator, *, scope: str, sensitive: bool) -> list[Line]:
    """Counts by fact, the programme's end, the six-month answers, and each target's share."""
    lines = [Line(i18n("report-summary-scope"), scope)]
    lines.append(Line(i18n("report-summary-participants"), len(rows)))

    def breakdown(title: str, fact: str, values: tuple[str, ...], of: Callable[[Row], Any]) -> None:
        lines.append(Line(i18n(title), heading=True))
        for value in values:
            label = i18n(f"report-age-{value}") if fact == "age" else _value(i18n, fact, value)
            lines.append(Line(label or value, sum(1 for r in rows if of(r) == value)))
        lines.append(Line(i18n("report-not-recorded"), sum(1 for r in rows if of(r) is None)))

    breakdown("report-summary-gender", "gender", programme.GENDERS, lambda r: r.gender)
    breakdown("report-summary-age", "age", AGE_BANDS, lambda r: r.age_band)
    breakdown(
        "report-summary-entry-status",
        "entry-status",
        programme.ENTRY_STATUSES,
        lambda r: r.entry_status,
    )
    breakdown(
        "report-summary-education", "education", programme.EDUCATION_LEVELS, lambda r: r.education
    )

    def kinds_breakdown(kinds: Kinds, held: list[str | None]) -> None:
        for kind_id in _kinds_seen(kinds, {h for h in held if h is not None}):
            lines.append(Line(_kind(kinds, i18n, kind_id) or kind_id, held.count(kind_id)))

    for title, kinds, of in (
        ("report-summary-track", tracks(), lambda r: r.track),
        ("report-summary-ladder", ladder(), lambda r: r.ladder),
    ):
        lines.append(Line(i18n(title), heading=True))
        held = [of(r) for r in rows]
        kinds_breakdown(kinds, held)
        lines.append(Line(i18n("report-not-recorded"), held.count(None)))
    if sensitive:
        breakdown(
            "report-summary-disability", "disability", programme.YES_NO, lambda r: r.disability
        )
        breakdown(
            "report-summary-third-country",
            "third-country",
            programme.YES_NO,
            lambda r: r.third_country,
        )

    ended = [r for r in rows if r.exit_status]
    lines.append(Line(i18n("report-summary-ended"), len(ended), heading=True))
    kinds_breakdown(outcomes(), [r.exit_status for r in ended])
    asked = [r for r in rows if r.follow_up_asked]
    lines.append(Line(i18n("report-summary-follow-up"), len(asked), heading=True))
    for answer in programme.FOLLOW_UPS:
        lines.append(
            Line(
                i18n(f"programme-follow-up-{answer}"),
                sum(1 for r in asked if r.follow_up == answer),
            )
        )
    lines.append(
        Line(i18n("programme-follow-up-none"), sum(1 for r in asked if r.follow_up is None))
    )

    lines.append(Line(i18n("report-summary-meetings"), heading=True))
    for key, of in (
        ("report-column-meetings-booked", lambda r: r.meetings_booked),
        ("report-column-meetings-attended", lambda r: r.meetings_attended),
        ("report-column-meetings-missed", lambda r: r.meetings_missed),
    ):
        lines.append(Line(i18n(key), sum(of(r) for r in rows)))

    lines.append(Line(i18n("report-summary-targets"), heading=True))
    # Work at the end, and still work six months later: of those asked six months after.
    lasted = sum(1 for r in asked if r.exit_status == "employed" and r.follow_up == "working")
    lines.append(
        _share(i18n(f"report-target-{WORK_TARGET}"), lasted, len(asked), i18n("report-note-work"))
    )
    targets, cut = exit_targets()
    for target in targets:
        answered = [r for r in rows if r.targets.get(target) is not None]
        met = sum(1 for r in answered if r.targets.get(target))
        note = i18n("report-note-exit", cut=cut)
        lines.append(_share(i18n(f"report-target-{target}"), met, len(answered), note))
    return lines


@dataclass(frozen=True, slots=True)
class Styled:
    """A cell's value with its look: bold, a font size, a number format."""

    value: Any
    bold: bool = False
    size: float | None = None
    number_format: str | None = None


class Sheet:
    """A sheet's rows, gathered first and then written once (openpyxl's write-only mode).

    A workbook written cell by cell keeps an object per cell, each tied to its sheet: for
    10,000 participants about 400,000 objects that only the garbage collector frees, and
    whose collections held the whole process (the bot's event loop too) for 150-250 ms at a
    time. Written once, the rows become XML as they go.
    """

    def __init__(self, title: str) -> None:
        self.title = title
        self.rows: list[list[Any]] = []
        self.header_row: int | None = None
        self.filtered = False

    def append(self, values: list[Any]) -> None:
        self.rows.append(values)

    def header(self, headers: list[str]) -> None:
        """A bold header row that stays in view and is printed on every page."""
        self.append([Styled(header, bold=True) for header in headers])
        self.header_row = len(self.rows)

    def widths(self) -> dict[int, int]:
        """Each column wide enough for its header and its longest cell (dates as 10)."""
        widths: dict[int, int] = {}
        for row in self.rows:
            for column, cell in enumerate(row, start=1):
                value = cell.value if isinstance(cell, Styled) else cell
                if value is None:
                    continue
                text = "yyyy-mm-dd" if isinstance(value, date) else str(value)
                width = max(len(line) for line in text.splitlines() or [""])
                widths[column] = max(widths.get(column, 0), width)
        return widths

    def write(self, book: Workbook) -> None:
        sheet = book.create_sheet(self.title)
        for column, width in self.widths().items():
            letter = get_column_letter(column)
            sheet.column_dimensions[letter].width = min(max(MIN_WIDTH, width + 2), MAX_WIDTH)
        if self.header_row is not None:
            sheet.freeze_panes = f"A{self.header_row + 1}"
            sheet.print_title_rows = f"{self.header_row}:{self.header_row}"
        if self.filtered and self.rows:
            last = get_column_letter(max(len(row) for row in self.rows))
            sheet.auto_filter.ref = f"A1:{last}{len(self.rows)}"
        _print_on_a4(sheet)
        for row in self.rows:
            sheet.append([_cell(sheet, value) for value in row])


def _cell(sheet: Any, value: Any) -> Any:
    if not isinstance(value, Styled):
        return value
    cell = WriteOnlyCell(sheet, value=value.value)
    if value.bold or value.size:
        cell.font = Font(bold=value.bold, size=value.size)
    if value.number_format:
        cell.number_format = value.number_format
    return cell


def _print_on_a4(sheet: Any) -> None:
    """A4 landscape, as wide as the page, as many pages down as it takes."""
    sheet.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    sheet.page_setup.orientation = Worksheet.ORIENTATION_LANDSCAPE
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)


def _level(tally: Tally) -> int | float:
    target = tally.target
    return target.count if target.count is not None else target.share or 0.0


def _overview(rows: list[Row], i18n: Translator, title: Title) -> Sheet:
    """The title block, then each target of the programme: its level, the outcome, met or not."""
    sheet = Sheet(i18n("report-sheet-overview"))
    sheet.append([Styled(i18n("report-title"), bold=True, size=14)])
    programme_name = title.programme.title(i18n.locale) if title.programme else ""
    for key, value in (
        ("report-title-municipality", title.municipality or None),
        ("report-title-programme", programme_name or None),
        ("report-title-period", title.scope),
        (
            "report-title-made-at",
            Styled(title.made_at.replace(tzinfo=None), number_format=DATETIME_FORMAT),
        ),
        ("report-title-made-by", title.made_by),
    ):
        sheet.append([Styled(i18n(key), bold=True), value])
    sheet.append([])
    if title.programme is None:
        return sheet
    sheet.header(
        [
            i18n("report-target-column-name"),
            i18n("report-target-column-level"),
            i18n("report-target-column-counted"),
            i18n("report-target-column-of"),
            i18n("report-target-column-share"),
            i18n("report-target-column-met"),
        ],
    )
    found = standing(title.programme, list(rows), title.made_at.date())
    for tally in found.tallies:
        level = _level(tally)
        sheet.append(
            [
                tally.target.title(i18n.locale),
                Styled(level, number_format=SHARE_FORMAT) if tally.level == "share" else level,
                tally.counted,
                tally.of,
                Styled(tally.share, number_format=SHARE_FORMAT),
                i18n("report-target-met" if tally.met else "report-target-not-met"),
            ]
        )
    sheet.append([])
    sheet.append([i18n("report-note-targets")])
    return sheet


def build(rows: list[Row], i18n: Translator, *, title: Title, sensitive: bool = False) -> bytes:
    """The workbook as .xlsx bytes: the overview, the participant sheet, then the summary."""
    overview = _overview(rows, i18n, title)

    people = Sheet(i18n("report-sheet-participants"))
    columns = _columns(i18n, sensitive)
    people.header([header for header, _ in columns])
    for row in rows:
        values = [cell(row) for _, cell in columns]
        people.append(
            [
                Styled(value, number_format=DATE_FORMAT) if isinstance(value, date) else value
                for value in values
            ]
        )
    people.filtered = True

    sums = Sheet(i18n("report-sheet-summary"))
    sums.header(
        [
            i18n("report-summary-what"),
            i18n("report-summary-value"),
            i18n("report-summary-of"),
            i18n("report-summary-note"),
        ],
    )
    for line in summary(rows, i18n, scope=title.scope, sensitive=sensitive):
        sums.append(
            [
                Styled(line.label, bold=True) if line.heading else line.label,
                Styled(line.value, number_format=SHARE_FORMAT) if line.share else line.value,
                line.of,
                line.note or None,
            ]
        )
    sums.append([])
    sums.append([i18n("report-note-shares")])
    book = Workbook(write_only=True)
    for sheet in (overview, people, sums):
        sheet.write(book)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
