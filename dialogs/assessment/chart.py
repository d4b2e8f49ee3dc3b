"""The trend chart: one group of bars per theme, one bar per round. Pure: data in, PNG bytes out.

Drawn with matplotlib's object API (no pyplot state), so it is safe in a worker thread; callers
run it off the event loop. Labels are numbers and dates only, so no script needs a font the
server may lack: the message beside the chart names the themes in the reader's language.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass

WIDTH_PX = 800
HEIGHT_PX = 450
DPI = 100
COLOURS = ("#b8c4d6", "#8fa3c0", "#5f7fa8", "#2f5d8f", "#1b4474", "#0b2c55")


@dataclass(frozen=True, slots=True)
class Series:
    label: str  # the round's date
    scores: Sequence[float | None]  # one per group, None: no score


def render(groups: Sequence[str], series: Sequence[Series], top: float) -> bytes:
    """A PNG of WIDTH_PX x HEIGHT_PX: bars of each round's scores per group, newest darkest."""
    from matplotlib.figure import Figure

    figure = Figure(figsize=(WIDTH_PX / DPI, HEIGHT_PX / DPI), dpi=DPI)
    axes = figure.add_subplot()
    count = max(len(series), 1)
    width = 0.8 / count
    colours = COLOURS[-count:]
    for index, one in enumerate(series):
        offsets = [g + (index - (count - 1) / 2) * width for g in range(len(groups))]
        # No score (too few answers) draws no bar, rather than a bar of zero.
        heights = [score if score is not None else float("nan") for score in one.scores]
        axes.bar(offsets, heights, width=width * 0.95, color=colours[index], label=one.label)
    axes.set_xticks(range(len(groups)), list(groups))
    axes.set_ylim(0, top)
    axes.spines[["top", "right"]].set_visible(False)
    axes.grid(axis="y", alpha=0.3)
    axes.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False)
    figure.tight_layout()
    out = io.BytesIO()
    figure.savefig(out, format="png", dpi=DPI)
    return out.getvalue()
