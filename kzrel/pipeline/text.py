"""Text preparation: the clean text the annotators and extractors run their regexes on, with a map back to the
original, paragraphs with a language each, and sentence spans.

``prepare(original)`` returns a :class:`Prepared` whose ``clean`` text differs from the original only by

* 1:1 character replacements: typographic quotes ``‘’“”„`` -> ``'`` / ``"``, dashes ``‐‑‒–—―−`` -> ``-``,
  no-break and other Unicode spaces -> space, form feed / line and paragraph separators -> newline
  (``«»`` are kept);
* whitespace: runs of spaces and tabs -> one space; a line break inside a paragraph -> one space; a
  paragraph break -> one ``"\\n"`` (the only newlines in clean text); whitespace at the start and end removed;
* words hyphenated across a line break joined ("Kazakh-\\nstani" -> "Kazakhstani", but
  "Kazakh-\\nRussian" -> "Kazakh-Russian");
* OCR noise removed: a ``!`` glued between a letter and a hyphen or a letter ("Kazakhstan!-Russian"), or
  between a word and a lowercase English word ("Kazakhstan! and"); soft hyphens and zero-width characters;
* a paragraph break inserted where a Cyrillic heading runs into the next sentence without a space
  ("ынтымақтастықҚазақстан").

Kazakh/Russian spaced hyphens ("қарым - қатынас") are kept as they are.

``Prepared.to_orig[i]`` is the offset in ``original`` of clean character ``i`` (``to_orig[len(clean)]`` is
``len(original)``); ``Prepared.orig_span(start, end)`` maps a clean span to the original span whose slice is the
verbatim passage (use it for quotes).

No Django imports here.
"""
from __future__ import annotations

import bisect
import operator
import re
from array import array
from itertools import accumulate
from dataclasses import dataclass, field
from typing import NamedTuple

__all__ = [
    "Paragraph",
    "Prepared",
    "OffsetMap",
    "prepare",
    "sentences",
    "detect_language",
    "MAX_SENTENCE",
]

PARA = "\n"  # paragraph separator in clean text (the only newlines in it)
MAX_SENTENCE = 600  # sentences longer than this are split at ";" or ", " near the middle
SHORT_PARAGRAPH = 40  # paragraphs with fewer letters take the language of a neighbour


# ============================================================================================ data classes

class Paragraph(NamedTuple):
    start: int  # offsets in Prepared.clean
    end: int
    language: str


class OffsetMap:
    """Clean offset -> original offset, stored as affine pieces (clean start, original start).

    Behaves like a read-only sequence of ``len(clean) + 1`` ints; ``self[len(clean)] == len(original)``.
    """

    __slots__ = ("_cs", "_os", "_n", "_orig_len", "_flat")

    def __init__(self, clean_starts: array, orig_starts: array, clean_len: int, orig_len: int):
        self._cs = clean_starts
        self._os = orig_starts
        self._n = clean_len
        self._orig_len = orig_len
        self._flat = None

    def __len__(self) -> int:
        return self._n + 1

    def _get(self, i: int) -> int:
        if i >= self._n:
            if i == self._n:
                return self._orig_len
            raise IndexError(i)
        k = bisect.bisect_right(self._cs, i) - 1
        return self._os[k] + (i - self._cs[k])

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self.tolist()[i]
        if i < 0:
            i += self._n + 1
            if i < 0:
                raise IndexError(i)
        return self._get(i)

    def __iter__(self):
        return iter(self.toarray())

    def toarray(self) -> array:
        """The map as an ``array('i')`` of ``len(clean) + 1`` ints (built once, on first use)."""
        if self._flat is None:
            flat = array("i")
            cs, os_, n = self._cs, self._os, self._n
            for k in range(len(cs)):
                a = cs[k]
                b = cs[k + 1] if k + 1 < len(cs) else n
                if b > a:
                    o = os_[k]
                    flat.extend(range(o, o + b - a))
            flat.append(self._orig_len)
            self._flat = flat
        return self._flat

    def tolist(self) -> list[int]:
        return self.toarray().tolist()

    def __eq__(self, other):
        try:
            return list(self) == list(other)
        except TypeError:
            return NotImplemented

    def __repr__(self) -> str:
        return f"OffsetMap(len={len(self)}, pieces={len(self._cs)})"


@dataclass
class Prepared:
    original: str
    clean: str
    to_orig: OffsetMap | list | array  # len(clean) + 1 ints; to_orig[len(clean)] == len(original)
    paragraphs: list[Paragraph]
    language: str  # language covering most letters
    _cache: dict = field(default_factory=dict, repr=False, compare=False)

    def orig_span(self, start: int, end: int) -> tuple[int, int]:
        """Original ``[ostart, oend)`` of the clean span ``[start, end)``: ``original[ostart:oend]`` is the
        verbatim passage (whitespace at the edges of the span is dropped first)."""
        clean = self.clean
        n = len(clean)
        start = max(0, min(start, n))
        end = max(start, min(end, n))
        while start < end and clean[start].isspace():
            start += 1
        while end > start and clean[end - 1].isspace():
            end -= 1
        m = self.to_orig
        if start == end:
            o = m[start]
            return o, o
        return m[start], m[end - 1] + 1

    def quote(self, start: int, end: int) -> str:
        """``original[orig_span(start, end)]``."""
        a, b = self.orig_span(start, end)
        return self.original[a:b]

    def _paragraph_starts(self) -> list[int]:
        starts = self._cache.get("paragraph starts")
        if starts is None or len(starts) != len(self.paragraphs):
            starts = [p.start for p in self.paragraphs]
            self._cache["paragraph starts"] = starts
        return starts

    def paragraph_at(self, pos: int) -> Paragraph | None:
        """The paragraph containing clean offset ``pos`` (None between paragraphs)."""
        starts = self._paragraph_starts()
        k = bisect.bisect_right(starts, pos) - 1
        if k >= 0 and pos < self.paragraphs[k].end:
            return self.paragraphs[k]
        return None

    def language_at(self, pos: int) -> str:
        p = self.paragraph_at(pos)
        return p.language if p else self.language


# ============================================================================================ characters

_ONE_TO_ONE = {}
for _c in "\u2018\u2019\u201a\u201b\u2032\u02bc":
    _ONE_TO_ONE[_c] = "'"
for _c in "\u201c\u201d\u201e\u201f\u2033":
    _ONE_TO_ONE[_c] = '"'
for _c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212":
    _ONE_TO_ONE[_c] = "-"
for _c in "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000":
    _ONE_TO_ONE[_c] = " "
for _c in "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029":
    _ONE_TO_ONE[_c] = "\n"
_DELETE = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff")
_SPECIAL = re.compile("[" + re.escape("".join(_ONE_TO_ONE) + "".join(_DELETE)) + "]")

_WS = " \t\r\n"
_WS_FWD = re.compile(r"[ \t\r\n]*")
_NL_RUN = re.compile(r"\n[ \t\r\n]*")
_BEFORE_NL = [re.compile(" \n"), re.compile("\t\n"), re.compile("\r\n")]
_span = operator.methodcaller("span")
_SPACE_RUN = re.compile(r"  [ \t]*")
_TAB_RUN = re.compile(r"\t[ \t]*")
_CR_RUN = re.compile(r"\r[ \t\r]*")
_BANG = re.compile(r"!")

_CYR_LOWER = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһіїєґў"
_CYR_UPPER = _CYR_LOWER.upper()
_CYR_LOWER_SET = frozenset(_CYR_LOWER)
_GLUE = re.compile(f"[{_CYR_LOWER}][{_CYR_UPPER}]")

_KK_SPECIFIC = frozenset("әғқңөұүһӘҒҚҢӨҰҮҺ")

_TERMINALS = ".!?\u2026"
_CLOSERS = "\"')]}»›"
_OPENERS = "\"'([{«‹"
_BULLETS = "•·▪●◦‣∙*-"

# hyphenated compounds broken at the line end whose left part is one of these keep their hyphen
_KEEP_HYPHEN_LEFT = frozenset(
    """non self ex well ill good full long short high low large small anti cross half all mid vice
    one two three four five six seven eight nine ten first second third state world free fast
    кое""".split()
)
# ... and so do Russian particles on the right ("кто-\nто")
_KEEP_HYPHEN_RIGHT = frozenset("то либо нибудь таки ка де".split())
_HYPHEN_PREFIXES = frozenset("re pre co de un inter intra over under counter post semi multi pan".split())
_RU_COMPOUND_STEMS = ("ско", "цко", "ческо", "ично", "ально", "ево", "ово")
# English word endings that syllable hyphenation rarely leaves on both sides of a break
_WORD_ENDINGS = ("al", "ic", "ive", "ous", "ary", "ent", "ant", "ed", "ing", "ion", "ions", "ist", "ern", "ese",
                 "ian", "ish", "ism", "ity", "ical")
_HYPHEN_WINDOW = 6_000  # look for the same word, hyphenated or not, this far around


# ============================================================================================ abbreviations

# never the end of a sentence (compared lowercased, without the final dot)
_NOBREAK = frozenset(
    """mr mrs ms messrs dr prof st mt ft no nos vol vols pp p pg fig figs vs v cf ca approx gen col lt maj
    capt sgt sen rep gov pres amb hon rev jr sr ch para viz al jan feb mar apr jun jul aug sep sept
    oct nov dec e.g i.e et al ed eds op ibid resp
    г гг т им ст ул д кв см стр рис тел проф акад ген обл р-н пос с ж жж ғ ғғ б бб н тт напр пр ред
    т.е т.к т.н т.ч т.о т.ж ж.б и.о в вв ок ср рр""".split()
)
# end a sentence only when an uppercase letter follows ("$2 млрд. Считаю" / "200 млн. долл.")
_AMBIGUOUS = frozenset(
    """млрд млн тыс трлн долл руб тг mln bln bn m tn etc т.б т.с.с т.д т.п др inc ltd co corp plc""".split()
)
# end a sentence only before a typical sentence opener ("the U.S. The" but "U.S. President")
_STARTERS = frozenset(
    """The This That These Those It Its In On At As He She They We I But However A An Also Meanwhile
    Moreover Thus Therefore And After Before When While Since During Today Now There His Her Their Our
    According For Both Such Yet So""".split()
)
_INITIALS = re.compile(r"^(?:[^\W\d_]{1,2}\.)+[^\W\d_]{1,2}$")
_ROMAN = re.compile(r"^[IVXLC]+$")


def _token_before(text: str, i: int, lo: int) -> tuple[str, int]:
    """The whitespace-delimited token ending at ``i`` (exclusive), not before ``lo``; and its start."""
    k = text.rfind(" ", lo, i) + 1
    if k <= 0:
        k = max(lo, text.rfind("\n", lo, i) + 1)
    k = max(k, lo)
    tok = text[k:i]
    j = 0
    while j < len(tok) and tok[j] in _OPENERS:
        j += 1
    return tok[j:], k + j


def _is_abbreviation_end(token: str, next_text: str) -> bool:
    """True when ``token`` + "." is an abbreviation/initial that does NOT end a sentence before
    ``next_text`` (the text after the following whitespace)."""
    if not token:
        return False
    low = token.lower()
    if len(token) == 1:
        return token.isalpha()  # initial "N." / "ж."
    if low in _NOBREAK:
        return True
    nxt = next_text[:1]
    if low in _AMBIGUOUS:
        if not nxt or not nxt.isupper():
            return True
        word = next_text.split(" ", 1)[0]
        return len(word) <= 4 and word.isupper()  # "mln. USD"
    if "." in token and _INITIALS.match(token):
        if token[-1].isupper() or token.isupper():  # "U.S", "Н.Ә", "A.M"
            word = next_text.split(" ", 1)[0].rstrip(",")
            return word not in _STARTERS
        return True  # "e.g", "т.е" and other dotted lowercase abbreviations
    return False


# ============================================================================================ prepare

def _non_ascii_ranges(text: str, chunk: int = 4096) -> list[tuple[int, int]]:
    """Ranges of ``text`` (in whole chunks, merged) that contain non-ASCII characters."""
    if text.isascii():
        return []
    n = len(text)
    if n <= chunk:
        return [(0, n)]
    out: list[tuple[int, int]] = []
    for a in range(0, n, chunk):
        b = min(n, a + chunk)
        if not text[a:b].isascii():
            if out and out[-1][1] == a:
                out[-1] = (out[-1][0], b)
            else:
                out.append((a, b))
    return out


def _apply_one_to_one(text: str) -> tuple[str, list[int]]:
    """1:1 replacements; returns the new text and positions of characters to delete."""
    found = set()
    deletions = []
    for a, b in _non_ascii_ranges(text):
        for m in _SPECIAL.finditer(text, a, b):
            c = m.group()
            if c in _DELETE:
                deletions.append(m.start())
            else:
                found.add(c)
    for c in found:
        text = text.replace(c, _ONE_TO_ONE[c])
    return text, deletions


def _whitespace_runs(text: str) -> list[tuple[int, int, int]]:
    """Whitespace runs that need editing: ``(start, end, newlines)``, sorted, not overlapping."""
    ws = _WS
    runs = [(a, b, 1 if b - a == 1 else text.count("\n", a, b)) for a, b in map(_span, _NL_RUN.finditer(text))]
    # whitespace before a line break belongs to its run
    need = [m.start() + 1 for pat in _BEFORE_NL for m in pat.finditer(text)]
    if need:
        index = {r[0]: k for k, r in enumerate(runs)}
        for p in need:
            k = index.get(p)
            if k is not None:
                a, b, nl = runs[k]
                while a > 0 and text[a - 1] in ws:
                    a -= 1
                runs[k] = (a, b, nl)
    has_cr = "\r" in text
    other = []
    for pat, present in ((_SPACE_RUN, "  " in text), (_TAB_RUN, "\t" in text), (_CR_RUN, has_cr)):
        if present:
            other.extend((m.start(), m.end()) for m in pat.finditer(text))
    if has_cr:  # CRLF is one line break; a lone CR (old Mac files) is one too
        runs = [(a, b, nl + text.count("\r", a, b) - text.count("\r\n", a, b)) for a, b, nl in runs]
    if other:
        other.sort()
        merged = []
        k = 0
        last = -1
        for a, b in other:
            if a < last:
                continue
            while k < len(runs) and runs[k][1] <= a:
                merged.append(runs[k])
                k += 1
            if k < len(runs) and runs[k][0] <= a:
                continue  # inside a newline run
            while a > 0 and text[a - 1] in ws:
                a -= 1
            b = _WS_FWD.match(text, b).end()
            if text.count("\n", a, b):
                continue  # part of a run found by the newline scan
            nl = text.count("\r", a, b) if has_cr else 0  # lone CRs: old Mac line breaks
            merged.append((a, b, nl))
            last = b
        merged.extend(runs[k:])
        runs = merged
    # single spaces at the very start or end
    n = len(text)
    if n and text[0] in ws and not (runs and runs[0][0] == 0):
        b = _WS_FWD.match(text, 0).end()
        if runs and runs[0][0] <= b:
            runs[0] = (0,) + runs[0][1:]
        else:
            runs.insert(0, (0, b, 0))
    if n and text[-1] in ws and not (runs and runs[-1][1] == n):
        a = n
        while a > 0 and text[a - 1] in ws:
            a -= 1
        runs.append((a, n, 0))
    return runs


@dataclass(slots=True)
class _Layout:
    unit: int  # newlines that make one line break (2 in double-spaced documents)
    wrapped: bool  # hard-wrapped lines (a line break is usually inside a sentence)
    width: int  # typical line width of a wrapped document


_FLAT = _Layout(1, False, 0)
_LAYOUT_LINES = 150  # the layout is judged on windows of this many lines (documents mix formats)


_LINE_END_TERMINAL = frozenset(_TERMINALS + ":;")


def _layout(text: str, runs: list[tuple[int, int, int]], prev: int) -> _Layout:
    n = len(text)
    starts = [prev] + [r[1] for r in runs[:-1]]
    lines = [(s, a, b) for s, (a, b, _) in zip(starts, runs) if a > s]
    if not lines:
        return _FLAT
    lengths = [a - s for s, a, _ in lines]
    term = _LINE_END_TERMINAL
    ends = [
        text[a - 1] in term or (text[a - 1] in _CLOSERS and a >= 2 and text[a - 2] in _TERMINALS)
        for _, a, _ in lines
    ]
    terminal = sum(ends)
    open_ends = [(a, b) for (_, a, b), t in zip(lines, ends) if not t and b < n]
    breaks = len(open_ends)
    cont = sum(1 for a, b in open_ends if text[b].islower() or text[a - 1] in "-,")
    nls = [r[2] for r in runs]
    ones = nls.count(1)
    twos = nls.count(2)
    if len(lengths) < 6:
        wrapped = breaks >= 2 and cont >= 0.6 * breaks and terminal < 0.5 * len(lengths)
        width = max(lengths)
    else:
        lengths.sort()
        width = lengths[int(len(lengths) * 0.9)]
        median = lengths[len(lengths) // 2]
        wrapped = terminal < 0.5 * len(lengths) and (
            (40 <= width <= 140 and median >= 0.45 * width) or cont >= 0.4 * len(lengths)
        )
    unit = 2 if wrapped and twos > 0.6 * (ones + twos) else 1
    return _Layout(unit, wrapped, width)


def _layouts(text: str, runs: list[tuple[int, int, int]]) -> list[tuple[int, _Layout]]:
    """``[(first run index after the window, layout), ...]`` covering all runs."""
    idx = [k for k, r in enumerate(runs) if r[2]]
    if not idx:
        return [(len(runs), _FLAT)]
    cuts = list(range(0, len(idx), _LAYOUT_LINES))
    if len(cuts) > 1 and len(idx) - cuts[-1] < _LAYOUT_LINES // 3:
        cuts.pop()
    out = []
    prev = 0
    for n, c in enumerate(cuts):
        stop = cuts[n + 1] if n + 1 < len(cuts) else len(idx)
        window = [runs[k] for k in idx[c:stop]]
        layout = _layout(text, window, prev)
        prev = window[-1][1]
        out.append((idx[stop - 1] + 1 if stop < len(idx) else len(runs), layout))
    return out


def _word_left(text: str, i: int) -> int:
    """Start of the run of letters ending at ``i``."""
    j = i
    lo = max(0, i - 60)
    while j > lo and text[j - 1].isalpha():
        j -= 1
    return j


def _word_right(text: str, i: int) -> int:
    j = i
    hi = min(len(text), i + 60)
    while j < hi and text[j].isalpha():
        j += 1
    return j


def _join_hyphenated(text: str, hyphen: int, b: int) -> bool:
    """Line ends with a hyphen at ``hyphen`` (a letter before it), next line starts with a letter at ``b``.
    True: drop the hyphen ("Kazakh-stani" -> "Kazakhstani"); False: keep it ("Kazakh-Russian")."""
    if not text[b].islower():
        return False
    ls = _word_left(text, hyphen)
    left = text[ls:hyphen]
    right = text[b:_word_right(text, b)]
    if not left or not right:
        return False
    if ls > 0 and text[ls - 1] == "-":  # "stage-by-\nstage", "well-to-\ndo"
        return False
    ll, rl = left.lower(), right.lower()
    if ll in _KEEP_HYPHEN_LEFT or rl in _KEEP_HYPHEN_RIGHT:
        return False
    if left.isupper() and len(left) > 1:  # acronym: "ЕАЭС-овский", "OSCE-led"
        return False
    lo = max(0, hyphen - _HYPHEN_WINDOW)
    hi = min(len(text), b + _HYPHEN_WINDOW)
    if text.find(f"{left}-{right}", lo, hi) >= 0 or text.find(f"{ll}-{rl}", lo, hi) >= 0:
        return False
    if text.find(left + right, lo, hi) >= 0 or text.find(ll + rl, lo, hi) >= 0:
        return True
    if len(rl) > 2 and _has_word(text, rl, lo, hi, b) and (ll in _HYPHEN_PREFIXES or _has_word(text, ll, lo, hi, ls)):
        return False  # two words of the document: "industrial-\nfinancial", "re-\nexport"
    if len(ll) > 2 and rl.endswith(("ing", "ed", "ized", "oriented")) and _has_word(text, ll, lo, hi, ls):
        return False  # "energy-\nconsuming", "export-\noriented"
    if len(ll) >= 5 and len(rl) >= 5 and ll.endswith(_WORD_ENDINGS) and rl.endswith(_WORD_ENDINGS):
        return False  # two complete words: "industrial-\nfinancial", "political-\neconomic"
    if ll.endswith(_RU_COMPOUND_STEMS):
        return False  # "российско-\nказахстанский"
    if _KK_SPECIFIC.intersection(left) or _KK_SPECIFIC.intersection(right):
        return False  # Kazakh paired words ("қарым-қатынас", "келісім-шарт") are far more common
    return True


def _has_word(text: str, word: str, lo: int, hi: int, skip: int) -> bool:
    """Does ``word`` occur as a whole word (any case of its first letter) in ``text[lo:hi]``, other than
    at ``skip``?"""
    n = len(text)
    for w in {word, word[:1].upper() + word[1:]}:
        pos = text.find(w, lo, hi)
        tries = 0
        while pos >= 0 and tries < 20:
            end = pos + len(w)
            if pos != skip and (pos == 0 or not text[pos - 1].isalpha()) and (end >= n or not text[end].isalpha()):
                if pos == 0 or text[pos - 1] != "-":
                    return True
            pos = text.find(w, end, hi)
            tries += 1
    return False


def _starts_unit(c: str) -> bool:
    """Can a line starting with ``c`` begin a new paragraph?"""
    return c.isupper() or c.isdigit() or c in _OPENERS or c in _BULLETS


def _line_break(text: str, a: int, b: int, line_start: int, layout: _Layout):
    """Decide a single line break (whitespace run ``[a, b)`` with one line break in it).

    Returns ``(edit_start, replacement)``."""
    pc = text[a - 1]
    nc = text[b]
    # words hyphenated across the line break
    if pc == "-" and a >= 2 and text[a - 2].isalnum():
        if nc.isalpha() and text[a - 2].isalpha():
            if _join_hyphenated(text, a - 1, b):
                return a - 1, ""
            return a, ""
        if nc.isalnum():  # "1990-\n1995"
            return a, ""
    if nc in ",;)]}»" or (nc == "." and not text.startswith("..", b)):
        return a, " "
    terminal = pc in _TERMINALS or (pc in _CLOSERS and a >= 2 and text[a - 2] in _TERMINALS)
    if terminal and pc == ".":
        token, _ = _token_before(text, a - 1, line_start)
        if _is_abbreviation_end(token, text[b:b + 40]):
            return a, " "  # "Н.А.\nНазарбаевтың", "1997 ж.\n10 наурызда"
    if not layout.wrapped:
        # each line is a paragraph (or a sentence without its full stop), unless the next line obviously
        # continues it
        if terminal:
            return a, PARA
        if nc.islower() or pc in ",-(":
            return a, " "
        return a, PARA
    # hard-wrapped text
    if nc.islower():
        return a, " "
    if (terminal or pc in ":;") and _starts_unit(nc):
        return a, PARA
    if nc in _BULLETS and b + 1 < len(text) and text[b + 1] == " ":
        return a, PARA
    if (a - line_start) < 0.6 * layout.width and _starts_unit(nc):
        return a, PARA  # a heading or the short last line of a paragraph
    return a, " "


def _edits(text: str, deletions: list[int], fast: bool) -> list[tuple[int, int, str]]:
    """Edits ``(start, end, replacement)`` to turn ``text`` into the clean text, sorted.

    With ``fast``, one-character whitespace runs that become a space are left out: the caller replaces the
    remaining newlines, tabs and CRs by spaces at the end (paragraph breaks are inserted as NULs then)."""
    n = len(text)
    runs = _whitespace_runs(text)
    layouts = _layouts(text, runs)
    edits: list[tuple[int, int, str]] = []
    append = edits.append
    line_start = 0
    k = 0
    for stop, layout in layouts:
        unit = layout.unit
        for k in range(k, stop):
            a, b, nl = runs[k]
            if a == 0 or b == n:
                append((a, b, ""))
            elif nl == 0:
                if b - a > 1 or (text[a] != " " and not fast):
                    append((a, b, " "))
            else:
                if nl > unit and not (
                    # a blank line inside a sentence (page break): "full-\n\nblooded", "the\n\ntreaty"
                    nl <= unit + 2
                    and (
                        (text[b].islower() and text[a - 1] not in _TERMINALS)
                        or (text[a - 1] == "-" and text[a - 2].isalpha() and text[b].isalpha())
                    )
                ):
                    append((a, b, PARA))
                else:
                    s, rep = _line_break(text, a, b, line_start, layout)
                    if not (fast and rep == " " and b - s == 1):
                        append((s, b, rep))
                line_start = b
        k = stop
    # OCR noise: "Kazakhstan!-Russian", "Kazakhstan! and Russian", "Kazakh!stan"
    if "!" in text:
        for m in _BANG.finditer(text):
            p = m.start()
            if p == 0 or p + 2 >= n or not text[p - 1].isalpha():
                continue
            c1, c2 = text[p + 1], text[p + 2]
            if (c1 == "-" and c2.isalpha()) or (c1.islower() and text[p - 1].islower()) or (
                c1 == " " and "a" <= c2 <= "z" and text[p - 1].isascii()
            ):
                edits.append((p, p + 1, ""))
    for p in deletions:
        edits.append((p, p + 1, ""))
    # a Cyrillic heading run into the next sentence: "...ынтымақтастықҚазақстан мен..."
    for lo, hi in _non_ascii_ranges(text):
        for m in _GLUE.finditer(text, max(0, lo - 1), hi):
            p = m.start() + 1
            if p >= 5 and p + 1 < n and text[p + 1] in _CYR_LOWER_SET and _CYR_LOWER_SET.issuperset(text[p - 4:p]):
                edits.append((p, p, PARA))
    edits.sort()
    return edits


def prepare(original: str) -> Prepared:
    """Clean ``original`` for the extractors (see the module docstring); split paragraphs and detect their
    language."""
    text, deletions = _apply_one_to_one(original)
    n = len(text)
    fast = "\x00" not in text
    edits = _edits(text, deletions, fast)
    if edits and any(a < b for (a, _, _), (_, b, _) in zip(edits[1:], edits)):
        edits = _without_overlaps(edits)
    if edits:
        starts, ends, reps = zip(*edits)
    else:
        starts = ends = reps = ()
    seg_orig = (0,) + ends
    segs = [text[o:e] for o, e in zip(seg_orig, starts + (n,))]
    out: list = [None] * (2 * len(edits) + 1)
    out[0::2] = segs
    out[1::2] = [("\x00" if fast else PARA) if r is PARA else r for r in reps]
    clean_starts = list(accumulate(map(len, out), initial=0))
    clen = clean_starts.pop()
    orig_starts: list = [None] * len(out)
    orig_starts[0::2] = seg_orig
    orig_starts[1::2] = starts
    clean = "".join(out)
    if fast:
        clean = clean.replace("\n", " ")
        if "\t" in clean:
            clean = clean.replace("\t", " ")
        if "\r" in clean:
            clean = clean.replace("\r", " ")
        clean = clean.replace("\x00", PARA)
    to_orig = OffsetMap(array("i", clean_starts), array("i", orig_starts), clen, len(original))

    breaks = [c for c, r in zip(clean_starts[1::2], reps) if r is PARA]
    spans = []
    start = 0
    for br in breaks + [clen]:
        if br > start:
            a, b = start, br
            if clean[a] == " " or clean[b - 1] == " ":  # only after deleted characters (soft hyphens)
                while a < b and clean[a] == " ":
                    a += 1
                while b > a and clean[b - 1] == " ":
                    b -= 1
            if b > a:
                spans.append((a, b))
        start = br + 1
    paragraphs, language = _paragraph_languages(clean, spans)
    return Prepared(original=original, clean=clean, to_orig=to_orig, paragraphs=paragraphs, language=language)


def _without_overlaps(edits: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    out = []
    cur = 0
    for a, b, rep in edits:
        if a < cur:
            if b <= cur:
                continue
            a = cur
        out.append((a, b, rep))
        cur = b
    return out


# ============================================================================================ language

# English function words that German, French and Turkish do not share
_EN_STOP = frozenset(
    """the of and to is that for with were are be been this which it its from or has have had not but their
    his they he she we would between into more than other such these those after about over two who there
    can may all""".split()
)
_ASCII_NONLETTERS = bytes(b for b in range(128) if not (65 <= b <= 90 or 97 <= b <= 122))
_SAMPLE = 600

_detector = None


def _lingua(text: str) -> str | None:
    global _detector
    if _detector is None:
        try:
            from lingua import Language, LanguageDetectorBuilder
        except ImportError:  # pragma: no cover - lingua is a dependency
            _detector = False
            return None
        _detector = LanguageDetectorBuilder.from_languages(
            Language.ENGLISH, Language.RUSSIAN, Language.KAZAKH, Language.UKRAINIAN,
            Language.GERMAN, Language.FRENCH, Language.TURKISH,
        ).with_low_accuracy_mode().build()  # trigram models only: loads in ~0.1 s instead of ~1.5 s per language
    if _detector is False:
        return None
    lang = _detector.detect_language_of(text)
    return lang.iso_code_639_1.name.lower() if lang is not None else None


_NOT_ASCII_LETTER = bytes(b for b in range(256) if not (65 <= b <= 90 or 97 <= b <= 122))
# UTF-8 of the letters that tell Kazakh and Ukrainian from Russian
_KK_BYTES = [c.encode() for c in "әғқңөұүһӘҒҚҢӨҰҮҺ"]
_UK_BYTES = [c.encode() for c in "їєґЇЄҐ"]
_LATIN_WORD = re.compile(r"[a-z]+")


def _letters_estimate(sample: str) -> tuple[int, int]:
    """(Latin letters, Cyrillic letters) in ``sample``."""
    data = sample.encode()
    latin = len(data.translate(None, _NOT_ASCII_LETTER))
    cyr = data.count(b"\xd0") + data.count(b"\xd1") + data.count(b"\xd2") + data.count(b"\xd3")
    return latin, cyr


def _looks_english(sample: str) -> bool:
    """Cheap test for ASCII text: English function words that German, French or Turkish do not use."""
    return " the " in sample or " of " in sample or " and " in sample or "The " in sample or " to " in sample


def _detect(sample: str, latin: int, cyr: int, data: bytes | None = None, ext: int = -1) -> str:
    """Language of ``sample`` given its Latin and Cyrillic letter counts (``data``: its UTF-8, ``ext``: the
    number of Cyrillic letters outside the Russian alphabet, i.e. UTF-8 lead bytes D2/D3)."""
    if latin == 0 and cyr == 0:
        return "und"
    if latin >= cyr:
        if cyr == 0 and sample.isascii() and _looks_english(sample):
            return "en"
        if cyr < 0.05 * latin:
            words = _LATIN_WORD.findall(sample.lower())
            if words and sum(map(_EN_STOP.__contains__, words)) >= 0.12 * len(words):
                return "en"
            if len(words) < 8:
                return "en"  # names, references, numbers: not enough for the detector
        return _lingua(sample) or "en"
    if data is None:
        data = sample.encode()
    if ext < 0:
        ext = data.count(b"\xd2") + data.count(b"\xd3")
    i = data.count(b"\xd1\x96") + data.count(b"\xd0\x86")  # і І
    if ext:
        uk = sum(map(data.count, _UK_BYTES))
        kk = ext - data.count(b"\xd2\x90") - data.count(b"\xd2\x91")  # minus Ґ ґ
    else:
        kk = 0
        uk = data.count(b"\xd1\x97") + data.count(b"\xd1\x94") if i else 0  # ї є
    if uk and not kk:
        return "uk"
    if kk:
        if kk + i >= 0.03 * cyr:
            return "kk"
        # a few Kazakh letters in Russian text ("Нұр-Сұлтан") -- let the detector decide
        return _lingua(sample) or ("kk" if kk + i >= 0.015 * cyr else "ru")
    if i:
        if i >= 0.02 * cyr:
            return "uk"
        return _lingua(sample) or "ru"
    return "ru"


def _detect_short(text: str) -> str:
    """Cyrillic text too short for statistics: Kazakh or Ukrainian letters decide, else Russian."""
    data = text.encode()
    kk = sum(map(data.count, _KK_BYTES))
    uk = sum(map(data.count, _UK_BYTES))
    if kk > uk:
        return "kk"
    if uk:
        return "uk"
    return "ru"


def detect_language(text: str) -> str:
    """ISO 639-1 code of ``text`` ("en", "ru", "kk", "uk", "de", "fr", "tr"), "und" without letters.

    Script heuristics first; lingua (EN, RU, KK, UK, DE, FR, TR) only for the ambiguous cases."""
    sample = _sample(text, 0, len(text))
    latin, cyr = _letters_estimate(sample)
    return _detect(sample, latin, cyr)


def _sample(text: str, start: int, end: int) -> str:
    if end - start <= _SAMPLE:
        return text[start:end]
    half = _SAMPLE // 2
    mid = start + (end - start) // 2
    return text[start:start + half] + " " + text[mid:mid + half]


_LATIN_LANGS = frozenset({"en", "de", "fr", "tr"})


def _script(lang: str | None) -> str:
    if lang is None or lang == "und":
        return ""
    return "latin" if lang in _LATIN_LANGS else "cyrillic"


def _paragraph_languages(clean: str, spans: list[tuple[int, int]]) -> tuple[list[Paragraph], str]:
    langs: list[str | None] = []
    weights: list[int] = []
    own: dict[int, str] = {}  # script-level guess for short paragraphs
    half = _SAMPLE // 2
    nonletters = _ASCII_NONLETTERS
    for a, b in spans:
        size = b - a
        if size <= _SAMPLE:
            sample = clean[a:b]
        else:
            mid = a + size // 2
            sample = clean[a:a + half] + " " + clean[mid:mid + half]
        if sample.isascii():
            latin = len(sample.encode().translate(None, nonletters))
            cyr = ext = 0
            data = None
        else:
            data = sample.encode()
            latin = len(data.translate(None, _NOT_ASCII_LETTER))
            ext = data.count(b"\xd2") + data.count(b"\xd3")
            cyr = data.count(b"\xd0") + data.count(b"\xd1") + ext
        letters = latin + cyr
        if len(sample) < size:
            letters = letters * size // len(sample)
        weights.append(letters)
        if letters >= SHORT_PARAGRAPH:
            langs.append("en" if data is None and _looks_english(sample) else _detect(sample, latin, cyr, data, ext))
        else:
            if latin >= 4 * cyr and latin:
                own[len(langs)] = "en"
            elif cyr >= 4 * latin and cyr:
                own[len(langs)] = "ru"
            langs.append(None)
    # short paragraphs take the language of the previous paragraph (or else the next one) when it is
    # written in the same script
    if own or None in langs:
        if all(lang is None for lang in langs):
            whole = detect_language(clean)
            langs = [whole] * len(langs)
        else:
            nxt = None
            following: list[str | None] = [None] * len(langs)
            for k in range(len(langs) - 1, -1, -1):
                following[k] = nxt
                if langs[k] is not None:
                    nxt = langs[k]
            prev = None
            for k, lang in enumerate(langs):
                if lang is not None:
                    prev = lang
                    continue
                guess = own.get(k)
                if guess is None:
                    langs[k] = prev or following[k]
                    continue
                for cand in (prev, following[k]):
                    if cand is not None and _script(cand) == _script(guess):
                        langs[k] = cand
                        break
                else:  # too short for the detector: the script decides
                    a, b = spans[k]
                    langs[k] = _detect_short(clean[a:b]) if guess == "ru" else "en"
    totals: dict[str, int] = {}
    for lang, w in zip(langs, weights):
        totals[lang] = totals.get(lang, 0) + w
    language = max(totals, key=totals.get) if totals else "und"
    if language == "und" and len(totals) > 1:
        language = max((k for k in totals if k != "und"), key=totals.get)
    paragraphs = [Paragraph(a, b, lang) for (a, b), lang in zip(spans, langs)]
    return paragraphs, language


# ============================================================================================ sentences

_UPPER = "A-Z\u00c0-\u00de" + "А-ЯЁӘҒҚҢӨҰҮҺІЇЄҐЎ"
_LOWER = "a-z\u00df-\u00ff" + "а-яёәғқңөұүһіїєґў"
_PUNCT_TAIL = r"[.!?\u2026\"')\]}»›]*"
# terminal punctuation followed by whitespace; each pattern starts with a literal (fast scanning)
_STARTS = f"[{_UPPER}0-9\"'(\\[{{«‹•·▪●◦‣∙*\\-]"  # what a sentence may start with
_SENT_ENDS = [
    (ch, re.compile(re.escape(ch) + "(" + _PUNCT_TAIL + ")[ \t\r\n]+(?=" + _STARTS + ")")) for ch in ".!?\u2026"
]
_GLUED_END = re.compile(f"\\.(?=[{_UPPER}][{_LOWER}])")
_LINE_BREAK = re.compile(r"\n[ \t\r\n]*")


def _paragraph_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans = []
    a = start
    for m in _LINE_BREAK.finditer(text, start, end):
        spans.append((a, m.start()))
        a = m.end()
    spans.append((a, end))
    return spans


def _candidates(text: str, start: int, end: int) -> list[tuple[int, int, int]]:
    """Possible sentence ends ``(punctuation start, sentence end, next sentence start)``, sorted."""
    cands = [(m.start(), m.end(1), m.end()) for m in _SENT_ENDS[0][1].finditer(text, start, end)]
    extra = []
    for ch, pat in _SENT_ENDS[1:]:
        if text.find(ch, start, end) >= 0:
            extra.extend((m.start(), m.end(1), m.end()) for m in pat.finditer(text, start, end))
    for m in _GLUED_END.finditer(text, start, end):
        i = m.start()
        # "факторы.Осыған" but not "U.S.A", "Н.Ә.Назарбаев", "S.Asfendiyarov"
        c = text[i - 1] if i else ""
        if (c.islower() and text[i - 2].islower()) or (c and c in " )»\"'"):
            extra.append((i, i + 1, i + 1))
    if extra:
        cands.extend(extra)
        cands.sort()
        seen = set()
        unique = []
        for cand in cands:  # "?!" is found by two patterns: keep the first
            if cand[2] not in seen:
                seen.add(cand[2])
                unique.append(cand)
        cands = unique
    return cands


def _is_boundary(text: str, i: int, j: int, k: int, ps: int) -> bool:
    """Does the punctuation ``text[i:j]`` (followed by whitespace up to ``k``, then a possible sentence
    start) end a sentence?"""
    if j == k:  # glued, checked by the pattern
        return True
    if text[i] != "." or (j > i + 1 and text[i + 1] in _TERMINALS):  # "!", "?", "…", "..."
        return True
    if i > ps and text[i - 1] in _CLOSERS:  # 'said "no".' / "(2-111). Next"
        return True
    token, tstart = _token_before(text, i, ps)
    if not token:
        return True
    if _is_abbreviation_end(token, text[k:k + 40]):
        return False
    if token[-1].isdigit() or token[-1] in "IVXLC":
        if (token.isdigit() or _ROMAN.match(token) or token.replace(".", "").isdigit()) and (
            tstart == ps and len(token) <= 8  # numbered item / heading "1.", "1.1.", "II."
        ):
            return False
    return True


def sentences(prepared_or_text, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` in the clean text of a :class:`Prepared` (or in a plain string).

    Sentences never cross paragraphs (in a plain string: line breaks, as in clean text) and are at most
    :data:`MAX_SENTENCE` characters long.  With ``start``/``end``, the sentences overlapping that window,
    clipped to it.  For a :class:`Prepared` the document's sentences are computed once and cached."""
    if isinstance(prepared_or_text, Prepared):
        prep = prepared_or_text
        n = len(prep.clean)
        end = n if end is None else max(0, min(end, n))
        start = max(0, min(start, end))
        full = prep._cache.get("sentences")
        if full is None:
            full = _sentences(prep.clean, [(p.start, p.end) for p in prep.paragraphs], 0, n)
            prep._cache["sentences"] = full
            prep._cache["sentence starts"] = [s for s, _ in full]
        if start == 0 and end == n:
            return list(full)
        clean = prep.clean
        k = bisect.bisect_right(prep._cache["sentence starts"], start) - 1
        if k < 0 or full[k][1] <= start:
            k += 1
        out = []
        while k < len(full) and full[k][0] < end:
            s, e = full[k]
            if s < start or e > end:
                s, e = max(s, start), min(e, end)
                while s < e and clean[s].isspace():
                    s += 1
                while e > s and clean[e - 1].isspace():
                    e -= 1
            if s < e:
                out.append((s, e))
            k += 1
        return out
    text = prepared_or_text
    n = len(text)
    end = n if end is None else max(0, min(end, n))
    start = max(0, min(start, end))
    return _sentences(text, _paragraph_spans(text, start, end), start, end)


def _sentences(text: str, paras: list[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    cands = _candidates(text, start, end)
    nc_ = len(cands)
    ci = 0
    result: list[tuple[int, int]] = []
    append = result.append
    emit = _emit
    for ps, pe in paras:
        while ci < nc_ and cands[ci][0] < ps:
            ci += 1
        s = ps
        while ci < nc_ and cands[ci][0] < pe:
            i, j, k = cands[ci]
            ci += 1
            if k >= pe or i < s:
                continue
            if j == i + 1 and text[i] == ".":
                # the common case first: an ordinary lowercase word before the full stop
                t0 = text.rfind(" ", ps, i) + 1
                tok = text[t0 if t0 > ps else ps:i]
                if not (len(tok) > 3 and tok.isalpha() and tok.islower() and tok not in _NOBREAK
                        and tok not in _AMBIGUOUS) and not _is_boundary(text, i, j, k, ps):
                    continue
            elif not _is_boundary(text, i, j, k, ps):
                continue
            if j - s <= MAX_SENTENCE and not text[s].isspace():
                append((s, j))
            else:
                emit(text, s, j, result)
            s = k
        if s < pe and pe - s <= MAX_SENTENCE and not text[s].isspace() and not text[pe - 1].isspace():
            append((s, pe))
        else:
            emit(text, s, pe, result)
    return result


def _emit(text: str, s: int, e: int, out: list[tuple[int, int]]) -> None:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if s >= e:
        return
    if e - s <= MAX_SENTENCE:
        out.append((s, e))
        return
    cut = _long_cut(text, s, e)
    _emit(text, s, cut, out)
    _emit(text, cut, e, out)


def _long_cut(text: str, s: int, e: int) -> int:
    """Where to split an over-long sentence: after the ";" nearest the middle, else after the ", " nearest
    the middle, else at the space nearest the middle."""
    mid = (s + e) // 2
    lo = s + (e - s) // 5
    hi = e - (e - s) // 5
    for sep in ("; ", ", ", " "):
        left = text.rfind(sep, lo, mid + 1)
        right = text.find(sep, mid, hi)
        best = None
        for pos in (left, right):
            if pos >= 0 and (best is None or abs(pos - mid) < abs(best - mid)):
                best = pos
        if best is not None:
            return best + len(sep) - 1 if sep != " " else best + 1
    return mid
