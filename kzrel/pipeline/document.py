"""Annotate a prepared text: sentences with their language and the mentions inside them.

The annotated document is what every extractor reads. All offsets are into ``clean`` (see text.py);
``quote_span`` maps a span back to the original text.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import lru_cache
from operator import attrgetter

from . import dates, entities, money, text
from .mentions import DateMention, EntityMention, MoneyMention, PercentMention

MAX_QUOTE = 400


@dataclass(slots=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str
    language: str
    paragraph: int
    dates: list[DateMention] = field(default_factory=list)
    money: list[MoneyMention] = field(default_factory=list)
    percents: list[PercentMention] = field(default_factory=list)
    entities: list[EntityMention] = field(default_factory=list)


@dataclass
class AnnotatedDocument:
    name: str
    prepared: text.Prepared
    language: str
    sentences: list[Sentence]
    facts: dict[str, list[dict]] = field(default_factory=dict)

    @property
    def clean(self) -> str:
        return self.prepared.clean

    def quote_span(self, start: int, end: int, core: tuple[int, int] | None = None) -> tuple[int, int, str]:
        """Original (start, end, quote) for a clean span, trimmed to MAX_QUOTE characters around ``core``."""
        ostart, oend = self.prepared.orig_span(start, end)
        original = self.prepared.original
        if oend - ostart > MAX_QUOTE:
            cs, ce = self.prepared.orig_span(*core) if core else (ostart, ostart + 1)
            middle = (cs + ce) // 2
            ostart = max(ostart, min(cs, middle - MAX_QUOTE // 2))
            oend = min(oend, max(ce, ostart + MAX_QUOTE))
            if oend - ostart > MAX_QUOTE:
                oend = ostart + MAX_QUOTE
            # do not cut words in half
            while ostart > 0 and ostart < cs and original[ostart - 1].isalnum() and original[ostart].isalnum():
                ostart += 1
            while oend < len(original) and oend > ce and original[oend - 1].isalnum() and original[oend].isalnum():
                oend -= 1
        while ostart < oend and original[ostart].isspace():
            ostart += 1
        while oend > ostart and original[oend - 1].isspace():
            oend -= 1
        return ostart, oend, original[ostart:oend]

    def sentence_at(self, offset: int) -> Sentence | None:
        i = bisect.bisect_right(self._starts, offset) - 1
        return self.sentences[i] if i >= 0 else None

    def __post_init__(self):
        self._starts = [s.start for s in self.sentences]


def _bucket(sentences: list[Sentence], starts: list[int], mentions, attr: str) -> None:
    for m in mentions:
        i = bisect.bisect_right(starts, m.start) - 1
        if i >= 0 and m.end <= sentences[i].end:
            getattr(sentences[i], attr).append(m)


@lru_cache(maxsize=None)
def _other_fields(cls):
    names = [n for n in cls.__dataclass_fields__ if n not in ("start", "end")]
    return attrgetter(*names) if len(names) > 1 else (lambda m, g=attrgetter(names[0]): (g(m),))


def _shift(mentions, offset):
    """Mentions found in one paragraph, moved to document offsets (start and end are the first two fields)."""
    if not offset or not mentions:
        return mentions
    cls = type(mentions[0])
    rest = _other_fields(cls)
    return [cls(m.start + offset, m.end + offset, *rest(m)) for m in mentions]


def annotate(original: str, name: str = "") -> AnnotatedDocument:
    prepared = text.prepare(original)
    clean = prepared.clean
    sentences: list[Sentence] = []
    all_dates, all_money, all_percents, all_entities = [], [], [], []
    # Annotators run once per run of consecutive paragraphs in one language (most documents: one run).
    paragraphs = prepared.paragraphs
    i = 0
    while i < len(paragraphs):
        j = i
        while j + 1 < len(paragraphs) and paragraphs[j + 1].language == paragraphs[i].language:
            j += 1
        start, end, lang = paragraphs[i].start, paragraphs[j].end, paragraphs[i].language
        chunk = clean[start:end]
        all_dates += _shift(dates.find_dates(chunk, lang), start)
        all_money += _shift(money.find_money(chunk, lang), start)
        all_percents += _shift(money.find_percents(chunk, lang), start)
        all_entities += _shift(entities.find_entities(chunk, lang), start)
        i = j + 1
    for p_index, paragraph in enumerate(paragraphs):
        for s_start, s_end in text.sentences(prepared, paragraph.start, paragraph.end):
            sentences.append(Sentence(len(sentences), s_start, s_end, clean[s_start:s_end], paragraph.language,
                                      p_index))
    starts = [s.start for s in sentences]
    _bucket(sentences, starts, all_dates, "dates")
    _bucket(sentences, starts, all_money, "money")
    _bucket(sentences, starts, all_percents, "percents")
    _bucket(sentences, starts, all_entities, "entities")
    return AnnotatedDocument(name=name, prepared=prepared, language=prepared.language, sentences=sentences)
