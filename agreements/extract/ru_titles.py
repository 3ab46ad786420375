"""Russian agreement titles: find the title phrase around a kind word and translate it into English.

``find_title(ctx, k)`` takes the tokens of one sentence and the index of a kind word ("договор", "соглашения",
"Концепция", ...) and returns the title as written (pre-modifiers, the kind word and its complement: "о/об ...",
"по ...", "на ...", "между ...", "в области ...", a genitive phrase, ", согласно которому ...", "о том, что ...",
«a quoted name») and its English form, built word by word from ru_lexicon's tables: genitive chains become "of",
prepositions are translated, named entities take their English names, abbreviations defined in the document
("Евразийский банк развития (ЕАБР)") are expanded.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import ru_gaz
from .ru_lexicon import (ABBREVIATIONS, COMPOUND_PARTS, COMPOUNDS, DEFINITE, DEMONYMS, KINDS, MINOR_WORDS, PHRASES,
                         PREPOSITIONS, WORDS, country_of_stem, english_noun, transliterate)
from .ru_morph import Token, fix_homoglyphs

# kind word forms (the regex that finds candidate sentences; the lemma decides)
KIND_RE = re.compile(
    r"(?<![\w-])(?:договор(?:а|у|ом|е|ы|ов|ам|ами|ах)?|соглашени(?:е|я|ю|ем|и|й|ям|ями|ях)"
    r"|договор[её]нност(?:ь|и|ью|ей|ям|ями|ях)|протокол(?:а|у|ом|е|ы|ов|ам|ами|ах)?"
    r"|меморандум(?:а|у|ом|е|ы|ов|ам|ами|ах)?|деклараци(?:я|и|ю|ей|й|ям|ями|ях)"
    r"|заявлени(?:е|я|ю|ем|и|й|ям|ями|ях)|коммюнике|программ(?:а|ы|е|у|ой|ам|ами|ах)?|план(?:а|у|ом|е|ы|ов|ам|ами|ах)?"
    r"|конвенци(?:я|и|ю|ей|й|ям|ями|ях)|концепци(?:я|и|ю|ей|й|ям|ями|ях)|харти(?:я|и|ю|ей|й)"
    r"|устав(?:а|у|ом|е|ы|ов)?|пакт(?:а|у|ом|е|ы|ов)?|контракт(?:а|у|ом|е|ы|ов|ам|ами|ах)?"
    r"|стратеги(?:я|и|ю|ей)|карт(?:а|ы|у|ой|е|ам|ами|ах)?)(?![\w-])",
    re.IGNORECASE)

# Pre-modifiers kept in a title ("совместное заявление", "межправительственное соглашение").
KEEP_PRE = frozenset("""совместный межправительственный межгосударственный двусторонний многосторонний рамочный
итоговый торговый инвестиционный кредитный стратегический всеобъемлющий долгосрочный комплексный
дополнительный коммерческий межведомственный межбанковский межрегиональный отраслевой учредительный
генеральный базовый дорожный""".split())
QUANTIFIERS = frozenset("более свыше около порядка почти ещё еще ряд пакет".split())
NUMBER_WORDS = frozenset("""два две три четыре пять шесть семь восемь девять десять одиннадцать двенадцать
пятнадцать двадцать тридцать сорок пятьдесят сто несколько""".split())

# Words that end a title phrase.
STOP_WORDS = frozenset("""который которая которое которые которого которой которому которым котором которых
включая где когда если чтобы поскольку однако но также что чем как хотя пока тогда сейчас ранее затем уже
формально официально""".split())
STOP_BIGRAMS = frozenset([("в", "том"), ("в", "ходе"), ("во", "время"), ("в", "рамках"), ("а", "также"),
                          ("с", "целью"), ("по", "итогам"), ("в", "результате"), ("в", "связи"), ("на", "сумму"),
                          ("в", "присутствии"), ("в", "течение"), ("на", "срок"), ("сроком", "на"),
                          ("на", "общую"), ("общей", "стоимостью"), ("общей", "суммой"), ("стоимостью", "в")])
NP_PREPS = frozenset("в во на по для между из от к ко при за без под против через среди с со о об".split())
CLAUSE_END = frozenset("где когда если чтобы поскольку который которая которое которые хотя".split())
GENITIVE_KINDS = frozenset("концепция программа план стратегия устав хартия декларация конвенция пакт заявление "
                           "коммюнике".split())
_ABBR_RE = re.compile(r"^[А-ЯЁ][А-ЯЁа-яё]*[А-ЯЁ]$|^[А-ЯЁ]{2,}$")


def is_abbreviation(word: str) -> bool:
    w = fix_homoglyphs(word)
    return 2 <= len(w) <= 8 and bool(_ABBR_RE.match(w)) and sum(c.isupper() for c in w) >= 2


@dataclass
class Context:
    """One sentence: its tokens, entity mentions by token, and the document's abbreviation definitions."""
    text: str  # sentence text
    offset: int  # clean offset of text[0]
    toks: list[Token]
    ent_at: dict[int, tuple[object, int]]  # token index -> (EntityMention, index of its last token)
    date_starts: dict[int, object] = field(default_factory=dict)  # token index -> DateMention
    money_starts: dict[int, object] = field(default_factory=dict)  # token index -> MoneyMention
    abbreviations: dict[str, list[Token]] = field(default_factory=dict)
    starts: list[int] = field(default_factory=list)  # token start offsets (for bisect)


@dataclass
class Title:
    start: int  # token indices [start, end)
    end: int
    kind: str
    plural: bool
    original: str
    english: str
    parts: list[str]  # complement kinds found: on, of, that, under, worth, between, field, name
    date: object = None  # DateMention of "от <date>" right after the kind word
    parties_with: list = field(default_factory=list)  # entity mentions after "с" ("с Китаем и Монголией")


# Kind words pymorphy takes for another word ("устав" for a gerund of "устать").
_KIND_FORMS = {"устав": "устав", "устава": "устав", "уставу": "устав", "уставом": "устав", "уставе": "устав"}


def kind_lemma(tok: Token) -> str:
    return _KIND_FORMS.get(tok.low) or tok.m.lemma


def head_of(tok: Token) -> str:
    """English head noun of a kind word."""
    return KINDS[kind_lemma(tok)][1]


def kind_of(tok: Token, prev: Token | None = None) -> tuple[str, str] | None:
    """(kind, English head) of a kind word; "карта" only as "дорожная карта" (``prev`` the word before)."""
    lemma = kind_lemma(tok)
    if lemma == "карта":
        return KINDS["карта"] if prev is not None and prev.m.lemma == "дорожный" else None
    return KINDS.get(lemma)


# ----------------------------------------------------------------------------------------------- spans
def _low(ctx: Context, i: int) -> str:
    return ctx.toks[i].low if 0 <= i < len(ctx.toks) else ""


def _is_word(ctx: Context, i: int) -> bool:
    return 0 <= i < len(ctx.toks) and ctx.toks[i].is_word()


def _stop_here(ctx: Context, i: int) -> bool:
    """True if token i cannot continue a noun phrase."""
    toks = ctx.toks
    low = toks[i].low
    if low in STOP_WORDS or (low, _low(ctx, i + 1)) in STOP_BIGRAMS:
        return True
    if i in ctx.date_starts or i in ctx.money_starts:
        return True
    if low in NP_PREPS and i + 1 < len(toks):
        if i + 1 in ctx.date_starts or i + 1 in ctx.money_starts:
            return True
        ent = ctx.ent_at.get(i + 1)
        if ent is not None:
            kind = ent[0].kind
            if low in ("с", "со") and kind in ("country", "person", "organisation", "city", "region"):
                return True  # parties: "с Китаем и Монголией"
            if low in ("в", "во") and kind == "city":
                return True  # place: "в Ташкенте"
    if toks[i].is_word():
        m = toks[i].m
        if m.pos in ("VERB", "PRTS", "GRND", "INFN") and i not in ctx.ent_at:
            return True
        if m.pos == "PRTF" and m.lemma in _CUE_PARTICIPLES:
            return True
    return False


_CUE_PARTICIPLES = frozenset("подписать заключить ратифицировать принять одобрить утвердить достигнуть "
                             "парафировать согласовать".split())


def _np_end(ctx: Context, i: int, limit: int = 25) -> int:
    """End (exclusive) of the noun phrase starting at token i."""
    toks = ctx.toks
    n = len(toks)
    j = i
    depth_paren = 0
    in_quote = False
    while j < n and j - i < limit:
        t = toks[j].text
        if t == "«" or (t == '"' and not in_quote):
            close = next((q for q in range(j + 1, min(n, j + 15)) if toks[q].text in ("»", '"')), None)
            if close is None:
                break
            j = close + 1
            continue
        if t == "(":
            close = next((q for q in range(j + 1, min(n, j + 6)) if toks[q].text == ")"), None)
            if close is None:
                break
            inside = toks[j + 1:close]
            if inside and any(is_abbreviation(x.text) or (j + 1 + k) in ctx.ent_at for k, x in enumerate(inside)):
                j = close + 1
                continue
            break
        if t in ("-", "—", "–"):
            prev_l = toks[j - 1].m.lemma if j > i else ""
            next_l = toks[j + 1].m.lemma if j + 1 < n else ""
            if prev_l in ("государство", "страна") and next_l in ("участник", "член", "участница"):
                j += 1
                continue
            break
        if t == ",":
            # a list inside the title: "о дружбе, сотрудничестве и взаимной помощи"
            if j + 1 < n and toks[j + 1].is_word() and j > i and toks[j - 1].is_word() and not _stop_here(ctx, j + 1):
                a, b = toks[j - 1].m, toks[j + 1].m
                if b.pos in ("NOUN", "ADJF") and a.pos in ("NOUN", "ADJF") and (a.cases & b.cases) \
                        and toks[j + 1].low not in NP_PREPS:
                    j += 1
                    continue
            break
        if not toks[j].is_word():
            break
        if j in ctx.ent_at:
            j = ctx.ent_at[j][1] + 1
            continue
        if _stop_here(ctx, j):
            break
        if j > i and toks[j - 1].low in ("и", ",") and KIND_RE.fullmatch(toks[j].text) \
                and kind_of(toks[j], toks[j - 1]) is not None:
            break  # "соглашение о ... и меморандум о ...": a second instrument
        if j > i + 1 and toks[j - 1].low in ("и", ",") and toks[j].m.pos == "ADJF" and j + 1 < n \
                and KIND_RE.fullmatch(toks[j + 1].text) and kind_of(toks[j + 1], toks[j]) is not None:
            break  # "... и совместное заявление"
        m = toks[j].m
        if m.pos in ("CONJ",) and toks[j].low not in ("и", "или"):
            break
        if m.pos in ("ADVB", "PRCL", "NPRO", "INTJ") and toks[j].low not in ("том",):
            break
        j += 1
    # do not end on a preposition or conjunction
    while j > i and toks[j - 1].is_word() and (toks[j - 1].low in NP_PREPS or toks[j - 1].low in ("и", "или")):
        j -= 1
    return j


def _clause_end(ctx: Context, i: int, limit: int = 30) -> int:
    """End of a subordinate clause starting at i (", согласно которому ...", "о том, что ...")."""
    toks = ctx.toks
    n = len(toks)
    j = i
    while j < n and j - i < limit:
        t = toks[j].text
        if t in (".", ";", ":", "!", "?", "»", ")"):
            break
        if t == "," and j + 1 < n and (toks[j + 1].low in CLAUSE_END or toks[j + 1].m.pos in ("GRND",)):
            break
        if t == "," and j + 1 < n and toks[j + 1].text in ("-", "—"):
            break
        if j in ctx.date_starts and j > i and toks[j - 1].low in ("в", "во"):
            break
        j += 1
    while j > i and not toks[j - 1].is_word() and toks[j - 1].text not in ("»", ")"):
        j -= 1
    return j


def find_title(ctx: Context, k: int) -> Title | None:
    toks = ctx.toks
    kinfo = kind_of(toks[k], toks[k - 1] if k > 0 else None)
    if kinfo is None:
        return None
    kind, _ = kinfo
    n = len(toks)
    # pre-modifiers
    start = k
    i = k - 1
    while i >= 0 and toks[i].is_word() and toks[i].m.pos in ("ADJF",) and (
            toks[i].m.lemma in KEEP_PRE or (toks[i].text[0].isupper() and i > 0 and toks[i - 1].text not in (".", "«", '"')
                                              and toks[i].m.lemma in WORDS and "Apro" not in toks[i].m.tags)):
        start = i  # "совместное заявление", "Парижское соглашение"
        i -= 1
    plural = toks[k].m.number == "plur" and toks[k].m.cases != frozenset({"gent"}) \
        or (toks[k].m.plural_possible and k > 0 and (toks[k - 1].m.pos == "VERB" or toks[k - 1].m.number == "plur"))
    j = start - 1
    if j >= 0 and (toks[j].text.isdigit() or toks[j].low in NUMBER_WORDS):
        plural = True
        start = j
        if j - 1 >= 0 and toks[j - 1].low in QUANTIFIERS:
            start = j - 1
    elif j >= 0 and toks[j].low in ("ряд", "пакет"):
        plural = True
    if toks[k].m.lemma == "договоренность" or toks[k].m.number == "plur" and "gent" not in toks[k].m.cases:
        plural = toks[k].m.number == "plur"
    parts: list[tuple[str, int, int]] = []
    date = None
    parties_with = []
    j = k + 1
    if _low(ctx, j) in ("о", "об") and _low(ctx, j + 1) in ("котором", "которой", "которых") and start > 0 \
            and toks[start - 1].text == ",":
        # "строительство нефтепровода Атасу – Алашанькоу, соглашение о котором было подписано": the subject is
        # the noun phrase before the comma
        a = start - 2
        while a >= 0 and (a in ctx.ent_at or toks[a].text in ("-", "–", "—", "«", "»", '"') or (
                toks[a].is_word() and toks[a].m.pos in ("NOUN", "ADJF", "PRTF", "NUMR", "")
                and toks[a].low not in NP_PREPS)):
            a -= 1
        a += 1
        while a < start - 1 and not toks[a].is_word():
            a += 1
        if a < start - 1:
            english = f"{head_of(toks[k])} on the {np_english(ctx, a, start - 1)}"
            english = re.sub(r"\s+", " ", english)
            original = ctx.text[toks[a].start - ctx.offset:toks[j + 1].end - ctx.offset]
            return Title(a, j + 2, kind, plural, original, english, ["on"], None, [])
    while j < n and len(parts) < 4:
        low = toks[j].low
        nxt = _low(ctx, j + 1)
        if low == "от" and j + 1 in ctx.date_starts and date is None:
            date = ctx.date_starts[j + 1]
            q = j + 1
            while q < n and toks[q].end <= date.end:
                q += 1
            j = q
            continue
        if low in ("о", "об", "обо"):
            if nxt == "том" and _low(ctx, j + 2) == "," and _low(ctx, j + 3) == "что":
                e = _clause_end(ctx, j + 4)
                if e > j + 4:
                    parts.append(("that", j + 4, e))
                j = e
                break
            e = _np_end(ctx, j + 1)
            if e <= j + 1:
                break
            parts.append(("on", j + 1, e))
            j = e
            continue
        if low == "между":
            e = _np_end(ctx, j + 1)
            if e <= j + 1:
                break
            # "между X и Y о ..." : the NP may have swallowed "о ..." — split it there
            cut = next((q for q in range(j + 1, e) if toks[q].low in ("о", "об", "обо", "по")), e)
            parts.append(("between", j + 1, cut))
            j = cut
            continue
        if low == "по" and toks[j + 1:j + 2] and toks[j + 1].m.pos in ("NOUN", "ADJF") and not _stop_here(ctx, j):
            e = _np_end(ctx, j + 1)
            if e <= j + 1:
                break
            parts.append(("on", j + 1, e))
            j = e
            continue
        if low == "на" and (nxt == "сумму" or (nxt == "общую" and _low(ctx, j + 2) == "сумму")):
            q = j + 2 if nxt == "сумму" else j + 3
            while q < n and toks[q].low in QUANTIFIERS | {"до"}:
                q += 1
            if q < n and q in ctx.money_starts:
                mm = ctx.money_starts[q]
                e = q
                while e < n and toks[e].start < mm.end:
                    e += 1
                parts.append(("worth", q, e))
                j = e
            break
        if low == "на" and j + 1 < n and toks[j + 1].m.pos == "NOUN" and j + 1 not in ctx.money_starts \
                and not _stop_here(ctx, j) and j + 1 not in ctx.ent_at:
            e = _np_end(ctx, j + 1)
            if e <= j + 1:
                break
            parts.append(("on", j + 1, e))
            j = e
            continue
        if low in ("в", "во") and toks[j + 1:j + 2] and toks[j + 1].m.lemma in ("область", "сфера"):
            e = _np_end(ctx, j + 2)
            parts.append(("field", j + 2, e))
            j = e
            continue
        if low == "," and nxt in ("согласно", "по", "в") and j + 2 < n:
            q = j + 2
            if toks[q].low == "соответствии" and _low(ctx, q + 1) == "с":
                q += 2
            if _low(ctx, q).startswith("котор"):
                e = _clause_end(ctx, q + 1)
                if e > q + 1:
                    parts.append(("under", q + 1, e))
                j = e
            break
        if low in ("«", '"') and not parts:
            close = next((q for q in range(j + 1, min(n, j + 15)) if toks[q].text in ("»", '"')), None)
            if close is None:
                break
            parts.append(("name", j + 1, close))
            j = close + 1
            continue
        if low in ("с", "со") and j + 1 in ctx.ent_at:
            q = j + 1
            while q in ctx.ent_at or (q < n and toks[q].low in ("и", ",")):
                if q in ctx.ent_at:
                    parties_with.append(ctx.ent_at[q][0])
                    q = ctx.ent_at[q][1] + 1
                else:
                    q += 1
            if q < n and toks[q].low in ("о", "об", "обо", "по", "между"):
                j = q  # "соглашение с Китаем о строительстве ..."
                continue
            break
        if not parts and toks[j].is_word() and (toks[k].m.lemma in GENITIVE_KINDS or toks[k].text[0].isupper()) \
                and "gent" in toks[j].m.cases and toks[j].m.pos in ("NOUN", "ADJF") and not _stop_here(ctx, j):
            e = _np_end(ctx, j)
            if e > j:
                parts.append(("of", j, e))
                j = e
                continue
        if not parts and toks[j].is_word() and j in ctx.ent_at and ctx.ent_at[j][0].kind == "organisation" \
                and toks[k].text[0].isupper():
            e = ctx.ent_at[j][1] + 1
            parts.append(("of", j, e))
            j = e
            continue
        break
    end = max([e for _, _, e in parts], default=k + 1)
    original = ctx.text[toks[start].start - ctx.offset:toks[end - 1].end - ctx.offset]
    english = english_title(ctx, k, start, parts, plural)
    return Title(start, end, kind, plural, original, english, [p for p, _, _ in parts], date, parties_with)


# ----------------------------------------------------------------------------------------------- English
def _entity_english(ent, as_adjective: bool) -> str:
    key = ent.key
    if ent.kind == "country":
        if ent.form == "adjective" or as_adjective:
            return ru_gaz.demonym(key) or ru_gaz.english_country(key)
        return ru_gaz.english_country(key)
    if ent.kind == "region":
        return ru_gaz.region_name(key)
    if ent.kind == "organisation" and ent.form == "name":
        return ru_gaz.org_name(key)
    return key


def _compound(word: str, lemma: str) -> str | None:
    if lemma in COMPOUNDS:
        return COMPOUNDS[lemma]
    parts = lemma.split("-")
    if len(parts) < 2:
        return None
    codes = [country_of_stem(p) for p in parts]
    if all(codes):  # "казахстанско-китайский" -> "Kazakh-Chinese"
        names = [DEMONYMS.get(c) or ru_gaz.english_country(c) for c in codes]
        return "-".join(names)
    out = []
    for p in parts[:-1]:
        e = COMPOUND_PARTS.get(p) or WORDS.get(p)
        if e is None:
            return None
        out.append(e)
    last = WORDS.get(parts[-1])
    if last is None:
        return None
    out.append(last)
    return " and ".join(out) if len(out) == 2 else ", ".join(out[:-1]) + " and " + out[-1]


def _phrase_at(ctx: Context, i: int, end: int) -> tuple[str, int] | None:
    for size in (4, 3, 2):
        if i + size > end:
            continue
        key = tuple(ctx.toks[q].m.lemma if ctx.toks[q].is_word() else ctx.toks[q].text for q in range(i, i + size))
        if key in PHRASES:
            return PHRASES[key], i + size
    return None


def _abbr_english(ctx: Context, word: str, depth: int = 0) -> str:
    w = fix_homoglyphs(word)
    if w in ABBREVIATIONS:
        return ABBREVIATIONS[w]
    words = ctx.abbreviations.get(w)
    if words and depth < 2:
        sub = Context(ctx.text, ctx.offset, words, {}, {}, {}, {})
        eng = np_english(sub, 0, len(words), depth=depth + 1)
        return " ".join(x[:1].upper() + x[1:] if x not in MINOR_WORDS else x for x in eng.split(" "))
    return transliterate(w)


def np_english(ctx: Context, i: int, end: int, depth: int = 0) -> str:
    """English of tokens [i, end): word by word, genitive -> 'of', entities and abbreviations by name."""
    toks = ctx.toks
    out: list[str] = []
    prev = "start"  # start | noun | adj | prep | conj | verb | punct
    j = i
    while j < end:
        tok = toks[j]
        t = tok.text
        if not tok.is_word():
            if t == ",":
                out.append(",")
                prev = "conj"
            elif t in ("«", "»", '"'):
                out.append('"')
            elif t in ("(", ")"):
                out.append(t)
                prev = "punct" if t == "(" else prev
            elif t in ("-", "—", "–"):
                prev = "conj"
            j += 1
            continue
        ent = ctx.ent_at.get(j)
        if "-" in t and t[:1].islower() and all(country_of_stem(p) for p in t.split("-")):
            if prev == "noun" and "gent" in tok.m.cases:
                out.append("of")
            out.append(_compound(t, tok.m.lemma) or t)  # "казахстанско-узбекской" -> "Kazakh-Uzbek"
            prev = "adj"
            j = max(j + 1, ent[1] + 1) if ent is not None else j + 1
            continue
        if ent is not None:
            mention, last = ent
            name = _entity_english(mention, False)
            if out and out[-1] == "(" and j > 0 and ctx.ent_at.get(j - 2, (None,))[0] is not None \
                    and ctx.ent_at[j - 2][0].key == mention.key:
                out.pop()  # "организации ... (ОДКБ)": the abbreviation repeats the name
                j = last + 2 if last + 1 < end and toks[last + 1].text == ")" else last + 1
                continue
            if mention.kind == "country" and mention.form == "adjective":
                if prev == "noun" and "gent" in tok.m.cases:
                    out.append("of")
                out.append(name)
                prev = "adj"
            else:
                if prev == "noun":
                    out.append("of")
                out.append(name)
                prev = "noun"
            j = last + 1
            continue
        phrase = _phrase_at(ctx, j, end)
        if phrase is not None:
            eng, nj = phrase
            if prev == "noun" and "gent" in tok.m.cases and tok.low not in PREPOSITIONS:
                out.append("of")
            if prev == "prep" and eng.split(" ")[0] in DEFINITE:
                out.append("the")
            out.append(eng)
            prev = "prep" if eng.rsplit(" ", 1)[-1] in ("to", "of", "for", "on", "with") else "noun"
            j = nj
            continue
        low = tok.low
        m = tok.m
        if is_abbreviation(t):
            if prev in ("noun", "adj") and out and out[-1] != "(":
                out.append("of")
            out.append(_abbr_english(ctx, t, depth))
            prev = "noun"
            j += 1
            continue
        if low in ("о", "об") and _low(ctx, j + 1) == "том" and _low(ctx, j + 2) == "," and _low(ctx, j + 3) == "что":
            out.append("that")
            prev = "conj"
            j += 4
            continue
        if low in ("в", "во") and j + 1 < end and toks[j + 1].m.lemma in ("область", "сфера") \
                and j + 2 < end and "gent" in toks[j + 2].m.cases:
            out.append("in the field of")
            prev = "prep"
            j += 2
            continue
        if low in ("в", "во") and j + 2 < end and toks[j + 1].m.pos == "ADJF" \
                and toks[j + 2].m.lemma in ("область", "сфера") and j + 1 not in ctx.ent_at \
                and "Apro" not in toks[j + 1].m.tags:
            adj = WORDS.get(toks[j + 1].m.lemma)
            if adj:  # "в военной области" -> "in the military field"
                out.append(f"in the {adj} field")
                prev = "noun"
                j += 3
                continue
        if low in ("в", "во") and j + 2 < end and toks[j + 1].low == "районе" and j + 2 not in ctx.ent_at:
            out.append("in the area of")  # "в районе границы"
            prev = "prep"
            j += 2
            continue
        if low in PREPOSITIONS and m.pos in ("PREP", "CONJ", ""):
            out.append(PREPOSITIONS[low])
            prev = "conj" if m.pos == "CONJ" else "prep"
            j += 1
            continue
        if t[0].isdigit():
            out.append(t)
            prev = "adj"
            j += 1
            continue
        if m.pos in ("NOUN",):
            eng = WORDS.get(m.lemma)
            if eng is None:
                eng = transliterate(t) if t[0].isupper() and j > 0 else t
            else:
                eng = english_noun(eng, m.number == "plur")
            if prev == "noun" and "gent" in m.cases:
                out.append("of")
            if prev == "prep" and eng.split(" ")[0] in DEFINITE:
                out.append("the")
            if t[0].isupper() and j > 0 and eng[:1].islower():
                eng = eng[:1].upper() + eng[1:]
            out.append(eng)
            prev = "noun"
        elif m.pos in ("ADJF", "PRTF", "NUMR", "ADJS"):
            eng = COMPOUNDS.get(m.lemma) or (_compound(t, m.lemma) if "-" in m.lemma else None)
            if eng is None:
                eng = WORDS.get(m.adj) or WORDS.get(m.lemma)
            if eng is None:
                eng = transliterate(t) if t[0].isupper() and j > 0 else t
            if prev == "noun" and "gent" in m.cases and m.pos != "NUMR":
                out.append("of")
            if prev == "prep" and eng.split(" ")[0] in DEFINITE:
                out.append("the")
            if t[0].isupper() and j > 0 and eng[:1].islower():
                eng = eng[:1].upper() + eng[1:]
            out.append(eng)
            prev = "adj"
        elif m.pos in ("VERB", "INFN", "PRTS"):
            if m.lemma == "быть" and j + 1 < end and toks[j + 1].m.pos == "INFN":
                out.append("will")
            elif m.lemma == "быть":
                pass
            else:
                eng = WORDS.get(m.lemma, t)
                out.append(eng)
            prev = "verb"
        else:
            eng = WORDS.get(m.lemma)
            if eng is None:
                eng = transliterate(t) if t[0].isupper() and j > 0 else t
            out.append(eng)
            prev = "adj"
        j += 1
    text = " ".join(out)
    text = re.sub(r"\s+([,)])", r"\1", text)
    text = re.sub(r"\(\s+", "(", text)
    text = re.sub(r'"\s+(.*?)\s+"', r'"\1"', text)
    return text.strip()


def title_case(text: str) -> str:
    words = text.split(" ")
    out = []
    for n, w in enumerate(words):
        if n and w.lower() in MINOR_WORDS:
            out.append(w)
        elif w[:1].islower():
            out.append(w[:1].upper() + w[1:])
        else:
            out.append(w)
    return " ".join(out)


_PART_WORD = {"on": "on", "of": "of", "that": "that", "under": "under which", "between": "between",
              "field": "in the field of", "name": "", "worth": "worth"}


def _money_english(ctx: Context, i: int, end: int) -> str:
    mm = ctx.money_starts.get(i)
    if mm is None:
        return ""
    value = mm.value
    pre = {"более": "more than ", "свыше": "over ", "около": "about ", "порядка": "about ", "почти": "almost ",
           "до": "up to "}.get(_low(ctx, i - 1), "")
    for scale, word in ((1e9, "billion"), (1e6, "million")):
        if value >= scale:
            number = f"{value / scale:.2f}".rstrip("0").rstrip(".")
            return f"{pre}{mm.currency} {number} {word}"
    return f"{pre}{mm.currency} {value:,.0f}"


def english_title(ctx: Context, k: int, start: int, parts, plural: bool) -> str:
    toks = ctx.toks
    _, head = KINDS[kind_lemma(toks[k])]
    pre = []
    counts = []
    for q in range(start, k):
        tq = toks[q]
        if tq.text.isdigit():
            counts.append(tq.text)
        elif tq.low in QUANTIFIERS:
            counts.append({"более": "more than", "свыше": "over", "около": "about", "порядка": "about",
                           "почти": "almost"}.get(tq.low, ""))
        elif tq.low in NUMBER_WORDS:
            counts.append(WORDS.get(tq.m.lemma, tq.text))
        elif tq.m.pos == "ADJF" and not (head == "Roadmap" and tq.m.lemma == "дорожный"):
            word = WORDS.get(tq.m.lemma, tq.text)
            pre.append(word[:1].upper() + word[1:] if tq.text[0].isupper() else word)
    count = " ".join(c for c in counts if c)
    head_word = head.lower() if (count or pre) else head
    if plural:
        head_word = english_noun(head_word, True) if head_word.lower() not in ("communiqué",) else head_word
    pieces = ([count] if count else []) + pre + [head_word]
    for part, a, b in parts:
        if part == "worth":
            eng = _money_english(ctx, a, b)
        elif part == "name":
            eng = '"' + np_english(ctx, a, b) + '"'
        else:
            eng = np_english(ctx, a, b)
        if not eng:
            continue
        word = _PART_WORD[part]
        if part == "on" and eng.split(" ")[0].lower().strip(",") in ("friendship", "alliance", "good-neighbourliness",
                                                                      "understanding", "intent", "intention",
                                                                      "intentions"):
            word = "of"
        if part in ("on", "of") and eng.split(" ")[0] in DEFINITE:
            eng = "the " + eng
        pieces.append((word + " " + eng).strip())
    text = " ".join(p for p in pieces if p)
    text = text[:1].upper() + text[1:]
    formal = toks[k].text[0].isupper() and k > 0 and toks[k - 1].text not in (".", "«", '"')
    if formal and all(p in ("on", "of", "field", "between") for p, _, _ in parts):
        text = title_case(text)
    return re.sub(r"\s+", " ", text).strip()
