"""CSV cells a spreadsheet will not run: text starting with ``=``, ``+``, ``-``, ``@``
(or a tab or carriage return, which some spreadsheets skip before reading a formula) gets
a leading single quote, so that it is shown as the text it is (formula injection)."""

from __future__ import annotations

from typing import Any

__all__ = ["safe_cell"]

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: Any) -> Any:
    """``value``, with a ``'`` before it when it is text a spreadsheet would run."""
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value
