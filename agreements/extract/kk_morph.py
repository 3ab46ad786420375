"""Small Kazakh morphology helpers shared by the kk extractors: tokens, case endings, word classes.

Kazakh is agglutinative: a noun is ``stem + (plural) + (possessive) + (case)``; the extractors only need to
recognise a few stems (kind words, flow words, verbs) and to tell what role a word plays (a case ending, a
finite verb, a converb, a participle). Nothing here knows a fact type.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# ------------------------------------------------------------------------------------------------ endings
PLURAL = r"(?:лар|лер|дар|дер|тар|тер)"
POSS = r"(?:сы|сі|ы|і|ың|ің|ымыз|іміз)"
CASE = (r"(?:ның|нің|дың|дің|тың|тің|ны|ні|ды|ді|ты|ті|н|ға|ге|қа|ке|на|не|а|е|"
        r"ндағы|ндегі|дағы|дегі|тағы|тегі|нда|нде|да|де|та|те|нан|нен|дан|ден|тан|тен|мен|бен|пен|менен)")
# Everything that may follow a noun stem (each part optional).
NOUN_TAIL = f"{PLURAL}?{POSS}?{CASE}?"
NOUN_TAIL_RE = re.compile(f"^(?P<pl>{PLURAL})?(?P<poss>{POSS})?(?P<case>{CASE})?$")

CASE_NAMES = {
    "gen": ("ның", "нің", "дың", "дің", "тың", "тің"),
    "acc": ("ны", "ні", "ды", "ді", "ты", "ті", "н"),
    "dat": ("ға", "ге", "қа", "ке", "на", "не", "а", "е"),
    "attr": ("ндағы", "ндегі", "дағы", "дегі", "тағы", "тегі"),
    "loc": ("нда", "нде", "да", "де", "та", "те"),
    "abl": ("нан", "нен", "дан", "ден", "тан", "тен"),
    "ins": ("мен", "бен", "пен", "менен"),
}
_CASE_OF = {suffix: name for name, suffixes in CASE_NAMES.items() for suffix in suffixes}

# Final consonants that voice before a vowel-initial ending (көмек -> көмегі, тәртіп -> тәртібі).
VOICING = {"қ": "ғ", "к": "г", "п": "б"}


@dataclass(frozen=True, slots=True)
class Tail:
    plural: bool
    poss: bool
    case: str  # nom | gen | acc | dat | loc | abl | ins | attr


def analyse_tail(rest: str) -> Tail | None:
    """Parse what follows a known stem; None if it is not a plain noun ending."""
    m = NOUN_TAIL_RE.match(rest)
    if not m:
        return None
    case = _CASE_OF.get(m.group("case") or "", "nom")
    return Tail(bool(m.group("pl")), bool(m.group("poss")), case)


def stem_variants(stem: str) -> tuple[str, ...]:
    """The stem and its voiced variant (ынтымақтастық -> ынтымақтастығ)."""
    if stem and stem[-1] in VOICING:
        return stem, stem[:-1] + VOICING[stem[-1]]
    return (stem,)


def split_stem(word: str, stem: str) -> Tail | None:
    """If ``word`` (lower case) is ``stem`` + a noun ending, the ending's analysis."""
    for variant in stem_variants(stem):
        if word.startswith(variant):
            rest = word[len(variant):]
            if variant != stem and not rest:
                continue
            tail = analyse_tail(rest)
            if tail is not None:
                return tail
    return None


# ------------------------------------------------------------------------------------------------ tokens
TOKEN_RE = re.compile(r"[^\W_]+(?:[-‐'][^\W_]+)*|\S")


@dataclass(slots=True)
class Token:
    text: str
    low: str
    start: int  # clean offsets
    end: int

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum()


def tokenize(text: str, offset: int = 0, lower: str | None = None) -> list[Token]:
    low = lower if lower is not None and len(lower) == len(text) else text.lower()
    if len(low) != len(text):  # a character whose lower case is longer: keep offsets exact
        return [Token(m.group(0), m.group(0).lower(), m.start() + offset, m.end() + offset)
                for m in TOKEN_RE.finditer(text)]
    return [Token(text[s:e], low[s:e], s + offset, e + offset) for s, e in map(_span, TOKEN_RE.finditer(text))]


def _span(m: re.Match) -> tuple[int, int]:
    return m.span()


# ------------------------------------------------------------------------------------------------ word classes
# Converbs (-ып/-іп/-п), "when" forms (-ғанда), conditionals (-са/-се + person) end clauses.
CONVERB_RE = re.compile(r"^[а-яәіңғүұқөһё]{3,}(?:ып|іп|ғанда|генде|қанда|кенде|сақ|сек|са|се)$")
# Participles (-ған/-ген/-қан/-кен, -атын/-етін/-йтын/-йтін): inside titles they are common ("... жасалған
# келісімдер", "тұрақты тұратын азаматтар"), so they only end a title when a comma follows.
PARTICIPLE_RE = re.compile(r"^[а-яәіңғүұқөһё]{2,}(?:ған|ген|қан|кен|атын|етін|йтын|йтін|ғын|тын|тін)$")
# Finite verbs that typically close a clause in these texts (past -ды/-ді, present -ды/-ді/-ады, auxiliaries).
FINITE_RE = re.compile(
    r"^(?:болды|болады|болып|болған|болмаған|болатын|болар|болса|еді|екен|тұр|отыр|жатыр|табылады|"
    r"қойды|қойылды|қойысты|жасалды|қабылданды|қабылдады|бекітілді|бекітті|өтті|өткізді|келді|"
    r"берді|етті|етеді|алды|деді|дейді|жүрді|қаралды|талқыланды|көрсетті|білдірді|жалғастырды|"
    r"басталды|құрылды|атап|қуатталды|ұсынды|ұсынылды|мәлімдеді)$")
# Words that never belong to an instrument's title and end it when met going leftwards.
TITLE_STOP_WORDS = frozenset("""
кезінде барысында нәтижесінде қорытындысында қорытындысы қорытындылары сәйкес сай кейін соң дейін бері
ішінде олар мыналар мынадай бұл осы сол мұнда онда ол мұндай осындай сондай деп еді ал бірақ алайда сондықтан
сонымен қатар шеңберінде мақсатында ретінде яғни атап айтқанда тағы сонымен қатар оның соның олардың
президенттері президенттер президенті президенттердің басшылары басшысы басшыларының премьер-министрлері
министрлері министрі тараптар тараптары жақтар екеуі арасында кездесуінде кездесуде сапарында сапары
келіссөздерде келіссөздер кезеңде жылдары айында күні кейіннен және-де әсіресе мысалы
алдағы болашақта уақытта
""".split())
SEPARATOR_WORDS = frozenset({"және", "мен", "пен", "бен", "әрі", "сондай-ақ", "сонымен", "де", "да"})
COORD_WORDS = frozenset({"және", "мен", "пен", "бен", "әрі"})
DEMONSTRATIVES = frozenset({"бұл", "осы", "сол", "мұндай", "осындай", "сондай", "аталған", "жоғарыда",
                            "аталмыш", "бұның", "осының", "соның", "оның"})


# Converbs used as adverbs inside noun phrases ("шекараны бірлесіп демаркациялау" = joint demarcation).
ADVERBIAL_CONVERBS = frozenset({"бірлесіп", "бірлесе", "ортақтасып"})


def is_clause_end(word: str) -> bool:
    if word in ADVERBIAL_CONVERBS:
        return False
    return bool(FINITE_RE.match(word) or CONVERB_RE.match(word))


# ------------------------------------------------------------------------------------------------ transliteration
_TRANSLIT = {
    "а": "a", "ә": "a", "б": "b", "в": "v", "г": "g", "ғ": "gh", "д": "d", "е": "e", "ё": "yo", "ж": "zh",
    "з": "z", "и": "i", "й": "y", "к": "k", "қ": "q", "л": "l", "м": "m", "н": "n", "ң": "ng", "о": "o",
    "ө": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ұ": "u", "ү": "u", "ф": "f", "х": "kh",
    "һ": "h", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "і": "i", "ь": "", "э": "e",
    "ю": "yu", "я": "ya",
}


def translit(word: str) -> str:
    out = []
    for ch in word:
        low = ch.lower()
        t = _TRANSLIT.get(low, ch if not low.isalpha() or low.isascii() else "")
        out.append(t.capitalize() if ch != low and t else t)
    return "".join(out)
