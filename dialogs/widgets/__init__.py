"""Widgets more than one feature shows: the free-days calendar, the language buttons and the
name input."""
