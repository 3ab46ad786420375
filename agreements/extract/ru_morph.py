"""Russian tokens and morphology for the ru extractors (pymorphy3, built once lazily, cached per word form).

Morphology is slow (tens of microseconds per new word, up to a millisecond for a hyphenated one), so the
extractors only analyse the words of sentences that a cheap regex has already picked out, and every word form is
analysed once per process.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_MORPH = None

# Latin letters that look like Cyrillic ones, as they turn up inside Russian words ("ПВO" with a Latin O).
_HOMOGLYPHS = str.maketrans("AaBEeKMHOoPpCcTXxy", "АаВЕеКМНОоРрСсТХху")
_CYRILLIC = re.compile(r"[А-Яа-яЁё]")
_LATIN = re.compile(r"[A-Za-z]")

TOKEN_RE = re.compile(r"[0-9A-Za-zА-Яа-яЁё]+(?:[-‐‑][0-9A-Za-zА-Яа-яЁё]+)*|\S")


def analyzer():
    global _MORPH
    if _MORPH is None:
        import pymorphy3
        _MORPH = pymorphy3.MorphAnalyzer()
    return _MORPH


def fix_homoglyphs(word: str) -> str:
    """A mostly Cyrillic word with stray Latin look-alike letters -> all Cyrillic ("ПВO" -> "ПВО")."""
    if _LATIN.search(word) and _CYRILLIC.search(word):
        return word.translate(_HOMOGLYPHS)
    return word


@dataclass(frozen=True, slots=True)
class Morph:
    lemma: str
    pos: str  # NOUN ADJF PRTF PRTS VERB INFN GRND PREP CONJ ... or "" (numbers, Latin, punctuation)
    tense: str  # past | pres | futr | ""
    number: str  # sing | plur | ""
    cases: frozenset  # every case any analysis allows
    plural_possible: bool
    tags: frozenset  # grammemes of the best analysis
    adj: str = ""  # a participle's masculine nominative ("объединённая" -> "объединенный"), for word tables


_EMPTY = Morph("", "", "", "", frozenset(), False, frozenset())


@lru_cache(maxsize=200_000)
def morph(word: str) -> Morph:
    """Best analysis of one word form (lower-cased, ё kept), with the cases any analysis allows."""
    w = fix_homoglyphs(word).lower()
    if not _CYRILLIC.search(w):
        return Morph(w, "", "", "", frozenset(), False, frozenset())
    parses = analyzer().parse(w)
    if not parses:
        return _EMPTY
    best = parses[0]
    tag = best.tag
    cases = frozenset(p.tag.case for p in parses if p.tag.case and p.normal_form == best.normal_form)
    plural = any(p.tag.number == "plur" for p in parses if p.normal_form == best.normal_form)
    grammemes = frozenset(str(tag).replace(" ", ",").split(","))
    adj = ""
    if tag.POS == "PRTF":
        inflected = best.inflect({"masc", "sing", "nomn"})
        if inflected is not None:
            adj = inflected.word.replace("ё", "е")
    return Morph(best.normal_form.replace("ё", "е"), str(tag.POS or ""), str(tag.tense or ""),
                 str(tag.number or ""), frozenset(str(c) for c in cases), plural, grammemes, adj)


def lemma(word: str) -> str:
    return morph(word).lemma


@dataclass(slots=True)
class Token:
    text: str
    start: int  # offsets into the string tokenised
    end: int

    @property
    def m(self) -> Morph:
        return morph(self.text)

    @property
    def low(self) -> str:
        return self.text.lower().replace("ё", "е")

    def is_word(self) -> bool:
        return self.text[0].isalnum()


def tokens(text: str, offset: int = 0) -> list[Token]:
    return [Token(m.group(0), m.start() + offset, m.end() + offset) for m in TOKEN_RE.finditer(text)]


def is_finite_verb(m: Morph) -> bool:
    return m.pos in ("VERB", "PRTS")
