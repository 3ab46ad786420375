"""Agreement and meeting rules for ru text.

Agreements: a kind word ("договор", "соглашение", "меморандум", "Концепция", "дорожная карта", ...) with a title
complement, bound to a signing cue in the past ("подписали", "был подписан", "ратифицировала", "о ратификации",
"принятая", "с подписанием", "достигнута договорённость о ..."), or dated by "от <date>" ("Договор ... от 25 мая
1992 г."), with Kazakhstan (or an organisation it belongs to) among the parties or the signing in a Kazakh city.
One verb may govern a list ("подписали Договор о ..., а также Договор о ...", "более 20 документов, в том числе
соглашение о ...", ", а в 1995 г. — Договор о ..."). Parties come from the sentence's entities and hyphenated country
adjectives ("казахстанско-китайской"); "стороны подписали" and "по итогам переговоров/в ходе визита ..." take the
countries (and the meeting's date) named just before. A draft ("проект соглашения"), a plan or a proposal
("планируют подписать", "предложил заключить"), a negation and a Kazakh plan, programme, strategy or concept
with no foreign side (domestic policy) are not agreements. "Срок ... был продлён" after such an agreement is its
extension.

Meetings: a meeting word ("официальный визит", "переговоры", "встреча", "саммит", "заседание", ...) or verb
("встретился", "посетил", "пообщался", "принял <министра>") in a clause whose verb is in the past (or a present
"находится с визитом"; a photo caption has no verb), not a plan, an invitation or future ("встретится",
"намечено", "в преддверии", "договорились провести встречу", "пригласил посетить с визитом"), not a word of an
agreement title ("соглашение о взаимных поездках"), with Kazakhstan involved and a foreign party. One meeting per
sentence; mentions of the same meeting in one document are merged (a dated mention gives its date to the undated
ones); a news dateline ("БРЮССЕЛЬ, 15 мая 2024 года.") dates the undated meetings that open the report.
"""
from __future__ import annotations

import re

from kzrel.pipeline.matching import dates_compatible

from . import ru_gaz
from .ru_common import (CUE_STEMS, KIND_STEMS, KZ_MEMBER_ORGS, MEETING_STEMS, abbreviations, antecedent_kz_region,
                        clause_bounds, compound_countries, context, context_parties, end_of, entity_countries,
                        event_dates, future_in, governing_status, has_any, is_caption, kz_institution, maybe_verb,
                        meeting_date_before, modal_in, orgs, person_country, referenced_members, resolve_date, sentences,
                        token_indices)
from .ru_titles import KIND_RE, find_title, kind_lemma, kind_of, np_english

LANG = "ru"

# ----------------------------------------------------------------------------------------------- agreements
CUE_RE = re.compile(r"подпис|заключ|ратифи|одобр|утвер[жд]|принят|парафир|достигнут|продл", re.IGNORECASE)
CUE_LEMMAS = frozenset("""подписать подписывать подписание подписанный заключить заключенный ратифицировать
ратификация ратифицированный одобрить одобренный утвердить утвержденный принять принятый парафировать
достигнуть достичь достигнутый""".split())
NEAR_ONLY_CUES = frozenset("принять принятый утвердить утвержденный одобрить одобренный".split())
SIGN_LEMMAS = frozenset("подписать подписывать подписание подписанный".split())
DRAFT_RE = re.compile(r"(?<![\w-])(?:проект\w*|черновик\w*)\s*$", re.IGNORECASE)
ORG_BEFORE_RE = re.compile(r"(?<![\w-])(?:организаци\w+|орган\w+)\s*$", re.IGNORECASE)
EXTENSION_RE = re.compile(r"(?<![\w-])срок\w*(?:\s+[\w-]+){0,4}?\s+(?:был[аио]?\s+)?продл(?:[её]н|ена|ено|ены|или|ил|ила)(?![\w-])",
                          re.IGNORECASE)
DOMESTIC_KINDS = frozenset("стратегия концепция программа план".split())
ESTABLISHED_LEMMAS = frozenset("создать учредить основать образовать".split())

FIELDS = [  # (regex on title and sentence, field) in order of precedence
    (r"военн|оборон|пво|вооруж|армии|войск|противоракет", "military"),
    (r"безопасност|террор|экстремиз|наркот", "security"),
    (r"границ|делимитац|демаркац|разграничени|(?<![\w-])дна(?![\w-])", "border"),
    (r"энерг|нефт|газ[аоу ]|газопровод|урана?\b|уранов|атомн|ядерн|электро|топлив|угол|угл[яеи]", "energy"),
    (r"транспорт|транзит|авиа|железнодорож|перевоз|логисти|автомобильн\w+\s+сообщ|судоходств|коридор", "transport"),
    (r"космо|космич|научн|наук|технолог|исследов|инновац|цифров", "science"),
    (r"культур|искусств|туризм|туристи|спорт|кинематограф|архив|музе", "culture"),
    (r"образован|учебн|студент|университет|школ|академич|диплом", "education"),
    (r"гуманитарн|здравоохранен|медицин|санитарн|социальн|пенсион|трудов|мигрант|миграц", "humanitarian"),
    (r"торгов|товар|продукци|приобретени|закупк|поставк|палат|таможен|фитосанитар|ветеринар|пшениц|зерн", "trade"),
    (r"экономич|инвестиц|финанс|налог|кредит|промышлен|сельск|аграрн|агропромышл|водохозяйств|водн", "economic"),
    (r"правов|юридич|выдач|экстрадиц|консульск|посольств|визов|реадмисси|уголовн|осужд", "legal"),
    (r"дружб|партн[её]рств|политич|добрососедств|союзни", "political"),
]
_FIELDS = [(re.compile(p, re.IGNORECASE), f) for p, f in FIELDS]


def _field(*texts: str) -> str:
    """The field of the first topic word of the title (then of the sentence)."""
    for text in texts:
        hits = [(m.start(), n, f) for n, (rx, f) in enumerate(_FIELDS) for m in [rx.search(text or "")] if m]
        if hits:
            return min(hits)[2]
    return "other"


def _cue_ok(ctx, q, exclude: tuple[int, int]) -> bool:
    """The cue token q states a past, factual signing (not a plan, a draft, a proposal or a negation)."""
    toks = ctx.toks
    tok = toks[q]
    m = tok.m
    if q > 0 and toks[q - 1].low in ("не", "ни"):
        return False
    if m.pos == "INFN":
        return False
    a, b = clause_bounds(ctx, q)
    lo, hi = min(a, exclude[0]), max(b, exclude[1])
    # plan / modality words anywhere in the clause except inside the title itself
    if modal_in(ctx, lo, exclude[0]) or modal_in(ctx, exclude[1], hi):
        return False
    if m.pos in ("VERB", "PRTS"):
        if m.tense == "futr" or (m.tense == "pres" and m.pos == "VERB"):
            return False
        if future_in(ctx, a, min(b, exclude[0]) if q < exclude[0] else b):
            return False
        return True
    if m.pos in ("PRTF", "ADJF"):
        return not future_in(ctx, a, exclude[0] if q < exclude[0] else b)
    # a noun ("с подписанием", "ратификация"): the clause verb decides
    status, verb = governing_status(ctx, q)
    if status == "none":
        return True
    if status == "futr":
        return False
    if status == "pres" and verb is not None and verb.m.pos == "VERB":
        return False
    return True


LIST_RE = re.compile(r"\s*(?:в\s+том\s+числе|включая|среди\s+них|в\s+частности|а\s+также)\s", re.IGNORECASE)
# ", а в 1995 г. — Договор о ...": the verb of the previous clause is understood
ELLIPSIS_RE = re.compile(r"(?:^|,)\s*(?:а|и)\s+[^,—–]{0,40}[—–-]\s*(?:\w+\s+){0,2}$", re.IGNORECASE)


def _bind_cue(ctx, k: int, title) -> int | None:
    """Index of the signing cue that governs the kind word at k, or None."""
    toks = ctx.toks
    best = None
    a, b = clause_bounds(ctx, k)
    # a relative clause right after the title: "Программа ..., которая была утверждена в 2019 году"
    rel_end = b
    if title.end < len(toks) and toks[title.end].text == "," and title.end + 1 < len(toks) \
            and toks[title.end + 1].low.startswith("котор"):
        rel_end = clause_bounds(ctx, title.end + 2)[1] if title.end + 2 < len(toks) else b
    # a participle clause right after the title: "соглашение от ... о ..., подписанное Казахстаном и ...",
    # also after another participle phrase ("Декларация о ..., ориентированном в XXI столетие, подписанная ...")
    p, hops = title.end, 0
    while p + 1 < len(toks) and toks[p].text == "," and hops < 3:
        first = toks[p + 1]
        if first.m.pos == "PRTF" and first.m.lemma in CUE_LEMMAS:
            rel_end = max(rel_end, clause_bounds(ctx, p + 1)[1])
            break
        if first.m.pos not in ("PRTF", "ADJF") or first.low.startswith("котор"):
            break
        p = clause_bounds(ctx, p + 1)[1]
        hops += 1
    lo, hi = max(0, a - 1), max(b, rel_end)
    # "подписано более 20 документов, в том числе соглашение о ...": the cue of the list's clause
    if a > 0 and LIST_RE.match(ctx.text[toks[a].start - ctx.offset:toks[k].start - ctx.offset]):
        lo = min(lo, clause_bounds(ctx, max(0, a - 2))[0])
    if title.start < lo:
        lo = title.start
    # the title of "договор, согласно которому ..." spans commas: the cue clause is the one before it
    lo = min(lo, clause_bounds(ctx, max(0, title.start - 1))[0])
    for q in range(lo, min(hi, len(toks))):
        if title.start <= q < title.end and q != k:
            continue
        tok = toks[q]
        if not tok.is_word() or tok.text[0].isdigit():
            continue
        if not CUE_RE.search(tok.text):
            continue
        lemma = tok.m.lemma
        if lemma not in CUE_LEMMAS:
            continue
        dist = title.start - q if q < title.start else q - title.end + 1
        if q >= title.end and rel_end > b and toks[title.end].text == ",":
            dist = max(1, q - title.end - 2)  # ", которая была утверждена": from the relative pronoun
        if lemma in NEAR_ONLY_CUES and dist > 5:
            continue
        if dist > 12:
            continue
        if lemma in ("достигнуть", "достичь", "достигнутый") and toks[k].m.lemma != "договоренность":
            continue
        if not _cue_ok(ctx, q, (title.start, title.end)):
            continue
        if best is None or dist < best[0]:
            best = (dist, q)
    return best[1] if best else None


def _parties(ctx, s, title, doc=None) -> list[str]:
    parties: list[str] = []
    mentions = [e for e in s.entities if not _in_money(s, e)]
    # regions sign for themselves ("Павлодарская область и Омская область подписали ...")
    for e in mentions:
        if e.kind == "region" and e.key not in parties:
            parties.append(e.key)
    if doc is not None and parties and not any(p.startswith("KZ-") for p in parties):
        kz_region = antecedent_kz_region(doc, s)  # "В 2022 году область подписала соглашение с Курганской ..."
        if kz_region:
            parties.insert(0, kz_region)
    for code in entity_countries([e for e in mentions if e.kind != "region"], ctx=ctx):
        if code not in parties:
            parties.append(code)
    for e in mentions:
        if e.kind == "person":
            c = person_country(e.key)
            if c and c not in parties:
                parties.append(c)
    for code in compound_countries(ctx):  # "казахстанско-китайской границы"
        if code not in parties:
            parties.append(code)
    if "KZ" not in parties and kz_institution(s.text):  # "Мажилис ратифицировал ..."
        parties.insert(0, "KZ")
    for org in orgs(mentions):
        if org not in parties:
            parties.append(org)
    if parties == ["KZ"] or not parties:
        # "в ходе визита в Пекин подписаны соглашения": the host of the visit is the other side
        for e in mentions:
            c = ru_gaz.city_country(e.key) if e.kind == "city" else None
            if c and c not in parties:
                parties.append(c)
    return parties


def _in_money(s, e) -> bool:
    """An entity inside a money mention ("долл. США") names a currency, not a party."""
    return any(m.start <= e.start and e.end <= m.end for m in s.money)


VISIT_OBJECT_LEMMAS = frozenset("посетить посещать посещение".split())


def _kz_place(ctx) -> bool:
    """The sentence happens in a Kazakh city: "в Астане", "в Алма-Ате", "визит ... в Астану", "посетил Алматы"."""
    toks = ctx.toks
    for i, (e, _last) in ctx.ent_at.items():
        if e.kind == "city" and i > 0 and (toks[i - 1].low in ("в", "во") or toks[i - 1].m.lemma in VISIT_OBJECT_LEMMAS) \
                and ru_gaz.city_country(e.key) == "KZ":
            return True
    return False


def _date_of(doc, s, ctx, title, cue_q):
    if title.date is not None:
        value = resolve_date(doc, s, title.date)
        if value:
            return value
    cue_off = ctx.toks[cue_q].start
    title_span = (ctx.toks[title.start].start, ctx.toks[title.end - 1].end)
    for d in event_dates(ctx, s, cue_off):
        if title_span[0] <= d.start < title_span[1] and title.date is None and "under" not in title.parts:
            continue  # a date inside the title ("на период до 2030 года") is not the signing date
        if title_span[0] <= d.start < title_span[1] and "under" in title.parts:
            continue
        value = resolve_date(doc, s, d)
        if value is None:
            continue
        end = end_of(d)
        if end and d.precision == "year" and len(value) == 4:
            return f"{value}/{end}"
        if title.plural and d.precision == "year" and len(value) == 4:
            # "соглашения ... были подписаны в 1997 и 1998 гг.": a group signed over years
            later = [d2 for d2 in s.dates if d2.start > d.end and d2.precision == "year" and d2.value
                     and re.fullmatch(r"\s*(?:и|,)\s*", ctx.text[d.end - ctx.offset:d2.start - ctx.offset])]
            if later and later[0].value[:4] > value:
                return f"{value}/{later[0].value[:4]}"
        return value
    return None


def _subject_np(ctx, k):
    """For "X была создана ... с подписанием соответствующего соглашения": the tokens of X and whether the
    verb says 'established'."""
    toks = ctx.toks
    for q in range(0, k):
        m = toks[q].m
        if m.pos == "PRTS" and m.lemma in ESTABLISHED_LEMMAS:
            end = q
            while end > 0 and (toks[end - 1].m.lemma == "быть" or toks[end - 1].m.pos in ("ADVB",)):
                end -= 1
            start = 0
            while start < end and not toks[start].is_word():
                start += 1
            if end - start >= 1:
                return start, end
            return None
    return None


# "по итогам переговоров/визита", "в ходе визита": the agreement belongs to a meeting named before
MEETING_CONTEXT_RE = re.compile(r"(?<![\w-])(?:по\s+итогам|в\s+ходе|в\s+рамках|во\s+время|на\s+полях)\s+(?:\w+\s+){0,2}?"
                                r"(?:визит|переговор|встреч|саммит|заседани|форум|поездк)\w*", re.IGNORECASE)
# "стороны подписали", "главы государств": the parties are the countries named just before
SIDES_RE = re.compile(r"(?<![\w-])(?:сторон\w*|главы\s+государств|лидеры|президенты|министры|сопредседател\w+"
                      r"|сторонами|сторона\w*)(?![\w-])", re.IGNORECASE)
DATED_INSTRUMENT_RE = re.compile(r"(?<![\w-])от\s+\d", re.IGNORECASE)


def extract_agreements(doc) -> list[dict]:
    out: list[dict] = []
    abbr = None
    recent: list[tuple[int, dict]] = []  # (sentence index, fact) of Kazakh agreements, for extensions
    for s in sentences(doc):
        text = s.text
        low = text.lower()
        has_cue = has_any(low, CUE_STEMS)
        if not has_cue and not (s.dates and " от " in low and DATED_INSTRUMENT_RE.search(text)):
            continue
        has_kind = has_any(low, KIND_STEMS) and KIND_RE.search(text)
        has_ext = has_cue and "срок" in low and EXTENSION_RE.search(text)
        if not (has_kind or has_ext):
            continue
        if abbr is None:
            abbr = abbreviations(doc)
        ctx = context(s, abbr)
        toks = ctx.toks
        found_here: list[dict] = []
        last_kind = None
        last_q = None
        for k in token_indices(ctx, KIND_RE):
            tok = toks[k]
            if not KIND_RE.fullmatch(tok.text):
                continue
            kinfo = kind_of(tok, toks[k - 1] if k > 0 else None)
            if kinfo is None:
                continue
            if k in ctx.ent_at:
                continue  # part of an organisation's name ("Организация Договора о коллективной безопасности")
            before = text[max(0, tok.start - s.start - 120):tok.start - s.start]
            if DRAFT_RE.search(before) or ORG_BEFORE_RE.search(before):
                continue
            if tok.m.lemma == "заявление" and not (k > 0 and toks[k - 1].m.lemma == "совместный"):
                continue
            if tok.m.lemma == "план" and k > 0 and toks[k - 1].low in ("в", "во"):
                continue  # "в плане ..."
            title = find_title(ctx, k)
            if title is None:
                continue
            if any(f["_core"][0] <= tok.start < f["_core"][1] for f in found_here):
                continue  # inside the title of the previous instrument ("протокол о внесении изменений в соглашение")
            # "соглашения ..., включая соглашения между компаниями ..." elaborates the first one
            if last_kind is not None and last_kind == title.kind and re.search(
                    r"(?:включая|в том числе)\s+(?:\w+\s+){0,2}$", text[max(0, toks[title.start].start - s.start - 80):
                                                                   toks[title.start].start - s.start]):
                continue
            q = _bind_cue(ctx, k, title)
            own_dates = None
            if q is None and last_q is not None:
                # ", а в 1995 г. — Договор о ...": the previous instrument's verb, this clause's date
                clause_start = text.rfind(",", 0, toks[title.start].start - s.start)
                if clause_start >= 0 and ELLIPSIS_RE.search(text[clause_start:toks[title.start].start - s.start]):
                    q = last_q
                    own_dates = [d for d in s.dates if s.start + clause_start <= d.start < toks[title.start].start]
                # "подписали Договор о ..., а также Договор о ...": one verb for the list
                elif clause_start >= 0 and LIST_RE.match(text[clause_start + 1:toks[title.start].start - s.start]):
                    q = last_q
            cueless = False
            if q is None:
                # "Договор о дружбе ... от 25 мая 1992 г.": an instrument dated by "от" exists, signed that day
                if title.date is None or not title.parts or _negated_or_planned(ctx, k, title):
                    continue
                cueless = True
            anaphoric = False
            if not title.parts:
                pre = toks[k - 1].m.lemma if k > 0 else ""
                if pre == "соответствующий":
                    anaphoric = True
            parties = _parties(ctx, s, title, doc)
            in_meeting = bool(MEETING_CONTEXT_RE.search(text))
            foreign_here = [p for p in parties if p != "KZ" and not p.startswith("KZ-")]
            if ("KZ" not in parties or not foreign_here) and (in_meeting or SIDES_RE.search(text)):
                for code in context_parties(doc, s):
                    if code not in parties:
                        parties.append(code)
            if "KZ" not in parties and q is not None and toks[q].m.pos in ("PRTS", "PRTF", "NOUN") \
                    and not any(e.kind in ("country", "person", "organisation") for e in s.entities):
                # "Год спустя в Москве было подписано Соглашение о ...": the sides named just before
                for code in context_parties(doc, s):
                    if code not in parties:
                        parties.append(code)
            if (title.kind in ("plan", "programme") or kind_lemma(tok) in DOMESTIC_KINDS) and not any(
                    p != "KZ" and not p.startswith("KZ-") for p in parties):
                continue  # a Kazakh plan, programme, strategy or concept alone is domestic policy
            signing = cueless or toks[q].m.lemma in SIGN_LEMMAS
            kz = "KZ" in parties or any(p in KZ_MEMBER_ORGS or p.startswith("KZ-") for p in parties) or \
                (signing and _kz_place(ctx))
            if not kz:
                continue
            if "KZ" not in parties and not any(p.startswith("KZ-") for p in parties) and _kz_place(ctx):
                parties.insert(0, "KZ")
            original = title.original
            english = title.english
            confidence = 0.8 if not cueless else 0.7
            if anaphoric:
                subj = _subject_np(ctx, k)
                if subj is None:
                    continue
                a, b = subj
                english = f"{kinfo[1]} on the establishment of the " + np_english(ctx, a, b)
                original = text[toks[a].start - s.start:tok.end - s.start]
                confidence = 0.6
            elif not title.parts:
                foreign = [p for p in parties if p != "KZ"]
                participle = toks[q].m.pos == "PRTF" and q == title.end + 1 and toks[title.end].text == ","
                if cueless or not foreign or "KZ" not in parties or tok.m.lemma == "договоренность" \
                        or (toks[q].m.pos not in ("VERB", "PRTS") and not title.plural and not participle):
                    continue  # "соглашением, подписанным в 2010 году между Казахстаном и Китаем" is one
                if title.plural and title.start < k:
                    english = title.english  # "47 commercial agreements worth ..."
                else:
                    names = [ru_gaz.english_country(p) if len(p) == 2 else p for p in ["KZ"] + foreign[:3]]
                    english = f"{kinfo[1]} between " + ", ".join(names[:-1]) + " and " + names[-1]
                confidence = 0.5
            if own_dates is not None:
                date = next((v for d in own_dates for v in [resolve_date(doc, s, d)] if v), None)
            else:
                date = _date_of(doc, s, ctx, title, q if q is not None else k)
            if date is None and in_meeting:
                date = meeting_date_before(doc, s)
            fact = {
                "title": english,
                "title_original": original,
                "kind": title.kind,
                "date": date,
                "parties": parties,
                "field": _field(original, text),
                "confidence": confidence,
                "language": LANG,
                "_span": (s.start, s.end),
                "_core": (toks[title.start].start, toks[title.end - 1].end),
            }
            found_here.append(fact)
            last_kind = title.kind
            if q is not None:
                last_q = q
        out.extend(found_here)
        for f in found_here:
            recent.append((s.index, f))
        if has_ext and not found_here:
            fact = _extension(doc, s, ctx, recent)
            if fact:
                out.append(fact)
    return out


def _negated_or_planned(ctx, k: int, title) -> bool:
    """The clause of a cue-less instrument states a plan, a draft or a negation."""
    a, b = clause_bounds(ctx, k)
    a, b = min(a, title.start), max(b, title.end)
    if modal_in(ctx, a, b) or future_in(ctx, a, b):
        return True
    return any(ctx.toks[q].low in ("не", "ни") for q in range(a, b))


def _extension(doc, s, ctx, recent):
    """"В 2015 году срок аренды был продлён до 2040 года" after a Kazakh agreement: the extension of that agreement."""
    mt = EXTENSION_RE.search(s.text)
    if not mt:
        return None
    before = s.text[:mt.start()]
    if re.search(r"(?<![\w-])(?:не|ни)\s*$", before) or modal_in(ctx, 0, len(ctx.toks)):
        return None
    anchor = next((f for i, f in reversed(recent) if s.index - i <= 5), None)
    if anchor is None:
        return None
    status, verb = governing_status(ctx, next(i for i, t in enumerate(ctx.toks) if t.start >= s.start + mt.start()))
    if status in ("futr",):
        return None
    until = next((d for d in s.dates if d.qualifier == "until" and d.value), None)
    date = None
    for d in s.dates:
        if d is until or d.qualifier:
            continue
        date = resolve_date(doc, s, d)
        if date:
            break
    start = s.start + mt.start()
    clause_end = s.end
    while clause_end > start and s.text[clause_end - s.start - 1] in ".!?;: ":
        clause_end -= 1
    english = "Extension of the " + anchor["title"][0].lower() + anchor["title"][1:]
    if until is not None:
        english += f" until {until.value}"
    return {
        "title": english,
        "title_original": doc.clean[start:clause_end],
        "kind": "agreement",
        "date": date,
        "parties": list(anchor.get("parties") or []),
        "field": anchor.get("field", "other"),
        "confidence": 0.5,
        "language": LANG,
        "_span": (s.start, s.end),
    }


# ------------------------------------------------------------------------------------------------- meetings
MEETING_RE = re.compile(
    r"визит|переговор|встреч|встрет|саммит|форум|заседани|сесси|съезд|совещани|конференци|пообщал|посетил|побывал"
    r"|поездк|беседовал|принял", re.IGNORECASE)

# lemma -> (kind, class, priority)
MEETING_NOUNS = {
    "визит": ("other", "visit", 1.2),
    "поездка": ("other", "visit", 1.1),
    "переговоры": ("talks", "talks", 1.5),
    "встреча": ("other", "meeting", 1.0),
    "саммит": ("summit", "multilateral", 2.5),
    "форум": ("forum", "multilateral", 2.4),
    "конференция": ("forum", "multilateral", 2.3),
    "заседание": ("session", "multilateral", 2.0),
    "сессия": ("session", "multilateral", 2.0),
    "съезд": ("session", "multilateral", 2.0),
    "совещание": ("session", "multilateral", 1.9),
}
MEETING_VERBS = {
    "встретиться": ("other", "meeting", 1.0),
    "пообщаться": ("other", "meeting", 1.0),
    "побеседовать": ("other", "meeting", 1.0),
    "беседовать": ("other", "meeting", 1.0),
    "посетить": ("other", "visit", 1.2),
    "побывать": ("other", "visit", 1.2),
    "принять": ("other", "meeting", 1.0),  # only with a person as object: "принял в Акорде министра ..."
    "провести": ("other", "meeting", 0.9),  # only "провели встречу/переговоры" (the noun is the cue) - see below
}
# "принял министра/посла/делегацию": the received person or delegation (accusative) after "принять"
RECEIVED_LEMMAS = frozenset("""министр посол президент премьер-министр председатель глава делегация заместитель
вице-премьер вице-президент спецпредставитель представитель генсек секретарь руководитель губернатор мэр
сенатор депутат спикер канцлер король принц эмир султан шейх вице-канцлер госсекретарь""".split())
VISIT_TYPES = {"официальный": "official visit", "государственный": "state visit", "рабочий": "working visit"}
NOT_EVENT_BEFORE = re.compile(r"(?<![\w-])(?:(?:в преддверии|накануне|перед|в ожидании|до|ко|к)\s+(?:\w+\s+){0,2}"
                              r"|(?:предстоящ|будущ|грядущ|очередн\w+\s+предстоящ|планируем|запланированн|следующ|ближайш"
                              r"|возможн|потенциальн|ответн)\w*\s+"
                              r"(?:\w+\s+)?)$", re.IGNORECASE)
NOT_MEETING_NOUN_BEFORE = re.compile(r"(?<![\w-])(?:пресс-|место\w*|площадк\w*|формат\w*|приглашени\w*)\s*$",
                                     re.IGNORECASE)
# a meeting word in an agreement title: "соглашение о взаимных поездках граждан", "программа визитов"
IN_TITLE_BEFORE = re.compile(r"(?:соглашени|договор|меморандум|протокол|программ|конвенци|план)\w*\s+(?:об?|по)\s+"
                             r"(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
ORDINAL_RE = re.compile(r"(?<![\w-])(перв|втор|трет|четв[её]рт|пят|шест|седьм|восьм|девят|десят|\d+-?)\w*\s+"
                        r"(?:\w+\s+)?(?:раунд|встреч|переговор|саммит|заседани|сесси|съезд|форум)", re.IGNORECASE)


def _meeting_cues(ctx, s):
    """(token index, kind, class, priority) for every valid meeting cue of the sentence."""
    toks = ctx.toks
    caption = None
    out = []
    for q in token_indices(ctx, MEETING_RE):
        tok = toks[q]
        m = tok.m
        before = s.text[max(0, tok.start - s.start - 120):tok.start - s.start]
        if m.pos == "NOUN" and m.lemma in MEETING_NOUNS:
            kind, cls, prio = MEETING_NOUNS[m.lemma]
            if NOT_MEETING_NOUN_BEFORE.search(before) or IN_TITLE_BEFORE.search(before[-80:]):
                continue
            if _under_infinitive(ctx, q):
                continue  # "договорились провести встречу", "пригласил посетить Казахстан с визитом"
            if m.lemma == "визит":
                for p in range(max(0, q - 3), q):
                    t = VISIT_TYPES.get(toks[p].m.lemma)
                    if t:
                        kind, prio = t, 3.0
            if NOT_EVENT_BEFORE.search(before):
                continue
            status, verb = governing_status(ctx, q)
            if status == "none":
                if caption is None:
                    caption = is_caption(s)
                if not caption:
                    continue
            elif status == "futr":
                continue
            elif status == "pres" and not (verb is not None and verb.m.lemma in _PRESENT_OK):
                continue
            a, b = clause_bounds(ctx, q)
            if verb is not None:
                vi = toks.index(verb)
                a, b = min(a, vi), max(b, vi + 1)
            if modal_in(ctx, a, b) or future_in(ctx, a, b):
                continue
            out.append((q, kind, cls, prio))
        elif m.pos == "VERB" and m.lemma in MEETING_VERBS:
            if m.tense != "past" or (q > 0 and toks[q - 1].low in ("не", "ни")):
                continue
            if m.lemma == "провести":
                continue  # "провели переговоры": the noun is the cue
            if m.lemma == "принять" and not _receives_person(ctx, q):
                continue
            a, b = clause_bounds(ctx, q)
            if modal_in(ctx, a, b):
                continue
            kind, cls, prio = MEETING_VERBS[m.lemma]
            out.append((q, kind, cls, prio))
    return out


_INFINITIVE_END_RE = re.compile(r"(?:ть|ти|чь|ться|тись)$")


def _under_infinitive(ctx, q: int) -> bool:
    """The meeting noun is the object of an infinitive ("провести встречу", "посетить Казахстан с визитом"):
    walking back over its modifiers, prepositions and names, an infinitive comes before any finite verb."""
    toks = ctx.toks
    p = q - 1
    steps = 0
    while p >= 0 and steps < 7:
        t = toks[p]
        if not t.is_word():
            return False
        if p not in ctx.ent_at and not t.text[0].isdigit():
            low = t.low
            if _INFINITIVE_END_RE.search(low) and t.m.pos == "INFN":
                return True
            if maybe_verb(low) and t.m.pos in ("VERB", "PRTS", "GRND"):
                return False
        p -= 1
        steps += 1
    return False


def _receives_person(ctx, q: int) -> bool:
    """"принял (в Акорде) министра иностранных дел Китая", "принял делегацию": a person or an official as object."""
    toks = ctx.toks
    for p in range(q + 1, min(len(toks), q + 5)):
        t = toks[p]
        if not t.is_word():
            return False
        e = ctx.ent_at.get(p)
        if e is not None:
            if e[0].kind == "person":
                return True
            continue
        if t.m.lemma in RECEIVED_LEMMAS and ("accs" in t.m.cases or "gent" in t.m.cases):
            return True
        if t.m.lemma in ("участие", "решение", "меры", "мера", "закон", "постановление", "участия"):
            return False
    return False


_PRESENT_OK = frozenset("""находиться проходить продолжаться открываться завершаться принимать участвовать
пребывать""".split())


def _place(ctx, q: int, cls: str) -> str | None:
    """The city the meeting is in: "в <City>" (prepositional; for a visit also "в <City>" accusative),
    nearest to the cue, after it first."""
    toks = ctx.toks
    best = None
    for i, (e, last) in ctx.ent_at.items():
        if e.kind != "city" or i != min(j for j, (e2, _) in ctx.ent_at.items() if e2 is e):
            continue
        if i == 0:
            continue
        if toks[i - 1].low not in ("в", "во"):
            if toks[i - 1].m.lemma in VISIT_OBJECT_LEMMAS:  # "посетил Алматы"
                d = abs(i - q)
                if best is None or d < best[0]:
                    best = (d, e.key)
            continue
        cases = toks[i].m.cases
        if cases and "loct" not in cases and "datv" not in cases and not (cls == "visit" and "accs" in cases):
            # pymorphy may not know the city: then accept
            if ru_gaz.city_country(e.key) is None:
                continue
        d = (i - q) if i > q else (q - i) + 0.5
        if best is None or d < best[0]:
            best = (d, e.key)
    return best[1] if best else None


DATELINE_RE = re.compile(r"^\s*[А-ЯЁ][А-ЯЁ-]{2,}(?:[ -][А-ЯЁ][А-ЯЁ-]+)*\s*[,.]\s+")
OTHER_DAY_RE = re.compile(r"(?<![\w-])(?:вчера|позавчера|накануне|ранее|прошл\w+|спустя|назад|тогда|впервые|в\s+\d{4})"
                          r"(?![\w-])", re.IGNORECASE)


def _dateline(doc):
    """(sentence index, date) of a news dateline ("БРЮССЕЛЬ, 15 мая 2024 года. ...", "АСТАНА. 12 января.") in the
    first sentences of the text: the day of the events the report opens with."""
    for s in doc.sentences[:4]:
        mt = DATELINE_RE.match(s.text)
        if not mt:
            continue
        for d in s.dates:
            if d.start - s.start <= mt.end() + 2 and d.precision == "day" and not d.qualifier:
                value = resolve_date(doc, s, d)
                if value:
                    return s.index, value
    return None


def extract_meetings(doc) -> list[dict]:
    found: list[dict] = []
    dateline = None
    if any(s.language == "ru" for s in doc.sentences[:4]):
        dateline = _dateline(doc)
    for s in sentences(doc):
        if not has_any(s.text.lower(), MEETING_STEMS):
            continue
        ctx = context(s)
        cues = _meeting_cues(ctx, s)
        if not cues:
            continue
        q, kind, cls, prio = max(cues, key=lambda c: (c[3], -c[0]))
        place = _place(ctx, q, cls)
        countries = entity_countries(s.entities, ctx=ctx)
        participants = [e.key for e in s.entities if e.kind == "person"]
        participants = list(dict.fromkeys(participants))
        for p in participants:
            c = person_country(p)
            if c and c not in countries:
                countries.append(c)
        for org in orgs(s.entities):
            if org not in countries:
                countries.append(org)
        if "KZ" not in countries:
            for c in referenced_members(doc, s):
                if c not in countries:
                    countries.append(c)
        if "KZ" not in countries and SIDES_RE.search(s.text):
            # "президенты встречались на полях саммита": the presidents the text is about
            for c in context_parties(doc, s, back=6, within_paragraph=False):
                if c not in countries:
                    countries.append(c)
        place_country = ru_gaz.city_country(place) if place else None
        if place_country and place_country not in countries:
            countries.append(place_country)
        # Kazakhstan takes part (a Kazakh state, person or region, or its capital standing for it) or hosts
        kz = "KZ" in countries or place_country == "KZ" or any(
            e.kind == "region" and e.key.startswith("KZ-") for e in s.entities)
        if not kz:
            continue
        if "KZ" not in countries:
            countries.insert(0, "KZ")
        foreign = [c for c in countries if c != "KZ"]
        if not foreign:
            continue
        date_start = date_end = None
        for d in event_dates(ctx, s, ctx.toks[q].start):
            value = resolve_date(doc, s, d)
            if value:
                date_start, date_end = value, end_of(d)
                break
        if date_start is None and dateline is not None and 0 <= s.index - dateline[0] <= 3 \
                and not OTHER_DAY_RE.search(s.text):
            date_start = dateline[1]  # "БРЮССЕЛЬ, 15 мая 2024 года. Министр ... принял участие в заседании ..."
        clause = s.text
        om = ORDINAL_RE.search(clause)
        ordinal = om.group(1).lower().rstrip("-") if om else None
        found.append({
            "kind": kind,
            "date_start": date_start,
            "date_end": date_end,
            "place": place,
            "participants": participants,
            "countries": countries,
            "outcome": None,
            "confidence": 0.7 if date_start else 0.55,
            "language": LANG,
            "_span": (s.start, s.end),
            "_core": (ctx.toks[q].start, ctx.toks[q].end),
            "_class": cls,
            "_priority": prio,
            "_ordinal": ordinal,
            "_sent": s.index,
        })
    return _merge_meetings(found)


def _within(a: dict, b: dict) -> bool:
    """a's start date falls within b's range."""
    if not (a.get("date_start") and b.get("date_start") and b.get("date_end")):
        return False
    x = a["date_start"]
    return b["date_start"][:len(x)] <= x <= b["date_end"] + "~"


MERGE_DISTANCE = 60  # sentences: beyond this, an undated mention is not taken for the same meeting


def _same_meeting(a: dict, b: dict) -> bool:
    if a["_ordinal"] and b["_ordinal"] and a["_ordinal"] != b["_ordinal"]:
        return False
    if not (a.get("date_start") and b.get("date_start")) and abs(a["_sent"] - b["_sent"]) > MERGE_DISTANCE:
        return False
    # a summit or session is not the same event as a visit or a bilateral meeting held beside it
    classes = {a["_class"], b["_class"]}
    if "multilateral" in classes and classes - {"multilateral", "talks"}:
        return False
    da, db = a.get("date_start"), b.get("date_start")
    if da and db and not (dates_compatible(da, db) or _within(a, b) or _within(b, a)):
        return False
    fa = set(a["countries"]) - {"KZ"}
    fb = set(b["countries"]) - {"KZ"}
    if fa & fb:
        return True
    if set(a["participants"]) & set(b["participants"]):
        return not (fa and fb)
    return bool(a.get("place") and a.get("place") == b.get("place"))


def _merge_meetings(found: list[dict]) -> list[dict]:
    kept: list[dict] = []
    for f in found:
        match = next((k for k in kept if _same_meeting(k, f)), None)
        if match is None:
            kept.append(f)
            continue
        # the more precise date wins; a range (a visit) keeps its end
        da, db = match.get("date_start"), f.get("date_start")
        if db and (not da or (len(db) > len(da) and not match.get("date_end"))
                   or (f.get("date_end") and not match.get("date_end") and _within(match, f))):
            match["date_start"], match["date_end"] = db, f.get("date_end") or match.get("date_end")
        rank = {"meeting": 0, "talks": 1, "visit": 2}
        upgrade = f["_class"] == match["_class"] or (
            f["_class"] in rank and match["_class"] in rank and rank[f["_class"]] >= rank[match["_class"]])
        if f["_priority"] > match["_priority"] and upgrade:
            match["kind"], match["_priority"], match["_class"] = f["kind"], f["_priority"], f["_class"]
        if not match.get("place") and f.get("place"):
            match["place"] = f["place"]
        for key in ("participants", "countries"):
            for v in f[key]:
                if v not in match[key]:
                    match[key].append(v)
        match["_ordinal"] = match["_ordinal"] or f["_ordinal"]
        match["_sent"] = f["_sent"]
        match["confidence"] = max(match["confidence"], f["confidence"])
    return kept
