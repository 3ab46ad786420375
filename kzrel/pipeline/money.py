"""Money and percent mentions in English, Russian, Kazakh and Ukrainian text.

API
---
``find_money(text, lang) -> list[MoneyMention]``
``find_percents(text, lang) -> list[PercentMention]``
``parse_number(s, lang=None) -> float``

Both finders return mentions sorted by position and non-overlapping.  ``lang`` is ``en | ru | kk | uk``;
any other value (or ``None``) uses every table.  The word tables live in ``money_tables.py``.

Decisions
---------
* **Money needs a currency.**  A number is money only when a currency symbol/code stands right before it
  ("$ 24 billion", "USD 211.5 billion", "€200 million") or a currency word/symbol right after it or after its
  scale word ("12.8 million US dollars", "2,5 млрд долл. США", "1,5 млрд.АҚШ долларын", "5 млн $").
  "4,1 млрд" alone is not money.
* **Span** = [currency symbol] number [scale word] [currency word].  Words such as "about", "over", "около",
  "более", "порядка", "шамамен", "астам" stay OUTSIDE the span (``MoneyMention`` has no qualifier field; the
  extractor reads them from the text before/after the span).  Case endings of the currency word are inside
  the span ("долларын", "доллардан"); an English possessive is not ("tenge's" -> "tenge").
  The dot of an abbreviated currency ("руб.", "долл.") is inside the span; the dot of an abbreviated scale word
  ("млрд.", "mln.") only when a currency word follows it (otherwise it may be the full stop).
* ``scale_text`` is the scale word as written, without an abbreviation dot ("billion", "mln", "млрд",
  "мың", "m" for "$5m"); "" when there is none.
* **Ranges** ("$1-1.5 billion", "$0.6-0.8 billion", "from $5 to $17 billion", "от 1 до 1,5 млрд долларов",
  "15-20%") give TWO mentions, one per end; the first end borrows the scale word and currency of the second.
  The first span covers only its own tokens ("$1"), the second the rest ("1.5 billion").  The first end does
  NOT borrow the scale when it is >= 1000 or written with thousands separators ("$22,000 to $25 million" ->
  22000 USD and 25e6 USD); it is then kept only when it has its own currency symbol.  When only the second end
  carries a currency symbol ("in 2014 - $2 billion", "by 5 to $17 billion") the first number is not money.
  A year-like first end (1800-2100) of a percent range is not a percent.
* **Numbers**: "24", "1.5", "75.0", "1,5" / "12,8" (decimal comma), "1 234,5" / "3 000" (space, no-break space,
  narrow no-break space or thin space as thousands separator), "1,234.5", "$500,000", "1.234.567".
  A single comma followed by exactly three digits ("1,500") is a thousands separator in English, and in any
  language when no scale word follows ("3,000 долларов"); a decimal comma in Russian/Kazakh/Ukrainian before
  a scale word ("1,500 млрд" = 1.5e9).  Unknown language: decided by the script of the scale/currency word.
* **Years**: a bare year-like number (1800-2100) with no symbol and no scale, right after "in", "of", "в",
  "жылғы", ... is not money even when a currency word follows ("in 2015 dollars").  A currency code or symbol
  written after a number is ignored when a digit follows it ("in 2014 USD 211.5 billion" -> only USD 211.5 bn).
* **Percents**: "4.2%", "4,2 %", "26 %-ға" (span ends at "%"), "4.2 per cent", "4.2 percent", "70-percent",
  "20.3percent", "4,2 процента", "4,2 пайыз", "4,2 пайызды", "%4.2".  "percentage points", "процентных
  пунктов" and "пайыздық тармақ" are not percents.  Numbers written as words ("nine percent") are not read.
* Signs are not read: "-5%" is 5 (direction of change is in the words around it).
* Currency codes need a space before the digits ("USD 5"; "USD5" is not read, like "A320"); symbols do not.
* Kazakh and Ukrainian paragraphs also get the Russian tables ("тыс. долл." in a Kazakh text); an English
  paragraph gets only English words, plus the symbols and codes every language has.
* Speed: every regex starts with a digit (or "%"), so the engine skips non-digits in C, and the long
  scale/currency alternations sit behind a first-character guard built from the tables.  On the seed texts
  (x20): ~25 MB/s for ``find_money``, ~40 MB/s for ``find_percents``, ~16 MB/s for both.
"""
from __future__ import annotations

import bisect
import re
from decimal import Decimal, InvalidOperation

from . import money_tables as T
from .mentions import MoneyMention, PercentMention

__all__ = ["find_money", "find_percents", "parse_number"]

# --------------------------------------------------------------------------------------------- numbers
_GROUP_SPACES = " \u00a0\u202f\u2009"
# Starts with a bare ``\d`` (the check that no digit, letter or separator precedes it comes after), so that
# the regex engine can jump from digit to digit instead of trying every position of the text.
_NUM = (
    r"\d(?<![\w.,]\d)(?:"
    r"\d{0,2}(?:[ \u00a0\u202f\u2009]\d{3})+(?:[.,]\d+)?"  # 1 234 567,5
    r"|\d{0,2}(?:,\d{3})+(?:\.\d+)?"  # 1,234,567.5
    r"|\d{0,2}(?:\.\d{3}){2,}(?:,\d+)?"  # 1.234.567,5
    r"|\d*(?:[.,]\d+)?"  # 24, 1.5, 1,5
    r")(?!\d)"
)
_YEAR_RE = re.compile(r"1[89]\d\d|20\d\d|2100")
_CYRILLIC_RE = re.compile(r"[\u0400-\u04ff]")
_PREV_WORD_RE = re.compile(r"(\w+)\W{0,3}$")
_WS_STRIP = str.maketrans("", "", _GROUP_SPACES)
_MAX_PREFIX = 8  # longest currency prefix with its spaces ("US $  ")


def _to_decimal(s: str, comma_decimal: bool) -> Decimal:
    """Digits with optional separators -> Decimal.  See the module docstring for the comma rule."""
    s = s.translate(_WS_STRIP)
    if "," in s and "." in s:
        if s.rfind(",") > s.rfind("."):
            s = s.replace(".", "").replace(",", ".")
        else:
            s = s.replace(",", "")
    elif "," in s:
        parts = s.split(",")
        if len(parts) > 2 or (not comma_decimal and len(parts[1]) == 3):
            s = s.replace(",", "")
        else:
            s = s.replace(",", ".")
    elif s.count(".") > 1:
        s = s.replace(".", "")
    try:
        return Decimal(s)
    except InvalidOperation:
        raise ValueError(f"not a number: {s!r}") from None


def parse_number(s: str, lang: str | None = None) -> float:
    """Parse a written number: ``"1,5"`` (ru/kk/uk) -> 1.5; ``"1,500"`` (en) -> 1500.0; ``"1 234,5"`` -> 1234.5.

    A single comma followed by exactly three digits is a thousands separator unless ``lang`` writes a
    decimal comma (ru, kk, uk); a comma followed by any other number of digits is always decimal.
    """
    return float(_to_decimal(s.strip(), lang in T.DECIMAL_COMMA_LANGS))


# --------------------------------------------------------------------------------------------- grammar
def _alt(patterns) -> str:
    seen: list[str] = []
    for p in patterns:
        if p not in seen:
            seen.append(p)
    return "|".join(f"(?:{p})" for p in seen)


def _first_chars(pattern: str, flags: int) -> set[str] | None:
    """The characters a match of ``pattern`` can start with, or None when that is not a small known set.

    Used only to put a cheap ``(?=[...])`` guard in front of a long alternation (a speed-up of about 5x on
    number-dense text); None simply means no guard.
    """
    try:
        from re import _constants as C, _parser as P  # the stdlib's own regex parser (CPython 3.11+)

        tree = P.parse(pattern, flags)
    except Exception:  # pragma: no cover - other Python implementations
        return None

    def first(seq) -> tuple[set[str], bool] | None:
        acc: set[str] = set()
        for op, av in seq:
            if op is C.LITERAL:
                return acc | {chr(av)}, False
            if op is C.IN:
                for iop, iav in av:
                    if iop is C.LITERAL:
                        acc.add(chr(iav))
                    elif iop is C.RANGE and iav[1] - iav[0] < 1024:
                        acc.update(chr(c) for c in range(iav[0], iav[1] + 1))
                    else:
                        return None
                return acc, False
            if op in (C.SUBPATTERN, C.ATOMIC_GROUP, C.BRANCH, C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
                if op is C.SUBPATTERN:
                    subs, min_count = [av[-1]], 1
                elif op is C.ATOMIC_GROUP:
                    subs, min_count = [av], 1
                elif op is C.BRANCH:
                    subs, min_count = av[1], 1
                else:
                    subs, min_count = [av[2]], av[0]
                nullable = False
                for sub in subs:
                    r = first(sub)
                    if r is None:
                        return None
                    acc |= r[0]
                    nullable = nullable or r[1]
                if min_count > 0 and not nullable:
                    return acc, False
                continue
            if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
                continue  # zero-width: look at what follows (a superset is safe)
            return None
        return acc, True

    res = first(tree)
    if res is None or res[1] or not res[0]:
        return None
    return res[0]


def _guard(pattern: str, flags: int) -> str:
    chars = _first_chars(pattern, flags)
    if not chars:
        return ""
    return "(?=[" + "".join(re.escape(c) for c in sorted(chars)) + "])"


class _Grammar:
    """Compiled regexes and lookup tables for one set of languages."""

    def __init__(self, lang: str | None):
        langs = T.LANG_TABLES.get(lang or "", T.ALL_LANGS)
        self.lang = lang if lang in T.LANG_TABLES else None
        flags = re.IGNORECASE | re.UNICODE

        scales = [s for lg in langs for s in T.SCALES[lg]]
        full = _alt(p for p, _, abbr in scales if not abbr)
        abbr = _alt(p for p, _, abbr in scales if abbr)
        scale_re = f"(?:{full})(?!\\w)|(?:{abbr})(?:\\.|(?!\\w))"
        self._scale_lookup = [(re.compile(p.replace(r"(?=\.)", ""), flags), Decimal(m)) for p, m, _ in scales]

        pre_re = _alt(p for p, _ in T.CURRENCY_PREFIX)
        self._pre_lookup = [(re.compile(p, flags), c) for p, c in T.CURRENCY_PREFIX]
        posts = [e for g in ("common", *langs) for e in T.CURRENCY_SUFFIX[g]]
        post_re = _alt(p for p, _ in posts)
        self._post_lookup = [(re.compile(p, flags), c) for p, c in posts]

        range_words = _alt(w for lg in langs for w in T.RANGE_WORDS[lg])
        sep = r"[^\S\n]?[-\u2013\u2014][^\S\n]?"
        if range_words:
            sep += rf"|\s{{1,2}}(?:{range_words})\s{{1,2}}"
        links = [T.SCALE_CURRENCY_LINK[lg] for lg in langs if lg in T.SCALE_CURRENCY_LINK]
        link = f"(?:\\s{{1,4}}(?P<link>{_alt(links)}))?" if links else ""
        short = "".join(T.SHORT_SCALES)

        # the currency symbol before the first number is looked up separately (see ``prefix_before``)
        self.money = re.compile(
            rf"(?P<n1>{_NUM})"
            rf"(?:(?P<sep>{sep})(?:(?P<pre2>(?<!\w)(?:{pre_re}))[^\S\n]{{0,2}})?(?P<n2>{_NUM}))?"
            rf"(?:\s{{0,4}}{_guard(scale_re, flags)}(?P<scale>{scale_re}){link}|(?P<short>[{short}])(?!\w))?"
            rf"(?:\s{{0,4}}{_guard(post_re, flags)}(?P<post>{post_re}))?",
            flags,
        )
        self._pre_before = re.compile(rf"(?<!\w)(?:{pre_re})[^\S\n]{{0,2}}\Z", flags)

        pct = _alt(p for g in ("common", *langs) for p in T.PERCENT_WORDS[g])
        self.percent = re.compile(
            rf"(?P<n1>{_NUM})(?:(?P<sep>{sep})(?P<n2>{_NUM}))?(?:\s{{0,4}}|-){_guard(pct, flags)}(?P<pct>{pct})", flags
        )
        # "%4.2": starts with a literal "%" for the same reason as ``_NUM``
        self.percent_prefix = re.compile(rf"%(?<![\w%]%)(?P<n3>{_NUM})", flags)
        self.year_words = frozenset(w for lg in langs for w in T.YEAR_PRECEDERS[lg])
        self._cache: dict[tuple[int, str], object] = {}

    # -- lookups (cached per matched text)
    def _lookup(self, kind: int, table, text: str):
        key = (kind, text.lower())
        try:
            return self._cache[key]
        except KeyError:
            pass
        val = None
        for rx, v in table:
            if rx.fullmatch(text):
                val = v
                break
        if len(self._cache) > 10_000:
            self._cache.clear()
        self._cache[key] = val
        return val

    def scale(self, text: str) -> Decimal:
        val = self._lookup(0, self._scale_lookup, text.rstrip("."))
        if val is None:  # pragma: no cover - the grammar only matches table entries
            raise KeyError(text)
        return val

    def prefix_currency(self, text: str) -> str:
        return self._lookup(1, self._pre_lookup, text)

    def suffix_currency(self, text: str) -> str:
        return self._lookup(2, self._post_lookup, text)

    def prefix_before(self, text: str, pos: int) -> re.Match | None:
        """The currency symbol/code (and up to two spaces) ending right at ``pos``, if any."""
        return self._pre_before.search(text, max(0, pos - _MAX_PREFIX), pos)

    def comma_decimal(self, *words: str | None) -> bool:
        if self.lang is not None:
            return self.lang in T.DECIMAL_COMMA_LANGS
        return any(w and _CYRILLIC_RE.search(w) for w in words)


_GRAMMARS: dict[str | None, _Grammar] = {lg: _Grammar(lg) for lg in T.LANG_TABLES}
_GRAMMARS[None] = _Grammar(None)


def _grammar(lang: str | None) -> _Grammar:
    key = lang.lower() if isinstance(lang, str) else None
    return _GRAMMARS.get(key if key in T.LANG_TABLES else None) or _GRAMMARS[None]


def _is_plain_year(num: str) -> bool:
    return len(num) == 4 and _YEAR_RE.fullmatch(num) is not None


_GROUPED_RE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?")
_INT_RE = re.compile(r"\d+")


def _small_ungrouped(num: str) -> bool:
    """True if ``num`` may borrow the scale word of the other end of a range ("$0.6-0.8 billion").

    Not when it is >= 1000 or written with thousands separators ("$22,000 to $25 million").
    """
    if any(c in num for c in _GROUP_SPACES) or _GROUPED_RE.fullmatch(num):
        return False
    return len(_INT_RE.match(num).group()) <= 3


# ----------------------------------------------------------------------------------------------- money
def find_money(text: str, lang: str | None) -> list[MoneyMention]:
    """Money amounts with a currency; see the module docstring for what is read and how."""
    g = _grammar(lang)
    out: list[MoneyMention] = []
    for m in g.money.finditer(text):
        pm = g.prefix_before(text, m.start())
        if pm is not None and out and out[-1].end > pm.start():
            pm = None  # the symbol already ends the previous amount
        pre = pm.group().rstrip() if pm is not None else None
        pre2, post, n2 = m.group("pre2"), m.group("post"), m.group("n2")
        cur1 = g.prefix_currency(pre) if pre else None
        cur2 = g.prefix_currency(pre2) if pre2 else None
        curp = g.suffix_currency(post) if post else None
        if not (cur1 or cur2 or curp):
            continue
        if curp and (cur1 or cur2) and curp != (cur2 or cur1):
            curp = None  # "$5 million sum": the symbol wins, the trailing word is not part of the amount
        scale_txt = m.group("scale") or m.group("short") or ""
        if m.group("scale"):
            mult = g.scale(scale_txt)
        elif scale_txt:
            mult = Decimal(T.SHORT_SCALES[scale_txt.lower()])
        else:
            mult = Decimal(1)
        scale_word = scale_txt.rstrip(".")
        if curp:
            end = m.end("post")
        elif m.group("scale"):
            end = m.end("scale") - (1 if scale_txt.endswith(".") else 0)
        elif scale_txt:
            end = m.end("short")
        else:
            end = m.end("n2") if n2 else m.end("n1")
        comma_dec = g.comma_decimal(scale_txt, post) if scale_txt else False

        n1 = m.group("n1")
        start1 = pm.start() if pm is not None else m.start("n1")
        if n2 is None:
            if not pre and not scale_txt and _is_plain_year(n1):
                prev = _PREV_WORD_RE.search(text, max(0, start1 - 24), start1)
                if prev and prev.group(1).lower() in g.year_words:
                    continue
            value = _to_decimal(n1, comma_dec) * mult
            out.append(MoneyMention(start1, end, float(value), cur1 or curp, scale_word))
            continue

        # a range: two mentions
        cur_second = cur2 or curp or cur1
        if cur_second is None:
            continue
        if not (pre2 and not pre):
            if _small_ungrouped(n1):
                v1 = _to_decimal(n1, comma_dec) * mult
                out.append(MoneyMention(start1, m.end("n1"), float(v1), cur1 or cur_second, scale_word))
            elif pre:
                v1 = _to_decimal(n1, False)
                out.append(MoneyMention(start1, m.end("n1"), float(v1), cur1, ""))
        start2 = m.start("pre2") if pre2 else m.start("n2")
        v2 = _to_decimal(n2, comma_dec) * mult
        out.append(MoneyMention(start2, end, float(v2), cur_second, scale_word))
    return out


# --------------------------------------------------------------------------------------------- percents
def find_percents(text: str, lang: str | None) -> list[PercentMention]:
    """Percentages: "4.2%", "4,2 %", "4.2 per cent", "4,2 процента", "4,2 пайызды", "%4.2"."""
    g = _grammar(lang)
    out: list[PercentMention] = []
    for m in g.percent.finditer(text):
        comma_dec = g.comma_decimal(m.group("pct"))
        n1, n2 = m.group("n1"), m.group("n2")
        if n2 is not None:
            if not _is_plain_year(n1):
                out.append(PercentMention(m.start("n1"), m.end("n1"), float(_to_decimal(n1, comma_dec))))
            out.append(PercentMention(m.start("n2"), m.end("pct"), float(_to_decimal(n2, comma_dec))))
        else:
            out.append(PercentMention(m.start("n1"), m.end("pct"), float(_to_decimal(n1, comma_dec))))
    if "%" in text:  # the rare prefixed form "%4.2", where it overlaps no suffixed percent ("5 %4", "%0%")
        comma_dec = g.lang in T.DECIMAL_COMMA_LANGS
        starts = [p.start for p in out]
        extra = []
        for m in g.percent_prefix.finditer(text):
            i = bisect.bisect_left(starts, m.end())  # suffixed percents starting before this one ends
            if i and out[i - 1].end > m.start():
                continue
            extra.append(PercentMention(m.start(), m.end(), float(_to_decimal(m.group("n3"), comma_dec))))
        if extra:
            out = sorted(out + extra, key=lambda p: p.start)
    return out
