"""Word tables for the date grammars in :mod:`kzrel.pipeline.dates`.

Everything language-specific lives here; ``dates.py`` only builds regexes from these tables.  Every row of
every table is walked by ``tests/test_dates.py``, so a form added here is a form that is tested.

Keys of the per-language dicts: ``en``, ``ru``, ``uk``, ``kk``.  Month forms are matched case-insensitively
in ru/uk/kk; in English only as written here (capitalised) or in upper case, because "may", "march" and
"august" are ordinary words.
"""
from __future__ import annotations

# --------------------------------------------------------------------------------------------------------------
# Months: month number -> every written form (inflections and abbreviations).
# --------------------------------------------------------------------------------------------------------------

EN_MONTHS: dict[int, list[str]] = {
    1: ["January", "Jan."],
    2: ["February", "Feb."],
    3: ["March", "Mar."],
    4: ["April", "Apr."],
    5: ["May"],
    6: ["June", "Jun."],
    7: ["July", "Jul."],
    8: ["August", "Aug."],
    9: ["September", "Sept.", "Sep."],
    10: ["October", "Oct."],
    11: ["November", "Nov."],
    12: ["December", "Dec."],
}

# Russian: nominative, genitive, dative, instrumental (both spellings), prepositional; plus abbreviations.
RU_MONTHS: dict[int, list[str]] = {
    1: ["январь", "января", "январю", "январём", "январем", "январе", "янв."],
    2: ["февраль", "февраля", "февралю", "февралём", "февралем", "феврале", "февр.", "фев."],
    3: ["март", "марта", "марту", "мартом", "марте", "мар."],
    4: ["апрель", "апреля", "апрелю", "апрелем", "апреле", "апр."],
    5: ["май", "мая", "маю", "маем", "мае"],
    6: ["июнь", "июня", "июню", "июнем", "июне", "июн."],
    7: ["июль", "июля", "июлю", "июлем", "июле", "июл."],
    8: ["август", "августа", "августу", "августом", "августе", "авг."],
    9: ["сентябрь", "сентября", "сентябрю", "сентябрём", "сентябрем", "сентябре", "сент.", "сен."],
    10: ["октябрь", "октября", "октябрю", "октябрём", "октябрем", "октябре", "окт."],
    11: ["ноябрь", "ноября", "ноябрю", "ноябрём", "ноябрем", "ноябре", "нояб.", "ноя."],
    12: ["декабрь", "декабря", "декабрю", "декабрём", "декабрем", "декабре", "дек."],
}

# Ukrainian: nominative, genitive, dative, instrumental, locative.
UK_MONTHS: dict[int, list[str]] = {
    1: ["січень", "січня", "січню", "січнем", "січні"],
    2: ["лютий", "лютого", "лютому", "лютим"],
    3: ["березень", "березня", "березню", "березнем", "березні"],
    4: ["квітень", "квітня", "квітню", "квітнем", "квітні"],
    5: ["травень", "травня", "травню", "травнем", "травні"],
    6: ["червень", "червня", "червню", "червнем", "червні"],
    7: ["липень", "липня", "липню", "липнем", "липні"],
    8: ["серпень", "серпня", "серпню", "серпнем", "серпні"],
    9: ["вересень", "вересня", "вересню", "вереснем", "вересні"],
    10: ["жовтень", "жовтня", "жовтню", "жовтнем", "жовтні"],
    11: ["листопад", "листопада", "листопаду", "листопадом", "листопаді"],
    12: ["грудень", "грудня", "грудню", "груднем", "грудні"],
}

# Kazakh: stems; the inflected forms are stem + (optional "-") + one of KK_MONTH_ENDINGS.
# "қыркүйек" voices its final к before a vowel ("қыркүйегінде"), hence the second stem.
KK_MONTH_STEMS: dict[int, list[str]] = {
    1: ["қаңтар"],
    2: ["ақпан"],
    3: ["наурыз"],
    4: ["сәуір"],
    5: ["мамыр"],
    6: ["маусым"],
    7: ["шілде"],
    8: ["тамыз"],
    9: ["қыркүйек", "қыркүйег"],
    10: ["қазан"],
    11: ["қараша"],
    12: ["желтоқсан"],
}

# Case endings, with and without the 3rd-person possessive (-ы/-і/-сы/-сі) that Kazakh puts on a month
# after a genitive year ("1992 жылдың 23 қарашасынан", "1995 жылдың қаңтарында").  All harmony variants are
# listed for every stem; a wrong-harmony form is a typo we may as well accept.
KK_MONTH_ENDINGS: list[str] = [
    "",
    # possessive alone
    "ы", "і", "сы", "сі",
    # locative
    "да", "де", "та", "те", "нда", "нде", "ында", "інде", "сында", "сінде",
    # locative adjectival
    "дағы", "дегі", "тағы", "тегі", "ндағы", "ндегі", "ындағы", "індегі", "сындағы", "сіндегі",
    # ablative
    "дан", "ден", "тан", "тен", "нан", "нен", "ынан", "інен", "сынан", "сінен",
    # dative
    "ға", "ге", "қа", "ке", "на", "не", "ына", "іне", "сына", "сіне",
    # genitive
    "дың", "дің", "тың", "тің", "ның", "нің", "ының", "інің", "сының", "сінің",
    # accusative
    "ды", "ді", "ты", "ті", "н", "ын", "ін", "сын", "сін",
    # instrumental
    "мен", "бен", "пен", "ымен", "імен", "сымен", "сімен",
]

# The word "ай" (month) that may follow a Kazakh month name: "қазан айында".
KK_AI_FORMS: list[str] = ["ай", "айы", "айында", "айынан", "айының", "айына", "айда", "айдан", "айдың", "айға",
                          "айлары", "айларында", "айларда"]

# --------------------------------------------------------------------------------------------------------------
# Year words.  In ru/uk/kk a bare 4-digit number followed by one of these is a year.
# --------------------------------------------------------------------------------------------------------------

RU_YEAR_WORDS: list[str] = ["год", "года", "году", "годом", "годе", "г.", "г"]
RU_YEARS_WORDS: list[str] = ["годы", "годов", "годах", "годам", "годами", "гг.", "гг"]  # plural: ranges, decades
UK_YEAR_WORDS: list[str] = ["рік", "року", "році", "роком", "р.", "р"]
UK_YEARS_WORDS: list[str] = ["роки", "років", "роках", "рокам", "роками", "рр.", "рр"]
KK_YEAR_WORDS: list[str] = ["жыл", "жылы", "жылғы", "жылдың", "жылдан", "жылға", "жылда", "жылды", "жылын",
                            "жылмен", "жылдағы", "ж.", "ж"]
KK_YEARS_WORDS: list[str] = ["жылдар", "жылдары", "жылдарда", "жылдарға", "жылдардың", "жылдардағы",
                             "жылдардан", "жылдарын", "жж.", "жж"]
# Kazakh ordinal suffix on the year, written joined or with spaces: "1993 - ші жылы", "1993-ші жылы".
KK_ORDINAL_SUFFIXES: list[str] = ["ші", "шы", "інші", "ыншы", "нші", "ншы"]
# Russian/Ukrainian ordinal suffix on a year: "с 1991-го по 2013 год".
RU_YEAR_SUFFIXES: list[str] = ["го", "й", "м", "ий", "ій", "му"]

# Decade suffixes: "1990-е годы", "1990-х", "1990-ті роки".
RU_DECADE_SUFFIXES: list[str] = ["е", "х", "ые", "ых", "ті", "тих"]

# --------------------------------------------------------------------------------------------------------------
# Quarters: word -> quarter number.  Digits ("1-й", "1st", "1-тоқсан") and Roman numerals (I..IV, also with
# Cyrillic І) are handled by the grammar.
# --------------------------------------------------------------------------------------------------------------

EN_QUARTER_WORDS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
}
RU_QUARTER_WORDS: dict[str, int] = {
    "первый": 1, "первого": 1, "первом": 1, "первому": 1,
    "второй": 2, "второго": 2, "втором": 2, "второму": 2,
    "третий": 3, "третьего": 3, "третьем": 3, "третьему": 3,
    "четвёртый": 4, "четвертый": 4, "четвёртого": 4, "четвертого": 4, "четвёртом": 4, "четвертом": 4,
    "четвёртому": 4, "четвертому": 4,
}
UK_QUARTER_WORDS: dict[str, int] = {
    "перший": 1, "першого": 1, "першому": 1,
    "другий": 2, "другого": 2, "другому": 2,
    "третій": 3, "третього": 3, "третьому": 3,
    "четвертий": 4, "четвертого": 4, "четвертому": 4,
}
KK_QUARTER_WORDS: dict[str, int] = {"бірінші": 1, "екінші": 2, "үшінші": 3, "төртінші": 4}
RU_QUARTER_NOUNS: list[str] = ["квартал", "квартала", "квартале", "кварталу", "кварталом", "кв."]
UK_QUARTER_NOUNS: list[str] = ["квартал", "кварталу", "кварталі", "кварталом", "кв."]
KK_QUARTER_NOUNS: list[str] = ["тоқсан", "тоқсанда", "тоқсанында", "тоқсаны", "тоқсанның", "тоқсанынан",
                               "тоқсанындағы", "тоқсандағы", "тоқсанға", "тоқсанына", "тоқсаннан"]

# --------------------------------------------------------------------------------------------------------------
# Relative years: phrase (words separated by single spaces) -> relative code.
# --------------------------------------------------------------------------------------------------------------

EN_RELATIVE: dict[str, str] = {
    "this year": "this_year",
    "the current year": "this_year",
    "the present year": "this_year",
    "last year": "last_year",
    "next year": "next_year",
    "the same year": "same_year",
    "that same year": "same_year",
    "that year": "same_year",
}
# Russian: the adjective carries the meaning; it combines with RU_RELATIVE_NOUNS ("в прошлом году",
# "в мае прошлого года", "за прошлый год").
RU_RELATIVE: dict[str, str] = {
    "прошлом": "last_year", "прошлого": "last_year", "прошлый": "last_year",
    "минувшем": "last_year", "минувшего": "last_year", "минувший": "last_year",
    "этом": "this_year", "этого": "this_year", "этот": "this_year",
    "текущем": "this_year", "текущего": "this_year", "текущий": "this_year",
    "нынешнем": "this_year", "нынешнего": "this_year", "нынешний": "this_year",
    "следующем": "next_year", "следующего": "next_year", "следующий": "next_year",
    "будущем": "next_year", "будущего": "next_year", "будущий": "next_year",
    "том же": "same_year", "того же": "same_year", "тот же": "same_year",
    "этом же": "same_year", "этого же": "same_year", "этот же": "same_year",
}
RU_RELATIVE_NOUNS: list[str] = ["году", "года", "год"]
UK_RELATIVE: dict[str, str] = {
    "минулому": "last_year", "минулого": "last_year", "минулий": "last_year",
    "цьому": "this_year", "цього": "this_year", "цей": "this_year",
    "поточному": "this_year", "поточного": "this_year", "поточний": "this_year",
    "наступному": "next_year", "наступного": "next_year", "наступний": "next_year",
    "тому ж": "same_year", "того ж": "same_year", "той же": "same_year", "тому же": "same_year",
}
UK_RELATIVE_NOUNS: list[str] = ["році", "року", "рік"]
# Relative years written as one word, without a following year noun.
RU_RELATIVE_WORDS: dict[str, str] = {}
UK_RELATIVE_WORDS: dict[str, str] = {"торік": "last_year", "цьогоріч": "this_year"}
# Kazakh: adjective + a form of "жыл" (KK_RELATIVE_NOUNS), or a single word (KK_RELATIVE_WORDS).
KK_RELATIVE: dict[str, str] = {
    "осы": "this_year", "ағымдағы": "this_year", "биылғы": "this_year",
    "өткен": "last_year", "былтырғы": "last_year",
    "келесі": "next_year", "алдағы": "next_year",
    "сол": "same_year",
}
KK_RELATIVE_NOUNS: list[str] = ["жылы", "жылдың", "жылғы", "жылда", "жыл"]
KK_RELATIVE_WORDS: dict[str, str] = {"биыл": "this_year", "былтыр": "last_year"}

# --------------------------------------------------------------------------------------------------------------
# Qualifiers: word(s) before the date (en/ru/uk) or after it (kk) -> qualifier.  The word is part of the span.
# Russian "по" is left out on purpose: "по 2015 году" is "for 2015" far more often than "through 2015"; it is
# used only as a range connector after "с" ("с 1995 по 1997 год").
# --------------------------------------------------------------------------------------------------------------

EN_QUALIFIERS_BEFORE: dict[str, str] = {
    "since": "since", "starting from": "since", "beginning from": "since", "starting in": "since",
    "until": "until", "till": "until", "up until": "until", "up to": "until",
    "by": "by", "no later than": "by",
}
RU_QUALIFIERS_BEFORE: dict[str, str] = {
    "с": "since", "со": "since", "начиная с": "since", "начиная со": "since",
    "до": "until", "вплоть до": "until",
    "к": "by", "не позднее": "by", "не позже": "by",
}
UK_QUALIFIERS_BEFORE: dict[str, str] = {
    "з": "since", "із": "since", "зі": "since", "починаючи з": "since", "починаючи із": "since",
    "до": "until", "аж до": "until",
    "не пізніше": "by",
}
KK_QUALIFIERS_AFTER: dict[str, str] = {
    "бері": "since", "бастап": "since",
    "дейін": "until", "шейін": "until",
    "қарай": "by",
}

# --------------------------------------------------------------------------------------------------------------
# Context: a bare 4-digit number is a year only right after one of these words (or in parentheses, or followed
# by a year word / month, or joined to a year by "and"/"и"/"және").
# --------------------------------------------------------------------------------------------------------------

EN_YEAR_CONTEXT: list[str] = [
    "in", "of", "from", "to", "for", "during", "since", "by", "until", "till", "between", "before", "after",
    "early", "late", "around", "circa", "throughout", "through", "year", "as of", "in the year", "mid",
    "spring", "summer", "autumn", "fall", "winter", "beginning", "end",
]
RU_YEAR_CONTEXT: list[str] = [
    "в", "во", "с", "со", "до", "к", "после", "между", "от", "начиная с", "начале", "конце", "середине",
    "осенью", "весной", "летом", "зимой", "около",
]
UK_YEAR_CONTEXT: list[str] = [
    "в", "у", "з", "із", "зі", "до", "після", "між", "від", "починаючи з", "на початку", "наприкінці",
    "восени", "навесні", "влітку", "взимку",
]
KK_YEAR_CONTEXT: list[str] = []

# Words that join two dates into a range ("from 1991 to 2014", "с 1995 по 1997 год", "between 2000 and 2005").
# opener -> connectors allowed after the first date.
EN_RANGE_OPENERS: dict[str, list[str]] = {
    "from": ["to", "through", "till", "until"],
    "between": ["and"],
}
RU_RANGE_OPENERS: dict[str, list[str]] = {
    "с": ["по", "до"], "со": ["по", "до"], "от": ["до"], "между": ["и"],
}
UK_RANGE_OPENERS: dict[str, list[str]] = {
    "з": ["по", "до"], "із": ["по", "до"], "зі": ["по", "до"], "від": ["до"], "між": ["і", "та"],
}
# Words that join two years into a list: "in 1993 and 1994".
COORDINATORS: dict[str, list[str]] = {
    "en": ["and", "or", ","],
    "ru": ["и", "или", ","],
    "uk": ["і", "й", "та", "або", ","],
    "kk": ["және", "мен", "пен", "бен", "немесе", ","],
}
