"""Helpers the tests import by name (pytest puts `tests/` on the path: see pyproject)."""
