"""PostgreSQL through asyncpg, with BEGIN put off for statements that stand alone.

SQLAlchemy's asyncpg adapter sends BEGIN before the first statement of every transaction,
and COMMIT or ROLLBACK at its end: two round trips to the server around each unit of work,
however small. A questionnaire step was six: the dialog state, BEGIN, who is tapping, the
answer, COMMIT, and that is most of what the step costs on PostgreSQL.

A statement marked ALONE by its caller runs without a transaction of its own making when
none is open: on its own, as PostgreSQL runs any statement outside a transaction (it is
atomic, and committed when it returns). Two kinds are marked:

- a read that needs no transaction around it: under READ COMMITTED, PostgreSQL's default
  and Lotsen's, every statement sees what was committed when it began, in a transaction or
  not, so the read sees the same either way (who sends an update);
- a write that is its caller's whole unit of work (an answer that is not a round's last).

Once a transaction is open, a marked statement runs in it like any other, and the next
statement that is not marked opens one as before. A commit or a rollback with no
transaction open sends nothing (as in SQLAlchemy's adapter). A read that locks rows (FOR
UPDATE), takes a transaction's lock or changes anything must never be marked.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.dialects.postgresql.asyncpg import (
    AsyncAdapt_asyncpg_connection,
    AsyncAdapt_asyncpg_cursor,
    AsyncAdapt_asyncpg_dbapi,
)
from sqlalchemy.util.concurrency import await_

# The execution option that marks a statement that stands alone (see the module docstring).
ALONE = "lotsen_alone"
_AUTOCOMMIT = "autocommit"


class DeferringCursor(AsyncAdapt_asyncpg_cursor):
    """A cursor that runs a statement marked ALONE outside a transaction when none is open."""

    __slots__ = ("alone",)

    def __init__(self, adapt_connection: AsyncAdapt_asyncpg_connection) -> None:
        super().__init__(adapt_connection)
        self.alone = False  # set for a statement marked ALONE (storage.db)

    async def _prepare_and_execute(self, operation: Any, parameters: Any) -> None:
        connection = self._adapt_connection
        if not self.alone or connection._transaction is not None:
            await super()._prepare_and_execute(operation, parameters)
            return
        # The adapter opens no transaction for a connection in autocommit: this statement
        # runs on its own. The setting is the adapter's own attribute, put back at once;
        # the connection is this cursor's alone meanwhile (the adapter's execute mutex).
        isolation = connection.isolation_level
        connection.isolation_level = _AUTOCOMMIT
        try:
            await super()._prepare_and_execute(operation, parameters)
        finally:
            connection.isolation_level = isolation


class DeferringConnection(AsyncAdapt_asyncpg_connection):
    __slots__ = ()
    _cursor_cls = DeferringCursor


class DeferringDBAPI(AsyncAdapt_asyncpg_dbapi):
    """SQLAlchemy's asyncpg DBAPI adapter, its connections deferring BEGIN as above."""

    def connect(self, *arg: Any, **kw: Any) -> DeferringConnection:
        creator_fn = kw.pop("async_creator_fn", self.asyncpg.connect)
        cache_size = kw.pop("prepared_statement_cache_size", 100)
        name_func = kw.pop("prepared_statement_name_func", None)
        connection: DeferringConnection = await_(
            DeferringConnection.create(
                self,
                creator_fn(*arg, **kw),
                prepared_statement_cache_size=cache_size,
                prepared_statement_name_func=name_func,
            )
        )
        return connection


def dbapi() -> DeferringDBAPI:
    """The module to give `create_async_engine(..., module=...)` for PostgreSQL."""
    import asyncpg  # type: ignore[import-untyped]  # only PostgreSQL deployments load it

    return DeferringDBAPI(asyncpg)
