"""The trend chart, drawn for a phone: one block per theme with its name in the reader's words,
a bar per round under it, the newest strongest. Pure: data in, PNG bytes out.

Drawn with matplotlib's object API (no pyplot state), so it is safe in a worker thread; callers
run it off the event loop. Matplotlib (3.11 and later) shapes Arabic script and lays it out right
to left itself; the fonts for scripts the server may lack (Ethiopic, and a clearer Arabic) come
with the code in content/fonts/ and are registered at the first chart.
"""

from __future__ import annotations

import gc
import io
import textwrap
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from rules.i18n import RTL_LOCALES

if TYPE_CHECKING:
    from matplotlib.figure import Figure

FONTS_DIR = Path(__file__).resolve().parents[2] / "content" / "fonts"
# Latin, Cyrillic and the fallback for digits: matplotlib's own DejaVu Sans.
_FAMILIES = {
    "ti": ["Noto Sans Ethiopic", "DejaVu Sans"],
    **{locale: ["Noto Sans Arabic", "DejaVu Sans"] for locale in RTL_LOCALES},
}
_DEFAULT_FAMILIES = ["DejaVu Sans", "Noto Sans Ethiopic", "Noto Sans Arabic"]

# A phone shows the picture about 400 px wide: at 6 inches, 14 pt text is about 13 px there.
WIDTH_IN = 6.0
DPI = 180
NAME_PT = 15
TEXT_PT = 13
# Okabe-Ito, safe for colour-blind readers: orange and sky blue for earlier rounds, and the
# darkest, the blue, for the latest.
FIRST, PREVIOUS, LATEST = "#E69F00", "#56B4E9", "#0072B2"
INK = "#222222"
# Rounds drawn at most: the first, the previous and the latest tell the story on a phone.
SHOWN = 3
WRAP = 34
NOTE_WRAP = 56
LEGEND_ACROSS = 40  # characters of dates that fit side by side
GAP = 0.24  # inches between one theme's bars and the next theme's name

_fonts_lock = threading.Lock()
_fonts_ready = False


@dataclass(frozen=True, slots=True)
class Series:
    label: str  # the round's date, as the reader writes dates
    scores: Sequence[float | None]  # one per group, None: no score


def shown(count: int) -> list[int]:
    """Which rounds (by index, oldest first) the chart draws: all of up to three, else the
    first, the previous and the latest."""
    if count <= SHOWN:
        return list(range(count))
    return [0, count - 2, count - 1]


def colours(count: int) -> list[str]:
    """One colour per drawn round, oldest first; the latest is always the strongest."""
    return {1: [LATEST], 2: [FIRST, LATEST]}.get(count, [FIRST, PREVIOUS, LATEST])


def _register_fonts() -> None:
    """Add the fonts in content/fonts/ to matplotlib, once per process."""
    global _fonts_ready
    with _fonts_lock:
        if _fonts_ready:
            return
        from matplotlib import font_manager

        for path in sorted(FONTS_DIR.glob("*.ttf")):
            font_manager.fontManager.addfont(str(path))
        _fonts_ready = True
        # matplotlib is imported by now: its 55,000 objects live as long as the process.
        # Kept from the garbage collector, as start-up objects are, they no longer lengthen
        # every full collection (each of which holds the event loop too).
        gc.freeze()


def draw(
    groups: Sequence[str],
    series: Sequence[Series],
    top: float,
    *,
    locale: str,
    note: str = "",
    value_text: Sequence[str] = (),
) -> Figure:
    """The chart as a matplotlib Figure: `groups` are the theme names, `series` the rounds to
    draw (oldest first, see `shown`), `top` the highest score, `note` a line under the chart,
    `value_text` the latest round's scores as the reader writes numbers ("" for none)."""
    _register_fonts()
    from matplotlib.figure import Figure
    from matplotlib.patches import Patch

    rtl = locale in RTL_LOCALES
    families = _FAMILIES.get(locale, _DEFAULT_FAMILIES)
    names = [textwrap.wrap(name, WRAP) or [""] for name in groups]
    count = max(len(series), 1)
    bar = 0.22 if count < SHOWN else 0.19  # inches a bar takes, gap included
    # Inches a line of a theme's name takes: Arabic script needs more room than Latin.
    line = NAME_PT / 72 * 1.45
    blocks = [len(lines) * line + count * bar + GAP for lines in names]
    # The dates side by side when they fit across a phone, else one under the other.
    across = sum(len(one.label) for one in series) <= LEGEND_ACROSS
    head = 0.45 + 0.3 * (1 if across else len(series)) if len(series) > 1 else 0.2
    note_lines = textwrap.wrap(note, NOTE_WRAP)
    foot = 0.55 + 0.3 * len(note_lines) + (0.1 if note_lines else 0)
    height = head + sum(blocks) + foot
    figure = Figure(figsize=(WIDTH_IN, height), dpi=DPI)
    figure.patch.set_facecolor("white")
    axes = figure.add_axes((0.04, foot / height, 0.92, sum(blocks) / height))
    # One unit of y is one inch, counted down from the top of the plot.
    axes.set_ylim(sum(blocks), 0)
    axes.set_xlim(0, top)
    if rtl:
        axes.invert_xaxis()
    name_x, name_align = (1.0, "right") if rtl else (0.0, "left")
    painted = colours(count)
    y = 0.0
    for index, lines in enumerate(names):
        y += len(lines) * line
        # The last line's baseline sits just above the first bar, whatever the script's descent.
        axes.text(
            name_x,
            y - 0.09,
            "\n".join(lines),
            transform=axes.get_yaxis_transform(),
            ha=name_align,
            va="baseline",
            fontsize=NAME_PT,
            fontfamily=families,
            color=INK,
            linespacing=1.1,
        )
        for number, one in enumerate(series):
            score = one.scores[index] if index < len(one.scores) else None
            middle = y + bar * (number + 0.5)
            # No score (too few answers) draws no bar, rather than a bar of zero.
            if score is not None:
                axes.barh(middle, score, height=bar * 0.82, color=painted[number])
            if number == len(series) - 1 and index < len(value_text) and value_text[index]:
                axes.text(
                    score or 0,
                    middle,
                    f" {value_text[index]} ",
                    ha="right" if rtl else "left",
                    va="center",
                    fontsize=TEXT_PT,
                    fontfamily=families,
                    color=INK,
                )
        y += count * bar + GAP
    axes.set_yticks([])
    axes.tick_params(axis="x", labelsize=TEXT_PT, colors=INK)
    for label in axes.get_xticklabels():
        label.set_fontfamily(families)
    axes.spines[["top", "right", "left"]].set_visible(False)
    axes.grid(axis="x", alpha=0.3)
    axes.set_axisbelow(True)
    if len(series) > 1:
        handles = [
            Patch(color=colour, label=one.label)
            for colour, one in zip(painted, series, strict=False)
        ]
        if rtl:
            handles.reverse()  # the oldest reads first, at the right
        figure.legend(
            handles=handles,
            loc="upper center",
            bbox_to_anchor=(0.5, 1.0),
            ncol=len(handles) if across else 1,
            frameon=False,
            markerfirst=not rtl,
            prop={"family": families, "size": TEXT_PT},
            handlelength=1.2,
            columnspacing=1.2,
        )
    if note_lines:
        figure.text(
            0.96 if rtl else 0.04,
            0.12 / height,
            "\n".join(note_lines),
            ha=name_align,
            va="bottom",
            fontsize=TEXT_PT,
            fontfamily=families,
            color=INK,
        )
    return figure


def render(
    groups: Sequence[str],
    series: Sequence[Series],
    top: float,
    *,
    locale: str,
    note: str = "",
    value_text: Sequence[str] = (),
) -> bytes:
    """The chart of `draw` as PNG bytes, WIDTH_IN * DPI pixels wide."""
    figure = draw(groups, series, top, locale=locale, note=note, value_text=value_text)
    out = io.BytesIO()
    figure.savefig(out, format="png", dpi=DPI)
    return out.getvalue()
