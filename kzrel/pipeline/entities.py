"""Entity mentions: countries, regions, cities, persons and organisations named in English, Russian or Kazakh text.

``find_entities(text, lang) -> list[EntityMention]``: non-overlapping, leftmost-longest, sorted by start.

How it works
------------
* One compiled regex splits the text into letter/digit tokens; hyphens, apostrophes, dots and spaces between
  tokens are gaps, so "Kazakh-Russian" is two tokens (two adjective mentions) while "Nur-Sultan" or
  "St. Petersburg" is a two-token name.
* Each distinct token is turned once (per-language-mode cache) into the set of lookup keys it may stand for:
  its normalised form (lower case, ё -> е, Latin diacritics dropped); for English an "-s"-less form; for a
  Russian word (any Cyrillic word without Kazakh letters) the keys of the gazetteer words it is an inflected
  form of; for Kazakh every stem left after stripping a chain of plural + possessive + case endings (with
  vowel-harmony variants and the к/қ/п voicing: одағы -> одақ). Only keys that occur in some gazetteer name are
  kept, so most tokens map to nothing and cost one dict lookup.
* Gazetteer names are tokenised the same way into key sequences in a token trie. Russian gazetteer words are
  indexed by paradigm: all their case/number (and, for adjectives, gender) forms are generated once and map to
  one key, so "Омская область" matches "Омской областью" and "Назарбаев" matches "Назарбаевым" (no morphological
  analyser at run time). At each token the longest trie path whose gaps are only spaces/hyphens/one dot wins;
  a surface-exact key beats an inflected or stemmed one on ties.
* Checks on a match: names written with a capital need a capital in the text ("China" not "china");
  abbreviations match case-sensitively ("US" not "us", "ЕС" not "ес"); blocker phrases ("Latin America")
  are consumed and report nothing.
* Persons: a bare surname may be preceded by initials ("N.A. Nazarbayev", "Н.Ә. Назарбаев", "В.В. Путин"),
  which are included in the span and must fit the person's given name / patronymic; a surname shared by several
  persons (Aliyev, Bush, Ivanov) is reported only when initials single one out.
* Regions: "X region/oblast/krai/province ...", "Омская область", "Омбы облысы" are regions; a bare "Omsk" /
  "Омбы" is the city. In a list ending in a plural region word ("Astrakhan, Omsk and Kurgan regions",
  "Омской, Курганской и Тюменской областей", "Омбы, Қорған облыстары") every listed stem of the same country
  (or a Kazakh/foreign pair: "Korgan and North Kazakhstan regions") becomes a region mention too, replacing a
  city reading. English needs the plural ("Omsk and Kurgan region" leaves Omsk a city); Russian accepts any form.
* Speed: a case-aware prefix regex finds the few tokens that can start a name, so most of the text is skipped
  in C; ~6 MB/s CPU on the seeds (x20), index built once per process (~0.5 s).

Forms: ``name`` | ``adjective`` ("Russian", "российский", "ресейлік") | ``abbreviation`` ("USA", "СНГ").
Keys: country -> ISO 3166-1 alpha-2 ("SU" for the USSR), region -> ISO 3166-2 as pycountry has it now,
city -> canonical English name, person -> canonical English name, organisation -> short name.
"""
from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from dataclasses import dataclass, field

from .. import gazetteers as gz
from .mentions import EntityMention

TOKEN_RE = re.compile(r"[^\W_]+")
# What may stand between two tokens of one name: spaces (at most one line break), one hyphen/dash/apostrophe/dot.
_GAP_RE = re.compile(r"[ \t\u00a0\u00ad]*(?:\r?\n[ \t\u00a0]*)?(?:[-‐‑‒–—'’ʼ.]{1,2}[ \t\u00a0\u00ad]*(?:\r?\n[ \t\u00a0]*)?)?")
_MAX_GAP = 6
# What may separate the items of a list of region stems: a comma and/or a conjunction.
_LIST_SEP_RE = re.compile(r"\s*(?:[,;]\s*)?(?:(?:and|or|и|или|та|і|және|мен|бен|пен|немесе)\s+)?", re.I)
_CONJUNCTIONS = frozenset({"and", "or", "и", "или", "та", "і", "және", "мен", "бен", "пен", "немесе"})
_INITIALS_AFTER_RE = re.compile(r",\s?((?:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]\.\s?){1,3})")  # "Kozyrev, M.S." (bibliographies)
_INITIALS_RE = re.compile(r"(?<![^\W\d_])((?:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]\.\s?){1,3})$")

_KK_LETTERS = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
_CYRILLIC_RE = re.compile(r"[а-яёәғқңөұүһі]")


# ---------------------------------------------------------------------------------------------- normalisation
def _build_translit() -> dict[int, str]:
    table = {ord("ё"): "е", ord("ı"): "i", ord("ł"): "l", ord("ø"): "o", ord("đ"): "d", ord("ß"): "ss",
             ord("ʻ"): "", ord("ʼ"): "", ord("\u0301"): "", ord("\u0307"): "", ord("æ"): "ae", ord("œ"): "oe"}
    for cp in range(0xC0, 0x250):
        ch = chr(cp).lower()
        if len(ch) != 1 or ord(ch) in table or not ch.isalpha():
            continue
        base = unicodedata.normalize("NFD", ch)[0]
        if base != ch and base.isascii():
            table[ord(ch)] = base
    return table


_TRANSLIT = _build_translit()


def norm(token: str) -> str:
    """Lookup form of one token: lower case, ё -> е, Latin diacritics dropped (Türkiye -> turkiye)."""
    t = token.lower()
    return t if t.isascii() else t.translate(_TRANSLIT)


# ---------------------------------------------------------------------------------------------- Kazakh endings
_KK_PLURAL = ["лар", "лер", "дар", "дер", "тар", "тер"]
_KK_POSS = ["ы", "і", "сы", "сі", "ың", "ің", "ымыз", "іміз", "мыз", "міз", "ңыз", "ңіз", "ларымыз"]
_KK_CASE = [
    "ның", "нің", "дың", "дің", "тың", "тің",  # genitive
    "ға", "ге", "қа", "ке", "а", "е", "на", "не",  # dative
    "ны", "ні", "ды", "ді", "ты", "ті", "н",  # accusative
    "да", "де", "та", "те", "нда", "нде",  # locative
    "дан", "ден", "тан", "тен", "нан", "нен", "ндан", "нден",  # ablative
    "мен", "бен", "пен", "менен", "бенен", "пенен", "ымен", "імен",  # instrumental
    "дағы", "дегі", "тағы", "тегі", "ндағы", "ндегі",  # locative-attributive
    "ша", "ше", "ғы", "гі", "қы", "кі",
]


@functools.cache
def _kk_suffix_chains() -> frozenset[str]:
    chains = set()
    for pl in [""] + _KK_PLURAL:
        for po in [""] + _KK_POSS:
            for ca in [""] + _KK_CASE:
                s = pl + po + ca
                if s:
                    chains.add(s)
    return frozenset(chains)


_KK_VOICING = {"г": "к", "ғ": "қ", "б": "п"}
# Generic Kazakh words whose inflected forms in names are reduced to the bare word in the index
# ("облысы"/"облыстары" -> "облыс"), so any inflection in the text matches.
_KK_GENERIC = frozenset("""
облыс өлке қала аудан федерация республика одақ ұйым кеңес банк қор қоғамдастық достастық штат патшалық
кеңістік аймақ провинция округ әмірлік корольдік уәлаят воеводство жер кантон ассамблея комиссия бағдарлама
форум агенттік альянс консорциум түбек мұхит мемлекет ынтымақтастық
""".split())


def _kk_stems(n: str) -> list[tuple[str, int]]:
    """(stem, length) pairs for every way of reading the end of a normalised Kazakh word as endings."""
    chains = _kk_suffix_chains()
    out = []
    for k in range(len(n) - 1, 1, -1):
        if n[k:] in chains:
            stem = n[:k]
            out.append((stem, k))
            alt = _KK_VOICING.get(stem[-1])
            if alt:
                out.append((stem[:-1] + alt, k))
    return out


def _kk_canon(n: str) -> str:
    if n in _KK_GENERIC:
        return n
    for stem, _ in _kk_stems(n):
        if stem in _KK_GENERIC:
            return stem
    return n


# ---------------------------------------------------------------------------------------------- Russian endings
# Russian names are indexed by their paradigm: every inflected form a gazetteer word can take maps to one
# canonical key (nouns: the nominative; adjectives: the masculine nominative, so "Омская", "Омской", "омский"
# are one key). Generating the forms once at index time makes the lookup of a text word one dict access
# (pymorphy3 runs on a pure-Python DAWG here at ~1 ms a word, far too slow for the text side).
_RU_ADJ_ENDINGS = ("ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие")
_RU_ADJ_FORMS = ("ый", "ий", "ой", "ого", "его", "ому", "ему", "ым", "им", "ом", "ем", "ая", "яя", "ую", "юю", "ое",
                 "ее", "ые", "ие", "ых", "их", "ыми", "ими", "ей", "ою", "ею")
_RU_NOUN_FORMS = {
    "ия": ("ия", "ии", "ию", "ией", "иею", "ий", "иям", "иями", "иях"),
    "я": ("я", "и", "е", "ю", "ей", "ею", "ям", "ями", "ях"),
    "а": ("а", "ы", "и", "е", "у", "ой", "ою", "ам", "ами", "ах"),
    "ь": ("ь", "и", "ью", "я", "ю", "ем", "е", "ей", "ям", "ями", "ях"),
    "й": ("й", "я", "ю", "ем", "е", "и", "ев", "ям", "ями", "ях"),
    "о": ("о", "а", "у", "ом", "е"),
    "ы": ("ы", "ов", "ам", "ами", "ах"),
    "и": ("и", "ей", "ов", "ям", "ями", "ях", "ам", "ами", "ах"),
    "": ("", "а", "у", "ом", "ем", "е", "ы", "и", "ов", "ам", "ами", "ах", "ым"),
}
_RU_INDECLINABLE_END = set("еэиуюё")
# One-word names whose forms are everyday words in Russian text ("Того" = "of that").
_RU_SKIP = frozenset({"того"})


def _ru_paradigm(n: str) -> tuple[str, tuple[str, ...]]:
    """(canonical key, forms) of a normalised Russian gazetteer word."""
    if len(n) > 3 and n.endswith(_RU_ADJ_ENDINGS):
        stem = n[:-2]
        canon = stem + ("ий" if stem[-1] in "кгхжшщчн" else "ый")
        forms = tuple(stem + e for e in _RU_ADJ_FORMS)
        if n.endswith("ий"):  # also a noun in -ий (Дмитрий, Виталий)
            forms += tuple(stem + e for e in ("ия", "ию", "ием", "ии"))
        return canon, forms + (n,)
    for end in ("ия", "я", "а", "ь", "й", "о", "ы", "и"):
        if n.endswith(end):
            if end == "и" and len(n) <= 4:
                return n, (n,)  # short names in -и are indeclinable (Сочи, Мали)
            stem = n[: len(n) - len(end)]
            return n, tuple(stem + e for e in _RU_NOUN_FORMS[end]) + (n,)
    if n[-1:] in _RU_INDECLINABLE_END or not n[-1:].isalpha():
        return n, (n,)
    return n, tuple(n + e for e in _RU_NOUN_FORMS[""])


# ---------------------------------------------------------------------------------------------- index
@dataclass(slots=True)
class _Entry:
    kind: str | None  # None: blocker
    key: str | None
    form: str
    prio: int
    cap: bool  # the text must start with a capital
    exact: tuple[str, ...] | None = None  # abbreviation tokens, matched case-sensitively
    region_word: bool = False  # a "<stem> <region word>" alias (anchors region lists)
    surname: bool = False  # a bare surname (initials may precede)
    needs_initials: bool = False  # a surname reported only with initials (a person whose surname_alone is false)
    persons: tuple = ()  # person entries: ((key, given-name initials, given+patronymic pairs, explicit), ...)


@dataclass
class _Index:
    trie: dict
    vocab: frozenset
    ru_forms: dict  # normalised Russian word form -> canonical keys
    stems: dict  # region stem trie: key seq node -> {None: {code: country}}
    conflicts: list
    lower_ok: dict  # first key -> whether a lower-case token can start a name there
    scanner: tuple  # (capitalised, lower-case) patterns that find the tokens that may start a name
    cache: dict = field(default_factory=lambda: {"kk": {}, "x": {}, "kk_start": {}, "x_start": {}})


_REGION_WORD_KEYS = {"en": set(), "ru": set(), "kk": set()}
for _ws in gz.REGION_WORDS.values():
    for _lang, _words in _ws.items():
        _REGION_WORD_KEYS[_lang].update(norm(w) for w in _words)
_PLURAL_REGION_EN = {"regions", "oblasts", "provinces", "territories", "krais", "voivodeships", "voivodships",
                     "states", "lands", "cantons", "aimags"}
_PLURAL_REGION_KK = ("облыстар", "өлкелер", "аймақтар", "штаттар", "провинциялар", "воеводстволар", "уәлаяттар",
                     "облыстары")


def _alias_keyseqs(text: str, lang: str, ru_forms: dict | None = None,
                   form: str = "name") -> tuple[list[str], set[tuple[str, ...]]]:
    """Tokens of a gazetteer name and the key sequences it is indexed under. Russian words are replaced by
    their paradigm key (their forms are added to ``ru_forms``), Kazakh generic words by their bare form."""
    toks = TOKEN_RE.findall(text)
    ns = [norm(t) for t in toks]
    seqs = {tuple(ns)}
    if lang in ("ru", "uk"):
        keys = []
        for t, n in zip(toks, ns):
            if form == "adjective" and n.endswith("о"):
                canon, forms = n, (n,)  # the bound first part of a compound ("российско-") does not inflect
            elif _CYRILLIC_RE.search(n) and not (t.isupper() and len(t) > 1):
                canon, forms = _ru_paradigm(n)
            else:
                canon, forms = n, ()
            if forms:
                if ru_forms is not None:
                    for f in forms:
                        ru_forms.setdefault(f, set()).add(canon)
            keys.append(canon)
        seqs.add(tuple(keys))
    if lang == "kk":
        seqs.add(tuple(_kk_canon(n) if _CYRILLIC_RE.search(n) else n for n in ns))
    return toks, seqs


def _person_patterns(p: dict) -> tuple[frozenset, frozenset, frozenset]:
    """(first letters of given names, two-letter given+patronymic initials, explicit initials) of a person."""
    firsts, pairs = set(), set()
    for lang in gz.LANGS:
        for g in p["given"][lang]:
            f = g[:1].upper()
            firsts.add(f)
            for pt in p["patronymic"][lang]:
                pairs.add(f + pt[:1].upper())
    explicit = {re.sub(r"[^\w]", "", i).upper() for lang in gz.LANGS for i in p["initials"][lang]}
    return frozenset(firsts), frozenset(pairs), frozenset(explicit)


def _iter_aliases():
    """(kind, key, alias dict, priority) for every gazetteer alias the matcher uses. Priority: blockers 4,
    curated forms 3, ISO names 2, shortened ISO names 1 (they lose to any other entity's curated form)."""
    for c in gz.countries():
        for a in c["aliases"]:
            yield "country", c["code"], a, {"curated": 3, "pycountry": 2}.get(a["source"], 1)
    for r in gz.regions():
        for a in r["aliases"]:
            yield "region", r["code"], a, 3
    for c in gz.cities():
        for a in c["aliases"]:
            yield "city", c["name"], a, 3
    for p in gz.persons():
        for a in p["aliases"]:
            if a["form"] == "surname" and not p["surname_alone"]:
                a = {**a, "needs_initials": True}  # "А. Гюль", never a bare "Гюль"
            yield "person", p["name"], a, 3
    for o in gz.organisations():
        for a in o["aliases"]:
            yield "organisation", o["code"], a, 3
    for b in gz.blockers():
        yield None, None, {"text": b["text"], "lang": b["lang"], "form": "name"}, 4


def _insert(trie: dict, seq: tuple[str, ...], entry: _Entry) -> None:
    node = trie
    for k in seq:
        node = node.setdefault(k, {})
    node.setdefault(None, []).append(entry)


@functools.cache
def _index() -> _Index:
    trie: dict = {}
    stems: dict = {}
    vocab: set = set()
    person_info = {p["name"]: p for p in gz.persons()}
    patterns = {name: _person_patterns(p) for name, p in person_info.items()}
    region_country = {r["code"]: r["country"] for r in gz.regions()}
    ru_forms: dict = {}
    raw_firsts: dict = {}  # raw first token of each name (as written and lower-cased) -> may start in lower case
    for kind, key, a, prio in _iter_aliases():
        if a["lang"] in ("ru", "uk") and norm(a["text"]) in _RU_SKIP:
            continue
        toks, seqs = _alias_keyseqs(a["text"], a["lang"], ru_forms, a["form"])
        if not toks:
            continue
        for first in (toks[0].lower(), toks[0]):
            raw_firsts[first] = raw_firsts.get(first, False) or not a["text"][:1].isupper()
        form = a["form"]
        # "<stem> <region word>" ("Kurgan region", "Омская область"): in the plural it may close a list
        region_word = kind == "region" and len(toks) > 1 and norm(toks[-1]) in _REGION_WORD_KEYS.get(a["lang"], ())
        entry = _Entry(
            kind=kind, key=key, form=form, prio=prio,
            cap=a["text"][:1].isupper(),
            exact=tuple(toks) if form == "abbreviation" else None,
            region_word=region_word,
            surname=(form == "surname"),
            needs_initials=bool(a.get("needs_initials")),
            persons=((key,) + patterns[key],) if kind == "person" else (),
        )
        for seq in seqs:
            _insert(trie, seq, entry)
            vocab.update(seq)
    # region stems (for lists like "Omsk and Kurgan regions")
    for r in gz.regions():
        for group in (r["stems"], r["historic_stems"]):
            for lang in gz.LANGS:
                for stem in group[lang]:
                    _, seqs = _alias_keyseqs(stem, lang, ru_forms)
                    for seq in seqs:
                        node = stems
                        for k in seq:
                            node = node.setdefault(k, {})
                        node.setdefault(None, {})[r["code"]] = region_country[r["code"]]
                        vocab.update(seq)
    conflicts = _resolve(trie)
    ru = {f: tuple(sorted(k & vocab)) for f, k in ru_forms.items() if k & vocab}
    lower_ok = {k: _any_uncapped(child) for k, child in trie.items() if k is not None}
    scanner = _build_scanner(trie, ru, raw_firsts, lower_ok)
    return _Index(trie=trie, vocab=frozenset(vocab), ru_forms=ru, stems=stems, conflicts=conflicts,
                  lower_ok=lower_ok, scanner=scanner)


def _trie_regex(words: list[str]) -> str:
    """A regex alternation of ``words`` shaped as a prefix tree. The first character is matched as given;
    the rest case-insensitively."""
    tree: dict = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        if "" in node and len(node) == 1:
            return ""
        alts = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    top = []
    for ch, child in sorted(tree.items()):
        rest = emit(child)
        top.append(re.escape(ch) + (f"(?i:{rest})" if rest else ""))
    return "(?:" + "|".join(top) + ")"


_SCAN_PREFIX = 5


def _build_scanner(trie: dict, ru_forms: dict, raw_firsts: dict, lower_ok: dict) -> tuple:
    """A regex that finds every token that may start a gazetteer name: tokens beginning with the first few
    letters of a first key (or of one of its Russian forms, Kazakh voicing variants or raw spellings), with a
    capital unless some name there may start in lower case. Everything else in the text is skipped in C."""
    prefixes: dict[str, bool] = {}  # prefix -> may start in lower case

    def add(w: str, low_ok: bool):
        p = w[:_SCAN_PREFIX]
        if p:
            prefixes[p] = prefixes.get(p, False) or low_ok

    for k, low_ok in lower_ok.items():
        add(k, low_ok)
        if k[-1:] in "кқп":
            add(k[:-1] + {"к": "г", "қ": "ғ", "п": "б"}[k[-1]], low_ok)
    for form, keys in ru_forms.items():
        starts = [k for k in keys if k in lower_ok]
        if starts:
            add(form, any(lower_ok[k] for k in starts))
    for w, low_ok in raw_firsts.items():
        add(w, low_ok)
        add(w.replace("ё", "е"), low_ok)
    words = set()
    for p, low_ok in prefixes.items():
        words.add(p[0].upper() + p[1:])
        if low_ok or not p[0].islower():
            words.add(p)
    # a prefix covers every longer string that starts with it
    minimal = sorted(w for w in words if not any(w[:i] in words for i in range(1, len(w))))
    # No look-behind for a token start: it would stop the engine's first-character scan; a match inside a word
    # cannot reach the next word (prefixes are letters only), and the caller checks the token start.
    # Two patterns, for prefixes starting with a capital and in lower case: together they scan faster than their
    # alternation (see _scan_starts); and the lower-case one after a separator, for Cyrillic text, where most
    # letters may start a lower-case prefix (see _scan_token_starts).
    upper, lower = ([w for w in minimal if w[0].islower() == low] for low in (False, True))
    upper, lower = (_trie_regex(ws) if ws else "(?!)" for ws in (upper, lower))
    return (re.compile(upper), re.compile(lower), re.compile(f"[ _]{lower}"), re.compile(rf"[^\w ]{lower}"))


def _any_uncapped(node: dict) -> bool:
    """Whether some name below this trie node may start in lower case (so a lower-case token can start it)."""
    if any(not e.cap for e in node.get(None, ())):
        return True
    return any(_any_uncapped(child) for k, child in node.items() if k is not None)


def _resolve(node: dict, path: tuple = ()) -> list:
    """Deduplicate and order the entries of every trie node; merge persons sharing a name form into one
    entry that needs initials; report nodes where different entities tie on priority."""
    conflicts = []
    entries = node.get(None)
    if entries:
        best: dict = {}
        for e in entries:  # one entry per entity and way of matching (form, capital, exact case)
            k = (e.kind, e.key, e.form, e.cap, e.exact)
            old = best.get(k)
            if old is None or e.prio > old.prio:
                if old is not None:
                    e.region_word = e.region_word or old.region_word
                best[k] = e
            elif e.region_word:
                old.region_word = True
        # higher priority first; at equal priority names before adjectives, capitalised forms first
        uniq = sorted(best.values(), key=lambda e: (-e.prio, e.form == "adjective", not e.cap))
        people = [e for e in uniq if e.kind == "person"]
        if len({e.key for e in people}) > 1:  # a name form several persons share: needs initials
            one = {}
            for e in people:
                one.setdefault(e.key, e)
            merged = _Entry(kind="person", key=None, form=people[0].form, prio=people[0].prio,
                            cap=all(e.cap for e in people), surname=any(e.surname for e in people),
                            persons=tuple(p for e in one.values() for p in e.persons))
            uniq = [e for e in uniq if e.kind != "person"] + [merged]
            uniq.sort(key=lambda e: -e.prio)
        top = [e for e in uniq if e.prio == uniq[0].prio and e.kind is not None]
        if len({(e.kind, e.key) for e in top}) > 1:
            if uniq[0].prio <= 1:  # shortened ISO names shared by two states ("Congo", "Virgin Islands"): drop
                uniq = [e for e in uniq if e.prio > 1]
            else:
                conflicts.append((path, [(e.kind, e.key, e.form) for e in top]))
        node[None] = uniq
    for k, child in node.items():
        if k is not None:
            conflicts += _resolve(child, path + (k,))
    return conflicts


def index_conflicts() -> list:
    """Name forms that several different entities share at the same priority (for tests and data review)."""
    return list(_index().conflicts)


# ---------------------------------------------------------------------------------------------- token keys
def _token_keys(idx: _Index, tok: str, kk_mode: bool) -> tuple:
    """((key, stem_length, quality), ...) the token may stand for, restricted to keys in the gazetteer.
    quality: 1 the token itself, 0 an inflected form or stem, -1 a short Kazakh stem that may only continue a
    longer name ("одаққа" in "Еуразиялық экономикалық одаққа", but "сауда" alone is not "сауд" + -а)."""
    vocab = idx.vocab
    n = norm(tok)
    out: dict[str, tuple[int, bool]] = {}
    if n in vocab:
        out[n] = (len(tok), 1)
    if n.isascii():
        if len(n) > 3 and n.endswith("s") and n[:-1] in vocab:
            out.setdefault(n[:-1], (len(tok), 0))
        return tuple((k, sl, ex) for k, (sl, ex) in out.items())
    if not _CYRILLIC_RE.search(n):
        return tuple((k, sl, ex) for k, (sl, ex) in out.items())
    has_kk = any(ch in _KK_LETTERS for ch in n)
    if kk_mode or has_kk:
        cap = tok[:1].isupper()
        for stem, k in _kk_stems(n):
            # short stems only for abbreviations ("ЕСпен") or capitalised names ("Ошта" no, "Иранға" yes):
            # "сауда" (trade) is not "сауд" (Saudi) + -а
            if stem in vocab:
                strong = k >= 5 or (cap and k >= 3) or (k >= 2 and tok[:k].isupper())
                out.setdefault(stem, (k, 0 if strong else -1))
    if not has_kk:
        for key in idx.ru_forms.get(n, ()):
            out.setdefault(key, (len(tok), int(key == n)))
    return tuple((k, sl, ex) for k, (sl, ex) in out.items())


def _is_word_char(ch: str) -> bool:
    return ch.isalnum()


def _gap_ok(text: str, a: int, b: int) -> bool:
    return 0 < b - a <= _MAX_GAP and _GAP_RE.fullmatch(text, a, b) is not None


_NEXT_TOKEN_RE = re.compile(_GAP_RE.pattern + r"([^\W_]+)")


def _next_token(text: str, items: list, keyf) -> bool:
    """Append the token that follows items[-1] inside one name (only spaces/one hyphen or dot between)."""
    end = items[-1][1]
    m = _NEXT_TOKEN_RE.match(text, end)
    if m is None or m.start(1) - end > _MAX_GAP or m.start(1) == end:
        return False
    t = m.group(1)
    items.append((m.start(1), m.end(1), keyf(t), t))
    return True


def _scan_starts(scanners: tuple, text: str):
    """Start offsets of what the alternation of the two scanner patterns finds with ``finditer``: the leftmost
    match, then the leftmost one after its end, ... (the two patterns never match at the same offset)."""
    search_a, search_b = scanners[0].search, scanners[1].search
    ma, mb = search_a(text), search_b(text)
    pos = 0
    while True:
        if ma is not None and ma.start() < pos:
            ma = search_a(text, pos)
        if mb is not None and mb.start() < pos:
            mb = search_b(text, pos)
        if ma is None:
            if mb is None:
                return
            m = mb
        elif mb is None or ma.start() < mb.start():
            m = ma
        else:
            m = mb
        yield m.start()
        pos = m.end()


def _scan_token_starts(scanners: tuple, text: str):
    """What ``_scan_starts`` yields at token starts (the offsets the caller keeps), the lower-case prefixes found
    only after a separator (a space or "_"; another non-word character) or at the start of the text. Prefixes are
    letters, so a lower-case match inside a word hides nothing at a token start."""
    streams = ((scanners[0].search, 0), (scanners[2].search, 1), (scanners[3].search, 1))
    nxt = [search(text) for search, _d in streams]
    pos = 0
    first = scanners[1].match(text)
    if first is not None:
        yield 0
        pos = first.end()
    while True:
        best = None
        bq = 0
        for k, (search, d) in enumerate(streams):
            m = nxt[k]
            if m is None:
                continue
            if m.start() + d < pos:
                m = nxt[k] = search(text, max(0, pos - d))
                if m is None:
                    continue
            q = m.start() + d
            if best is None or q < bq:
                best, bq = m, q
        if best is None:
            return
        yield bq
        pos = best.end()


def find_entities(text: str, lang: str) -> list[EntityMention]:
    """Entity mentions in ``text`` (non-overlapping, longest match wins, sorted by start); ``lang`` is the
    paragraph's language (en, ru, kk, uk; anything else is treated like kk: endings are stripped)."""
    idx = _index()
    mode = "x" if lang in ("en", "ru", "uk") else "kk"
    keys_cache = idx.cache[mode]
    starts_cache = idx.cache[mode + "_start"]
    one_cache = idx.cache.setdefault(mode + "_one", {})
    if len(keys_cache) > 500_000:
        keys_cache.clear()
        starts_cache.clear()
        one_cache.clear()
    kk_mode = mode == "kk"
    root = idx.trie
    lower_ok = idx.lower_ok

    def keyf(t: str):
        k = keys_cache.get(t)
        if k is None:
            k = keys_cache[t] = _token_keys(idx, t, kk_mode)
        return k

    out: list[EntityMention] = []
    anchors: list[tuple[int, str]] = []  # (start, region code) of plural region phrases
    last_end = 0
    token_match = TOKEN_RE.match
    for p in _scan_starts(idx.scanner, text) if lang == "en" else _scan_token_starts(idx.scanner, text):
        if p < last_end or (p and _is_word_char(text[p - 1])):
            continue
        m = token_match(text, p)
        t = m.group()
        st = starts_cache.get(t)
        if st is None:
            upper = t[:1].isupper()
            st = starts_cache[t] = any(k in root and (upper or lower_ok[k]) for k, _sl, _ex in keyf(t))
        if not st:
            continue
        one = one_cache.get(t, _UNSET)
        if one is _UNSET:
            one = one_cache[t] = _one_token(root, t, keyf(t))
        if one is not None and not _continues(text, m.end(), one[0], keyf):
            if one[1] is None:
                continue
            e, key = one[1]  # what _match_at finds for a name of one token
            start, end, last = p, m.end(), t
        else:
            items = [(p, m.end(), keyf(t), t)]
            found = _match_at(text, items, root, keyf)
            if found is None:
                continue
            j, e, start, key = found
            end, last = items[j][1], items[j][3]
        last_end = end
        if e.kind is None:
            continue  # blocker
        out.append(EntityMention(start, end, e.kind, key, "name" if e.form == "surname" else e.form))
        if e.kind == "region" and e.region_word and _plural_region_word(last, lang):
            anchors.append((p, key))
    if anchors:
        out = _expand_region_lists(text, out, anchors, idx, keyf)
    return out


_UNSET = object()


def _one_token(root: dict, t: str, keys: tuple):
    """For a first token with one key and entries that do not depend on the text around it (no persons):
    (its trie node, what ``_match_at`` returns when no further token continues the name: (entry, key) or None);
    else None. Cached per token: most names are one token, and this skips ``_match_at`` for them."""
    if len(keys) != 1:
        return None
    key, sl, ex = keys[0]
    node = root.get(key)
    if node is None:
        return None
    ents = node.get(None)
    if not ents or ex < 0:
        return node, None  # the token cannot end a name alone
    items = [(0, len(t), keys, t)]
    for e in ents:
        if e.kind == "person":
            return None  # initials around it decide
        got = _accept("", items, 0, 0, e, ((sl, key),))
        if got is not None:
            return node, (e, got[1])
    return node, None


def _continues(text: str, end: int, node: dict, keyf) -> bool:
    """Whether the token after ``end`` (read as ``_next_token`` reads it) goes on from trie ``node``."""
    if len(node) <= (1 if None in node else 0):
        return False
    m = _NEXT_TOKEN_RE.match(text, end)
    if m is None or m.start(1) - end > _MAX_GAP or m.start(1) == end:
        return False
    return any(key in node for key, _sl, _ex in keyf(m.group(1)))


def _match_at(text: str, items: list, root: dict, keyf):
    """Longest acceptable gazetteer match starting at items[0] (further tokens are read as needed):
    (last token index, entry, start, key) or None."""
    cands = []  # (end_char, n_exact, j, entries, path)
    stack = []
    for key, sl, ex in items[0][2]:
        child = root.get(key)
        if child is not None:
            stack.append((child, 0, ex, ((sl, key),)))  # a weak (-1) first token cannot end a match alone
    more = True
    while stack:
        node, j, nex, path = stack.pop()
        ents = node.get(None)
        if ents and nex >= 0:
            cands.append((items[j][1], nex, j, ents, path))
        if len(node) > (1 if ents else 0):
            if j + 1 >= len(items):
                if not more or not _next_token(text, items, keyf):
                    more = False
                    continue
            for key, sl, ex in items[j + 1][2]:
                child = node.get(key)
                if child is not None:
                    stack.append((child, j + 1, max(nex, 0) + max(ex, 0), path + ((sl, key),)))
    if not cands:
        return None
    if len(cands) > 1:
        cands.sort(key=lambda c: (-c[0], -c[1]))
    for _end, _nex, j, ents, path in cands:
        for e in ents:
            got = _accept(text, items, 0, j, e, path)
            if got is not None:
                return j, e, got[0], got[1]
    return None


def _accept(text: str, toks: list, i: int, j: int, e: _Entry, path) -> tuple[int, str] | None:
    """(start, key) if entry ``e`` may be reported for tokens i..j, else None."""
    first = toks[i][3]
    if e.cap and not first[:1].isupper():
        return None
    if e.exact is not None:
        if len(e.exact) != j - i + 1:
            return None
        for k, want in enumerate(e.exact):
            sl = path[k][0]
            got = toks[i + k][3][:sl]
            if got != want and got != want.upper():
                return None
    start = toks[i][0]
    if e.kind != "person":
        return start, e.key
    initials = None
    m = None
    if e.surname:
        m = _INITIALS_RE.search(text, max(0, start - 12), start)
        if m:
            initials = re.sub(r"[^\w]", "", m.group(1)).upper()
        else:
            after = _INITIALS_AFTER_RE.match(text, toks[j][1])
            if after:
                initials = re.sub(r"[^\w]", "", after.group(1)).upper()
    if e.needs_initials and not initials:
        return None
    fitting = [p for p in e.persons if _initials_fit(initials, p)] if initials else list(e.persons)
    if len(fitting) != 1:
        return None
    if m:
        start = m.start(1)
    return start, fitting[0][0]


def _initials_fit(initials: str, p: tuple) -> bool:
    _key, firsts, pairs, explicit = p
    if explicit:
        return initials in explicit or (len(initials) == 1 and initials in firsts)
    if initials[0] not in firsts:
        return False
    if len(initials) >= 2 and pairs:
        return initials[:2] in pairs
    return True


def _plural_region_word(tok: str, lang: str) -> bool:
    """Whether the region word closing a region phrase may close a list of regions."""
    t = tok.lower()
    if t.isascii():
        return t in _PLURAL_REGION_EN
    if lang == "kk" or any(ch in _KK_LETTERS for ch in t):
        return t.startswith(_PLURAL_REGION_KK)
    # Russian: "области" is singular or plural, and texts write "Омской и Курганской области": any form closes a list.
    return True


def _expand_region_lists(text, out, anchors, idx, keyf) -> list[EntityMention]:
    """'Astrakhan, Omsk and Kurgan regions': turn the listed stems before a plural region phrase into regions."""
    add: list[EntityMention] = []
    for anchor_start, code in anchors:
        country = code.split("-")[0]
        lo = max(0, anchor_start - 400)
        toks = [(m.start() + lo, m.end() + lo, None, m.group()) for m in TOKEN_RE.finditer(text[lo:anchor_start])]
        toks = [(a, b, keyf(t), t) for a, b, _k, t in toks]
        cur_start = anchor_start
        k = len(toks) - 1
        while k >= 0:
            while k >= 0 and toks[k][3].lower() in _CONJUNCTIONS:
                k -= 1  # "and"/"и" are gazetteer words too ("Trinidad and Tobago"): look past them
            if k < 0 or _LIST_SEP_RE.fullmatch(text, toks[k][1], cur_start) is None:
                break
            found = None
            for length in (3, 2, 1):
                s = k - length + 1
                if s < 0:
                    continue
                if any(not _gap_ok(text, toks[t][1], toks[t + 1][0]) for t in range(s, k)):
                    continue
                codes = _stem_lookup(idx.stems, toks, s, k)
                # same country, or a Kazakh/foreign mix ("Korgan and North Kazakhstan regions")
                same = sorted(c for c, ctry in codes.items() if ctry == country) or \
                    sorted(c for c, ctry in codes.items() if "KZ" in (ctry, country) and len(codes) == 1)
                if same:
                    found = (s, same[0])
                    break
            if not found:
                break
            s, rcode = found
            add.append(EntityMention(toks[s][0], toks[k][1], "region", rcode, "name"))
            cur_start = toks[s][0]
            k = s - 1
    if not add:
        return out
    add.sort(key=lambda m: m.start)
    starts = [a.start for a in add]
    kept = []
    for m in out:
        k = bisect.bisect_left(starts, m.end)  # additions starting before m ends
        if k and add[k - 1].end > m.start or (k > 1 and add[k - 2].end > m.start):
            continue
        kept.append(m)
    merged = kept + add
    merged.sort(key=lambda m: m.start)
    return merged


def _stem_lookup(stems: dict, toks: list, s: int, k: int) -> dict:
    nodes = [stems]
    for t in range(s, k + 1):
        nxt = []
        for node in nodes:
            for key, _sl, _ex in toks[t][2]:
                child = node.get(key)
                if child is not None:
                    nxt.append(child)
        nodes = nxt
        if not nodes:
            return {}
    out: dict = {}
    for node in nodes:
        out.update(node.get(None, {}))
    return out


__all__ = ["find_entities", "index_conflicts", "norm"]
