"""The record: SQLModel tables, the async engine, migrations, and the functions that read and change it.

This package is the only code that speaks SQL. Every function receives its session
and never opens one; functions that change the record commit their own unit of work.
"""
