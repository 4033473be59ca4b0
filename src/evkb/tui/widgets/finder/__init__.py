"""Widgets of the search, compare and conflicts screens."""
