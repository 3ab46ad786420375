"""Shared machinery of the Russian extractors (agreements, meetings, trade figures, regional partnerships).

- which sentences to read: Russian ones, not the "Также по теме" teasers of other articles;
- per-sentence context: tokens, entity mentions by token, date and money mentions by token;
- tense and modality of the clause around a cue (a plan, a proposal or a future event is not a fact);
- dates in context (year-less dates resolved only from a nearby full date), parties and places from entities;
- abbreviations the document defines ("Евразийский банк развития (ЕАБР)").
"""
from __future__ import annotations

import re
from functools import lru_cache

from kzrel.pipeline.common import resolve
from kzrel.pipeline.document import Sentence

from . import ru_gaz
from .ru_lexicon import country_of_stem
from .ru_morph import Token, morph, tokens
from .ru_titles import Context

_CYRILLIC_RE = re.compile(r"[А-Яа-яЁё]")

# Organisations Kazakhstan is a member of: an agreement of these is a Kazakh agreement.
KZ_MEMBER_ORGS = frozenset("""CIS CSTO SCO EAEU EurAsEC CU CICA OTS CCTS TURKSOY OIC ECO CAREC UN OSCE TurkPA
Turkic Council Organization of Turkic States Customs Union""".split()) | {"Turkic Council",
                                                                           "Organization of Turkic States",
                                                                           "Customs Union"}

TEASER_RE = re.compile(r"^(?:также по теме|читайте также|по теме|смотрите также|см\. также|еще по теме|ещё по теме"
                       r"|похожие новости|другие новости|материалы по теме)\s*:?\s*$", re.IGNORECASE)

# words that make a clause a plan, proposal, possibility or condition rather than a fact
MODAL_RE = re.compile(
    r"(?<![\w-])(?:планир\w*|запланирован\w*|намечен\w*|намерен\w*|намерева\w+|предполага\w+|предполож\w+"
    r"|предлож\w+|предлага\w+|может|могут|мог|могла|могли|можно|сможет|смогут|должн\w*|нужно|надо|следует"
    r"|готов\w*|хотел\w*|хочет|хотят|собира\w+|ожида\w+|рассчитыва\w+|обсудили возможност\w+|изуч\w+ возможност\w+"
    r"|проект\w*|если|бы|пока не|еще не|ещё не|не был\w*|не состо\w+|отказал\w+|отмен\w+|перенес\w+|перенос\w*)"
    r"(?![\w-])",
    re.IGNORECASE)

# present-tense verbs that state an ongoing event ("находится с визитом", "проходит саммит")
PRESENT_EVENT_LEMMAS = frozenset("""находиться проходить продолжаться открываться завершаться собираться
принимать участвовать пребывать""".split())


# "... на сумму $3 млрд. В Астане отметили ...": an abbreviated scale word ends a sentence when a capitalised
# word follows; the sentence splitter keeps them together (the dot may be the abbreviation's).
_SCALE_END_RE = re.compile(r"(?<![\w-])(?:млрд|млн|трлн|тыс|руб|долл|коп)\.\s+(?=[«\"]?[А-ЯЁA-Z](?:[а-яёa-z]|\s))"
                           # "... в октябре 1993 г. В ходе визита ...": a year's "г." ends a sentence before a
                           # capitalised function word (a name after "г." continues it: "в 1993 г. Н. Назарбаев")
                           r"|(?<=\d)\s*гг?\.\s+(?=(?:В|Во|На|По|С|Со|Для|При|После|До|Через|За|Из|К|О|Об|У|Это|Эти|Этот"
                           r"|Эта|Однако|Также|Кроме|Тогда|Затем|Там|Здесь|Он|Она|Они|Его|Ее|Её|Их|Как|Так|Но|А|И|Уже"
                           r"|Впоследствии|Позднее|Позже|Вскоре|Помимо|Наряду|Тем|Между|Среди|Согласно|Благодаря"
                           r"|Несмотря|Поэтому|Таким|Стороны|Сторонами|Главы|Лидеры|Президенты|Документ|Визит"
                           r"|Встреча|Переговоры|Соглашени[еяй]|Договор[аы]?|Меморандум[ыа]?|Протокол[ыа]?|Декларация|Документ[ыа]?"
                           r"|Дополнительн\w+|Всего|Кроме|Ранее|Летом|Зимой|Весной|Осенью|Товарооборот|Экспорт|Импорт"
                           r"|Спустя|Через|Сегодня|Ныне|Сейчас|Одновременно|Параллельно|Вместе)(?![\w-]))")


_SCALE_END_HINTS = ("млрд. ", "млн. ", "трлн. ", "тыс. ", "руб. ", "долл. ", "коп. ", "г. ")


def _pieces(s):
    """The sentence split after abbreviated scale words that end it, each piece with its own mentions."""
    text = s.text
    if not any(x in text for x in _SCALE_END_HINTS):
        return [s]
    cuts = [m.end() for m in _SCALE_END_RE.finditer(text)]
    if not cuts:
        return [s]
    out = []
    bounds = [0] + cuts + [len(s.text)]
    for a, b in zip(bounds, bounds[1:]):
        start, end = s.start + a, s.start + b
        text = s.text[a:b].rstrip()
        end = start + len(text)

        def inside(ms):
            return [m for m in ms if start <= m.start and m.end <= end]
        out.append(Sentence(s.index, start, end, text, s.language, s.paragraph, inside(s.dates), inside(s.money),
                            inside(s.percents), inside(s.entities)))
    return out


def sentences(doc):
    """The Russian sentences worth reading, in order (teasers of other articles left out)."""
    cached = getattr(doc, "_ru_sentences", None)
    if cached is not None:
        return cached
    out = []
    skip = 0
    for s in doc.sentences:
        if s.language != "ru":
            skip = 0
            continue
        text = s.text.strip()
        if TEASER_RE.match(text):
            skip = 3
            continue
        if skip:
            skip -= 1
            if text.endswith(("...", "…")):
                skip = 0
            continue
        out.extend(_pieces(s))
    try:
        doc._ru_sentences = out
    except AttributeError:  # pragma: no cover
        pass
    return out


def is_caption(s) -> bool:
    """A photo caption: a short line without final punctuation."""
    text = s.text.strip()
    return len(text) < 250 and not text.endswith((".", "!", "?", "»", '"', "...", "…", ":", ";"))


# ------------------------------------------------------------------------------------------------ context
def context(s, abbreviations=None) -> Context:
    toks = tokens(s.text, s.start)
    starts = [t.start for t in toks]
    ent_at: dict[int, tuple[object, int]] = {}
    import bisect
    for e in s.entities:
        a = bisect.bisect_left(starts, e.start)
        if a >= len(toks) or toks[a].start >= e.end:
            continue
        b = a
        while b + 1 < len(toks) and toks[b + 1].start < e.end:
            b += 1
        ent_at[a] = (e, b)
        for q in range(a + 1, b + 1):
            ent_at.setdefault(q, (e, b))
    date_starts = {}
    for d in s.dates:
        a = bisect.bisect_left(starts, d.start)
        if a < len(toks):
            date_starts[a] = d
    money_starts = {}
    for mm in s.money:
        a = bisect.bisect_left(starts, mm.start)
        if a < len(toks):
            money_starts[a] = mm
    ctx = Context(s.text, s.start, toks, ent_at, date_starts, money_starts, abbreviations or {})
    ctx.starts = starts
    return ctx


def token_index(ctx: Context, offset: int) -> int:
    for i, t in enumerate(ctx.toks):
        if t.start >= offset:
            return i
    return len(ctx.toks)


# ------------------------------------------------------------------------------------------ tense, modality
def clause_bounds(ctx: Context, i: int) -> tuple[int, int]:
    """Token range of the clause around token i (commas, dashes, quotes, semicolons and colons end clauses)."""
    toks = ctx.toks
    a = i
    while a > 0 and toks[a - 1].text not in (",", ";", ":", "-", "—", "«", "»", "(", ")", '"'):
        a -= 1
    b = i
    while b + 1 < len(toks) and toks[b + 1].text not in (",", ";", ":", "-", "—", "«", "»", "(", ")", '"', "."):
        b += 1
    return a, b + 1


# Endings a finite verb, a short participle or a past participle can have (past "-л/-ла/-ли/-лся", "достиг",
# "вырос"; present/future "-т/-тся/-м/-шь/-те"; short participles "-н/-на/-но/-ны/-т/-та/-то/-ты"; past participles
# "-нный/-вший/-тый/-шедший" in every case). A word without one is not analysed by verb_status: pymorphy costs
# about 0.2 ms per new word form, and most words of a sentence are nouns, adjectives and prepositions.
_VERBISH_RE = re.compile(r"(?:л|ла|ло|ли|лся|лась|лось|лись|г|с|з|к|т|тся|м|шь|те|н|на|но|ны|та|то|ты"
                         r"|(?:нн|вш|ш|т)(?:ый|ий|ая|яя|ое|ее|ые|ие|ого|его|ой|ей|ому|ему|ую|юю|ым|им|ых|их|ыми|ими"
                         r"|ом|ем))$")


@lru_cache(maxsize=100_000)
def maybe_verb(word: str) -> bool:
    w = word.lower()
    return bool(_VERBISH_RE.search(w)) or not _CYRILLIC_RE.search(w)


def verb_status(tok: Token) -> str | None:
    """past | pres | futr for a finite verb or short participle, None otherwise."""
    if not maybe_verb(tok.text):
        return None
    m = tok.m
    if m.pos == "PRTS":
        return "past" if m.tense != "pres" else "pres"
    if m.pos == "VERB":
        if m.lemma == "быть":
            return "futr" if m.tense == "futr" else ("past" if m.tense == "past" else "pres")
        return m.tense or None
    return None


def _outward(i: int, a: int, b: int):
    """Indices of [a, b) by distance from i, the left one first on a tie."""
    yield from ([i] if a <= i < b else [])
    for d in range(1, max(i - a, b - i) + 1):
        if a <= i - d < b:
            yield i - d
        if a <= i + d < b:
            yield i + d


def governing_status(ctx: Context, i: int) -> tuple[str, Token | None]:
    """Tense of the verb that governs token i: the nearest finite verb in its clause, else in the sentence.
    Returns ("none", None) when the sentence has no finite verb (a caption or a heading). Words are analysed from
    the nearest outwards, so only those up to the verb are."""
    toks = ctx.toks
    a, b = clause_bounds(ctx, i)
    for q in _outward(i, a, b):
        if toks[q].is_word() and not toks[q].text[0].isdigit():
            st = verb_status(toks[q])
            if st is None and maybe_verb(toks[q].text) and toks[q].m.pos == "PRTF" and toks[q].m.tense == "past":
                return "past", toks[q]  # "озвученные на съезде": a past participle dates its phrase
            if st:
                return st, toks[q]
    for q in _outward(i, 0, len(toks)):
        if toks[q].is_word() and not toks[q].text[0].isdigit():
            st = verb_status(toks[q])
            if st:
                return st, toks[q]
    return "none", None


def modal_in(ctx: Context, a: int, b: int) -> bool:
    text = ctx.text[ctx.toks[a].start - ctx.offset:ctx.toks[b - 1].end - ctx.offset] if b > a else ""
    return bool(MODAL_RE.search(text))


def future_in(ctx: Context, a: int, b: int) -> bool:
    for q in range(a, b):
        t = ctx.toks[q]
        if t.is_word() and not t.text[0].isdigit() and verb_status(t) == "futr":
            return True
    return False


# ------------------------------------------------------------------------------------------------- dates
def resolve_date(doc, s, m) -> str | None:
    """ISO value of a date mention; a year-less day or month takes the year of the nearest preceding full date
    (same or earlier month, within the previous few sentences) when no other year intervenes."""
    value = resolve(doc, s, m)
    if value:
        return value
    if not (m.value and m.value.startswith("--")):
        return None
    month = int(m.value[2:4]) if m.value[2:4].isdigit() else None
    if month is None:
        return None
    years = set()
    for prev in reversed(doc.sentences[max(0, s.index - 6):s.index + 1]):
        cands = [d for d in prev.dates if d.value and d.value[:4].isdigit() and (prev is not s or d.end <= m.start)]
        for d in reversed(cands):
            years.add(d.value[:4])
            if len(years) > 1:
                return None
            if d.precision in ("day", "month") and len(d.value) >= 7 and int(d.value[5:7]) <= month \
                    and month - int(d.value[5:7]) <= 2:
                return f"{d.value[:4]}-{m.value[2:]}"
    return None


def end_of(m) -> str | None:
    return m.end_value if m.end_value and not m.end_value.startswith("-") else None


_BEFORE_AFTER_RE = re.compile(r"(?<![\w-])(?:после|до|перед|накануне|спустя|вслед за|с момента|со времени|"
                              r"начиная с|по случаю|в честь)(?![\w-])", re.IGNORECASE)


_FOR_PERIOD_RE = re.compile(r"(?<![\w-])(?:на|в\s+течение|рассчитанн\w+\s+на|сроком\s+на)\s*$", re.IGNORECASE)


def event_dates(ctx: Context, s, cue_offset: int):
    """Date mentions of the sentence that can be the date of the event at ``cue_offset``: not a "since/until/by"
    date, not the period of a plan ("план на 2024 год", "программа на 2022-2025 годы"), not inside a
    "после/до/перед ..." phrase, nearest to the cue first."""
    out = []
    for d in s.dates:
        if d.qualifier in ("until", "by") or (d.qualifier == "since" and not d.end_value):
            continue
        before = ctx.text[max(0, d.start - ctx.offset - 100):d.start - ctx.offset]
        if _FOR_PERIOD_RE.search(before):
            continue
        mt = list(_BEFORE_AFTER_RE.finditer(before))
        if mt:
            between = before[mt[-1].end():]
            if "," not in between and not re.search(r"визит|встреч|переговор|саммит|подпис|заседани", between):
                continue
        out.append(d)
    out.sort(key=lambda d: min(abs(d.start - cue_offset), abs(d.end - cue_offset)))
    return out


# ------------------------------------------------------------------------------------------ entities, parties
def entity_countries(mentions, metonymy: bool = True, ctx: Context | None = None) -> list[str]:
    """Country codes a sentence's entities stand for: countries (any form), Kazakh or foreign persons are not
    mapped here; capitals stand for their country when not a place ("Москва ратифицировала")."""
    out: list[str] = []
    for e in mentions:
        code = None
        if e.kind == "country":
            code = e.key
        elif e.kind == "city" and metonymy and ru_gaz.is_capital(e.key):
            if ctx is not None and _after_locative(ctx, e):
                continue
            code = ru_gaz.city_country(e.key)
        elif e.kind == "region":
            code = ru_gaz.region_country(e.key)
        if code and code not in out:
            out.append(code)
    return out


def _after_locative(ctx: Context, e) -> bool:
    before = ctx.text[max(0, e.start - ctx.offset - 4):e.start - ctx.offset].lower()
    return bool(re.search(r"(?:^|\s)(?:в|во|из|под|до|к|через)\s$", before))


def person_country(key: str) -> str | None:
    return ru_gaz.person_country(key)


def compound_countries(ctx: Context) -> list[str]:
    """Countries named by hyphenated country adjectives: "казахстанско-китайской границы" -> KZ, CN."""
    out: list[str] = []
    for t in ctx.toks:
        if "-" in t.text and t.text[:1].islower():
            codes = [country_of_stem(p) for p in t.text.split("-")]
            if len(codes) >= 2 and all(codes):
                for c in codes:
                    if c not in out:
                        out.append(c)
    return out


_KZ_INSTITUTION_RE = re.compile(r"(?<![\w-])(?:Мажилис\w*|Акорд\w*|Елбас\w+)(?![\w-])")


def kz_institution(text: str) -> bool:
    """A Kazakh state body stands for Kazakhstan ("Мажилис ратифицировал", "в Акорде")."""
    return bool(_KZ_INSTITUTION_RE.search(text))


def _para_of(doc, s):
    ids = para_ids(doc)
    return ids[s.index] if s.index < len(ids) else None


def previous_sentences(doc, s, back: int = 3, within_paragraph: bool = True) -> list:
    """The Russian sentences (pieces) before s in its paragraph (or the text), nearest first."""
    pieces = sentences(doc)
    pos = getattr(doc, "_ru_piece_pos", None)
    if pos is None:
        pos = {(p.start, p.end): n for n, p in enumerate(pieces)}
        try:
            doc._ru_piece_pos = pos
        except AttributeError:  # pragma: no cover
            pass
    n = pos.get((s.start, s.end))
    if n is None:
        return []
    ids = para_ids(doc)
    out = []
    for prev in reversed(pieces[max(0, n - back):n]):
        if within_paragraph and ids[prev.index] != ids[s.index]:
            break
        out.append(prev)
    return out


def context_parties(doc, s, back: int = 3, within_paragraph: bool = True) -> list[str]:
    """Countries (and persons' countries) named in the nearest previous sentence of the paragraph that names
    any: the "стороны" of "стороны подписали", the partner of "по итогам переговоров ... подписали"."""
    out: list[str] = []
    for prev in previous_sentences(doc, s, back, within_paragraph):
        codes = entity_countries(prev.entities)
        if kz_institution(prev.text) and "KZ" not in codes:
            codes.insert(0, "KZ")
        for e in prev.entities:
            if e.kind == "person":
                c = person_country(e.key)
                if c and c not in codes:
                    codes.append(c)
        if codes:
            for c in codes:
                if c not in out:
                    out.append(c)
            break
    return out


_MEETING_WORD_RE = re.compile(r"визит|переговор|встреч|саммит|заседани|форум|поездк|посетил|прибыл", re.IGNORECASE)


def meeting_date_before(doc, s, back: int = 3) -> str | None:
    """The date of the meeting that a "в ходе визита"/"по итогам переговоров" sentence refers to: the nearest
    previous sentence of the paragraph that names a meeting and a date."""
    for prev in previous_sentences(doc, s, back):
        if prev.dates and _MEETING_WORD_RE.search(prev.text):
            for d in prev.dates:
                if d.qualifier:
                    continue
                value = resolve_date(doc, prev, d)
                if value:
                    return value
    return None


_REGION_ANAPHOR_RE = re.compile(r"(?<![\w-])(?:область|областью|области|регион|региона|акимат|акимата|акиматом)"
                                r"(?![\w-])")


def antecedent_kz_region(doc, s, back: int = 2) -> str | None:
    """"В 2022 году область подписала соглашение ...": the Kazakh region the previous sentences of the paragraph
    name (one only)."""
    if not _REGION_ANAPHOR_RE.search(s.text):
        return None
    for prev in previous_sentences(doc, s, back):
        regions = {e.key for e in prev.entities if e.kind == "region" and e.key.startswith("KZ-")}
        if len(regions) == 1:
            return regions.pop()
        if regions:
            return None
    return None


def orgs(mentions) -> list[str]:
    out = []
    for e in mentions:
        if e.kind == "organisation" and e.key not in out:
            out.append(e.key)
    return out


def kz_present(mentions) -> bool:
    for e in mentions:
        if e.kind == "country" and e.key == "KZ":
            return True
        if e.kind == "region" and e.key.startswith("KZ-"):
            return True
        if e.kind == "city" and ru_gaz.city_country(e.key) == "KZ":
            return True
        if e.kind == "person" and person_country(e.key) == "KZ":
            return True
    return False


# ------------------------------------------------------------------------------------------- abbreviations
_DEF_RE = re.compile(r"\(([А-ЯЁ][А-ЯЁа-яё]{1,7})\)")


def abbreviations(doc) -> dict[str, list[Token]]:
    """ABBR -> the words it abbreviates, from definitions "Евразийский банк развития (ЕАБР)"."""
    cached = getattr(doc, "_ru_abbreviations", None)
    if cached is not None:
        return cached
    out: dict[str, list[Token]] = {}
    clean = doc.clean
    for mt in _DEF_RE.finditer(clean):
        abbr = mt.group(1)
        letters = [c for c in abbr if c.isupper()]
        if len(letters) < 2:
            continue
        left = max(0, mt.start() - 120)
        words = [w for w in tokens(clean[left:mt.start()], left)]
        cut = max((i for i, w in enumerate(words) if not w.is_word()), default=-1)
        words = words[cut + 1:]
        for n in range(min(len(words), 7), 0, -1):
            cand = words[-n:]
            initials = []
            for w in cand:
                initials += [p[0].upper() for p in w.text.split("-") if p]
            if initials == letters:
                out.setdefault(abbr, cand)
                break
    try:
        doc._ru_abbreviations = out
    except AttributeError:  # pragma: no cover
        pass
    return out


@lru_cache(maxsize=4096)
def lemma_of(word: str) -> str:
    return morph(word).lemma


def _continues_text(text: str) -> bool:
    first = text.lstrip()[:1]
    return bool(first) and (first.islower() or first in "-–—),;")


def para_ids(doc) -> list[int]:
    """Paragraph id of every sentence, a paragraph that starts mid-sentence ("- RT ) ускорился, ...", a lower-case
    start after a line break) joined to the previous one."""
    cached = getattr(doc, "_ru_para_ids", None)
    if cached is not None and len(cached) == len(doc.sentences):
        return cached
    out: list[int] = []
    current = -1
    prev_para = None
    for s in doc.sentences:
        if s.paragraph != prev_para:
            if not (out and _continues_text(s.text)):
                current += 1
            prev_para = s.paragraph
        out.append(current)
    try:
        doc._ru_para_ids = out
    except AttributeError:  # pragma: no cover
        pass
    return out


# ------------------------------------------------------------------------------ organisations and their members
_MEMBERS_AFTER_RE = re.compile(
    r"(?<![\w-])(?:в\s+(?:него|неё|нее|нем|ней|них|который|которую|которое|которые|состав\s+котор\w+)|куда(?:,\s*[^,]+,)?)"
    r"\s+(?:вошли|входят|входили|входит|вошл[аио])(?![\w-])|(?:участниками|членами|учредителями)\s+\S+\s+"
    r"(?:стали|являются|были)(?![\w-])", re.IGNORECASE)
_MEMBER_STEMS = ("вошл", "вошли", "входя", "входил", "входит", "участниками", "членами", "учредителями")
_MEMBER_REF_RE = re.compile(r"(?:государств|стран)\w*\s*-?\s*(?:член|участни)\w*\s+(\w+)", re.IGNORECASE)
_ABBR_TOKEN_RE = re.compile(r"(?<![\w-])([А-ЯЁ][А-ЯЁа-яё]{1,7})(?![\w-])")


def _orgs_in(s, abbrs) -> list[str]:
    """Organisations a sentence names, in text order: organisation entities and abbreviations the document
    defines."""
    found = [(e.start, e.key) for e in s.entities if e.kind == "organisation"]
    for mt in _ABBR_TOKEN_RE.finditer(s.text):
        if mt.group(1) in abbrs and sum(c.isupper() for c in mt.group(1)) >= 2:
            found.append((s.start + mt.start(), mt.group(1)))
    return [k for _, k in sorted(found)]


def memberships(doc) -> dict[str, set[str]]:
    """Organisation -> member countries, as the document states them ("В него вошли Россия, Белоруссия, ...")."""
    cached = getattr(doc, "_ru_memberships", None)
    if cached is not None:
        return cached
    abbrs = abbreviations(doc)
    out: dict[str, set[str]] = {}
    for s in doc.sentences:
        if not has_any(s.text.lower(), _MEMBER_STEMS):
            continue
        mt = _MEMBERS_AFTER_RE.search(s.text)
        if not mt:
            continue
        # the organisation named in this sentence, else the last one of the previous sentence
        orgs_here = _orgs_in(s, abbrs)
        if not orgs_here and s.index > 0:
            orgs_here = _orgs_in(doc.sentences[s.index - 1], abbrs)
        if orgs_here:
            members = {e.key for e in s.entities if e.kind == "country" and e.start >= s.start + mt.start()}
            if members:
                out.setdefault(orgs_here[-1], set()).update(members)
    try:
        doc._ru_memberships = out
    except AttributeError:  # pragma: no cover
        pass
    return out


def referenced_members(doc, s, back: int = 5) -> list[str]:
    """Member countries of the organisation a sentence refers to ("государств - членов организации",
    "стран - участниц Совета", or an organisation it names), when the document lists them."""
    members = memberships(doc)
    if not members:
        return []
    abbrs = abbreviations(doc)
    named = [o for o in _orgs_in(s, abbrs) if o in members]
    if named:
        return sorted({c for o in named for c in members[o]})
    if not _MEMBER_REF_RE.search(s.text):
        return []
    for prev in reversed(doc.sentences[max(0, s.index - back):s.index]):
        orgs_prev = [o for o in _orgs_in(prev, abbrs) if o in members]
        if orgs_prev:
            return sorted(members[orgs_prev[-1]])
    return []


@lru_cache(maxsize=64)
def _stems_re(stems: tuple) -> re.Pattern:
    return re.compile("|".join(re.escape(x) for x in stems))


def has_any(text_lower: str, stems) -> bool:
    """Cheap prefilter: does the lower-cased text contain any of the stems (one regex scan)."""
    return _stems_re(tuple(stems)).search(text_lower) is not None


def token_indices(ctx: Context, pattern: re.Pattern) -> list[int]:
    """Indices of the word tokens where ``pattern`` matches inside the sentence text (one scan of the text,
    instead of one regex call per token)."""
    import bisect
    starts = ctx.starts
    out = []
    for mt in pattern.finditer(ctx.text):
        i = bisect.bisect_right(starts, ctx.offset + mt.start()) - 1
        if i >= 0 and ctx.toks[i].is_word() and (not out or out[-1] != i):
            out.append(i)
    return out


KIND_STEMS = ("договор", "соглашени", "протокол", "меморандум", "деклараци", "заявлени", "коммюнике", "программ",
              "план", "конвенци", "концепци", "харти", "устав", "пакт", "контракт", "стратеги", "карт")
CUE_STEMS = ("подпис", "заключ", "ратифи", "одобр", "утвер", "принят", "парафир", "достигнут", "продл")
MEETING_STEMS = ("визит", "переговор", "встре", "саммит", "форум", "заседани", "сесси", "съезд", "совещани",
                 "конференци", "пообщал", "посетил", "побывал", "поездк", "беседовал", "принял")
