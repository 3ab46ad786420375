"""Date grammars for English, Russian, Ukrainian and Kazakh.

``find_dates(text, lang)`` returns sorted, non-overlapping :class:`DateMention` s; when several readings of
the same stretch of text compete, the longest wins.  ``resolve_relative(mention, reference_year)`` fills in
the year of a relative mention.

The grammar is table-driven: every word list lives in :mod:`kzrel.pipeline.date_tables`; this module turns the
tables into a handful of regexes per language (compiled once, at import) and interprets their named groups in
one place (:func:`_build`).

Conventions (beyond docs/design.md)
-----------------------------------
* **Span.**  The span covers the date words themselves: numbers, month names with their case endings, year
  words ("года", "г.", "жылы", "жылғы"), and a qualifier word ("since 1995", "с 1995 года",
  "1995 жылдан бері").  Plain prepositions ("in", "on", "в", "у") are not part of the span.  A range joined by
  words includes its opening word: "from 1991 to 2014", "between 2000 and 2005", "с 16 по 18 января 2018 года".
* **Dates without a year** ("25 мая", "on January 20", "9 - қаңтарда"): ``relative="no_year"`` and ``value``
  in the ISO 8601 form without year: ``"--05-25"`` (day) or ``"--05"`` (month); ``end_value`` likewise for a
  day range.  The extractor may attach a year from context with :func:`resolve_relative`.
* **Relative years with a month or day** ("осы жылдың қазан айында", "в мае прошлого года",
  "in May last year"): ``relative`` is the relative code and ``value`` is ``"--10"`` / ``"--05-25"`` as above.
  Plain relative years ("last year") have ``value None`` and precision ``"year"``, as in the contract.
* **Decades** ("the 1990s", "1990-е годы", "1990-х", "1990 жылдары"): a year range, ``value "1990"``,
  ``end_value "1999"``, precision ``"year"``.
* **Quarters**: ``value "2001-Q1"``, precision ``"quarter"``.  Half-years and seasons are not modelled: in
  "the first half of 1994" only the year is found.
* **Bare years**: a 4-digit number (1800..2100) is a year only in a date context: followed by a year word or
  preceded by a month; after a context word ("in", "since", "of", "в", "с", ...); in parentheses "(1995)";
  as the second member of a range "1995-1997"; or coordinated with a year just found ("in 1993 and 1994").
* **Ranges** are also formed across two complete dates joined by a dash ("June 2015 – June 2016",
  "1931 жылғы тамыз-1932 жылғы мамыр"), by "through", by "from X to Y" / "between X and Y" /
  "с X по Y" / "X жылдан Y жылға дейін".  Ranges carry no qualifier.
* **Impossible dates** ("31 February 2001", "30.02.2001", "25.13.2001", "10-9 January 2004") yield nothing,
  not even the month or year inside them.  Years outside 1800..2100 are never dates.
* **Kazakh "қазан"** (October / cauldron / Kazan) and the other month words are months only next to a day
  number, a year or a relative year word; a Capitalised month word without a day ("1998 жылы Қазан
  қаласында") is taken for a name, and only the year is kept.
* **Languages**: ``lang`` in en/ru/uk/kk runs that grammar only (plus the numeric forms); anything else runs
  all four.  "no_year" is a ``relative`` code beyond the four in the contract.

Speed: about 6-10 MB/s on the seed texts (single core), see ``tests/test_dates.py::test_speed_on_seeds``.
"""
from __future__ import annotations

import bisect
import calendar
import re
from dataclasses import dataclass

from . import date_tables as T
from .mentions import DateMention

LANGS = ("en", "ru", "uk", "kk")
MIN_YEAR, MAX_YEAR = 1800, 2100


# ---------------------------------------------------------------------------------------------------------------
# Regex helpers
#
# Speed: Python's re scans fast only for patterns whose first item is a literal, a character class or an
# alternation of literals (it then skips to candidate positions in C).  So no pattern here starts with a
# lookbehind or an optional group, word lists are emitted as tries, and ru/uk/kk grammars run case-sensitively
# on a lower-cased copy of the text instead of with re.IGNORECASE.  The "not inside a word" test for a match's
# first character is done in Python (_build).
# ---------------------------------------------------------------------------------------------------------------

def _trie(forms) -> str:
    """A regex matching exactly ``forms`` (longest form first at each branch); spaces match any whitespace."""
    root: dict = {}
    for f in set(forms):
        if not f:
            continue
        node = root
        for ch in f:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node) -> str:
        alts, optional = [], False
        for ch in sorted(node):
            if ch == "":
                optional = True
                continue
            head = r"\s+" if ch == " " else re.escape(ch)
            alts.append(head + emit(node[ch]))
        if not alts:
            return ""
        if len(alts) == 1 and not optional:
            return alts[0]
        return "(?:" + "|".join(alts) + ")" + ("?" if optional else "")

    return emit(root)


def _with_dots(forms) -> list[str]:
    """Abbreviations may be written with or without their dot: "Jan." -> "Jan.", "Jan"."""
    out = []
    for f in forms:
        out.append(f)
        if f.endswith("."):
            out.append(f[:-1])
    return out


def _en_case(forms) -> list[str]:
    """English words as written, Capitalised and UPPER (English runs on the original text)."""
    out = []
    for f in forms:
        out += [f, f[:1].upper() + f[1:], f.upper()]
    return out


def _norm(s: str) -> str:
    return " ".join(s.lower().split())


NB = r"(?![\w])"  # end of word
DASH = r"\s*[-–—‐‑−]\s*"


def DAY(name: str) -> str:
    # the lookbehind sits after the first digit so that the pattern keeps a "starts with a digit" prefix
    return rf"(?P<{name}>\d(?<![\w.,:/]\d)\d?)(?!\d)"


def YEAR(name: str, lookbehind: bool = True) -> str:
    lb = r"(?<![\w,][12])(?<!\d\.[12])" if lookbehind else ""
    return rf"(?P<{name}>[12]{lb}\d\d\d)(?!\d)(?![.,]\d)"


# ---------------------------------------------------------------------------------------------------------------
# Lookup tables derived from date_tables
# ---------------------------------------------------------------------------------------------------------------

def _month_lookup(table: dict[int, list[str]]) -> dict[str, int]:
    out = {}
    for n, forms in table.items():
        for f in forms:
            out[f.lower()] = n
            out[f.lower().rstrip(".")] = n
    return out


MONTH_LOOKUP: dict[str, dict[str, int]] = {
    "en": _month_lookup(T.EN_MONTHS),
    "ru": _month_lookup(T.RU_MONTHS),
    "uk": _month_lookup(T.UK_MONTHS),
    "kk": _month_lookup(T.KK_MONTH_STEMS),
}
QUARTER_LOOKUP: dict[str, dict[str, int]] = {
    "en": T.EN_QUARTER_WORDS, "ru": T.RU_QUARTER_WORDS, "uk": T.UK_QUARTER_WORDS, "kk": T.KK_QUARTER_WORDS,
}
RELATIVE_LOOKUP: dict[str, dict[str, str]] = {
    "en": {_norm(k): v for k, v in T.EN_RELATIVE.items()},
    "ru": {_norm(k): v for k, v in {**T.RU_RELATIVE, **T.RU_RELATIVE_WORDS}.items()},
    "uk": {_norm(k): v for k, v in {**T.UK_RELATIVE, **T.UK_RELATIVE_WORDS}.items()},
    "kk": {_norm(k): v for k, v in {**T.KK_RELATIVE, **T.KK_RELATIVE_WORDS}.items()},
}
ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}


# ---------------------------------------------------------------------------------------------------------------
# Grammars
# ---------------------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Rule:
    """One compiled pattern.  With ``anchors``, it only runs in windows around those (lower-case) keywords:
    ``before``/``after`` characters around each occurrence."""
    regex: re.Pattern
    anchors: tuple[str, ...] = ()
    before: int = 0
    after: int = 0
    needs_digit: bool = True  # every match contains a digit: skipped for texts without one
    starts: tuple[str, ...] = ()  # every match starts with one of these (as written): tried only where they occur


# Group names: d, d2 (days), m, m2 (months), mn (numeric month), y, y2 (years), y2s (two-digit end year),
# q/qn/qx (quarter), rel, dec (decade), pl (plural year word), wr (word range).  A suffix "_1", "_2" lets the
# same role appear in two branches of one pattern; _build ignores the suffix.

def _en_rules() -> list[Rule]:
    months = [f for fs in T.EN_MONTHS.values() for f in fs]
    month_re = _trie(_with_dots(months + [f.upper() for f in months]))

    def M(n):
        return rf"(?P<{n}>{month_re})(?![A-Za-z])"

    ORD = r"(?:st|nd|rd|th)?"
    SEP = r"(?:,\s*|\s+)"
    OF = r"(?:(?i:of)\s+)?"
    TO = r"\s*(?:[-–—]|(?i:to|through|until|till))\s*"
    rel_re = _trie(_en_case(list(T.EN_RELATIVE)))

    def REL(n):
        return rf"(?P<{n}>{rel_re}){NB}"

    month_first = (
        rf"{M('m')}(?:"
        # April 27 to May 1, 2014 / January 9-10, 2004 / May 25, 1992 / May 25 (no year) / May 25 last year
        rf"\s+{DAY('d')}{ORD}(?:{TO}{M('m2')}\s+{DAY('d2')}{ORD}|{DASH}{DAY('d2_1')}{ORD})?"
        rf"(?:{SEP}{YEAR('y')}|,?\s+{OF}{REL('rel')})?"
        # June 2000 / June, 2000 / January-February 2001 / May of 2005 / May last year
        rf"|(?:{DASH}{M('m2_1')})?{SEP}{OF}(?:{YEAR('y_1')}|{REL('rel_1')}))"
    )
    from_first = (  # from April 27 to May 1, 2014
        rf"(?:{_trie(_en_case(['from']))})\s+{M('m')}\s+{DAY('d')}{ORD}\s+(?P<wr>(?i:to|through|until|till))\s+"
        rf"{M('m2')}\s+{DAY('d2')}{ORD}(?:{SEP}{YEAR('y')})?"
    )
    day_first = (
        rf"{DAY('d')}(?:"
        # 25.05.1992
        rf"\.(?P<mn>[01]?\d)\.{YEAR('y', lookbehind=False)}"
        # 27 April - 1 May 2014
        rf"|{ORD}\s+{M('m')}{TO}{DAY('d2')}{ORD}\s+{M('m2')}(?:{SEP}{YEAR('y_1')})?"
        # 9-10 January 2004 / 25 May 1992 / 25th of May / 25 May (no year) / 25 May this year
        rf"|{ORD}(?:{DASH}{DAY('d2_1')}{ORD})?\s+{OF}{M('m_1')}(?:{SEP}(?:{OF}{REL('rel')}|{YEAR('y_2')}))?)"
    )
    year_first = (
        rf"{YEAR('y')}(?:"
        rf"-(?P<mn>[01]\d)-(?P<d>[0-3]\d)(?!\d)"  # ISO: YYYY-MM-DD
        rf"|(?P<dec>'?s){NB}"  # the 1990s
        rf"|{DASH}(?:{YEAR('y2', lookbehind=False)}|(?P<y2s>\d\d)(?![\w])(?!{DASH}\d)))"  # 1995-1997, 1995-97
    )
    quarter = rf"(?P<q>{_trie(_en_case(list(T.EN_QUARTER_WORDS)))})\s+(?i:quarter)(?:\s+(?i:of)|,)?\s+{YEAR('y')}"
    q_short = rf"Q(?P<qn>[1-4])(?:\s+(?i:of)\s+|\s*[/-]\s*|\s+){YEAR('y')}"
    return [
        Rule(re.compile(month_first), needs_digit=False),  # "May last year" has no digit
        Rule(re.compile(from_first), starts=tuple(_en_case(["from"]))),
        Rule(re.compile(day_first)),
        Rule(re.compile(year_first)),
        Rule(re.compile(quarter), ("quarter",), 20, 30),
        Rule(re.compile(q_short)),
        Rule(re.compile(REL("rel")), ("year",), 20, 10, needs_digit=False),
    ]


def _slavic_rules(lang: str) -> list[Rule]:
    """Russian and Ukrainian; matched against the lower-cased text."""
    ru = lang == "ru"
    months = T.RU_MONTHS if ru else T.UK_MONTHS
    yw = T.RU_YEAR_WORDS if ru else T.UK_YEAR_WORDS
    yws = T.RU_YEARS_WORDS if ru else T.UK_YEARS_WORDS
    qwords = T.RU_QUARTER_WORDS if ru else T.UK_QUARTER_WORDS
    qnouns = T.RU_QUARTER_NOUNS if ru else T.UK_QUARTER_NOUNS
    rel = T.RU_RELATIVE if ru else T.UK_RELATIVE
    rel_nouns = T.RU_RELATIVE_NOUNS if ru else T.UK_RELATIVE_NOUNS
    rel_words = T.RU_RELATIVE_WORDS if ru else T.UK_RELATIVE_WORDS
    openers = T.RU_RANGE_OPENERS if ru else T.UK_RANGE_OPENERS

    month_re = _trie(_with_dots([f for fs in months.values() for f in fs]))

    def M(n):
        return rf"(?P<{n}>{month_re}){NB}"

    def D(n):
        return DAY(n) + r"(?:-?го)?"

    YSUF = rf"(?:-(?:{_trie(T.RU_YEAR_SUFFIXES)}){NB})?"
    YW = rf"(?:{_trie(yw + yws)}){NB}"
    YWS = rf"(?:{_trie(yws)}){NB}"

    def OPTY(n):
        return rf"(?:\s+{YEAR(n)}{YSUF}(?:\s*{YW})?)?"

    # "по"/"до" join two days or years into a range even without the opening "с"; "и"/"та" ("между 2000 и
    # 2005") only after an opener, which the range merge checks.
    connectors = sorted({c for cs in openers.values() for c in cs if c in ("по", "до")})

    def WTO(n):
        return rf"\s+(?P<{n}>{_trie(connectors)})\s+"

    rel_re = _trie(rel)
    rel_gen = _trie([n for n in rel_nouns if n in ("года", "року")])

    def REL_GEN(n):
        return rf"(?P<{n}>{rel_re})\s+(?:{rel_gen}){NB}"

    QN = rf"\s+(?:{_trie(qnouns)})\s*{YEAR('y')}(?:\s*{YW})?"
    QSUF = r"(?:-?(?:й|м|ий|ого|ому|ій))?"
    day_first = (
        rf"{D('d')}(?:"
        # 25.05.1992
        rf"\.(?P<mn>[01]?\d)\.{YEAR('y', lookbehind=False)}"
        # 1-й квартал 2001 г.
        rf"|(?P<qx>{QSUF}){QN.replace('(?P<y>', '(?P<y_3>')}"
        # 16 по 18 января 2018 года
        rf"|{WTO('wr')}{D('d2')}\s+{M('m')}{OPTY('y_1')}"
        # 27 апреля – 1 мая 2014 / 27 апреля по 1 мая 2014 / 25 мая прошлого года / 25 мая 1992 года
        rf"|(?:{DASH}{D('d2_1')})?\s+{M('m_1')}(?:(?:{DASH}|{WTO('wr_1')}){D('d2_2')}\s+{M('m2')}{OPTY('y_2')}"
        rf"|\s+{REL_GEN('rel')}|{OPTY('y_4')}))"
    )
    month_first = (  # в январе 1995 г. / январь-февраль 2001 г. / в мае прошлого года
        rf"{M('m')}(?:{DASH}{M('m2')})?\s+(?:{YEAR('y')}{YSUF}(?:\s*{YW})?|{REL_GEN('rel')})"
    )
    year_first = (
        rf"{YEAR('y')}{YSUF}(?:"
        rf"-(?P<mn>[01]\d)-(?P<d>[0-3]\d)(?!\d)"  # ISO: YYYY-MM-DD
        rf"|-?(?P<dec>{_trie(T.RU_DECADE_SUFFIXES)}){NB}(?:\s+{YWS})?"  # 1990-е годы / 1990-х
        rf"|{DASH}{YEAR('y2', lookbehind=False)}{YSUF}(?:\s*{YW})?"  # 1995-1997 гг.
        rf"|{WTO('wr')}{YEAR('y2_1', lookbehind=False)}{YSUF}(?:\s*{YW})?"  # (с) 1995 по 1997 год
        rf"|\s*{YW})"  # 1995 году / 1995 г.
    )
    quarter_word = rf"(?P<q>{_trie(qwords)}|iv|i{{1,3}}|і{{1,3}}){QN}"
    relative = rf"(?P<rel>{rel_re})\s+(?:{_trie(rel_nouns)}){NB}"
    rules = [
        Rule(re.compile(day_first)),
        Rule(re.compile(month_first), needs_digit=False),  # "в мае прошлого года" has no digit
        Rule(re.compile(year_first)),
        Rule(re.compile(quarter_word), ("кв",), 25, 30),
        Rule(re.compile(relative), ("год",) if ru else ("рок", "рік", "році"), 20, 10, needs_digit=False),
    ]
    if rel_words:
        rules.append(Rule(re.compile(rf"(?P<rel>{_trie(rel_words)}){NB}"), needs_digit=False))
    return rules


def _kk_rules() -> list[Rule]:
    """Kazakh; matched against the lower-cased text."""
    stems = _trie([s for ss in T.KK_MONTH_STEMS.values() for s in ss])
    endings = _trie(T.KK_MONTH_ENDINGS)
    ai = _trie(T.KK_AI_FORMS)

    def M(n):
        return rf"(?P<{n}>{stems})(?:-?(?:{endings}))?{NB}(?:\s+(?:{ai}){NB})?"

    ORDS = _trie(T.KK_ORDINAL_SUFFIXES)
    year_words = _trie(_with_dots(T.KK_YEAR_WORDS))
    YW = rf"(?:\s*-?\s*(?:{ORDS}){NB})?\s*-?\s*(?:{year_words}){NB}"
    YWS = rf"(?:{_trie(T.KK_YEARS_WORDS)}){NB}"
    DORD = rf"(?:\s*-\s*(?:{_trie(['інші', 'ыншы', 'ші', 'шы', 'сі', 'сы'])}){NB})?"

    def DK(n1, n2):
        return rf"{DAY(n1)}(?:{DASH}{DAY(n2)})?{DORD}"

    DAYEND = (r"(?:\s*-?\s*(?:" + _trie(['ында', 'інде', 'нда', 'нде', 'да', 'де', 'та', 'те', 'ынан', 'інен',
                                           'нан', 'нен', 'дан', 'ден', 'тан', 'тен', 'ына', 'іне', 'на', 'не',
                                           'ға', 'ге', 'қа', 'ке', 'ші', 'шы', 'сі', 'сы', 'і', 'ы']) + "))?" + NB)
    DM = r"(?:\s*-\s*|\s+)"
    QN = rf"\s*-?\s*(?:{_trie(T.KK_QUARTER_NOUNS)}){NB}"
    year_first = (
        rf"{YEAR('y')}(?:(?P<yw>{YW})(?:\s+(?:"
        # 1992 жылғы 25 мамырда / 1993 - ші жылы 9 - қаңтарда / 1994 жылдың 8-ші шілдесінде
        rf"{DK('d', 'd2')}{DM}{M('m')}"
        # 1994 жылы наурыздың 28-29-да / 1995 жылдың қаңтар айында / 1931 жылғы тамыз-... / қаңтар-ақпан
        rf"|{M('m_1')}(?:\s+{DAY('d_1')}(?:{DASH}{DAY('d2_1')})?{DAYEND}|{DASH}{M('m2')})?"
        # 2001 жылдың 1-тоқсанында / бірінші тоқсанында
        rf"|(?P<q>{_trie(T.KK_QUARTER_WORDS)}|iv|i{{1,3}}|і{{1,3}}|\d(?:\s*-\s*(?:{ORDS}))?){QN}"
        rf"))?"  # bare: 1995 жылы / 1993 - ші жыл / 1997 ж.
        rf"|{DASH}{YEAR('y2', lookbehind=False)}(?:\s*-?\s*(?:{YWS}|(?:{year_words}){NB}))?"  # 1994-1997 жылдары
        rf"|\s*-?\s*(?P<pl>{YWS})"  # 1990 жылдары
        rf"|-(?P<mn>[01]\d)-(?P<d_2>[0-3]\d)(?!\d))"  # ISO: YYYY-MM-DD
    )
    day_first = (
        rf"{DAY('d')}(?:\.(?P<mn>[01]?\d)\.{YEAR('y', lookbehind=False)}"  # 25.05.1992
        # 25 мамырда / 9-10 қаңтарда (no year) / 25 мамыр 1992 ж.
        rf"|(?:{DASH}{DAY('d2')})?{DORD}{DM}{M('m')}(?:\s+{YEAR('y_1')}(?:{YW})?)?)"
    )
    rel_y = (  # осы жылы / өткен жылы / осы жылдың қазан айында / өткен жылғы 5 қазанда
        rf"(?P<rel>{_trie(T.KK_RELATIVE)})\s+(?:{_trie(T.KK_RELATIVE_NOUNS)}){NB}"
        rf"(?:\s+(?:{DK('d', 'd2')}{DM})?{M('m')})?"
    )
    rel_words = (  # биыл / былтыр / биылғы қаңтарда
        rf"(?P<rel>{_trie(T.KK_RELATIVE_WORDS)})(?:ғы\s+(?:{DK('d', 'd2')}{DM})?{M('m')}|{NB})"
    )
    return [
        Rule(re.compile(year_first)),
        Rule(re.compile(day_first)),
        Rule(re.compile(rel_y), ("жыл",), 20, 50, needs_digit=False),
        Rule(re.compile(rel_words), needs_digit=False),
    ]


def _compile(lang: str) -> list[Rule]:
    if lang == "en":
        return _en_rules()
    if lang == "kk":
        return _kk_rules()
    return _slavic_rules(lang)


GRAMMARS: dict[str, list[Rule]] = {lg: _compile(lg) for lg in LANGS}
LOWERCASE_LANGS = frozenset({"ru", "uk", "kk"})  # grammars that run on text.lower()


# ---------------------------------------------------------------------------------------------------------------
# Post-processing regexes: context before a bare year, qualifiers, range connectors (run on lower-cased text)
# ---------------------------------------------------------------------------------------------------------------

def _before(words, extra: str = "") -> re.Pattern | None:
    body = rf"(?<![\w])(?P<w>{_trie([_norm(w) for w in words])})\s+" if words else ""
    if extra:
        body = f"{body}|{extra}" if body else extra
    return re.compile(rf"(?:{body})$") if body else None


YEAR_CONTEXT_BEFORE: dict[str, re.Pattern | None] = {
    "en": _before(T.EN_YEAR_CONTEXT, r"(?<![\w])mid-\s*"),
    "ru": _before(T.RU_YEAR_CONTEXT),
    "uk": _before(T.UK_YEAR_CONTEXT),
    "kk": _before(T.KK_YEAR_CONTEXT),
}
QUALIFIER_BEFORE: dict[str, re.Pattern | None] = {
    "en": _before(T.EN_QUALIFIERS_BEFORE),
    "ru": _before(T.RU_QUALIFIERS_BEFORE),
    "uk": _before(T.UK_QUALIFIERS_BEFORE),
    "kk": None,
}
QUALIFIER_TABLE: dict[str, dict[str, str]] = {
    "en": {_norm(k): v for k, v in T.EN_QUALIFIERS_BEFORE.items()},
    "ru": {_norm(k): v for k, v in T.RU_QUALIFIERS_BEFORE.items()},
    "uk": {_norm(k): v for k, v in T.UK_QUALIFIERS_BEFORE.items()},
    "kk": {_norm(k): v for k, v in T.KK_QUALIFIERS_AFTER.items()},
}
KK_QUALIFIER_AFTER = re.compile(rf"\s+(?P<w>{_trie(T.KK_QUALIFIERS_AFTER)}){NB}")
RANGE_OPENERS: dict[str, dict[str, list[str]]] = {
    "en": T.EN_RANGE_OPENERS, "ru": T.RU_RANGE_OPENERS, "uk": T.UK_RANGE_OPENERS, "kk": {},
}
OPENER_BEFORE: dict[str, re.Pattern | None] = {lg: _before(list(RANGE_OPENERS[lg])) for lg in LANGS}
DIRECT_CONNECTOR = re.compile(rf"{DASH}|\s+(?:through|thru)\s+")
KK_ABLATIVE_END = re.compile(r"(?:дан|ден|тан|тен|нан|нен)$")
KK_UNTIL_AFTER = re.compile(rf"\s+(?P<w>дейін|шейін){NB}")
COORDINATION: dict[str, re.Pattern] = {
    lg: re.compile(rf"\s*(?:,\s*)?(?:(?<![\w])(?:{_trie([w for w in ws if w != ','])})\s+)?(?:(?:in|в|у)\s+)?")
    for lg, ws in T.COORDINATORS.items()
}
BARE_YEAR = re.compile(r"[12](?<![\w,][12])(?<!\d\.[12])\d\d\d(?![\w])(?![.,]\d)")
PAREN_AFTER = re.compile(r"\s*\)")


def _lower(text: str) -> str:
    low = text.lower()
    if len(low) != len(text):  # a few characters (Turkish İ) grow when lower-cased: keep offsets aligned
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    return low


# ---------------------------------------------------------------------------------------------------------------
# Building mentions from matches
# ---------------------------------------------------------------------------------------------------------------

@dataclass(slots=True)
class _Cand:
    start: int
    end: int
    value: str | None
    precision: str
    end_value: str | None = None
    qualifier: str | None = None
    relative: str | None = None
    word_range: bool = False
    lang: str = ""

    def mention(self) -> DateMention:
        return DateMention(self.start, self.end, self.value, self.precision, self.end_value, self.qualifier,
                           self.relative)


INVALID = "invalid"  # precision of a candidate that is an impossible date


def _valid_day(y: int | None, m: int, d: int) -> bool:
    if not 1 <= m <= 12 or d < 1:
        return False
    return d <= calendar.monthrange(y if y is not None else 2000, m)[1]


def _iso(y: int | None, m: int | None = None, d: int | None = None) -> str:
    head = f"{y:04d}" if y is not None else "-"
    if m is None:
        return head
    if d is None:
        return f"{head}-{m:02d}"
    return f"{head}-{m:02d}-{d:02d}"


def _quarter(tok: str, lang: str) -> int | None:
    tok = tok.strip()
    if tok[0].isdigit():
        return int(tok[0])
    roman = tok.upper().replace("І", "I")
    if roman in ROMAN:
        return ROMAN[roman]
    return QUARTER_LOOKUP[lang].get(tok.lower())


def _build(mt: re.Match, lang: str, text: str) -> _Cand | None:
    """Interpret one match (``text`` is the original text; the match may be on its lower-cased copy)."""
    start, end = mt.span()
    if start and (text[start - 1].isalnum() or text[start - 1] == "_"):
        return None  # starts inside a word
    g: dict[str, str] = {}
    m_start = -1
    for k, v in mt.groupdict().items():
        if v is not None:
            base = k.split("_", 1)[0]
            if base not in g:
                g[base] = v
                if base == "m":
                    m_start = mt.start(k)
    y = int(g["y"]) if g.get("y") else None
    if y is not None and not MIN_YEAR <= y <= MAX_YEAR:
        return None
    word_range = bool(g.get("wr"))

    rel = None
    if g.get("rel"):
        rel = RELATIVE_LOOKUP[lang].get(_norm(g["rel"]))
        if rel is None:
            return None

    # quarter
    if g.get("q") or g.get("qn") or "qx" in g:
        q = int(g["qn"]) if g.get("qn") else int(g["d"]) if "qx" in g else _quarter(g["q"], lang)
        if not q or not 1 <= q <= 4 or y is None:
            return None
        return _Cand(start, end, f"{y}-Q{q}", "quarter", lang=lang)

    # decade, or plural year word on a single year (kk)
    if g.get("dec") is not None or g.get("pl"):
        if y % 10 == 0:
            return _Cand(start, end, str(y), "year", str(y + 9), lang=lang)
        if g.get("dec") is not None:
            return None
        return _Cand(start, end, str(y), "year", lang=lang)

    m = g.get("m")
    if lang == "kk" and m and text[m_start].isupper() and not g.get("d"):
        # "1998 жылы Қазан қаласында" is the city, "Наурыз мерекесі" the holiday: keep only the year
        if y is not None and mt.groupdict().get("yw") is not None:
            return _Cand(start, mt.end("yw"), str(y), "year", lang=lang)
        return None
    m = MONTH_LOOKUP[lang].get(m.lower().rstrip(".")) if m else None
    if g.get("mn"):
        m = int(g["mn"])
    m2 = MONTH_LOOKUP[lang].get(g["m2"].lower().rstrip(".")) if g.get("m2") else None
    d = int(g["d"]) if g.get("d") else None
    d2 = int(g["d2"]) if g.get("d2") else None

    y2 = None
    if g.get("y2s"):
        y2 = y // 100 * 100 + int(g["y2s"])
        if y2 <= y:
            y2 += 100
        if y2 - y > 10:
            return None
    elif g.get("y2"):
        y2 = int(g["y2"])
        if not MIN_YEAR <= y2 <= MAX_YEAR or y2 <= (y or 0):
            return None

    relative = rel
    if y is None and relative is None:
        if m is None:
            return None
        relative = "no_year"

    if d is not None:
        if m is None:
            return None
        if not _valid_day(y, m, d):
            return _Cand(start, end, None, INVALID)  # "31 February 2001": claims its span, then dropped
        value, precision = _iso(y, m, d), "day"
        end_value = None
        if d2 is not None:
            em = m2 or m
            if not _valid_day(y, em, d2):
                return _Cand(start, end, None, INVALID)
            if (em, d2) <= (m, d):
                return _Cand(start, end, None, INVALID)  # backwards: "10-9 January 2004"
            end_value = _iso(y, em, d2)
        return _Cand(start, end, value, precision, end_value, relative=relative, word_range=word_range, lang=lang)
    if m is not None:
        if not 1 <= m <= 12:
            return _Cand(start, end, None, INVALID)
        end_value = None
        if m2 is not None:
            if m2 <= m:
                return None
            end_value = _iso(y, m2)
        return _Cand(start, end, _iso(y, m), "month", end_value, relative=relative, word_range=word_range,
                     lang=lang)
    if relative is not None:
        return _Cand(start, end, None, "year", relative=relative, lang=lang)
    if y is None:
        return None
    return _Cand(start, end, str(y), "year", str(y2) if y2 else None, word_range=word_range, lang=lang)


# ---------------------------------------------------------------------------------------------------------------
# Post-processing
# ---------------------------------------------------------------------------------------------------------------

_WS = re.compile(r"\s")
_DIGIT = re.compile(r"\d")


def _windows(text: str, low: str | None, rule: Rule) -> list[tuple[int, int]]:
    """Merged windows around the rule's anchor keywords; each ends at whitespace (or the end of the text), so
    that a lookahead at the window's end sees what it would see in the whole text.  Keywords are looked up in
    ``low`` (the lower-cased text) or, without it, in ``text`` as written, Capitalised and UPPER."""
    spans: list[tuple[int, int]] = []
    n = len(text)
    hay = low if low is not None else text
    keywords = rule.anchors if low is not None else _en_case(rule.anchors)
    for kw in keywords:
        i = hay.find(kw)
        while i >= 0:
            a = max(0, i - rule.before)
            b = i + len(kw) + rule.after
            if b >= n:
                b = n
            else:
                ws = _WS.search(text, b)
                b = ws.start() if ws else n
            spans.append((a, b))
            i = hay.find(kw, i + 1)
    if len(keywords) > 1:
        spans.sort()
    merged: list[tuple[int, int]] = []
    for a, b in spans:
        if merged and a <= merged[-1][1]:
            if b > merged[-1][1]:
                merged[-1] = (merged[-1][0], b)
        else:
            merged.append((a, b))
    return merged


def _at_starts(rx: re.Pattern, text: str, starts: tuple[str, ...]):
    """``rx.finditer(text)`` for a pattern whose every match starts with one of ``starts``: tried only there."""
    offsets = set()
    for s in starts:
        i = text.find(s)
        while i >= 0:
            offsets.add(i)
            i = text.find(s, i + 1)
    end = 0
    for i in sorted(offsets):
        if i < end:
            continue
        mt = rx.match(text, i)
        if mt is not None:
            yield mt
            end = max(mt.end(), i + 1)


def _before_match(rx: re.Pattern | None, text: str, lo: int, hi: int) -> tuple[str, int] | None:
    """(word, its offset in ``text``) when ``rx`` matches the lower-cased text[lo:hi] up to its end."""
    if rx is None or hi <= lo:
        return None
    m = rx.search(_lower(text[lo:hi]))
    if m is None:
        return None
    w = m.group("w") if "w" in rx.groupindex else None
    return (w or "", lo + (m.start("w") if w is not None else m.start()))


def _select(cands: list[_Cand]) -> list[_Cand]:
    """Longest first, then leftmost; keep those that overlap nothing kept so far."""
    cands.sort(key=lambda c: (c.start - c.end, c.start))
    starts: list[int] = []
    kept: list[_Cand] = []
    for c in cands:
        i = bisect.bisect_right(starts, c.start)
        if i > 0 and kept[i - 1].end > c.start:
            continue
        if i < len(kept) and kept[i].start < c.end:
            continue
        starts.insert(i, c.start)
        kept.insert(i, c)
    return kept


def _add_bare_years(text: str, chosen: list[_Cand], langs) -> list[_Cand]:
    """Years without a year word: after a context word, in parentheses, or coordinated with a year."""
    if not BARE_YEAR.search(text):
        return chosen
    starts = [c.start for c in chosen]
    out = list(chosen)
    added: list[_Cand] = []
    for mt in BARE_YEAR.finditer(text):
        s, e = mt.span()
        y = int(mt.group())
        if not MIN_YEAR <= y <= MAX_YEAR:
            continue
        i = bisect.bisect_right(starts, s)
        if i > 0 and chosen[i - 1].end > s:
            continue
        if i < len(chosen) and chosen[i].start < e:
            continue
        ok = False
        lo = max(0, s - 40)
        for lg in langs:
            rx = YEAR_CONTEXT_BEFORE[lg]
            qx = QUALIFIER_BEFORE[lg]
            if _before_match(rx, text, lo, s) or _before_match(qx, text, lo, s):
                ok = True
                break
        if not ok and text[max(0, s - 3):s].rstrip().endswith("(") and PAREN_AFTER.match(text, e):
            ok = True
        if not ok:
            # coordinated with the nearest preceding year mention ("in 1993 and 1994")
            prev = None
            if added and (i == 0 or added[-1].start > chosen[i - 1].start):
                prev = added[-1]
            elif i > 0:
                prev = chosen[i - 1]
            if prev is not None and prev.precision == "year" and prev.relative is None and prev.value:
                for lg in langs:
                    gap = text[prev.end:s]
                    if gap.strip() and COORDINATION[lg].fullmatch(gap.lower()):
                        ok = True
                        break
        if ok:
            c = _Cand(s, e, str(y), "year", lang=langs[0])
            added.append(c)
            out.append(c)
    out.sort(key=lambda c: c.start)
    return out


def _merge_ranges(text: str, chosen: list[_Cand], langs) -> list[_Cand]:
    """Join two dates into one range: "June 2015 – June 2016", "from 1991 to 2014", "с 1995 по 1997 год"."""
    out: list[_Cand] = []
    i = 0
    while i < len(chosen):
        a = chosen[i]
        if i + 1 < len(chosen):
            b = chosen[i + 1]
            merged = _try_merge(text, a, b, langs)
            if merged is not None:
                out.append(merged)
                i += 2
                continue
        out.append(a)
        i += 1
    return out


def _is_decade(c: _Cand) -> bool:
    return (c.precision == "year" and c.end_value is not None and c.value is not None
            and c.value.endswith("0") and int(c.end_value) - int(c.value) == 9)


def _try_merge(text: str, a: _Cand, b: _Cand, langs) -> _Cand | None:
    if a.relative or b.relative or not a.value or not b.value or a.qualifier or b.qualifier:
        return None
    if a.word_range or b.word_range:
        return None
    if a.end_value and not _is_decade(a) or b.end_value and not _is_decade(b):
        return None
    a_last = a.end_value or a.value
    b_last = b.end_value or b.value
    if not b.value > a_last:
        return None
    gap = text[a.end:b.start].lower()
    start, end = a.start, b.end
    ok = bool(DIRECT_CONNECTOR.fullmatch(gap))
    if not ok:
        for lg in langs:
            om = _before_match(OPENER_BEFORE[lg], text, max(0, a.start - 20), a.start)
            if not om:
                continue
            conns = RANGE_OPENERS[lg].get(_norm(om[0]), [])
            if _norm(gap) in conns and gap[:1].isspace() and gap[-1:].isspace():
                ok, start = True, om[1]
                break
        if not ok and "kk" in langs and gap.isspace() and KK_ABLATIVE_END.search(text[a.start:a.end].lower()):
            um = KK_UNTIL_AFTER.match(text[b.end:b.end + 20].lower())
            if um:
                ok, end = True, b.end + um.end()
    if not ok:
        return None
    return _Cand(start, end, a.value, a.precision, b_last, lang=a.lang, word_range=True)


def _qualify(text: str, chosen: list[_Cand], langs) -> None:
    prev_end = 0
    for c in chosen:
        if c.end_value is not None and c.word_range:
            # "с 16 по 18 января": the opener belongs to the range
            for lg in langs:
                om = _before_match(OPENER_BEFORE[lg], text, max(prev_end, c.start - 20), c.start)
                if om:
                    c.start = om[1]
                    break
        elif c.end_value is None:
            for lg in langs:
                if lg == "kk":
                    qm = KK_QUALIFIER_AFTER.match(_lower(text[c.end:c.end + 20]))
                    if qm:
                        c.qualifier = QUALIFIER_TABLE["kk"][_norm(qm.group("w"))]
                        c.end += qm.end()
                        break
                    continue
                qb = _before_match(QUALIFIER_BEFORE[lg], text, max(prev_end, c.start - 20), c.start)
                if qb:
                    c.qualifier = QUALIFIER_TABLE[lg][_norm(qb[0])]
                    c.start = qb[1]
                    break
        prev_end = c.end


# ---------------------------------------------------------------------------------------------------------------
# API
# ---------------------------------------------------------------------------------------------------------------

def find_dates(text: str, lang: str | None) -> list[DateMention]:
    """Date mentions in ``text`` (sorted by start, non-overlapping). ``lang``: en/ru/uk/kk; else all grammars."""
    langs: tuple[str, ...] = (lang,) if lang in GRAMMARS else LANGS
    low = _lower(text) if LOWERCASE_LANGS.intersection(langs) else None
    has_digit = _DIGIT.search(text) is not None
    cands: list[_Cand] = []
    for lg in langs:
        subject = low if lg in LOWERCASE_LANGS else text
        for rule in GRAMMARS[lg]:
            if rule.needs_digit and not has_digit:
                continue
            if rule.anchors:
                spans = _windows(text, low if lg in LOWERCASE_LANGS else None, rule)
            elif rule.starts:
                for mt in _at_starts(rule.regex, subject, rule.starts):
                    c = _build(mt, lg, text)
                    if c is not None:
                        cands.append(c)
                continue
            else:
                spans = ((0, len(text)),)
            for a, b in spans:
                for mt in rule.regex.finditer(subject, a, b):
                    c = _build(mt, lg, text)
                    if c is not None:
                        cands.append(c)
    if not cands and not has_digit:
        return []
    chosen = _select(cands)
    if has_digit:
        chosen = _add_bare_years(text, chosen, langs)
    chosen = [c for c in chosen if c.precision != INVALID]
    chosen = _merge_ranges(text, chosen, langs)
    _qualify(text, chosen, langs)
    return [c.mention() for c in chosen]


_SHIFT = {"this_year": 0, "same_year": 0, "no_year": 0, "last_year": -1, "next_year": 1}


def resolve_relative(mention: DateMention, reference_year: int | None) -> DateMention:
    """Give a relative mention its year.

    ``reference_year`` is the year the relative expression counts from: the document's year for
    this/last/next year, the year last mentioned for "same year", the year of the context for "no_year".
    "this_year"/"same_year"/"no_year" take ``reference_year``, "last_year" one less, "next_year" one more.
    A "--MM"/"--MM-DD" value becomes "YYYY-MM"/"YYYY-MM-DD".  Returns the mention unchanged when it is not
    relative, when ``reference_year`` is None, or when the day does not exist in that year (29 February).
    """
    if mention.relative is None or reference_year is None or mention.relative not in _SHIFT:
        return mention
    y = reference_year + _SHIFT[mention.relative]

    def fill(v: str | None) -> str | None:
        if v is None:
            return None
        if not v.startswith("--"):
            return v
        parts = [int(p) for p in v[2:].split("-")]
        if len(parts) == 2 and not _valid_day(y, parts[0], parts[1]):
            raise ValueError(v)
        return _iso(y, *parts)

    try:
        value = fill(mention.value) if mention.value is not None else str(y)
        end_value = fill(mention.end_value)
    except ValueError:
        return mention
    return DateMention(mention.start, mention.end, value, mention.precision, end_value, mention.qualifier, None)
