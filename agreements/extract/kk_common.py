"""What the Kazakh extractors (agreements, meetings, trade figures, regional partnerships) share: text units,
dates resolved in context, entities by role, the document's main partner.

A *unit* is a Kazakh sentence, or two when the segmenter cut a sentence after an initial or a year abbreviation
("... Президенті Н" + "Назарбаевтың ...", "1995ж." + "сәуірде ..."), which happens in texts whose lines were
broken by hand.
"""
from __future__ import annotations

import bisect
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from kzrel.pipeline.common import explicit_year, resolve
from kzrel.pipeline.mentions import DateMention, EntityMention

from .kk_morph import Token, tokenize

LANG = "kk"
MAX_CONTEXT_UNITS = 12  # how far back a date may be inherited (the narrative's "current" date)

# A sentence ending in an initial ("Президенті Н", "Н.Ә") or a year abbreviation ("1995ж.", "1992 ж.").
_BROKEN_END = re.compile(r"(?:(?:^|[\s.])[А-ЯӘІҢҒҮҰҚӨҺЁA-Z]\.?|\d{4}\s*ж\.?)\s*$")
_CONTINUATION_START = re.compile(r"^\s*(?:[А-ЯӘІҢҒҮҰҚӨҺЁA-Z][а-яәіңғүұқөһё]|\d|[а-яәіңғүұқөһё])")


@dataclass(slots=True)
class Unit:
    index: int
    start: int
    end: int
    text: str
    paragraph: int
    sentences: list
    dates: list[DateMention] = field(default_factory=list)
    money: list = field(default_factory=list)
    percents: list = field(default_factory=list)
    entities: list[EntityMention] = field(default_factory=list)
    _tokens: list[Token] | None = None
    _lower: str | None = None
    _starts: list[int] | None = None

    @property
    def tokens(self) -> list[Token]:
        """Word and punctuation tokens (made on first use: most units never need them)."""
        if self._tokens is None:
            self._tokens = tokenize(self.text, self.start, self.lower)
        return self._tokens

    def token_at(self, offset: int) -> int:
        """Index of the token that contains clean ``offset`` (or the next one)."""
        if self._starts is None:
            self._starts = [t.start for t in self.tokens]
        i = bisect.bisect_right(self._starts, offset) - 1
        return max(i, 0)

    @property
    def lower(self) -> str:
        if self._lower is None:
            self._lower = self.text.lower()
        return self._lower


_GLUED_HINT = re.compile(r"[.!?]\d{4}")
_GLUED_STOP = re.compile(r"(?<=[^\W\d_]{3})[.!?](?=\d{4}\s*ж)")


class _Piece:
    __slots__ = ("start", "end", "text", "paragraph", "sentence")

    def __init__(self, start, end, text, paragraph, sentence):
        self.start, self.end, self.text, self.paragraph, self.sentence = start, end, text, paragraph, sentence


def _pieces(doc) -> list:
    """Kazakh sentences, split once more where a full stop is glued to a year ("...деді.1997 ж. 10 наурызда")."""
    out = []
    for s in doc.sentences:
        if s.language != LANG:
            out.append(None)
            continue
        pos = 0
        if not _GLUED_HINT.search(s.text):  # cheap test first: the look-behind is slow on every sentence
            out.append(_Piece(s.start, s.end, s.text, s.paragraph, s))
            continue
        for m in _GLUED_STOP.finditer(s.text):
            out.append(_Piece(s.start + pos, s.start + m.end(), s.text[pos:m.end()], s.paragraph, s))
            pos = m.end()
        out.append(_Piece(s.start + pos, s.end, s.text[pos:], s.paragraph, s))
    return out


def units(doc) -> list[Unit]:
    """The Kazakh units of a document (cached on it)."""
    cached = getattr(doc, "_kk_units", None)
    if cached is not None:
        return cached
    out: list[Unit] = []
    group: list = []

    def flush():
        if not group:
            return
        start, end = group[0].start, group[-1].end
        sentences = list({p.sentence.index: p.sentence for p in group}.values())
        u = Unit(len(out), start, end, doc.clean[start:end], group[0].paragraph, sentences)
        for s in sentences:
            u.dates += [m for m in s.dates if start <= m.start < end]
            u.money += [m for m in s.money if start <= m.start < end]
            u.percents += [m for m in s.percents if start <= m.start < end]
            u.entities += [e for e in s.entities if start <= e.start < end
                           and not _common_word(doc.clean[e.start:e.end], e)
                           and not _in_money(e, s.money)]
        out.append(u)
        group.clear()

    for p in _pieces(doc):
        if p is None:
            flush()
            continue
        if group and not (_BROKEN_END.search(group[-1].text[-14:]) and _CONTINUATION_START.match(p.text)):
            flush()
        group.append(p)
    flush()
    try:
        doc._kk_units = out
    except AttributeError:  # pragma: no cover - slotted document
        pass
    return out


def _in_money(e: EntityMention, money) -> bool:
    """A country inside an amount ("АҚШ долларын" = US dollars) is a currency, not a party."""
    return e.kind == "country" and any(m.start <= e.start and e.end <= m.end for m in money)


def _common_word(surface: str, e: EntityMention) -> bool:
    """A country "adjective" that is really a common Kazakh word ("сауда" = trade is not Saudi)."""
    if e.kind != "country" or e.form != "adjective":
        return False
    from .kk_titles import lookup_word
    found = lookup_word(surface.lower())
    return bool(found and found[1] != "X" and len(found[0]) >= len(surface) - 3)


# ============================================================================================ dates
@dataclass(slots=True)
class When:
    """A date mention resolved to ISO values."""
    mention: DateMention
    value: str
    end_value: str | None
    precision: str
    resolved: bool  # a year was supplied from context

    @property
    def start(self) -> int:
        return self.mention.start

    @property
    def end(self) -> int:
        return self.mention.end


_PERIOD_AFTER = re.compile(r"^\s*(?:-\s*(?:ші|шы)\s*)?(?:жыл(?:дар)?(?:ға|ғы)?\s+)?арналған")
_BASE_AFTER = re.compile(r"^\s*(?:-\s*(?:ші|шы)\s*)?(?:жыл(?:мен|ға|дан|ы|ғы)?\s+)?(?:салыстырғанда|қарағанда)"
                         r"|^\s*(?:-\s*(?:ші|шы)\s*)?жыл(?:мен|дағыдан|ғыдан)\b")
_UNTIL_NOW_AFTER = re.compile(r"^\s*(?:жылдан|жылдардан)?\s*(?:бастап|бері)\b")


def date_role(doc, m: DateMention) -> str:
    """event | period (a validity period in a title: "1998-2007 жылдарға арналған") | base ("1998 жылмен
    салыстырғанда") | since ("1995 жылдан бастап")."""
    after = doc.clean[m.end:m.end + 40].lower()
    if _PERIOD_AFTER.match(after) or (m.end_value and m.end_value[:4] != (m.value or "")[:4]
                                      and re.search(r"жылдар\w*$", doc.clean[m.start:m.end].lower())):
        return "period"
    if _BASE_AFTER.match(after):
        return "base"
    if m.qualifier in ("since", "until", "by") or _UNTIL_NOW_AFTER.match(after):
        return "since"
    return "event"


def _year_of(w: When) -> int | None:
    return int(w.value[:4]) if w.value and w.value[:4].isdigit() else None


def resolve_in(doc, all_units: list[Unit], unit: Unit, m: DateMention) -> When | None:
    """Resolve one date mention of ``unit``: explicit values as they are; others by kzrel.pipeline.common.resolve;
    failing that, a year-less date ("9 - қаңтарда") or an anaphoric one ("осы жылдың қазан айында", "сол жылы")
    takes the last explicit year earlier in the unit, else the year of the nearest earlier unit that names exactly
    one year (the same rule, across the line breaks these texts put inside paragraphs). "Биыл" and "өткен жылы"
    count from the writing date, which the text does not give: left unresolved."""
    value = m.value
    if value and not value.startswith("-"):
        return When(m, value, _end(m), m.precision, False)
    sentence = next((s for s in unit.sentences if s.start <= m.start < s.end), unit.sentences[0])
    iso = resolve(doc, sentence, m)
    surface = doc.clean[m.start:m.end].lower()
    anaphoric = m.relative in ("no_year", "same_year") or (m.relative == "this_year" and "осы" in surface)
    if iso is None and not anaphoric:
        return None  # "биыл", "өткен жылы": counted from the writing date, which the text does not give
    if iso is None:
        year = None
        own = [explicit_year(d) for d in unit.dates if d.end <= m.start and explicit_year(d)]
        if own:
            year = own[-1]
        else:
            for prev in reversed(all_units[max(0, unit.index - 2):unit.index]):
                years = {explicit_year(d) for d in prev.dates if explicit_year(d)}
                if len(years) == 1:
                    year = years.pop()
                    break
                if len(years) > 1:
                    break
        if year is None:
            return None
        iso = f"{year}-{m.value[2:]}" if m.value and m.value.startswith("--") else str(year)
    end_value = None
    if m.end_value and m.end_value.startswith("--"):
        end_value = f"{iso[:4]}-{m.end_value[2:]}"
    elif m.end_value:
        end_value = m.end_value
    precision = {4: "year", 7: "month", 10: "day"}.get(len(iso), m.precision)
    return When(m, iso, end_value, precision, True)


def _end(m: DateMention) -> str | None:
    return m.end_value if m.end_value and not m.end_value.startswith("-") else None


def unit_dates(doc, all_units: list[Unit], unit: Unit, roles=("event",)) -> list[When]:
    out = []
    for m in unit.dates:
        if date_role(doc, m) not in roles:
            continue
        w = resolve_in(doc, all_units, unit, m)
        if w is not None:
            out.append(w)
    return out


_DATELINE_WORDS = re.compile(r"kazinform|қазақпарат|egemen|kaztag|tengrinews|zakon|bnews|inform|\w*тілшісі|"
                             r"хабарлайды|жж|ж\.?$", re.I)


def dateline(doc, all_units: list[Unit], unit: Unit, back: int = 12) -> tuple[int, When] | None:
    """(index, date) of the news dateline this unit follows: an earlier unit that holds nothing but a day date
    and perhaps a city and an agency name ("Астана, 2023 жылғы 2 қараша.", "12.10.2023")."""
    for prev in reversed(all_units[max(0, unit.index - back):unit.index]):
        days = [m for m in prev.dates if m.precision == "day" and m.value and not m.value.startswith("-")]
        if len(days) != 1:
            continue
        rest = prev.text
        for a, b in sorted([(m.start, m.end) for m in prev.dates] + [(e.start, e.end) for e in prev.entities
                                                                    if e.kind == "city"], reverse=True):
            rest = rest[:a - prev.start] + " " + rest[b - prev.start:]
        words = [w for w in re.findall(r"[^\W\d_]+", rest) if not _DATELINE_WORDS.fullmatch(w)]
        if len(words) <= 1:
            m = days[0]
            return prev.index, When(m, m.value, _end(m), m.precision, False)
        return None  # the nearest dated unit is narrative, not a dateline
    return None


def coarse(w: When) -> str:
    """A date at the precision the text makes certain: a range inside one month -> the month."""
    if w.end_value and w.end_value[:7] == w.value[:7] and len(w.value) == 10:
        return w.value[:7]
    if w.end_value and w.end_value[:4] == w.value[:4] and len(w.value) >= 7:
        return w.value[:4]
    if w.end_value:
        return w.value[:4]
    return w.value


def context_date(doc, all_units: list[Unit], unit: Unit) -> When | None:
    """The narrative's current date: the last event date in the preceding units (a few lines back)."""
    for prev in reversed(all_units[max(0, unit.index - MAX_CONTEXT_UNITS):unit.index]):
        found = [w for w in unit_dates(doc, all_units, prev) if not (w.end_value and w.end_value[:4] != w.value[:4])]
        if found:
            return found[-1]
    return None


# ============================================================================================ entities
@lru_cache(maxsize=1)
def _gazetteer_cities() -> dict[str, dict]:
    path = Path(__file__).resolve().parents[2] / "kzrel" / "gazetteers" / "cities.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {c["name"]: c for c in data.get("cities", [])}


def city_country(name: str) -> str | None:
    rec = _gazetteer_cities().get(name)
    return rec.get("country") if rec else None


def city_region(name: str) -> str | None:
    rec = _gazetteer_cities().get(name)
    return rec.get("region") if rec else None


def region_country(code: str | None) -> str | None:
    return code.split("-")[0] if code else None


def entity_token(unit: Unit, e: EntityMention) -> Token | None:
    """The token that ends the entity mention (where its case ending is)."""
    best = None
    for t in unit.tokens:
        if t.start < e.end and t.end > e.start:
            best = t
        elif t.start >= e.end:
            break
    return best


_LOC_END = re.compile(r"(?:да|де|та|те|нда|нде)$")
_DAT_END = re.compile(r"(?:ға|ге|қа|ке|на|не|а|е)$")
_GEN_END = re.compile(r"(?:ның|нің|дың|дің|тың|тің)$")
_ABL_END = re.compile(r"(?:дан|ден|тан|тен|нан|нен)$")


@lru_cache(maxsize=4096)
def _kk_forms(kind: str, key: str) -> tuple[str, ...]:
    """Lower-case last words of the entity's Kazakh names (to split a case ending off "Алматыда")."""
    try:
        from kzrel import gazetteers as g
        rec = {"city": g.city, "country": g.country, "region": g.region, "organisation": g.organisation,
               "person": g.person}.get(kind, lambda k: None)(key)
    except Exception:  # pragma: no cover - gazetteer not available
        rec = None
    forms: set[str] = set()
    if rec:
        for a in rec.get("aliases") or []:
            if isinstance(a, dict) and a.get("lang") in ("kk", "ru") and a.get("text"):
                forms.add(a["text"].split()[-1].lower())
        for k in ("name_kk", "official_name_kk"):
            if rec.get(k):
                forms.add(rec[k].split()[-1].lower())
    return tuple(sorted(forms, key=len, reverse=True))


_CASE_OF_SUFFIX = [("loc", re.compile(r"^(?:да|де|та|те|нда|нде)$")),
                   ("gen", re.compile(r"^(?:ның|нің|дың|дің|тың|тің)$")),
                   ("abl", re.compile(r"^(?:дан|ден|тан|тен|нан|нен)$")),
                   ("dat", re.compile(r"^(?:ға|ге|қа|ке|на|не|а|е)$")),
                   ("acc", re.compile(r"^(?:ны|ні|ды|ді|ты|ті|н)$")), ("ins", re.compile(r"^(?:мен|бен|пен)$")),
                   ("attr", re.compile(r"^(?:дағы|дегі|тағы|тегі|ндағы|ндегі)$"))]


def entity_case(unit: Unit, e: EntityMention) -> str:
    """Case of an entity mention from the ending of its last token: loc | dat | gen | abl | acc | ins | attr |
    nom ("Алматыда" -> loc, "Ташкентке" -> dat, "Алматы" -> nom)."""
    t = entity_token(unit, e)
    if t is None:
        return "nom"
    low = t.low
    suffix = None
    for form in _kk_forms(e.kind, e.key):
        for variant in (form, form[:-1] + {"қ": "ғ", "к": "г", "п": "б"}.get(form[-1:], form[-1:])):
            if variant and low.startswith(variant):
                suffix = low[len(variant):]
                break
        if suffix is not None:
            break
    if suffix is None:
        suffix = low[max(0, e.end - t.start):] if e.end < t.end else ""
        if not suffix:
            m = re.search(r"(?:ның|нің|дың|дің|тың|тің|нда|нде|да|де|та|те|дан|ден|тан|тен|нан|нен|ға|ге|қа|ке)$", low)
            suffix = m.group(0) if m and len(low) - len(m.group(0)) >= 4 else ""
    suffix = re.sub(r"^(?:сы|сі|ы|і)(?=.)", "", suffix)  # "Республикасына": possessive before the case
    for name, rx in _CASE_OF_SUFFIX:
        if rx.match(suffix):
            return name
    return "nom"


def countries_in(entities, start: int = -1, end: int = 10 ** 12, kinds=("country",)) -> list[str]:
    out: list[str] = []
    for e in entities:
        if e.kind in kinds and start <= e.start and e.end <= end and e.key not in out:
            out.append(e.key)
    return out


def main_partner(doc) -> str | None:
    """The foreign country a Kazakh document is about: the most mentioned one (ties: the first mentioned)."""
    cached = getattr(doc, "_kk_partner", False)
    if cached is not False:
        return cached
    counts: Counter = Counter()
    first: dict[str, int] = {}
    for s in doc.sentences:
        if s.language != LANG:
            continue
        for e in s.entities:
            if e.kind == "country" and e.key != "KZ" and not _in_money(e, s.money):
                counts[e.key] += 1
                first.setdefault(e.key, e.start)
    partner = None
    if counts:
        partner = max(counts, key=lambda k: (counts[k], -first[k]))
    try:
        doc._kk_partner = partner
    except AttributeError:  # pragma: no cover
        pass
    return partner


def original_char(doc, clean_offset: int) -> str:
    """The original character behind a clean offset (tells an en dash from a hyphen)."""
    try:
        o = doc.prepared.to_orig[clean_offset]
        return doc.prepared.original[o]
    except (AttributeError, IndexError, TypeError):
        return doc.clean[clean_offset]
