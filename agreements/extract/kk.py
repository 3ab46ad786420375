"""Agreement and meeting rules for kk text.

Agreements
----------
An instrument is a KIND word (шарт, келісім, хаттама, декларация, ... see kk_titles.KIND_TABLE) in any case
form, named by

* a topic before ``туралы`` / ``жөніндегі`` ("достық ... туралы келісім-шартта"), possibly with a date, a
  signing participle or a modifier in between ("... туралы 2000 жылғы 21 сәуірде қол қойылған шарттың",
  "... туралы кең ауқымды шартқа"), or by
* a possessive construction ("Алматы декларациясы", "... ынтымақтастықтың бағдарламасы").

Lists share the kind word at their end ("A туралы, B туралы және C туралы хаттамаларға" = three protocols).
A kind word with no title counts only when a signing verb governs it and a date is known ("хаттама мен
Коммюникеге қол қойды"), and not when it points back ("Осы келісім", "Бұл шарт"). Drafts, proposals and plans
("жобасы", "ұсынды", "қол қою жоспарлануда"), refusals and negations are not agreements.

Dates: a date between the title and the kind word, then one after the kind word in the same clause, then the
nearest before the title in the sentence, then "Құжатқа 1992 жылдың 24 маусымында қол қойылды" in the next
sentence, then the narrative's current date (lowered to the month, lower confidence).

Meetings
--------
Cue words (ресми/жұмыс/мемлекеттік сапар, келіссөздер, саммит, форум, отырыс/мәжіліс, кездесу) in a sentence
with a date of its own. "Бұл кездесуде", "сапар шеңберінде" point back and are skipped. Place: a gazetteer city in
the locative ("Алматыда"), the dative of a visit ("Ташкентке сапар"), or named before the cue ("Шымкент
кездесуі"). A signing by heads of state, or at a named city, on a given day implies a meeting too.
"""
from __future__ import annotations

import re

from kzrel.pipeline.mentions import EntityMention

from . import kk_common as C
from .kk_morph import (DEMONSTRATIVES, PARTICIPLE_RE, TITLE_STOP_WORDS, Token, is_clause_end, split_stem)
from .kk_titles import KIND_MODIFIERS, KIND_TABLE, english_title

LANG = "kk"

# ============================================================================================ kind words
_KIND_RES = [(re.compile(rf"^(?:{pattern})(?P<tail>[а-яәіңғүұқөһ]*)$"), kind, head)
             for pattern, kind, head in KIND_TABLE]
_KIND_STEMS = {"treaty": ("шарт", "конвенция", "пакт"), "agreement": ("келісім",),
               "protocol": ("хаттама",), "memorandum": ("меморандум",), "declaration": ("декларация", "хартия"),
               "statement": ("коммюнике", "мәлімдеме"), "programme": ("бағдарлама", "стратегия"), "plan": ("жоспар",),
               "other": ("уағдаластық", "уағдаласым", "қағида", "ереже")}
_CONNECTORS = {"туралы", "жөніндегі", "жөнінде"}
_SIGNING_PARTICIPLES = re.compile(r"^(?:қойылған|қойған|жасалған|қабылданған|қабылдаған|бекітілген|"
                                  r"қол|ратификацияланған|рәсімделген)$")
_BARE_ENDING = re.compile(r"^(?:ның|нің|дың|дің|тың|тің|ға|ге|қа|ке|да|де|та|те|ны|ні|ды|ді|мен|бен|пен)$")
_ADMIN_WORDS = re.compile(r"^(?:республикасы|федерациясы|әкімшілігі|әкімдігі|хокимияты|мэриясы|облысы|өлкесі|"
                          r"үкіметі|үкіметтері|министрлігі|министрліктері|қаласы|ауданы|провинциясы|штаты|"
                          r"губерниясы|аймағы|өңірі|парламенті|парламенттері|тараптары|елдері)$")
_LEADING_POSTPOSITIONS = {"бойынша", "сәйкес", "туралы", "жөнінде", "арасында", "үшін", "кейін", "соң"}
_SEPARATORS = {",", ";", "және", "мен", "пен", "бен", "сондай-ақ", "сонымен", "қатар"}


class KindHit:
    __slots__ = ("i", "j", "kind", "head", "plural", "poss", "case", "text", "mods")

    def __init__(self, i, j, kind, head, plural, poss, case, text):
        self.i, self.j = i, j  # first and last token index
        self.kind, self.head = kind, head
        self.plural, self.poss, self.case = plural, poss, case
        self.text = text
        self.mods: list[str] = []


def _kind_of(low: str):
    for rx, kind, head in _KIND_RES:
        m = rx.match(low)
        if not m:
            continue
        stem = low[:m.start("tail")]
        tail = split_stem(low, stem) if m.group("tail") else None
        if m.group("tail") and tail is None:
            continue
        return kind, head, tail, stem
    return None


_KIND_PREFIX = re.compile(r"^(?:келі|шарт|конв|пакт|хатт|мемо|декл|харт|комм|мәлі|бағд|жосп|уағ|қағи|ереж|стра)")


_KIND_FIND = re.compile(r"(?<![^\W\d_])(?:келі|шарт|конв|пакт|хатт|мемо|декл|харт|комм|мәлі|бағд|жосп|уағ|қағи|"
                        r"ереж|стра)")


def find_kinds(tokens: list[Token], unit: C.Unit | None = None) -> list[KindHit]:
    hits: list[KindHit] = []
    n = len(tokens)
    if unit is not None:
        candidates = sorted({unit.token_at(unit.start + m.start()) for m in _KIND_FIND.finditer(unit.lower)})
    else:
        candidates = list(range(n))
    skip_to = -1
    for i in candidates:
        if i < skip_to:
            continue
        t = tokens[i]
        low = t.low
        if not t.is_word or not _KIND_PREFIX.match(low):
            continue
        # "келісім - шарт", "келісім шарт" written apart
        if low == "келісім" and i + 1 < n:
            k = i + 2 if tokens[i + 1].text == "-" and i + 2 < n else i + 1
            got = _kind_of(tokens[k].low)
            if got and got[3] == "шарт":
                tail = got[2]
                hits.append(KindHit(i, k, "treaty", "Treaty", bool(tail and tail.plural), bool(tail and tail.poss),
                                    tail.case if tail else "nom", "келісім-шарт"))
                skip_to = k + 1
                continue
        got = _kind_of(low)
        if got:
            kind, head, tail, stem = got
            if stem == "жоспар" and low.startswith("жоспарла"):
                continue
            plural = bool(tail and tail.plural)
            poss = bool(tail and tail.poss)
            case = tail.case if tail else "nom"
            if stem.replace("-", "").replace(" ", "").endswith("шарт") and "келі" in stem:
                kind, head = "treaty", "Treaty"
            hits.append(KindHit(i, i, kind, head, plural, poss, case, stem))
    return hits


# ============================================================================================ cues
_SIGN_AFTER = re.compile(
    r"^(?:[^.;!?]{0,80}?\s)?(?:қол\s+(?:қой(?:ылды|ды|ысты|ылған|ған|ып|ылып|ылуы\w*|уы\w*|у|ыс\w*)|қою\w*)|"
    r"жасалды|жасалған|бекітілді|бекітті|бекітілген|қабылданды|қабылдады|қабылданған|қуатталды|"
    r"ратификациялан\w*|рәсімделді|күшіне\s+енді|қол\s+жеткізілді)(?=[\s.,;!?)»]|$)")
# Intentions, plans, proposals, drafts, refusals: "қол қою жоспарлануда", "қол қоюға дайын", "қол қойылады"
# (will be signed), "келісім жасау мүмкіндігін қарастырды", "... туралы келісім бойынша келіссөздер".
_PLAN_WORDS = (r"(?:жоспар\w*|көзде\w*|күтіл\w*|ниет\w*|мүмкін\w*|қажет\w*|тиіс\w*|керек\w*|ұсын\w*|"
               r"келіс(?:ті|іп|ілді|кен|етін|еді)\w*|уағдалас\w*|қарастыр\w*|талқыла\w*|дайын\w*|мақсат\w*|"
               r"шешт\w*|шешім\w*|әзір\w*|бастама\w*|міндет\w*)")
_NOT_SIGNED_AFTER = re.compile(
    r"^(?:[^.;!?]{0,60}?)(?:\bжоба\w*|\bұсын(?:ды|ылды|ған|ылған|ады|ылуда|ылады)\b|жоспарлан\w*|"
    r"қол\s+қойылма\w*|қол\s+қойма\w*|қол\s+қойылған\s+жоқ|қол\s+қоюдан\s+бас\s+тарт\w*|\bәзірле\w*|"
    r"дайындал(?:уда|ып\s+жатыр)\w*|күтілуде|\bтиіс\b|келіссөздер\s+жүр\w*|"
    r"қол\s+қоюға\b|қол\s+қою(?:ды|ы|)\s+(?:\S+\s+){0,2}?" + _PLAN_WORDS + r"|"
    r"қол\s+қой(?:ылады|ылатын|ылмақ|ылар|ылуға|ылуы\s+" + _PLAN_WORDS + r"|ады|атын|мақ)\b|қол\s+қоя\w*|"
    r"\bжаса(?:у|су|луы)\w*\s+(?:\S+\s+){0,2}?" + _PLAN_WORDS + r"|\bжаса(?:у|су)ға\b|"
    r"(?:бойынша|жөнінде|туралы)\s+келіссөз\w*|келіссөз\w*\s+(?:\S+\s+)?(?:жүр|жалғас|бастал|баста)\w*)")
# Future time before the title in the same clause: "алдағы уақытта ... келісімге қол қою"
_FUTURE_BEFORE = re.compile(r"(?:^|\s)(?:алдағы|болашақта|жақын\s+арада|келесі\s+жыл\w*|келер\s+жыл\w*)(?=\s)")
_DOMESTIC_PROGRAMME = re.compile(r"(?:мемлекеттік|ұлттық|салалық|аймақтық|өңірлік)\s+(?:бағдарлама|жоспар|стратегия)")
_PAST_SIGN_RE = re.compile(r"\bқол\s+қой(?:ылды|ды|ысты)\b|\bжасалды\b|\bбекітілді\b|\bқабылданды\b")
_DRAFT_BEFORE = re.compile(r"(?:жоба\w*|ұсыныс\w*)\s*$")
_COUNT_RE = re.compile(r"^(?:\d{1,3}|екі|үш|төрт|бес|алты|жеті|сегіз|тоғыз|он|жиырма|отыз|қырық|елу)$")
_NUMBER_EN = {"екі": "Two", "үш": "Three", "төрт": "Four", "бес": "Five", "алты": "Six", "жеті": "Seven",
              "сегіз": "Eight", "тоғыз": "Nine", "он": "Ten", "жиырма": "Twenty", "отыз": "Thirty", "қырық": "Forty",
              "елу": "Fifty"}
_SIGN_ANYWHERE = re.compile(r"\bқол\s+(?:қой(?:ылды|ды|ысты|ылған|ған|ып|ылып|у\w*)|қою\w*)|\bжасалды\b|"
                            r"\bбекітілді\b|\bқабылданды\b|\bқабылдады\b|\bқуатталды\b|\bратификациялан")
_GENERIC_BEFORE = {"бірнеше", "көптеген", "бірталай", "түрлі", "әртүрлі", "әр", "барлық", "жуық", "шамамен",
                   "ондаған", "жүздеген", "кейбір", "басқа", "тағы"}
_HEADS_RE = re.compile(r"\b(?:президент\w*|басшы\w*|премьер\w*|мемлекет\s+басшы\w*|үкімет\s+басшы\w*|"
                       r"министр\w*|делегация\w*|төраға\w*)")
_ACTIVE_SIGN_RE = re.compile(r"\bқол\s+қой(?:ды|ысты)\b")


def _signed_after(text_after: str) -> bool:
    return bool(_SIGN_AFTER.match(text_after))


def _future_before(unit: C.Unit, start: int) -> bool:
    """The clause before ``start`` speaks of the future ("алдағы уақытта", "болашақта", "келесі жылы")."""
    head = unit.lower[:start - unit.start]
    cut = max(head.rfind(c) for c in ",;:")
    return bool(_FUTURE_BEFORE.search(head[cut + 1:]))


def _not_signed_after(text_after: str) -> bool:
    head = re.split(r"[,;.!?]", text_after[:90], maxsplit=1)[0]
    return bool(_NOT_SIGNED_AFTER.match(head))


# ============================================================================================ titles
def _in_date(doc, unit: C.Unit, t: Token):
    for d in unit.dates:
        if t.start < d.end and t.end > d.start:
            return d
    return None


def _country_at(unit: C.Unit, tokens: list[Token], k: int):
    if k < 0:
        return None
    t = tokens[k]
    for e in unit.entities:
        if e.kind == "country" and e.start < t.end and e.end > t.start:
            return e
    return None


def _country_list_end(unit: C.Unit, tokens: list[Token], i: int) -> bool:
    """tokens[i] ends a list of countries in the nominative that is the subject of the sentence
    ("Қазақстан, Қырғызстан, Өзбекстан әскери ...", "Қазақстан мен Қытай инвестициялық ...")."""
    e = _country_at(unit, tokens, i)
    if e is None or C.entity_case(unit, e) != "nom":
        return False
    nxt = tokens[i + 1].low if i + 1 < len(tokens) else ""
    if nxt in ("мен", "пен", "бен", "арасындағы", "арасында", "-", ",", "және") or _ADMIN_WORDS.match(nxt) or \
            e.end > tokens[i].end:
        return False
    k, count = i, 1
    while k - 1 >= 0 and tokens[k - 1].start >= e.start:
        k -= 1  # the first word of a name of several words ("Біріккен Араб Әмірліктері")
    while k - 2 >= 0 and tokens[k - 1].low in (",", "және", "мен", "пен", "бен"):
        # "Қазақстан Республикасы мен Қытай": step over the generic word of an official name
        m = k - 2
        while m >= 0 and _ADMIN_WORDS.match(tokens[m].low) and _country_at(unit, tokens, m) is not None:
            m -= 1
        if _country_at(unit, tokens, m) is None and _country_at(unit, tokens, k - 2) is None:
            break
        count += 1
        k = m if _country_at(unit, tokens, m) is not None else k - 2
    return count >= 2


def _place_in_locative(unit: C.Unit, t: Token) -> bool:
    """``t`` ends a city's name in the locative ("... 1992 жылғы 31 қазанда Анкарада қол қойылған келісім")."""
    return any(e.kind == "city" and e.start < t.end and e.end >= t.end - 4 and e.end > t.start
               and C.entity_case(unit, e) == "loc" for e in unit.entities)


def _place_locative(unit: C.Unit, tokens: list[Token], i: int, j: int, kinds_at) -> bool:
    """tokens[i] is a place in the locative that opens the sentence's circumstances ("Бейжіңде", "Астанада"),
    not a part of a nested name ("Оралда жасалған екі жақты келісімдерді ...")."""
    t = tokens[i]
    for e in unit.entities:
        if e.kind in ("city", "country", "region") and e.start < t.end and e.end > t.start and e.end >= t.end - 4:
            if C.entity_case(unit, e) != "loc":
                return False
            nested = i + 1 <= j and PARTICIPLE_RE.match(tokens[i + 1].low) and \
                any(k in kinds_at for k in range(i + 2, min(j + 1, i + 6)))
            return not nested
    return False


def scan_title(doc, unit: C.Unit, kinds_at: dict[int, KindHit], j: int) -> int:
    """Index of the first token of the title whose last token is ``j`` (going leftwards until a boundary)."""
    tokens = unit.tokens
    i = j
    depth = 0
    limit = max(0, j - 40)
    while i >= limit:
        t = tokens[i]
        low = t.low
        if t.text == ")":
            depth += 1
        elif t.text == "(":
            if not depth:
                break
            depth -= 1
        elif depth:
            pass
        elif t.text in ";:!?.«»\"'[]":
            break
        elif t.text == "-" and not t.is_word:
            if C.original_char(doc, t.start) in "–—―" and not (
                    i + 1 <= j and _BARE_ENDING.match(tokens[i + 1].low)):
                break
        elif t.text == ",":
            prev = tokens[i - 1] if i > 0 else None
            if prev is None or prev.low in _CONNECTORS or prev.low in TITLE_STOP_WORDS or \
                    is_clause_end(prev.low) or PARTICIPLE_RE.match(prev.low) or (i - 1) in kinds_at or \
                    _in_date(doc, unit, prev) is not None or _country_list_end(unit, tokens, i - 1):
                break
        elif i != j and low in _CONNECTORS and (tokens[i + 1].low in _SEPARATORS or (i + 1) in kinds_at
                                                 or not tokens[i + 1].is_word):
            break
        elif low in TITLE_STOP_WORDS or is_clause_end(low):
            break
        elif _OFFICIAL_INS.match(low) or _person_at(unit, t):
            break  # "Тоқаев Қытай басшысымен ... туралы келісім": people never belong to a title
        elif i != j and i in kinds_at and i + 1 <= j and tokens[i + 1].low in _SEPARATORS:
            break
        elif _SIGNING_PARTICIPLES.match(low) and i != j:
            ahead = {k for k in range(i + 1, min(j + 1, i + 5)) if k in kinds_at}
            if not ahead:
                if low == "қол":
                    pass
                else:
                    break
        elif _country_list_end(unit, tokens, i) or _place_locative(unit, tokens, i, j, kinds_at):
            break
        else:
            d = _in_date(doc, unit, t)
            if d is not None and C.date_role(doc, d) != "period":
                break
        i -= 1
    start = i + 1
    while start <= j and (tokens[start].low in _SEPARATORS or tokens[start].low in _LEADING_POSTPOSITIONS
                          or not tokens[start].is_word and tokens[start].text != "("):
        start += 1
    # "қол қойылған" left over at the start of a title is a relative clause, not part of it
    while start + 1 <= j and tokens[start].low == "қол" and _SIGNING_PARTICIPLES.match(tokens[start + 1].low):
        start += 2
    # "... Қазақстан Республикасы мен Өзбекстан Республикасы арасындағы Достық ...": the parties open the title
    for a in range(j, start, -1):
        if tokens[a].low not in ("арасындағы", "арасында"):
            continue
        b = a - 1
        while b >= start and (_entity_at(unit, tokens[b]) or tokens[b].low in ("мен", "пен", "бен", "және", ",", "-")
                              or _ADMIN_WORDS.match(tokens[b].low) or _BARE_ENDING.match(tokens[b].low)
                              or (tokens[b].text[:1].isupper() and b > 0 and tokens[b].is_word)):
            b -= 1
        if b + 1 < a and _entity_at(unit, tokens[b + 1]) and b + 1 > start:
            return b + 1
        break
    return start


_OFFICIAL_INS = re.compile(r"^(?:басшы|президент|премьер-министр|премьер|министр|төраға|елші|хатшы|делегация)"
                           r"\w*(?:мен|бен|пен)$")


def _person_at(unit: C.Unit, t: Token):
    for e in unit.entities:
        if e.kind == "person" and e.start < t.end and e.end > t.start:
            return e
    return None


def _entity_at(unit: C.Unit, t: Token):
    for e in unit.entities:
        if e.start < t.end and e.end > t.start and e.kind in ("country", "city", "region", "organisation"):
            return e
    return None


def _kind_nominative(hit: KindHit, tokens: list[Token], singular: bool) -> str:
    first = tokens[hit.i].text
    if hit.text == "келісім-шарт":
        word = "келісім-шарт"
    else:
        word = hit.text
    if hit.poss and not singular:
        # keep the possessive form the title needs ("Алматы декларациясы", "үш жақты шарты")
        low = tokens[hit.j].low
        word = re.sub(r"(ның|нің|дың|дің|тың|тің|на|не|н|ға|ге|да|де|дан|ден|мен)$", "", low) \
            if not low.endswith(("сы", "сі", "ы", "і")) else low
    elif hit.plural and not singular:
        low = tokens[hit.j].low
        m = re.match(rf"^(.*?(?:лар|лер|дар|дер|тар|тер))", low[len(hit.text):])
        word = hit.text + (m.group(1) if m else "")
    if first[:1].isupper():
        word = word[:1].upper() + word[1:]
    return word


class Item:
    """One instrument found in a unit."""
    __slots__ = ("title_start", "title_end", "connector", "hit", "mods", "gap_date", "chain", "nested",
                 "untitled", "possessive")

    def __init__(self, title_start, title_end, connector, hit, mods=(), gap_date=None, chain=False,
                 nested=False, untitled=False, possessive=False):
        self.title_start, self.title_end = title_start, title_end  # token indices of the topic (inclusive)
        self.connector = connector  # "туралы" ... or "" (possessive) or None (untitled)
        self.hit = hit
        self.mods = list(mods)
        self.gap_date = gap_date
        self.chain, self.nested, self.untitled, self.possessive = chain, nested, untitled, possessive


def _modifiers_before(tokens: list[Token], k: int) -> tuple[int, list[str]]:
    """Skip kind modifiers ("екі жақты", "бірлескен", "кең ауқымды") leftwards from k; (new k, modifiers)."""
    mods: list[str] = []
    while k >= 0:
        two = f"{tokens[k - 1].low} {tokens[k].low}" if k >= 1 else ""
        if two in KIND_MODIFIERS:
            mods.insert(0, two)
            k -= 2
        elif tokens[k].low in KIND_MODIFIERS:
            mods.insert(0, tokens[k].low)
            k -= 1
        else:
            break
    return k, mods


def find_items(doc, unit: C.Unit) -> list[Item]:
    tokens = unit.tokens
    hits = find_kinds(tokens, unit)
    kinds_at = {}
    for h in hits:
        for k in range(h.i, h.j + 1):
            kinds_at[k] = h
    items: list[Item] = []
    for h in hits:
        nxt = tokens[h.j + 1].low if h.j + 1 < len(tokens) else ""
        if h.kind == "agreement" and h.case == "dat" and nxt.startswith("кел"):
            continue  # "келісімге келу": to come to an agreement
        if nxt in _CONNECTORS or nxt in ("жобасы", "жобасын", "жобасына", "жобасының"):
            continue  # a word inside another title, or a draft
        # nested: "... Оралда жасалған екі жақты келісімдерді іске асыру барысы туралы хаттама"
        part = next((k for k in range(h.i - 1, max(-1, h.i - 5), -1) if _SIGNING_PARTICIPLES.match(tokens[k].low)),
                    None)
        if nxt and tokens[h.j + 1].is_word and nxt not in _SEPARATORS and h.case in ("acc", "gen") and \
                part is not None and not any(tokens[k].low in _CONNECTORS for k in range(max(0, part - 1), h.i)) and \
                any(tokens[k].low in _CONNECTORS for k in range(h.j + 1, min(len(tokens), h.j + 7))):
            start = h.i
            while start - 1 >= 0 and tokens[start - 1].is_word and start > h.i - 5 and \
                    tokens[start - 1].low not in _SEPARATORS and tokens[start - 1].low not in _CONNECTORS:
                start -= 1
            items.append(Item(start, h.i - 1, "", h, nested=True))
            continue
        k, mods = _modifiers_before(tokens, h.i - 1)
        gap_date = None
        # a date and/or a signing participle between the title and the kind word
        k0 = k
        while k >= 0 and (_SIGNING_PARTICIPLES.match(tokens[k].low) or _in_date(doc, unit, tokens[k]) is not None
                          or (k != k0 and _place_in_locative(unit, tokens[k]))):
            d = _in_date(doc, unit, tokens[k])
            if d is not None:
                gap_date = d
            k -= 1
        if k != k0:
            k, more = _modifiers_before(tokens, k)
            mods = more + mods
        # "... туралы нақты ұсыныстар мен келісімдер": a noun coordinated with the kind word
        if k >= 1 and tokens[k].low in ("мен", "пен", "бен", "және") and tokens[k - 1].is_word and \
                k - 1 not in kinds_at and (k - 2 >= 0 and tokens[k - 2].low in _CONNECTORS or
                                           k - 3 >= 0 and tokens[k - 3].low in _CONNECTORS):
            k = k - 2 if tokens[k - 2].low in _CONNECTORS else k - 3
        if k >= 0 and tokens[k].low in _CONNECTORS:
            start = scan_title(doc, unit, kinds_at, k - 1)
            if start > k - 1:
                continue
            items.append(Item(start, k - 1, tokens[k].low, h, mods, gap_date))
            head_item = items[-1]
            # the items of a list that share this kind word
            s = start
            while s - 2 >= 0:
                b = s - 1
                while b >= 0 and tokens[b].low in _SEPARATORS:
                    b -= 1
                if b < 0 or b == s - 1 or tokens[b].low not in _CONNECTORS:
                    break
                prev_start = scan_title(doc, unit, kinds_at, b - 1)
                if prev_start > b - 1:
                    break
                items.append(Item(prev_start, b - 1, tokens[b].low, h, mods, gap_date, chain=True))
                head_item.chain = True  # one instrument per item: "хаттамалар" -> each a "хаттама"
                s = prev_start
            continue
        before_ok = k >= 0 and tokens[k].is_word and k not in kinds_at and \
            tokens[k].low not in TITLE_STOP_WORDS and not is_clause_end(tokens[k].low)
        if before_ok and (h.poss or tokens[k].low == "арналған") and \
                (h.kind != "other" or _GEN_RE.search(tokens[k].low)):
            if h.kind == "treaty" and h.plural and h.text == "шарт":
                continue  # "шарттары": conditions
            titled = _title_like(tokens[k].low) or (tokens[k].text[:1].isupper() and k > 0) or \
                _entity_at(unit, tokens[k]) is not None
            start = scan_title(doc, unit, kinds_at, k) if titled else k + 1
            if titled and start <= k:
                if (h.kind in ("other", "plan") or h.text == "стратегия") and \
                        not _signed_after(_after(unit, tokens, h)):
                    continue
                items.append(Item(start, k, "", h, mods, gap_date, possessive=True))
                continue
        # untitled
        items.append(Item(h.i, h.i - 1, None, h, mods, gap_date, untitled=True))
    return items


_GEN_RE = re.compile(r"(?:ның|нің|дың|дің|тың|тің)$")
_ADJ_RE = re.compile(r"(?:лық|лік|дық|дік|тық|тік|ғы|гі|қы|кі|ты|ті|ды|ді|жақты|ауқымды|мерзімді|лы|лі)$")


def _title_like(low: str) -> bool:
    """A word that can stand right before a possessive kind word in a title: a genitive, an adjective, a
    verbal noun, a proper name, "арналған"."""
    return bool(_GEN_RE.search(low) or _ADJ_RE.search(low) or low.endswith(("у", "ю")) or low == "арналған")


def _after(unit: C.Unit, tokens: list[Token], h: KindHit) -> str:
    end = tokens[h.j].end
    return unit.text[end - unit.start:].lower()


def _before_words(tokens: list[Token], i: int, n: int = 3) -> list[str]:
    return [t.low for t in tokens[max(0, i - n):i]]


# ============================================================================================ agreements
_FIELDS = [
    ("border", r"шекара|межелеу|демаркац|делимитац|өткізу пункт"),
    ("security", r"қауіпсіздік|терроризм|экстремизм|сепаратизм|қылмыс|есірткі|психотроп|адам саудас|"
                 r"киберқауіпсіз|төтенше жағдай"),
    ("military", r"әскери|қорғаныс|қару|бітімгершілік"),
    ("legal", r"азаматтық|азаматтар|құқықтық|мәртебе|сот\b|сотталған|экстрадиц|виза|паспорт|консулдық|"
              r"реадмиссия|көші-қон|ұстап беру"),
    ("energy", r"мұнай|газ\b|газ |энергет|электр|көмірсутек|құбыр|каспий|атом|уран|көмір\b|гидроэнерг|"
               r"жаңартылатын|сутегі"),
    ("transport", r"көлік|транзит|теміржол|темір жол|әуе|автомобиль|тасымал|логистика|авиация|жүк\b|порт\b|дәліз"),
    ("science", r"ғарыш|байқоңыр|ғылыми|ғылым|инновац|цифрлық|цифрланд|технология|зерттеу|жерсерік"),
    ("culture", r"мәдени|мәдениет|туризм|туристік|\bспорт|мұрағат|архив|баспасөз|\bмұра"),
    ("education", r"білім|студент|оқу орн|кадр"),
    ("humanitarian", r"гуманитар|денсаулық|медицин|фармацевт|санитар|эпидемиол"),
    ("trade", r"^сауда|\bсауда|тауар|кеден|тариф"),
    ("economic", r"экономика|кеңістік|интеграция|кәсіпорын|өнеркәсіп|өндіріс|металлург|банк|несие|қарыз|ақша|"
                 r"салық|инвестиц|кооперация|консорциум|қаржы|инфрақұрылым|индустр|ауыл шаруашылығ|агро|"
                 r"азық-түлік|ветеринар|карантин|шағын|бизнес|кәсіпкер"),
    ("political", r"достық|достастық|одақтастық|көршілік|саяси|әріптестік|ынтымақтастық|консультация"),
]
_FIELD_RES = [(name, re.compile(rx)) for name, rx in _FIELDS]


def field_of(title: str) -> str:
    low = title.lower()
    first = None
    for name, rx in _FIELD_RES[:4]:
        if rx.search(low):
            return name
    for name, rx in _FIELD_RES[4:]:
        m = rx.search(low)
        if m and (first is None or m.start() < first[1]):
            first = (name, m.start())
    return first[0] if first else "other"


def between_before(doc, unit: C.Unit, start: int) -> list[EntityMention]:
    """Entities of "X мен Y арасында" right before a title ("Павлодар облысы мен Омбы облысы арасында ...")."""
    head = doc.clean[unit.start:start]
    m = re.search(r"арасында\s*$", head)
    if not m:
        return []
    cut = unit.start + m.start()
    clause_start = max(unit.start + head.rfind(c, 0, m.start()) + 1 for c in ",;:")
    return [e for e in unit.entities if clause_start <= e.start and e.end <= cut
            and e.kind in ("country", "city", "region", "organisation")]


def _parties(doc, unit: C.Unit, span: tuple[int, int]) -> list[str]:
    ents = unit.entities
    inside = [e for e in ents if span[0] <= e.start and e.end <= span[1]]
    inside += between_before(doc, unit, span[0])
    places = [e for e in inside if e.kind in ("city", "region")]
    kz_side = [e for e in places if _entity_country(e) == "KZ"]
    foreign_side = [e for e in places if _entity_country(e) not in (None, "KZ")]
    if kz_side and foreign_side:
        return [_region_code(kz_side[0]) or kz_side[0].key, _region_code(foreign_side[0]) or foreign_side[0].key]
    countries = C.countries_in(inside)
    created = [e.key for e in inside if e.kind == "organisation"
               and re.match(r"^\s*(?:\([^)]*\)\s*)?(?:құру|құрылу|құрған)", doc.clean[e.end:e.end + 30].lower())]
    orgs = [o for o in C.countries_in(inside, kinds=("organisation",)) if o not in created]
    foreign = [c for c in countries if c != "KZ"]
    if not foreign:
        # the title names no foreign state ("Кеден одағы туралы келісім"): the states of the sentence signed it
        foreign = [c for c in C.countries_in(ents) if c != "KZ"]
    if not foreign and not orgs:
        # signed in a foreign city ("Анкарада қол қойылған үкіметаралық келісім")
        foreign = list(dict.fromkeys(c for e in ents if e.kind == "city"
                                     for c in [C.city_country(e.key)] if c and c != "KZ"))
    if not foreign and not orgs:
        partner = C.main_partner(doc)
        foreign = [partner] if partner else []
    return ["KZ"] + foreign + [o for o in orgs if o not in foreign]


def _entity_country(e: EntityMention) -> str | None:
    if e.kind == "city":
        return C.city_country(e.key)
    if e.kind == "region":
        return C.region_country(e.key)
    if e.kind == "country":
        return e.key
    return None


def _region_code(e: EntityMention) -> str | None:
    if e.kind == "region":
        return e.key
    if e.kind == "city":
        return C.city_region(e.key)
    return None


def _group_years(doc, unit: C.Unit, item: Item, w: C.When) -> str:
    """"1997 және 1998 жылдары ... келісімдер": a group signed over several years -> "1997/1998"."""
    if item.hit.plural and w.precision == "year" and not w.end_value:
        m = re.search(r"\b(1[89]\d\d|20\d\d)\s*(?:және|мен|,)\s*$", doc.clean[max(unit.start, w.start - 16):w.start])
        if m and m.group(1) < w.value[:4]:
            return f"{m.group(1)}/{w.value[:4]}"
    return C.coarse(w)


def _date_for(doc, all_units, unit: C.Unit, item: Item, items: list[Item]) -> tuple[str | None, float]:
    """(date, confidence factor) of an instrument."""
    tokens = unit.tokens
    events = C.unit_dates(doc, all_units, unit)
    by_mention = {id(w.mention): w for w in events}
    if item.gap_date is not None and id(item.gap_date) in by_mention:
        return _group_years(doc, unit, item, by_mention[id(item.gap_date)]), 1.0
    if item.nested:
        return None, 0.8
    kind_end = tokens[item.hit.j].end
    title_start = tokens[item.title_start].start if not item.untitled else tokens[item.hit.i].start
    # after the kind word, in the same clause ("шартқа 1994 жылы 30 сәуірде ... қол қоюмен")
    clause_end = unit.end
    for other in items:
        if other is not item and tokens[other.hit.i].start > kind_end:
            clause_end = min(clause_end, tokens[other.title_start if not other.untitled else other.hit.i].start)
    semi = unit.text.find(";", kind_end - unit.start)
    if semi >= 0:
        clause_end = min(clause_end, unit.start + semi)
    after = [w for w in events if kind_end <= w.start < clause_end]
    if after and _signed_after(doc.clean[kind_end:clause_end].lower()):
        return C.coarse(after[0]), 1.0
    before = [w for w in events if w.end <= title_start]
    if before:
        return _group_years(doc, unit, item, before[-1]), 1.0
    if after:
        return C.coarse(after[0]), 0.9
    # "Құжатқа 1992 жылдың 24 маусымында қол қйылды." in the next sentence
    if unit.index + 1 < len(all_units):
        nxt = all_units[unit.index + 1]
        head = nxt.text.lower()[:60]
        if re.match(r"^\s*(?:бұл\s+|осы\s+)?(?:құжат|шарт|келісім|хаттама|декларация|меморандум|ол)\w*\s",
                    head) and re.search(r"қол\s+қой|жасалды|қабылданды|бекітілді", nxt.text.lower()):
            nd = C.unit_dates(doc, all_units, nxt)
            if nd:
                return C.coarse(nd[0]), 1.0
    signing_here = bool(_SIGN_ANYWHERE.search(unit.text.lower()))
    signing_before = unit.index > 0 and bool(_SIGN_ANYWHERE.search(all_units[unit.index - 1].text.lower()))
    if signing_here:
        line = C.dateline(doc, all_units, unit)
        if line is not None:  # news: signed on the day of the dateline
            return C.coarse(line[1]), 0.8
    ctx = C.context_date(doc, all_units, unit) if (signing_here or signing_before) else None
    if ctx is not None:
        value = C.coarse(ctx)
        return value[:7], 0.7
    return None, 0.8


def _english_name(e: EntityMention) -> str | None:
    if e.form == "adjective":
        return None
    try:
        from kzrel import gazetteers as g
        if e.kind == "country":
            return g.country_name(e.key, "en") or e.key
        if e.kind == "region":
            return g.region_name(e.key, "en") or e.key
    except Exception:  # pragma: no cover
        return e.key
    if e.kind == "organisation":
        if e.form == "abbreviation":
            return e.key
        try:
            from kzrel import gazetteers as g
            rec = g.organisation(e.key)
        except Exception:  # pragma: no cover
            rec = None
        return (rec or {}).get("name_en") or None
    return e.key


def _names(unit: C.Unit, a: int, b: int) -> dict:
    """Lower-case title words -> (English name, case) for the entities found inside [a, b)."""
    names: dict = {}
    for e in unit.entities:
        if not (a <= e.start and e.end <= b):
            continue
        en = _english_name(e)
        if not en:
            continue
        toks = [t for t in unit.tokens if t.start < e.end and t.end > e.start and t.is_word]
        surface = unit.text[e.start - unit.start:e.end - unit.start]
        if not toks or toks[0].start != e.start or ("-" in toks[-1].text and "-" not in surface):
            continue  # part of a compound ("Ресей-Қазақстан ынтымақтастығы"): the lexicon reads it
        case = C.entity_case(unit, e)
        for k, t in enumerate(toks):
            names[t.low] = (en if k == 0 else "", case if k == len(toks) - 1 else "nom")
    return names


def _title_text(doc, unit: C.Unit, item: Item) -> tuple[str, list[str], tuple[int, int]]:
    """(Kazakh title as written, topic words, clean span of the topic)."""
    tokens = unit.tokens
    if item.untitled:
        return "", [], (tokens[item.hit.i].start, tokens[item.hit.j].end)
    a, b = tokens[item.title_start].start, tokens[item.title_end].end
    words = [t.text for t in tokens[item.title_start:item.title_end + 1]]
    return doc.clean[a:b], words, (a, tokens[item.hit.j].end)


def extract_agreements(doc) -> list[dict]:
    all_units = C.units(doc)
    out: list[dict] = []
    for unit in all_units:
        if not _KIND_HINT.search(unit.lower):
            continue
        items = find_items(doc, unit)
        for item in items:
            fact = _agreement(doc, all_units, unit, item, items)
            if fact:
                out.append(fact)
    return _corefer(out)


_KIND_HINT = re.compile(r"шарт|келісім|конвенция|хаттама|меморандум|декларация|коммюнике|мәлімдеме|"
                        r"бағдарлама|жоспар|уағ|қағида|ереже|пакт|хартия|стратегия")


def _agreement(doc, all_units, unit: C.Unit, item: Item, items: list[Item]) -> dict | None:
    tokens = unit.tokens
    h = item.hit
    after = _after(unit, tokens, h)
    if _not_signed_after(after):
        return None
    if _future_before(unit, tokens[item.title_start if not item.untitled else h.i].start) and \
            not _PAST_SIGN_RE.search(after[:120]):
        return None
    before = _before_words(tokens, item.title_start if not item.untitled else h.i, 2)
    if item.untitled:
        prev = tokens[h.i - 1].low if h.i > 0 else ""
        counted = bool(_COUNT_RE.match(prev))
        if set(before) & DEMONSTRATIVES or prev in _GENERIC_BEFORE or prev in ("мұндай", "бұл", "осы") or \
                (prev[:1].isdigit() and not counted):
            return None
        if h.kind == "other" or (h.text in ("жоспар", "бағдарлама", "стратегия") and not item.mods):
            return None
        if h.text == "мәлімдеме" and "бірлескен" not in item.mods:
            return None
        if h.plural and h.i >= 2 and tokens[h.i - 1].low in ("мен", "пен", "бен", "және"):
            first = _kind_of(tokens[h.i - 2].low)
            if first and first[2] is not None and first[2].plural:
                return None  # the second half of a group ("келісімшарттар мен келісімдер"), stated with the first
        # the signing verb may follow a coordinated kind word ("хаттама мен Коммюникеге қол қойды")
        rest = re.sub(r"^\s*(?:мен|пен|бен|және)\s+\S+", "", after)
        # or a dated signing participle before it ("1992 жылғы 31 қазанда Анкарада қол қойылған үкіметаралық
        # келісім")
        signed_before = item.gap_date is not None and any(
            _SIGNING_PARTICIPLES.match(t.low) and t.low != "қол" for t in tokens[max(0, h.i - 5):h.i])
        if not (_signed_after(after) or (rest != after and _signed_after(rest)) or signed_before):
            return None
        if h.case == "loc":
            return None
    title_orig, words, span = _title_text(doc, unit, item)
    if not item.untitled and not words:
        return None
    if h.kind in ("programme", "plan") and _DOMESTIC_PROGRAMME.search(f"{title_orig} {tokens[h.i].low}".lower()) and \
            not any(e.kind in ("country", "organisation") and e.key != "KZ" and span[0] <= e.start < span[1]
                    for e in unit.entities):
        return None  # "мемлекеттік бағдарламасы": a state's own programme, not an instrument between parties
    date, factor = _date_for(doc, all_units, unit, item, items)
    if item.untitled and not date:
        return None
    singular = item.chain
    kind_word = _kind_nominative(h, tokens, singular)
    mods_text = " ".join(item.mods)
    title_en = ""
    kind_override = None
    if item.untitled:
        # "келісімшарттар мен келісімдер": both plural -> one group
        title_original = (f"{mods_text} {kind_word}".strip())
        prev_tok = tokens[h.i - 1] if h.i > 0 else None
        if prev_tok is not None and _COUNT_RE.match(prev_tok.low):
            title_original = f"{prev_tok.text} {title_original}"
        nxt = after.lstrip()
        m = re.match(r"^(мен|пен|бен|және)\s+(\S+)", nxt)
        if m and h.plural:
            other = _kind_of(m.group(2))
            if other and other[2] is not None and other[2].plural:
                title_original = f"{title_original} {m.group(1)} {m.group(2)}"
                title_original = re.sub(r"(лар|лер|дар|дер|тар|тер)(ға|ге|ды|ді|ны|ні|да|де)$", r"\1",
                                        title_original)
                group = (english_title([], h.kind, h.head, plural=True),
                         english_title([], other[0], other[1], plural=True))
                if group[0] != group[1]:
                    title_en = f"{group[0]} and {group[1]}"
                    kind_override = other[0]
        if not title_en:
            counted_group = prev_tok is not None and _COUNT_RE.match(prev_tok.low)
            title_en = english_title([], h.kind, h.head, modifiers=item.mods, plural=h.plural or bool(counted_group))
            if counted_group:
                title_en = f"{_NUMBER_EN.get(prev_tok.low, prev_tok.text)} {title_en}"
    else:
        connector = item.connector
        mid = f" {mods_text}" if mods_text else ""
        if connector:
            title_original = f"{title_orig} {connector}{mid} {kind_word}"
        else:
            title_original = f"{title_orig}{mid} {kind_word}"
        names = _names(unit, tokens[item.title_start].start, tokens[item.title_end].end)
        title_en = english_title(words, h.kind, h.head, modifiers=item.mods, possessive=item.possessive,
                                 plural=h.plural and not item.chain, names=names, nested=item.nested)
    confidence = 0.8 if not item.untitled else 0.6
    if not _signed_after(after) and not item.untitled:
        confidence -= 0.1
    if item.nested:
        confidence = 0.5
    confidence *= factor
    core_end = tokens[item.title_end + 1].end if item.chain and item.title_end + 1 < len(tokens) else tokens[h.j].end
    title_span = (tokens[item.title_start].start if not item.untitled else tokens[h.i].start, core_end)
    topic_span = (tokens[item.title_start].start, tokens[item.title_end].end) if not item.untitled else title_span
    fact = {
        "title": title_en,
        "title_original": title_original,
        "kind": kind_override or h.kind,
        "date": date,
        "parties": _parties(doc, unit, topic_span if not item.untitled else (unit.start, unit.end)),
        "field": field_of(title_original),
        "confidence": round(confidence, 2),
        "language": LANG,
        "_span": (unit.start, unit.end),
        "_core": title_span,
        "_kk_unit": unit.index,
        "_kk_title_span": topic_span,
        "_kk_own_date": factor >= 0.9,
    }
    return fact


def _content(title: str) -> set[str]:
    words = {w[:6] for w in re.findall(r"[^\W\d_]{4,}", title.lower())
             if w not in ("туралы", "жөніндегі", "арасындағы", "республикасы", "жылдарға", "арналған")}
    return words | set(re.findall(r"\d{4}", title))


def _corefer(facts: list[dict]) -> list[dict]:
    """Within one document: a later mention of an instrument already found (nearly the same content words)
    without a date of its own takes the earlier one's date, so consolidation merges them; two mentions on the
    same day with the same title words are one instrument even when one says шарт and the other келісім."""
    index: dict[str, list[int]] = {}
    contents: list[set[str]] = []
    for i, f in enumerate(facts):
        words = _content(f.get("title_original") or "") - _KIND_WORDS
        contents.append(words)
        if len(words) >= 2:
            counts: dict[int, int] = {}
            for w in words:
                for k in index.get(w, ()):
                    counts[k] = counts.get(k, 0) + 1
            for k in sorted(c for c, n in counts.items() if n >= 2):
                g, other = facts[k], contents[k]
                shared = words & other
                overlap = len(shared) / min(len(words), len(other))
                if overlap < 0.75 or {w for w in words ^ other if w.isdigit()}:
                    continue
                if not f["_kk_own_date"] and g.get("date"):
                    # the same instrument again: its date, kind and titles, so that consolidation merges them
                    f["date"] = g["date"]
                    f["kind"] = g["kind"]
                    f["title"], f["title_original"] = g["title"], g["title_original"]
                    f["_kk_own_date"] = g["_kk_own_date"]
                    break
                if f.get("date") and f.get("date") == g.get("date") and f["kind"] != g["kind"]:
                    f["kind"] = g["kind"]
                    f["title"] = g["title"]
                    break
        for w in words:
            index.setdefault(w, []).append(i)
    return facts


_KIND_WORDS = {w[:6] for w in ("шарт", "келісім", "хаттама", "декларация", "бағдарлама", "меморандум",
                               "мәлімдеме", "коммюнике", "конвенция", "жоспар", "шарты", "шартқа", "келісімге",
                               "бағдарламасы", "декларациясы", "келісімдер", "бірлескен")}


# ============================================================================================ meetings
_MEETING_CUES = [
    (re.compile(r"^ресми$"), re.compile(r"^сапар"), "official visit"),
    (re.compile(r"^жұмыс$"), re.compile(r"^сапар"), "working visit"),
    (re.compile(r"^мемлекеттік$"), re.compile(r"^сапар"), "state visit"),
]
_SINGLE_CUES = [
    (re.compile(r"^(?:іс)?сапар(?:ы|ы[нм]|ына|ында|ының|ға|да|дың|ымен|лары\w*)?$"), "visit"),
    (re.compile(r"^келіссөз\w*$"), "talks"),
    (re.compile(r"^саммит\w*$"), "summit"),
    (re.compile(r"^форум\w*$"), "forum"),
    (re.compile(r"^(?:отырыс|мәжіліс)\w*$"), "session"),
    (re.compile(r"^кездесу\w*$"), "meeting"),
    (re.compile(r"^кездес(?:ті|іп|кен)$"), "meeting"),
    (re.compile(r"^қабылда(?:ды|п)$"), "reception"),
]
_DOMESTIC = re.compile(r"^(?:парламент|мәжіліс|сенат|үкімет|мәслихат|палата|министрлер\s+кабинет|депутат)\w*$")
_BACK_REFERENCE_AFTER = re.compile(r"^\s*(?:шеңберінде|барысында|кезінде|аясында)\b")
_KIND_RANK = {"state visit": 5, "official visit": 5, "working visit": 5, "summit": 3, "talks": 3, "session": 3,
              "forum": 3, "visit": 2, "meeting": 1, "reception": 1}
# Plans, invitations, postponements, refusals next to a cue: "өтетін саммит", "келесі кездесу", "сапары
# жоспарланған", "келуге шақырды", "кейінге қалдырылды", "бармады".
_FUTURE_CUE = re.compile(
    r"^(?:өтетін|өтеді|өтпек\w*|өткізілетін|өткізіледі|өткізбек\w*|өткізуге|өткізу|өткізуді|баруға|келуге|"
    r"жасауға|жасайды|барады|келеді|бармақ\w*|келмек\w*|жоспар\w*|күтіл\w*|көзделу\w*|көзделіп|көзделген|"
    r"шақыр(?:ды|ған|ып|ады)|қалдырыл\w*|шегеріл\w*|тоқтатыл\w*|бармады|келмеді|өтпеді|өткізілмеді|"
    r"жүргізілмеді|болмады|болмай|келесі|алдағы|болашақ\w*|ниет\w*|мүмкін\w*|тиіс|керек|ұсын\w*|"
    r"баруы|келуі|өтуі|қатыспа\w*|өтпе\w*|өткізбе\w*|өткізілме\w*|барма\w*|келме\w*|жүргізбе\w*|"
    r"жүргізілме\w*|болма\w*|кездеспе\w*)$")
_RECEPTION_OBJECT = re.compile(r"^[А-ЯӘІҢҒҮҰҚӨҺ][а-яәіңғүұқөһё-]+(?:ты|ті|ны|ні|ды|ді)$|"
                               r"^(?:делегация|елші|министр|төраға|басшы)\w*(?:ны|ні|сын|сін|ын|ін|ды|ді)$")
_OFFICIAL_NEAR = re.compile(r"^(?:министр|елші|төраға|президент|премьер|басшы|делегация|хатшы|губернатор|"
                            r"әкім|вице-)\w*$")


_CUE_FIND = re.compile(r"(?<![^\W\d_])(?:(?:іс)?сапар|келіссөз|саммит|форум|отырыс|мәжіліс|кездес|"
                       r"қабылда(?:ды|п)(?!\w))")


def _future_cue(unit: C.Unit, i: int, j: int) -> bool:
    """A planned, proposed, postponed or refused meeting: a marker among the two words before the cue or in the
    words after it up to the verb that closes its clause."""
    tokens = unit.tokens
    if any(_FUTURE_CUE.match(t.low) for t in tokens[max(0, i - 2):i]):
        return True
    for t in tokens[j + 1:j + 9]:
        if not t.is_word:
            if t.text in ",;.!?":
                break
            continue
        if _FUTURE_CUE.match(t.low):
            return True
        if is_clause_end(t.low) or re.match(r"^(?:барды|келді|өтті|өткізді|жүргізді|болды|жасады)$", t.low):
            break
    return False


def _reception(unit: C.Unit, i: int) -> bool:
    """"... министрі Бахтиёр Саидовты қабылдады": a visitor received, not a law adopted."""
    tokens = unit.tokens
    if i == 0 or not _RECEPTION_OBJECT.match(tokens[i - 1].text if tokens[i - 1].text[:1].isupper()
                                             else tokens[i - 1].low):
        return False
    if _kind_of(tokens[i - 1].low):
        return False
    near = tokens[max(0, i - 7):i]
    return any(_OFFICIAL_NEAR.match(t.low) for t in near) or any(
        e.kind == "person" and tokens[max(0, i - 7)].start <= e.start < tokens[i].start for e in unit.entities)


def _cues(unit: C.Unit) -> list[tuple[int, int, str]]:
    found = [unit.token_at(unit.start + m.start()) for m in _CUE_FIND.finditer(unit.lower)]
    if not found:
        return []
    tokens = unit.tokens
    out = []
    for i in sorted(set(found)):
        t = tokens[i]
        if not t.is_word:
            continue
        low = t.low.rsplit("-", 1)[-1]  # "бизнес-форумы", "онлайн-саммит"
        if i > 0:
            pair = next((kind for a, b, kind in _MEETING_CUES if a.match(tokens[i - 1].low) and b.match(low)), None)
            if pair:
                out.append((i - 1, i, pair))
                continue
        for rx, kind in _SINGLE_CUES:
            if rx.match(low):
                if kind == "session" and (t.text[:1].isupper() and i > 0 or any(
                        _DOMESTIC.match(x.low) for x in tokens[max(0, i - 8):i])):
                    break  # "Мәжіліс": the lower house; a sitting of parliament or government
                out.append((i, i, kind))
                break
    return out


def _anaphoric(unit: C.Unit, i: int, j: int) -> bool:
    tokens = unit.tokens
    before = [t.low for t in tokens[max(0, i - 2):i]]
    if set(before) & DEMONSTRATIVES:
        return True
    after = unit.text[tokens[j].end - unit.start:]
    return bool(_BACK_REFERENCE_AFTER.match(after)) and not unit.dates


def _place(unit: C.Unit, cue_i: int, cue_j: int, kind: str, title_spans) -> str | None:
    tokens = unit.tokens
    cue_start = tokens[cue_i].start
    best = None
    for e in unit.entities:
        if e.kind != "city":
            continue
        if any(a <= e.start < b for a, b in title_spans):
            continue
        case = C.entity_case(unit, e)
        tok = C.entity_token(unit, e)
        directly_before = tok is not None and cue_i > 0 and tok.start == tokens[cue_i - 1].start
        if case == "loc" or (case == "dat" and kind.endswith("visit")) or (case == "nom" and directly_before):
            distance = abs(e.start - cue_start)
            if best is None or distance < best[0]:
                best = (distance, e.key)
    return best[1] if best else None


def _meeting_kind(kind: str, unit: C.Unit) -> str:
    if kind in ("visit", "reception"):
        return "other"
    if kind == "meeting":
        low = unit.text.lower()
        if re.search(r"делегация|премьер|министр|үкімет", low):
            return "talks"
        if re.search(r"президент|басшы", low):
            return "summit"
        return "other"
    return kind


def _countries(doc, unit: C.Unit, place: str | None, skip_spans=()) -> tuple[list[str], bool]:
    found = [e.key for e in unit.entities if e.kind == "country"
             and not any(a <= e.start < b for a, b in skip_spans)]
    out = ["KZ"]
    for c in found:
        if c not in out:
            out.append(c)
    if place:
        pc = C.city_country(place)
        if pc and pc not in out:
            out.append(pc)
    guessed = False
    if len(out) == 1:
        partner = C.main_partner(doc)
        if partner:
            out.append(partner)
            guessed = True
    return out, guessed


def extract_meetings(doc) -> list[dict]:
    all_units = C.units(doc)
    explicit: list[dict] = []
    implied: list[dict] = []
    used_datelines: set[int] = set()
    agreements_by_unit: dict[int, list[dict]] = {}
    for f in doc.facts.get("agreements", []) or []:
        if f.get("language") == LANG and "_kk_unit" in f:
            agreements_by_unit.setdefault(f["_kk_unit"], []).append(f)
    for unit in all_units:
        title_spans = [f["_kk_title_span"] for f in agreements_by_unit.get(unit.index, [])]
        cues = [c for c in _cues(unit) if not any(a <= unit.tokens[c[0]].start < b for a, b in title_spans)]
        good = [c for c in cues if not _anaphoric(unit, c[0], c[1]) and not _future_cue(unit, c[0], c[1])
                and (c[2] != "reception" or _reception(unit, c[0]))]
        events = C.unit_dates(doc, all_units, unit)
        from_dateline = False
        if good and not events:
            # a news item's first meeting takes the date of its dateline ("Астана, 2023 жылғы 2 қараша.")
            line = C.dateline(doc, all_units, unit)
            if line is not None and line[0] not in used_datelines:
                used_datelines.add(line[0])
                events, from_dateline = [line[1]], True
        if good and events:
            i, j, kind = max(good, key=lambda c: (_KIND_RANK[c[2]], -c[0]))
            cue_start = unit.tokens[i].start
            before = [w for w in events if w.end <= cue_start]
            when = before[-1] if before else events[0]
            place = _place(unit, i, j, kind, title_spans)
            countries, guessed = _countries(doc, unit, place, title_spans)
            people = []
            for e in unit.entities:
                if e.kind == "person" and e.key not in people:
                    people.append(e.key)
            signed = agreements_by_unit.get(unit.index, [])
            fact = {
                "kind": _meeting_kind(kind, unit),
                "date_start": when.value,
                "date_end": when.end_value,
                "place": place,
                "participants": people,
                "countries": countries,
                "outcome": _outcome(signed),
                "confidence": round((0.75 if kind != "meeting" else 0.65) - (0.1 if guessed else 0)
                                    - (0.05 if when.resolved else 0) - (0.1 if from_dateline else 0), 2),
                "language": LANG,
                "_span": (unit.start, unit.end),
                "_core": (min(when.start, cue_start), max(when.end, unit.tokens[j].end)),
            }
            explicit.append(fact)
            continue
        # a signing on a given day by heads of state, or at a named city, implies a meeting
        signed = [f for f in agreements_by_unit.get(unit.index, []) if f.get("_kk_own_date")]
        if not signed:
            continue
        days = [w for w in events if w.precision == "day" and not w.end_value]
        if not days:
            continue
        low = unit.text.lower()
        cities = [e for e in unit.entities if e.kind == "city" and C.entity_case(unit, e) == "loc"
                  and not any(a <= e.start < b for a, b in title_spans)]
        heads = bool(_HEADS_RE.search(low)) and bool(_ACTIVE_SIGN_RE.search(low))
        subjects = bool(_ACTIVE_SIGN_RE.search(low)) and len(
            [c for c in C.countries_in(unit.entities) if c != "KZ"]) >= 1 and not _HEADS_RE.search(low)
        if not (cities or heads or (subjects and cities)):
            continue
        when = days[0]
        place = cities[0].key if cities else None
        countries, guessed = _countries(doc, unit, place, title_spans)
        people = [e.key for e in unit.entities if e.kind == "person"]
        implied.append({
            "kind": "other",
            "date_start": when.value,
            "date_end": None,
            "place": place,
            "participants": list(dict.fromkeys(people)),
            "countries": countries,
            "outcome": _outcome(signed),
            "confidence": 0.45,
            "language": LANG,
            "_span": (unit.start, unit.end),
            "_core": (when.start, when.end),
        })
    return explicit + implied


def _outcome(signed: list[dict]) -> str | None:
    titles = [f["title"] for f in signed if f.get("title")]
    if not titles:
        return None
    text = "; ".join(titles[:3]) + (" and other documents" if len(titles) > 3 else "") + " signed"
    return text[:300]
