"""Word tables for the money and percent grammars (``kzrel.pipeline.money``).

Every entry is a regular-expression fragment (matched case-insensitively unless it sits inside a
``(?-i:...)`` group) and, where it matters, the value it stands for.  Tables are grouped per
language; ``LANG_TABLES`` says which groups a paragraph language uses.  Kazakh and Ukrainian
texts freely borrow Russian abbreviations ("млн", "долл."), so they also get the Russian group.
An unknown language gets every group.

To add a word: put it in the right group below; the grammar is rebuilt from these tables at import.
Put longer alternatives before their own prefixes (``"US dollars"`` before ``"dollars"``).
"""
from __future__ import annotations

# --------------------------------------------------------------------------------------------- scales
# (regex, multiplier, is_abbreviation).  An abbreviation may carry a dot ("mln.", "млрд."); the dot is
# part of the span only when a currency word follows it.  A full word must end at a word boundary.
# Entries whose regex ends in ``(?=\.)`` *require* the dot ("th." - without it "5th" is an ordinal).
SCALES: dict[str, list[tuple[str, float, bool]]] = {
    "en": [
        (r"thousands?", 1e3, False),
        (r"thous(?=\.)", 1e3, True),
        (r"ths?(?=\.)", 1e3, True),
        (r"millions?", 1e6, False),
        (r"mlns?", 1e6, True),
        (r"mn", 1e6, True),
        (r"billions?", 1e9, False),
        (r"blns?", 1e9, True),
        (r"bn", 1e9, True),
        (r"trillions?", 1e12, False),
        (r"trln", 1e12, True),
        (r"trn", 1e12, True),
        (r"tn", 1e12, True),
    ],
    "ru": [
        (r"тысяч[аиу]?", 1e3, False),
        (r"тыс", 1e3, True),
        (r"миллион(?:ами|ах|ам|ов|ом|а|у|ы)?", 1e6, False),
        (r"млн", 1e6, True),
        (r"миллиард(?:ами|ах|ам|ов|ом|а|у|ы)?", 1e9, False),
        (r"млрд", 1e9, True),
        (r"триллион(?:ами|ах|ам|ов|ом|а|у|ы)?", 1e12, False),
        (r"трлн", 1e12, True),
    ],
    "kk": [
        (r"мың", 1e3, False),
        (r"миллион", 1e6, False),
        (r"млн", 1e6, True),
        (r"миллиард", 1e9, False),
        (r"млрд", 1e9, True),
        (r"триллион", 1e12, False),
        (r"трлн", 1e12, True),
    ],
    "uk": [
        (r"тисяч[аіу]?", 1e3, False),
        (r"тис", 1e3, True),
        (r"мільйон(?:ами|ах|ам|ів|ом|а|у|и)?", 1e6, False),
        (r"млн", 1e6, True),
        (r"мільярд(?:ами|ах|ам|ів|ом|а|у|и)?", 1e9, False),
        (r"млрд", 1e9, True),
        (r"трильйон(?:ами|ах|ам|ів|ом|а|у|и)?", 1e12, False),
        (r"трлн", 1e12, True),
    ],
}

# One-letter scales glued to the number ("$5m", "$300k", "$2b"); never after a space.
SHORT_SCALES: dict[str, float] = {"k": 1e3, "m": 1e6, "b": 1e9}

# ------------------------------------------------------------------------------------------ currencies
# Symbols and codes written BEFORE the number ("$ 24 billion", "US$ 3.5 bn", "USD 211.5 billion", "€200 million").
CURRENCY_PREFIX: list[tuple[str, str]] = [
    (r"US\s?\$", "USD"),
    (r"(?-i:USD)", "USD"),
    (r"\$", "USD"),
    (r"(?-i:EUR)", "EUR"),
    (r"€", "EUR"),
    (r"(?-i:KZT)", "KZT"),
    (r"₸", "KZT"),
    (r"(?-i:RUB|RUR)", "RUB"),
    (r"₽", "RUB"),
    (r"(?-i:CNY|RMB)", "CNY"),
    (r"(?-i:GBP)", "GBP"),
    (r"£", "GBP"),
    (r"(?-i:UAH)", "UAH"),
    (r"₴", "UAH"),
]

# Words, codes and symbols written AFTER the number (and its scale word).  Codes and symbols used this way
# must not be followed by a digit (``(?![^\S\n]{0,2}\d)``, the spacing a prefix may have), else
# "in 2014 USD 211.5 billion" would read "2014 USD".
CURRENCY_SUFFIX: dict[str, list[tuple[str, str]]] = {
    "common": [
        (r"US\s?\$(?![^\S\n]{0,2}\d)", "USD"),
        (r"\$(?:\s?США)?(?![^\S\n]{0,2}\d)", "USD"),
        (r"(?-i:USD)(?![^\S\n]{0,2}\d)(?!\w)", "USD"),
        (r"€(?![^\S\n]{0,2}\d)", "EUR"),
        (r"(?-i:EUR)(?![^\S\n]{0,2}\d)(?!\w)", "EUR"),
        (r"₸(?![^\S\n]{0,2}\d)", "KZT"),
        (r"(?-i:KZT)(?![^\S\n]{0,2}\d)(?!\w)", "KZT"),
        (r"₽(?![^\S\n]{0,2}\d)", "RUB"),
        (r"(?-i:RUB|RUR)(?![^\S\n]{0,2}\d)(?!\w)", "RUB"),
        (r"(?-i:CNY|RMB)(?![^\S\n]{0,2}\d)(?!\w)", "CNY"),
        (r"£(?![^\S\n]{0,2}\d)", "GBP"),
        (r"(?-i:GBP)(?![^\S\n]{0,2}\d)(?!\w)", "GBP"),
        (r"₴(?![^\S\n]{0,2}\d)", "UAH"),
        (r"(?-i:UAH)(?![^\S\n]{0,2}\d)(?!\w)", "UAH"),
    ],
    "en": [
        (r"(?:U\.\s?S\.(?:\s?A\.)?|USA|US|American|United\s+States)[\s-]+dollars?(?!\w)", "USD"),
        (r"dollars?(?!\w)", "USD"),
        (r"(?:Russian\s+)?r[o]?ubles?(?!\w)", "RUB"),
        (r"(?:Kazakh(?:stani)?\s+)?tenges?(?!\w)", "KZT"),
        (r"euros?(?!\w)", "EUR"),
        (r"(?:Chinese\s+)?yuans?(?!\w)", "CNY"),
        (r"renminbi(?!\w)", "CNY"),
        (r"pounds?\s+sterling(?!\w)", "GBP"),
        (r"(?:Ukrainian\s+)?hryvn(?:i|y)as?(?!\w)", "UAH"),
        (r"(?:Turkish\s+)?liras?(?!\w)", "TRY"),
        (r"(?:Kyrgyz\s+)?soms?(?!\w)", "KGS"),
    ],
    "ru": [
        # "долларов США", "доллара", "долл. США", "долл.США", "американских долларов"
        (r"(?:американск\w*\s+)?доллар\w*(?:\s?США)?", "USD"),
        (r"долл(?:\.|(?!\w))(?:\s?США)?", "USD"),
        (r"(?:российск\w*\s+)?рубл\w*", "RUB"),
        (r"руб(?:\.|(?!\w))", "RUB"),
        (r"тенге(?!\w)", "KZT"),
        (r"тг(?:\.|(?!\w))", "KZT"),
        (r"евро(?!\w)", "EUR"),
        (r"(?:китайск\w*\s+)?юан\w*", "CNY"),
        (r"фунт\w*\s+стерлинг\w*", "GBP"),
        (r"гривен\w*|гривн\w*", "UAH"),
        (r"(?:турецк\w*\s+)?лир(?:а|ы|ах|ам|ами|у|ой)?(?!\w)", "TRY"),
        (r"сом(?:а|ов|ах|ам|ами)?(?!\w)", "KGS"),
        (r"сум(?:а|ов|ах|ам|ами)?(?!\w)", "UZS"),
    ],
    "kk": [
        # "АҚШ доллары", "АҚШ долларын", "долларға", "доллардан", "долларды", "долларлық"
        (r"(?:АҚШ\s?)?доллар\w*", "USD"),
        (r"теңге\w*", "KZT"),
        (r"еуро\w*", "EUR"),
        (r"рубль\w*", "RUB"),
        (r"юан\w*", "CNY"),
    ],
    "uk": [
        (r"(?:американськ\w*\s+)?долар\w*(?:\s?США)?", "USD"),
        (r"дол(?:\.|(?!\w))(?:\s?США)?", "USD"),
        (r"(?:російськ\w*\s+)?рубл\w*", "RUB"),
        (r"гривень|гривні|гривня|гривнях|гривнями", "UAH"),
        (r"грн(?:\.|(?!\w))", "UAH"),
        (r"тенге(?!\w)", "KZT"),
        (r"євро(?!\w)", "EUR"),
        (r"юан\w*", "CNY"),
    ],
}

# English puts "of" between a scale word and the currency in translated texts: "20 million of US dollars".
SCALE_CURRENCY_LINK: dict[str, str] = {"en": r"of\s+"}

# ------------------------------------------------------------------------------------------- percents
PERCENT_WORDS: dict[str, list[str]] = {
    "common": [r"%"],
    "en": [r"per\s?cents?(?!\w)", r"percents?(?!\w)", r"pct(?:\.|(?!\w))"],
    "ru": [r"процент(?:ами|ах|ам|ов|ом|а|у|ы)?(?!\w)", r"проц\."],
    # "пайыз", "пайызға", "пайызды", "пайыздан", "пайыздық" - but not "пайыздық тармақ" (percentage point)
    "kk": [r"(?>пайыз\w*)(?!\s+тармақ)"],
    "uk": [r"відсот(?:ками|ках|кам|ків|ком|ок|ка|ки|ку)(?!\w)"],
}

# ---------------------------------------------------------------------------------------------- ranges
# Words joining the two ends of a range ("from $5 to $17 billion", "от 1 до 1,5 млрд долларов").
# A dash ("$0.6-0.8 billion", "15-20%") is always a range separator.
RANGE_WORDS: dict[str, list[str]] = {
    "en": [r"to"],
    "ru": [r"до"],
    "kk": [],
    "uk": [r"до"],
}

# A bare 4-digit year-like number straight after one of these words is a year even when a currency
# word follows ("in 2015 dollars", "в 2014 тенге ...").
YEAR_PRECEDERS: dict[str, list[str]] = {
    "en": ["in", "of", "constant", "since", "by", "year"],
    "ru": ["в", "во", "за", "к", "с", "году", "год", "года"],
    "kk": ["жылғы", "жылы"],
    "uk": ["в", "у", "за", "до", "з"],
}

# Languages whose comma is a decimal separator ("1,5 млрд").
DECIMAL_COMMA_LANGS = frozenset({"ru", "kk", "uk"})

# Which table groups each paragraph language uses; any other language (or None) uses all of them.
LANG_TABLES: dict[str, tuple[str, ...]] = {
    "en": ("en",),
    "ru": ("ru",),
    "kk": ("kk", "ru"),
    "uk": ("uk", "ru"),
}
ALL_LANGS: tuple[str, ...] = ("en", "ru", "kk", "uk")
