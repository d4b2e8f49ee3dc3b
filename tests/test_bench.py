"""The benchmarks still run: each at a tiny size (the figures themselves are in bench/README.md)."""

from __future__ import annotations

import gc
from datetime import UTC, datetime

import pytest

from bench import assessment_step, delivery, listen, stall
from bench.population import add_population
from bench.scale import measure_tick
from rules.config import Settings
from storage.db import create_engine
from tests.conftest import empty_postgres


async def test_delivery_bench_runs() -> None:
    try:
        figures = await delivery.run(count=5, rate=500, latency=0)
    finally:
        gc.unfreeze()  # the bench freezes start-up objects, as a worker does; not the suite's
    assert (figures["delivered"], figures["lost"], figures["duplicated"]) == (5, 0, 0)


async def test_scale_bench_measures_the_tick_and_explains_its_queries(postgres_url: str) -> None:
    now = datetime.now(UTC)
    engine = create_engine(postgres_url)
    try:
        await add_population(engine, count=40, now=now, per_staff=20, weeks=2)
        settings = Settings(_env_file=None, database_url=postgres_url)  # type: ignore[call-arg]
        figures = await measure_tick(postgres_url, settings, now, runs=2)
    finally:
        await engine.dispose()
        await empty_postgres(postgres_url)
    # The big tables, and every table a query scans (so a sequential scan is judged by size).
    assert {t: figures["rows"][t] for t in ("person", "checkin", "outbox", "checkin_plan")} == {
        "person": 42,
        "checkin": 80,
        "outbox": 80,
        "checkin_plan": 40,
    }
    scanned = {relation for plan in figures["plans"] for _, relation, _ in plan["scans"]}
    assert scanned <= set(figures["rows"])
    assert figures["queries"] == len(figures["plans"]) >= 5
    assert figures["tick_ms"] > 0 and figures["round_trip_ms"] > 0


async def test_listen_bench_runs() -> None:
    figures = await listen.run(crowd=2, repeats=2)
    assert figures["crowd"] == 2 and figures["bytes_per_word_median"] > 1000


async def test_assessment_step_bench_runs(capsys: pytest.CaptureFixture[str]) -> None:
    # One round: 49 answers through the production MessageManager and the Bot double, each
    # screen checked by the bench itself, then the result.
    await assessment_step.run(1)
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "rounds: 1 x 49 items, sqlite+aiosqlite, 48 steps timed"
    assert out[1].startswith("SQL statements a step, median: ")
    assert [line.split(":")[0] for line in out[-3:]] == [
        "cost ratio, step / echo (wall)",
        "cost ratio, step / echo (CPU)",
        "the floor, bare aiogram-dialog step / echo (CPU)",
    ]


async def test_stall_bench_runs() -> None:
    try:
        figures = await stall.run(count=12, rate=500, latency=0, charts=2, waves=2, pause=0.1)
    finally:
        gc.unfreeze()
    assert (figures["checkins_sent"], figures["charts_sent"], figures["reports_sent"]) == (12, 4, 2)
    assert figures["longest_stall_ms"] >= figures["lag_p99_ms"] >= 0
