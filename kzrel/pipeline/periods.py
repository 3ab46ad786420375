"""ISO date/period strings as facts carry them ("YYYY", "YYYY-MM", "YYYY-MM-DD", "YYYY-Qn", "YYYY-MM/YYYY-MM")."""
from __future__ import annotations

import calendar
import datetime as dt
import re

_ISO = re.compile(r"^(\d{4})(?:-(?:(\d{2})(?:-(\d{2}))?|Q([1-4])))?$")


def bounds(value: str | None) -> tuple[dt.date, dt.date, str] | None:
    """(first day, last day, precision) of one ISO value; None if it is not one."""
    if not value:
        return None
    m = _ISO.match(value.strip())
    if not m:
        return None
    year = int(m.group(1))
    if m.group(4):
        q = int(m.group(4))
        first = dt.date(year, 3 * q - 2, 1)
        last = dt.date(year, 3 * q, calendar.monthrange(year, 3 * q)[1])
        return first, last, "quarter"
    if m.group(3):
        day = dt.date(year, int(m.group(2)), int(m.group(3)))
        return day, day, "day"
    if m.group(2):
        month = int(m.group(2))
        return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1]), "month"
    return dt.date(year, 1, 1), dt.date(year, 12, 31), "year"


def period_bounds(period: str | None) -> tuple[dt.date | None, dt.date | None, str]:
    """(start, end, kind) of a period; kind is year | quarter | month | range | unknown."""
    if not period:
        return None, None, "unknown"
    parts = [p.strip() for p in str(period).split("/")]
    first = bounds(parts[0])
    if first is None:
        return None, None, "unknown"
    if len(parts) == 1:
        kind = {"day": "month"}.get(first[2], first[2])
        return first[0], first[1], kind
    last = bounds(parts[1])
    return first[0], (last or first)[1], "range"


def iso(value: dt.date | None, precision: str) -> str | None:
    if value is None:
        return None
    if precision == "year":
        return f"{value.year:04d}"
    if precision in ("month",):
        return f"{value.year:04d}-{value.month:02d}"
    if precision == "quarter":
        return f"{value.year:04d}-Q{(value.month - 1) // 3 + 1}"
    return value.isoformat()
