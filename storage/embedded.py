"""The embedded SQLite database migrates itself at start, without Alembic in the worker.

Alembic and the migrations take about 20 MB that a worker would hold all its life for a few
milliseconds of work at start. So a worker first reads the schema's revision itself; only
when it is not the newest one does a short-lived child process run the migrations.
"""

from __future__ import annotations

import asyncio
import os
import re
import sqlite3
import sys
from pathlib import Path

from sqlalchemy.engine import make_url

ROOT = Path(__file__).resolve().parent.parent
VERSIONS = Path(__file__).resolve().parent / "migrations" / "versions"
_REVISION = re.compile(r'^revision: str = "([^"]+)"', re.MULTILINE)
_DOWN = re.compile(r'^down_revision: str \| None = "([^"]+)"', re.MULTILINE)
_MIGRATE = "import sys; from storage.migrate import upgrade_sync; upgrade_sync(sys.argv[1])"


class MigrationFailed(RuntimeError):
    pass


def newest_revision() -> str | None:
    """The one revision no migration builds on, or None when that is not clear."""
    revisions: set[str] = set()
    built_on: set[str] = set()
    for script in VERSIONS.glob("*.py"):
        text = script.read_text(encoding="utf-8")
        revisions.update(_REVISION.findall(text))
        built_on.update(_DOWN.findall(text))
    heads = revisions - built_on
    return heads.pop() if len(heads) == 1 else None


def current_revision(database_url: str) -> str | None:
    """The revision the database file is at; None for a new or unmigrated file."""
    path = make_url(database_url).database
    if not path or path == ":memory:" or not Path(path).exists():
        return None
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:
        return None
    return row[0] if row else None


async def migrate(database_url: str) -> None:
    """Bring the SQLite file up to date; a child process runs Alembic when there is work."""
    newest = newest_revision()
    if newest is not None and current_revision(database_url) == newest:
        return
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), *sys.path])}
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-c", _MIGRATE, database_url, cwd=os.getcwd(), env=env
    )
    if await process.wait() != 0:
        raise MigrationFailed(f"migrating {database_url} failed (exit code {process.returncode})")
