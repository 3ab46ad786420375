"""Typed mentions found in text by the annotators (dates, money, percents, entities).

Offsets are ``[start, end)`` into the string the finder was given.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int
    end: int
    value: str | None  # YYYY, YYYY-MM, YYYY-MM-DD or YYYY-Qn; None when ``relative`` is set
    precision: str  # year | month | day | quarter
    end_value: str | None = None
    qualifier: str | None = None  # since | until | by
    relative: str | None = None  # this_year | last_year | next_year | same_year


@dataclass(frozen=True, slots=True)
class MoneyMention:
    start: int
    end: int
    value: float  # in currency units
    currency: str  # ISO 4217
    scale_text: str = ""


@dataclass(frozen=True, slots=True)
class PercentMention:
    start: int
    end: int
    value: float


@dataclass(frozen=True, slots=True)
class EntityMention:
    start: int
    end: int
    kind: str  # country | region | city | person | organisation
    key: str
    form: str = "name"  # name | adjective ("Russian", "российский", "ресейлік") | abbreviation
