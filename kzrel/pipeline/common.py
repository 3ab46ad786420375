"""Small helpers every language's extractors share (dates in context, entity lists, spans)."""
from __future__ import annotations

from .document import AnnotatedDocument, Sentence
from .mentions import DateMention

CONTEXT_SENTENCES = 3


def explicit_year(m: DateMention) -> int | None:
    if m.value and m.value[:4].isdigit():
        return int(m.value[:4])
    return None


def context_year(doc: AnnotatedDocument, sentence: Sentence, before: int | None = None) -> int | None:
    """The year a relative date ("the same year", "осы жылы") refers to, when the context makes it certain:
    the last explicit year in this sentence (before ``before``) or the previous sentences of the paragraph,
    provided no other year intervenes ambiguously (two different years in the nearest sentence -> None)."""
    own = [m for m in sentence.dates if explicit_year(m) and (before is None or m.end <= before)]
    if own:
        return explicit_year(own[-1])
    for s in reversed(doc.sentences[max(0, sentence.index - CONTEXT_SENTENCES):sentence.index]):
        if s.paragraph != sentence.paragraph:
            break
        years = {explicit_year(m) for m in s.dates if explicit_year(m)}
        if len(years) == 1:
            return years.pop()
        if len(years) > 1:
            return None
    return None


def resolve(doc: AnnotatedDocument, sentence: Sentence, m: DateMention) -> str | None:
    """ISO value of a date mention, resolving relative and year-less forms from context only where certain."""
    if m.value and not m.value.startswith("-"):
        return m.value
    year = context_year(doc, sentence, before=m.start)
    if year is None:
        return None
    if m.relative in ("last_year",):
        year -= 1
    elif m.relative in ("next_year",):
        year += 1
    elif m.relative not in (None, "this_year", "same_year", "no_year"):
        return None
    if m.value and m.value.startswith("--"):  # "--05-25" or "--10": month/day without a year
        return f"{year}-{m.value[2:]}"
    return str(year)
