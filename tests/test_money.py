"""Tests for kzrel.pipeline.money: money and percent grammars (en, ru, kk, uk).

Run: .venv/bin/python -m pytest -p no:django tests/test_money.py
"""
from __future__ import annotations

import math
import pathlib
import re
import sys
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

ROOT = pathlib.Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from kzrel.pipeline import money_tables as T  # noqa: E402
from kzrel.pipeline.mentions import MoneyMention, PercentMention  # noqa: E402
from kzrel.pipeline.money import find_money, find_percents, parse_number  # noqa: E402

SEEDS = ROOT / "seeds"


def money(text: str, lang: str | None) -> list[tuple[str, float, str, str]]:
    """(span text, value, currency, scale_text) for every money mention."""
    return [(text[m.start:m.end], m.value, m.currency, m.scale_text) for m in find_money(text, lang)]


def percents(text: str, lang: str | None) -> list[tuple[str, float]]:
    return [(text[p.start:p.end], p.value) for p in find_percents(text, lang)]


def assert_money(text, lang, expected):
    got = money(text, lang)
    assert [(s, c, sc) for s, _, c, sc in got] == [(s, c, sc) for s, _, c, sc in expected], got
    for (_, v, _, _), (_, ev, _, _) in zip(got, expected):
        assert v == pytest.approx(ev, rel=1e-12), (got, expected)


# ------------------------------------------------------------------------------------ required forms
REQUIRED_FORMS = [
    ("en", "$ 24 billion", 24e9, "USD", "billion"),
    ("en", "$24 billion", 24e9, "USD", "billion"),
    ("en", "US$ 3.5 bn", 3.5e9, "USD", "bn"),
    ("en", "US$3.5bn", 3.5e9, "USD", "bn"),
    ("en", "1.5 billion USD", 1.5e9, "USD", "billion"),
    ("en", "USD 211.5 billion", 211.5e9, "USD", "billion"),
    ("en", "12.8 million US dollars", 12.8e6, "USD", "million"),
    ("en", "12.8 million U.S. dollars", 12.8e6, "USD", "million"),
    ("en", "307 mln. USA dollars", 307e6, "USD", "mln"),
    ("en", "75.0 thousand US dollars", 75e3, "USD", "thousand"),
    ("en", "5 thous. dollars", 5e3, "USD", "thous"),
    ("en", "2 bln. dollars", 2e9, "USD", "bln"),
    ("en", "3 billions dollars", 3e9, "USD", "billions"),
    ("en", "$1 trillion", 1e12, "USD", "trillion"),
    ("en", "$5m", 5e6, "USD", "m"),
    ("en", "$300k", 3e5, "USD", "k"),
    ("en", "€200 million", 200e6, "EUR", "million"),
    ("en", "5.2 million euros", 5.2e6, "EUR", "million"),
    ("en", "88 million tenge", 88e6, "KZT", "million"),
    ("en", "15 billion rubles", 15e9, "RUB", "billion"),
    ("en", "15 billion roubles", 15e9, "RUB", "billion"),
    ("en", "10 billion yuan", 10e9, "CNY", "billion"),
    ("en", "$500,000", 500_000, "USD", ""),
    ("en", "$1,234.5 million", 1_234.5e6, "USD", "million"),
    ("en", "12,8 million US dollars", 12.8e6, "USD", "million"),
    ("en", "20 million of US dollars", 20e6, "USD", "million"),
    ("ru", "2,5 млрд долл. США", 2.5e9, "USD", "млрд"),
    ("ru", "2,5 млрд долл.США", 2.5e9, "USD", "млрд"),
    ("ru", "2,5 млрд долларов США", 2.5e9, "USD", "млрд"),
    ("ru", "1,2 млрд долларов", 1.2e9, "USD", "млрд"),
    ("ru", "$2 млрд", 2e9, "USD", "млрд"),
    ("ru", "500 млн долларов", 500e6, "USD", "млн"),
    ("ru", "500 миллионов долларов", 500e6, "USD", "миллионов"),
    ("ru", "2 миллиарда долларов", 2e9, "USD", "миллиарда"),
    ("ru", "1 миллиард долларов", 1e9, "USD", "миллиард"),
    ("ru", "5 млн $ США", 5e6, "USD", "млн"),
    ("ru", "5 млн $", 5e6, "USD", "млн"),
    ("ru", "15 млрд рублей", 15e9, "RUB", "млрд"),
    ("ru", "3,5 млрд руб.", 3.5e9, "RUB", "млрд"),
    ("ru", "1 трлн тенге", 1e12, "KZT", "трлн"),
    ("ru", "30 тыс. долл.", 30e3, "USD", "тыс"),
    ("ru", "30 тысяч долларов", 30e3, "USD", "тысяч"),
    ("ru", "3 000 долларов", 3000, "USD", ""),
    ("ru", "3\u00a0000 долларов", 3000, "USD", ""),
    ("ru", "1 234,5 млн рублей", 1234.5e6, "RUB", "млн"),
    ("ru", "1\u2009234,5 млн рублей", 1234.5e6, "RUB", "млн"),
    ("ru", "1\u202f234,5 млн рублей", 1234.5e6, "RUB", "млн"),
    ("ru", "10 доллара", 10, "USD", ""),
    ("ru", "10 рубля", 10, "RUB", ""),
    ("ru", "100 евро", 100, "EUR", ""),
    ("ru", "7 млрд юаней", 7e9, "CNY", "млрд"),
    ("kk", "5 млрд доллар", 5e9, "USD", "млрд"),
    ("kk", "5 млрд АҚШ долларын", 5e9, "USD", "млрд"),
    ("kk", "5 млрд АҚШ доллары", 5e9, "USD", "млрд"),
    ("kk", "1,5 млрд доллардан", 1.5e9, "USD", "млрд"),
    ("kk", "1,5 млрд долларға", 1.5e9, "USD", "млрд"),
    ("kk", "1,5 млрд долларды", 1.5e9, "USD", "млрд"),
    ("kk", "250 мың доллар", 250e3, "USD", "мың"),
    ("kk", "100 млн. доллар", 100e6, "USD", "млн"),
    ("kk", "2 миллиард теңге", 2e9, "KZT", "миллиард"),
    ("kk", "40 млн теңгеге", 40e6, "KZT", "млн"),
    ("kk", "3 миллион еуро", 3e6, "EUR", "миллион"),
    ("kk", "1 трлн теңге", 1e12, "KZT", "трлн"),
    ("uk", "2,5 млрд доларів США", 2.5e9, "USD", "млрд"),
    ("uk", "300 млн гривень", 300e6, "UAH", "млн"),
    ("uk", "4 мільярди доларів", 4e9, "USD", "мільярди"),
    ("en", "₸500 million", 500e6, "KZT", "million"),
    ("en", "£3 billion", 3e9, "GBP", "billion"),
]


@pytest.mark.parametrize("lang,form,value,currency,scale", REQUIRED_FORMS)
def test_required_form_alone(lang, form, value, currency, scale):
    assert_money(form, lang, [(form, value, currency, scale)])


@pytest.mark.parametrize("lang,form,value,currency,scale", REQUIRED_FORMS)
def test_required_form_in_sentence(lang, form, value, currency, scale):
    left = {"en": "Trade reached ", "ru": "Товарооборот составил ", "kk": "Тауар айналымы ", "uk": "Обсяг склав "}[lang]
    text = f"{left}{form} in total."
    [m] = find_money(text, lang)
    assert (m.start, m.end) == (len(left), len(left) + len(form))
    assert m.value == pytest.approx(value, rel=1e-12)
    assert (m.currency, m.scale_text) == (currency, scale)
    assert isinstance(m, MoneyMention)


def test_kazakh_case_endings_and_approximate_word_outside_span():
    text = "Сауда көлемі 1,5 млрд доллардан астам болды."
    assert money(text, "kk") == [("1,5 млрд доллардан", 1.5e9, "USD", "млрд")]


@pytest.mark.parametrize(
    "text,lang,span",
    [
        ("It reached about $ 2 billion.", "en", "$ 2 billion"),
        ("projects worth over $8 billion", "en", "$8 billion"),
        ("стоит России около 5 млрд руб. в год", "ru", "5 млрд руб."),
        ("составил более 2 млрд долларов", "ru", "2 млрд долларов"),
        ("шамамен 5 млрд доллар", "kk", "5 млрд доллар"),
        ("составляет порядка $2 млрд.", "ru", "$2 млрд"),
    ],
)
def test_approximate_words_stay_outside(text, lang, span):
    assert [s for s, *_ in money(text, lang)] == [span]


def test_scale_dot_in_span_only_before_currency():
    assert money("составили $25 млрд. В результате", "ru") == [("$25 млрд", 25e9, "USD", "млрд")]
    assert money("100 млн. доллар", "kk")[0][0] == "100 млн. доллар"


def test_possessive_not_in_span():
    assert money("4.3 billion tenge's worth of", "en") == [("4.3 billion tenge", 4.3e9, "KZT", "billion")]


def test_case_insensitive_words():
    assert money("5 MILLION DOLLARS", "en") == [("5 MILLION DOLLARS", 5e6, "USD", "MILLION")]
    assert money("5 МЛРД ДОЛЛАРОВ", "ru") == [("5 МЛРД ДОЛЛАРОВ", 5e9, "USD", "МЛРД")]


def test_codes_are_case_sensitive():
    assert money("5 million usd", "en") == []


# ------------------------------------------------------------------------------------------- ranges
def test_range_dash_gives_two_mentions_sharing_scale_and_currency():
    text = "some $0.6-0.8 billion end up"
    assert money(text, "en") == [("$0.6", 0.6e9, "USD", "billion"), ("0.8 billion", 0.8e9, "USD", "billion")]
    assert money("$1-1.5 billion", "en") == [("$1", 1e9, "USD", "billion"), ("1.5 billion", 1.5e9, "USD", "billion")]


def test_range_with_to_and_two_symbols():
    text = "range from $5 to $17 billion. In"
    assert money(text, "en") == [("$5", 5e9, "USD", "billion"), ("$17 billion", 17e9, "USD", "billion")]


def test_range_russian_do():
    text = "от 1 до 1,5 млрд долларов"
    assert money(text, "ru") == [("1", 1e9, "USD", "млрд"), ("1,5 млрд долларов", 1.5e9, "USD", "млрд")]


def test_range_first_end_with_thousands_separator_keeps_own_value():
    text = "machinery exports increased from $22,000 to $25 million between 2000 and 2005"
    assert money(text, "en") == [("$22,000", 22000, "USD", ""), ("$25 million", 25e6, "USD", "million")]


def test_range_year_before_amount_is_not_money():
    assert money("к 2020 до 5 млрд долларов", "ru") == [("5 млрд долларов", 5e9, "USD", "млрд")]
    assert money("in 2014 - $2 billion", "en") == [("$2 billion", 2e9, "USD", "billion")]


def test_range_symbol_only_on_second_end():
    # "5" has no symbol of its own while "$17" has: "5" is not read as 5 billion
    assert money("exports rose by 5 to $17 billion", "en") == [("$17 billion", 17e9, "USD", "billion")]


def test_range_without_currency_is_not_money():
    assert money("15-20 млн тонн", "ru") == []


# ------------------------------------------------------------------------------------ not money
@pytest.mark.parametrize(
    "text,lang",
    [
        ("1997 жылы өзара тауар айналым 4,1 млрд", "kk"),  # no currency word
        ("квотасын 14 млн\nтоннаға ұлғайту", "kk"),
        ("В Казахстане 1,6 тыс. турецких компаний", "ru"),
        ("суммарное население которых составляет около 1,5 млрд человек.", "ru"),
        ("a market with a population of over 170 million people", "en"),
        ("In 1995, the exports [9-155-166] rose; see p. 25.", "en"),
        ("in 2015 dollars", "en"),
        ("of 1998 tenge", "en"),
        ("exchange rate of the national currency against the US dollar", "en"),
        ("В 1956 году их численность превысила 4 тыс.", "ru"),
        ("the 5th dollar", "en"),
        ("5 km", "en"),
        ("A320 dollars", "en"),  # digits glued to letters are not a number
    ],
)
def test_not_money(text, lang):
    assert find_money(text, lang) == []


def test_year_before_symbol_amount_not_swallowed():
    text = "in 1996 $120 million; in 2014 USD 211.5 billion"
    assert [s for s, *_ in money(text, "en")] == ["$120 million", "USD 211.5 billion"]


@pytest.mark.parametrize(
    "text,lang,expected",
    [
        # a symbol between two numbers goes with the following number when it is glued to it (<= 2 spaces)
        ("5 мың US$  22,000", "kk", [("US$  22,000", 22000.0, "USD", "")]),
        ("1 млрд. $  1 000", "ru", [("$  1 000", 1000.0, "USD", "")]),
        ("0.6 \n€  22,000", "en", [("€  22,000", 22000.0, "EUR", "")]),
        ("5 млн $\n6 млн", "ru", [("5 млн $", 5e6, "USD", "млн")]),
    ],
)
def test_symbol_between_numbers(text, lang, expected):
    assert money(text, lang) == expected


def test_symbol_conflicting_with_trailing_word_keeps_symbol():
    # "$5 million som" would be read as Kyrgyz som; the leading symbol wins and the word is left out
    assert money("$5 million soms", "en") == [("$5 million", 5e6, "USD", "million")]


# -------------------------------------------------------------------------------------- languages
def test_language_selects_tables():
    assert find_money("5 млрд доллар", "en") == []
    assert money("5 млрд доллар", "kk") == [("5 млрд доллар", 5e9, "USD", "млрд")]
    assert money("5 млрд доллар", None) == [("5 млрд доллар", 5e9, "USD", "млрд")]
    assert money("5 млрд доллар", "xx") == [("5 млрд доллар", 5e9, "USD", "млрд")]
    assert money("5 млрд доллар", "KK") == [("5 млрд доллар", 5e9, "USD", "млрд")]
    assert money("5 billion dollars", "EN") == [("5 billion dollars", 5e9, "USD", "billion")]
    assert money("5 billion dollars", "ru") == []  # English words are not in the Russian tables
    # "billion" is not in the Russian tables: only the symbol and the number are read
    assert money("$5 billion", "ru") == [("$5", 5.0, "USD", "")]


def test_kazakh_reads_russian_abbreviations():
    assert money("30 тыс. долл.", "kk") == [("30 тыс. долл.", 30e3, "USD", "тыс")]


def test_comma_three_digits_depends_on_language_and_scale():
    assert money("1,500 billion dollars", "en")[0][1] == 1500e9
    assert money("1,500 млрд долларов", "ru")[0][1] == 1.5e9
    assert money("1,500 млрд долларов", None)[0][1] == 1.5e9  # Cyrillic scale word -> decimal comma
    assert money("$1,500 million", None)[0][1] == 1500e6
    assert money("3,000 долларов", "ru")[0][1] == 3000  # no scale word: a thousands separator


# ------------------------------------------------------------------- every table entry has an example
# Adding a word to money_tables.py needs an example here (test_tables_fully_exemplified fails otherwise).
SUFFIX_EXAMPLES = {
    "common": [("US$", "USD"), ("$", "USD"), ("$ США", "USD"), ("USD", "USD"), ("€", "EUR"), ("EUR", "EUR"),
               ("₸", "KZT"), ("KZT", "KZT"), ("₽", "RUB"), ("RUB", "RUB"), ("RUR", "RUB"), ("CNY", "CNY"),
               ("RMB", "CNY"), ("£", "GBP"), ("GBP", "GBP"), ("₴", "UAH"), ("UAH", "UAH")],
    "en": [("US dollars", "USD"), ("U.S. dollars", "USD"), ("U.S.A. dollars", "USD"), ("USA dollars", "USD"),
           ("American dollars", "USD"), ("United States dollars", "USD"), ("dollars", "USD"), ("dollar", "USD"),
           ("Russian rubles", "RUB"), ("roubles", "RUB"), ("ruble", "RUB"), ("Kazakhstani tenge", "KZT"),
           ("tenge", "KZT"), ("euros", "EUR"), ("euro", "EUR"), ("Chinese yuan", "CNY"), ("yuan", "CNY"),
           ("renminbi", "CNY"), ("pounds sterling", "GBP"), ("Ukrainian hryvnias", "UAH"), ("hryvnia", "UAH"),
           ("Turkish liras", "TRY"), ("lira", "TRY"), ("Kyrgyz soms", "KGS"), ("som", "KGS")],
    "ru": [("американских долларов", "USD"), ("долларов", "USD"), ("доллара", "USD"), ("долларов США", "USD"),
           ("долл.", "USD"), ("долл. США", "USD"), ("российских рублей", "RUB"), ("рублей", "RUB"),
           ("рубля", "RUB"), ("руб.", "RUB"), ("руб", "RUB"), ("тенге", "KZT"), ("тг.", "KZT"), ("евро", "EUR"),
           ("китайских юаней", "CNY"), ("юаней", "CNY"), ("фунтов стерлингов", "GBP"), ("гривен", "UAH"),
           ("гривны", "UAH"), ("турецких лир", "TRY"), ("лиры", "TRY"), ("сомов", "KGS"), ("сумов", "UZS")],
    "kk": [("АҚШ доллары", "USD"), ("АҚШ долларын", "USD"), ("доллар", "USD"), ("долларға", "USD"),
           ("теңге", "KZT"), ("теңгеге", "KZT"), ("еуро", "EUR"), ("рубль", "RUB"), ("рубльге", "RUB"),
           ("юань", "CNY")],
    "uk": [("американських доларів", "USD"), ("доларів", "USD"), ("доларів США", "USD"), ("дол.", "USD"),
           ("дол. США", "USD"), ("російських рублів", "RUB"), ("рублів", "RUB"), ("гривень", "UAH"),
           ("гривні", "UAH"), ("грн", "UAH"), ("тенге", "KZT"), ("євро", "EUR"), ("юанів", "CNY")],
}
PREFIX_EXAMPLES = [("US$", "USD"), ("US $", "USD"), ("USD", "USD"), ("$", "USD"), ("EUR", "EUR"), ("€", "EUR"),
                   ("KZT", "KZT"), ("₸", "KZT"), ("RUB", "RUB"), ("RUR", "RUB"), ("₽", "RUB"), ("CNY", "CNY"),
                   ("RMB", "CNY"), ("GBP", "GBP"), ("£", "GBP"), ("UAH", "UAH"), ("₴", "UAH")]
SCALE_EXAMPLES = {
    "en": [("thousand", 3), ("thousands", 3), ("thous.", 3), ("th.", 3), ("million", 6), ("millions", 6),
           ("mln", 6), ("mln.", 6), ("mlns", 6), ("mn", 6), ("billion", 9), ("billions", 9), ("bln", 9),
           ("bln.", 9), ("bn", 9), ("trillion", 12), ("trillions", 12), ("trln", 12), ("trn", 12), ("tn", 12)],
    "ru": [("тысяча", 3), ("тысячи", 3), ("тысяч", 3), ("тыс.", 3), ("тыс", 3), ("миллион", 6), ("миллиона", 6),
           ("миллионов", 6), ("млн", 6), ("млн.", 6), ("миллиард", 9), ("миллиарда", 9), ("миллиардов", 9),
           ("млрд", 9), ("млрд.", 9), ("триллион", 12), ("триллиона", 12), ("трлн", 12)],
    "kk": [("мың", 3), ("миллион", 6), ("млн", 6), ("миллиард", 9), ("млрд", 9), ("триллион", 12), ("трлн", 12)],
    "uk": [("тисяча", 3), ("тисячі", 3), ("тисяч", 3), ("тис.", 3), ("мільйон", 6), ("мільйона", 6),
           ("мільйонів", 6), ("млн", 6), ("мільярд", 9), ("мільярди", 9), ("мільярдів", 9), ("млрд", 9),
           ("трильйон", 12), ("трильйонів", 12), ("трлн", 12)],
}
PERCENT_EXAMPLES = {
    "common": ["%"],
    "en": ["percent", "percents", "per cent", "pct", "pct."],
    "ru": ["процент", "процента", "процентов", "проц."],
    "kk": ["пайыз", "пайызға", "пайыздан", "пайыздық"],
    "uk": ["відсоток", "відсотка", "відсотків"],
}
CURRENCY_WORD = {"en": "dollars", "ru": "долларов", "kk": "доллар", "uk": "доларів"}


def _suffix_cases():
    for group, examples in SUFFIX_EXAMPLES.items():
        for lang in (T.ALL_LANGS if group == "common" else [group]):
            for word, code in examples:
                yield lang, word, code


@pytest.mark.parametrize("lang,word,code", list(_suffix_cases()))
def test_every_suffix_currency_example(lang, word, code):
    text = f"xx 5 {word} yy"
    assert [(s, v, c) for s, v, c, _ in money(text, lang)] == [(f"5 {word}", 5.0, code)]


@pytest.mark.parametrize("word,code", PREFIX_EXAMPLES)
@pytest.mark.parametrize("lang", T.ALL_LANGS)
def test_every_prefix_currency_example(lang, word, code):
    # codes need a space ("USD 5": letters glued to digits, as in "A320", are not a number); symbols need none
    glue = " " if word[-1].isalpha() else ""
    for sep in {glue, " "}:
        text = f"xx {word}{sep}5 yy"
        assert [(s, v, c) for s, v, c, _ in money(text, lang)] == [(f"{word}{sep}5", 5.0, code)]


@pytest.mark.parametrize("lang,word,power", [(lg, w, p) for lg, ex in SCALE_EXAMPLES.items() for w, p in ex])
def test_every_scale_example(lang, word, power):
    text = f"xx 7 {word} {CURRENCY_WORD[lang]} yy"
    [m] = find_money(text, lang)
    assert m.value == 7 * 10**power
    assert m.scale_text == word.rstrip(".")
    assert text[m.start:m.end] == f"7 {word} {CURRENCY_WORD[lang]}"


@pytest.mark.parametrize("lang,word", [(lg, w) for lg, ws in PERCENT_EXAMPLES.items() for w in ws
                                       for lg in ((lg,) if lg != "common" else T.ALL_LANGS)])
def test_every_percent_example(lang, word):
    text = f"xx 7 {word} yy"
    assert percents(text, lang) == [(f"7 {word}", 7.0)]


def test_tables_fully_exemplified():
    flags = re.IGNORECASE
    for group, entries in T.CURRENCY_SUFFIX.items():
        words = [w for w, _ in SUFFIX_EXAMPLES[group]]
        for pattern, code in entries:
            rx = re.compile(pattern, flags)
            assert any(rx.fullmatch(w) for w in words), f"no example for {group} suffix {pattern!r}"
    for pattern, code in T.CURRENCY_PREFIX:
        assert any(re.compile(pattern, flags).fullmatch(w) for w, _ in PREFIX_EXAMPLES), pattern
    for lang, entries in T.SCALES.items():
        words = [w.rstrip(".") for w, _ in SCALE_EXAMPLES[lang]]
        for pattern, _, _ in entries:
            rx = re.compile(pattern.replace(r"(?=\.)", ""), flags)
            assert any(rx.fullmatch(w) for w in words), f"no example for {lang} scale {pattern!r}"
    for group, patterns in T.PERCENT_WORDS.items():
        for pattern in patterns:
            rx = re.compile(pattern, flags)
            assert any(rx.fullmatch(w) for w in PERCENT_EXAMPLES[group]), f"no example for {group} {pattern!r}"


# ----------------------------------------------------------------------------------- parse_number
@pytest.mark.parametrize(
    "s,lang,expected",
    [
        ("24", "en", 24.0),
        ("1.5", "en", 1.5),
        ("1.5", "ru", 1.5),
        ("1,5", "ru", 1.5),
        ("1,5", "en", 1.5),
        ("12,8", "kk", 12.8),
        ("1 234,5", "ru", 1234.5),
        ("1\u00a0234,5", "ru", 1234.5),
        ("1\u202f234", "kk", 1234.0),
        ("1\u2009234", "uk", 1234.0),
        ("1,234.5", "en", 1234.5),
        ("1,234.5", "ru", 1234.5),
        ("1.234,5", "ru", 1234.5),
        ("1,234", "en", 1234.0),
        ("1,234", None, 1234.0),
        ("1,234", "ru", 1.234),
        ("1,234,567", "ru", 1234567.0),
        ("1.234.567", "en", 1234567.0),
        ("307", "en", 307.0),
        ("75.0", "en", 75.0),
        ("0.4", "en", 0.4),
    ],
)
def test_parse_number(s, lang, expected):
    assert parse_number(s, lang) == expected


def test_parse_number_rejects_garbage():
    with pytest.raises(ValueError):
        parse_number("12a", "en")


# ------------------------------------------------------------------------------------------ percents
PERCENT_FORMS = [
    ("en", "4.2%", 4.2),
    ("ru", "4,2 %", 4.2),
    ("en", "4.2 per cent", 4.2),
    ("en", "4.2 percent", 4.2),
    ("en", "4.2 pct", 4.2),
    ("ru", "4,2 процента", 4.2),
    ("ru", "5 процентов", 5.0),
    ("kk", "4,2 пайыз", 4.2),
    ("kk", "4,2 пайызды", 4.2),
    ("kk", "3 пайызға", 3.0),
    ("uk", "4,2 відсотка", 4.2),
    ("en", "%4.2", 4.2),
    ("en", "70-percent", 70.0),
    ("en", "20.3percent", 20.3),
    ("en", "4,8%", 4.8),
]


@pytest.mark.parametrize("lang,form,value", PERCENT_FORMS)
def test_percent_forms(lang, form, value):
    text = f"It grew by {form} last year"
    [p] = find_percents(text, lang)
    assert isinstance(p, PercentMention)
    assert text[p.start:p.end] == form
    assert p.value == pytest.approx(value)


def test_kazakh_percent_suffix_after_sign():
    assert percents("1998 жылдың бірінші жартысында 26 %-ға өсті", "kk") == [("26 %", 26.0)]


def test_percent_ranges():
    assert percents("emissions by 15-20% by 2030", "en") == [("15", 15.0), ("20%", 20.0)]
    assert percents("reached 55-60 percent.", "en") == [("55", 55.0), ("60 percent", 60.0)]
    assert percents("from 30 to 20 percent", "en") == [("30", 30.0), ("20 percent", 20.0)]
    assert percents("in 2014 - 20%", "en") == [("20%", 20.0)]


@pytest.mark.parametrize(
    "text,lang",
    [
        ("rose by 4 percentage points", "en"),
        ("выросла на 2 процентных пункта", "ru"),
        ("3 пайыздық тармаққа өсті", "kk"),
        ("The percentage of exports", "en"),
        ("in 1995 it was almost nine percent", "en"),  # numbers in words are not read
        ("100 per capita", "en"),
    ],
)
def test_not_percent(text, lang):
    assert find_percents(text, lang) == []


def test_prefixed_percent_needs_adjacent_number_and_no_word_before():
    assert percents("grew 5% 20 companies", "en") == [("5%", 5.0)]
    assert percents("rate 5%20", "en") == [("5%", 5.0)]
    assert percents("rates of %4.2 and 7%", "en") == [("%4.2", 4.2), ("7%", 7.0)]
    assert percents("grew 5 %4 times", "en") == [("5 %", 5.0)]  # the "%" belongs to "5 %"
    assert percents("%0%", "en") == [("0%", 0.0)]
    assert percents("%3 and 4%", "en") == [("%3", 3.0), ("4%", 4.0)]


# ------------------------------------------------------------------------- real sentences (copied)
# (language, sentence copied verbatim from ../shared/seeds or ../shared/dev, expected money, expected percents)
REAL = [
    ("en", "Suffice it to say that the trade turnover between the countries has already reached a record figure "
           "of $ 24 billion.",
     [("$ 24 billion", 24e9, "USD", "billion")], []),
    ("en", "It signed 4 bilateral international documents and 27 agreements on projects totaling about $ 2 billion.",
     [("$ 2 billion", 2e9, "USD", "billion")], []),
    ("en", "The trade turnover between the two countries last year amounted to 307 mln. USA dollars",
     [("307 mln. USA dollars", 307e6, "USD", "mln")], []),
    ("en", "The foreign trade turnover in 2001 amounted to 12.8 million US dollars, or 4.2% of the total turnover "
           "with the Russian Federation",
     [("12.8 million US dollars", 12.8e6, "USD", "million")], [("4.2%", 4.2)]),
    ("en", "The trade turnover with the Kurgan region of the Russian Federation in January-February 2001 amounted to "
           "1376.1 US dollars",
     [("1376.1 US dollars", 1376.1, "USD", "")], []),
    ("en", "machinery exports increased from $22,000 to $25 million between 2000 and 2005",
     [("$22,000", 22000, "USD", ""), ("$25 million", 25e6, "USD", "million")], []),
    ("en", "As of September 30, 2014, total foreign investment in Kazakhstan reached USD 211.5 billion.",
     [("USD 211.5 billion", 211.5e9, "USD", "billion")], []),
    ("en", "To that end, in 2017 KazAgro negotiated with the European Investment Bank (EIB) a €200 million loan for",
     [("€200 million", 200e6, "EUR", "million")], []),
    ("en", "in 1995, Ispad International purchased 100% of the assets of the Carmet Metallurgical Plant in Temirtau "
           "($200 million)",
     [("$200 million", 200e6, "USD", "million")], [("100%", 100.0)]),
    ("en", "with a capacity of 8950000 euros and a capacity of 30.0 tons per year",
     [("8950000 euros", 8950000, "EUR", "")], []),
    ("en", "engines worth 75.0 thousand US dollars between Kurganmashzavod",
     [("75.0 thousand US dollars", 75e3, "USD", "thousand")], []),
    ("en", "for repatriate families for 2050.0 thousand tenge, another 22 houses",
     [("2050.0 thousand tenge", 2050e3, "KZT", "thousand")], []),
    ("en", "The funds allocated for the construction of the bridge amounted to 20.8 billion tenge, the cost of a "
           "multidisciplinary hospital - 14.4 billion tenge.",
     [("20.8 billion tenge", 20.8e9, "KZT", "billion"), ("14.4 billion tenge", 14.4e9, "KZT", "billion")], []),
    ("en", "Toward the end of 1995, 4.3 billion tenge's worth of",
     [("4.3 billion tenge", 4.3e9, "KZT", "billion")], []),
    ("en", "exports went to the Russian Federation 47 percent, or $1.4 billion's",
     [("$1.4 billion", 1.4e9, "USD", "billion")], [("47 percent", 47.0)]),
    ("en", "Russia - $1.3 billion and $1.8 billion respectively.",
     [("$1.3 billion", 1.3e9, "USD", "billion"), ("$1.8 billion", 1.8e9, "USD", "billion")], []),
    ("en", "The percentage of high-tech exports (as a share of manufactured exports) from Kazakhstan has grown from "
           "just 4.46% in 1995 to 37.17% in 2014.",
     [], [("4.46%", 4.46), ("37.17%", 37.17)]),
    ("en", "As of September 2016, foreign investments in the Kazakh economy totaled $5.7 billion, which is 4,8% more "
           "than during the same period of the previous year.",
     [("$5.7 billion", 5.7e9, "USD", "billion")], [("4,8%", 4.8)]),
    ("en", "committed to cut its greenhouse gas emissions by 15-20% by 2030", [], [("15", 15.0), ("20%", 20.0)]),
    ("en", "Their share in over imports amounts to 70-percent.", [], [("70-percent", 70.0)]),
    ("en", "refining dropped by 20.3percent.", [], [("20.3percent", 20.3)]),
    ("ru", "Эксплуатация космодрома Байконур стоит России около 5 млрд руб. в год: аренда комплекса — примерно "
           "3,5 млрд руб., плюс 1,5 млрд — на поддержание объектов космодрома.",
     [("5 млрд руб.", 5e9, "RUB", "млрд"), ("3,5 млрд руб.", 3.5e9, "RUB", "млрд")], []),
    ("ru", "«Товарооборот между нашими странами на сегодняшний день составляет порядка $2 млрд.",
     [("$2 млрд", 2e9, "USD", "млрд")], []),
    ("ru", "Наша задача, как договаривались, довести уровень товарооборота до $5 млрд, так как у Казахстана",
     [("$5 млрд", 5e9, "USD", "млрд")], []),
    ("ru", "их объём вырос до рекордного значения в $2,3 млрд в первой половине 2017 года",
     [("$2,3 млрд", 2.3e9, "USD", "млрд")], []),
    ("ru", "по итогам 2015 года этот показатель составил $1,2 млрд.", [("$1,2 млрд", 1.2e9, "USD", "млрд")], []),
    ("ru", "Нацфонда Казахстана — $22 млрд.", [("$22 млрд", 22e9, "USD", "млрд")], []),
    ("ru", "В Казахстане 1,6 тыс. турецких компаний", [], []),
    ("ru", "увеличилась на 11%, до 58,3%", [], [("11%", 11.0), ("58,3%", 58.3)]),
    ("ru", "доля России на региональном рынке —18%.", [], [("18%", 18.0)]),
    ("kk", "Тұтасымен алғанда 1999 жыл Қазақстанға Ресейден тауар әкелу 1998 жылмен салыстырғанда ширек пайызға "
           "төмендеуі, бұл 1,5 млрд.АҚШ долларын қүрады [ 10-17]",
     [("1,5 млрд.АҚШ долларын", 1.5e9, "USD", "млрд")], []),
    ("kk", "осы қордың салықтары Өзбекстан – 918 мың доллар, Қазақстан – 833 мың доллар, Қырғызстан – 333 мың доллар.",
     [("918 мың доллар", 918e3, "USD", "мың"), ("833 мың доллар", 833e3, "USD", "мың"),
      ("333 мың доллар", 333e3, "USD", "мың")], []),
    ("kk", "1997 жылы өзара тауар айналым 4,1 млрд", [], []),
    ("kk", "2000 жылы сауда көлемі 1999 жыл салыстырғанда 3 пайызға ұлғайды, ал 2005 салыстырғанда 8 пайызға ұлғайды.",
     [], [("3 пайызға", 3.0), ("8 пайызға", 8.0)]),
    ("kk", "ресей жағының құрылтайшысына-60%, қазақстандықтарға-40% [9-155-166]", [], [("60%", 60.0), ("40%", 40.0)]),
]


@pytest.mark.parametrize("lang,text,exp_money,exp_pct", REAL, ids=[f"{r[0]}-{i}" for i, r in enumerate(REAL)])
def test_real_sentence(lang, text, exp_money, exp_pct):
    assert_money(text, lang, exp_money)
    got = find_money(text, lang)
    # spans point at the first occurrence of each expected amount, in order
    pos = 0
    for m, (span, *_) in zip(got, exp_money):
        assert m.start == text.index(span, pos)
        pos = m.end
    assert percents(text, lang) == exp_pct


def _corpus_files():
    return sorted(SEEDS.glob("*.txt"))


_LANG_OF_SEED = {"000": "kk", "001": "kk", "002": "en", "003": "en", "004": "en"}


def _lang_of(path: pathlib.Path) -> str:
    return _LANG_OF_SEED.get(path.name[:3]) or path.name[:2]


def test_corpus_mentions_sorted_non_overlapping_and_spans_consistent():
    for path in _corpus_files():
        text = path.read_text(encoding="utf-8")
        lang = _lang_of(path)
        for found in (find_money(text, lang), find_percents(text, lang)):
            for a, b in zip(found, found[1:]):
                assert a.end <= b.start, (path.name, a, b)
            for m in found:
                assert 0 <= m.start < m.end <= len(text)
                assert text[m.start:m.end] == text[m.start:m.end].strip()


# ------------------------------------------------------------------------------- property tests
SCALES = {
    "en": [("thousand", 3), ("thous.", 3), ("million", 6), ("mln.", 6), ("mln", 6), ("bn", 9), ("billion", 9),
           ("bln", 9), ("trillion", 12)],
    "ru": [("тыс.", 3), ("тысяч", 3), ("млн", 6), ("млн.", 6), ("миллиона", 6), ("миллионов", 6), ("млрд", 9),
           ("млрд.", 9), ("миллиардов", 9), ("трлн", 12)],
    "kk": [("мың", 3), ("млн", 6), ("миллион", 6), ("млрд", 9), ("млрд.", 9), ("миллиард", 9), ("трлн", 12)],
    "uk": [("тис.", 3), ("млн", 6), ("мільйонів", 6), ("млрд", 9), ("мільярдів", 9)],
}
# (text, ISO code, "pre" | "post")
CURRENCIES = {
    "en": [("$", "USD", "pre"), ("$ ", "USD", "pre"), ("US$ ", "USD", "pre"), ("USD ", "USD", "pre"),
           ("€", "EUR", "pre"), ("₸", "KZT", "pre"), ("dollars", "USD", "post"), ("US dollars", "USD", "post"),
           ("USA dollars", "USD", "post"), ("U.S. dollars", "USD", "post"), ("USD", "USD", "post"),
           ("tenge", "KZT", "post"), ("euros", "EUR", "post"), ("rubles", "RUB", "post"),
           ("roubles", "RUB", "post"), ("yuan", "CNY", "post"), ("KZT", "KZT", "post")],
    "ru": [("$", "USD", "pre"), ("долларов", "USD", "post"), ("доллара", "USD", "post"),
           ("долларов США", "USD", "post"), ("долл. США", "USD", "post"), ("долл.", "USD", "post"),
           ("$ США", "USD", "post"), ("рублей", "RUB", "post"), ("рубля", "RUB", "post"), ("руб.", "RUB", "post"),
           ("тенге", "KZT", "post"), ("евро", "EUR", "post"), ("юаней", "CNY", "post")],
    "kk": [("$", "USD", "pre"), ("доллар", "USD", "post"), ("АҚШ долларын", "USD", "post"),
           ("АҚШ доллары", "USD", "post"), ("долларға", "USD", "post"), ("доллардан", "USD", "post"),
           ("долларды", "USD", "post"), ("теңге", "KZT", "post"), ("теңгеге", "KZT", "post"),
           ("еуро", "EUR", "post"), ("рубль", "RUB", "post")],
    "uk": [("$", "USD", "pre"), ("доларів США", "USD", "post"), ("доларів", "USD", "post"),
           ("гривень", "UAH", "post"), ("євро", "EUR", "post"), ("рублів", "RUB", "post")],
}
CONTEXT = {
    "en": ("The turnover reached ", " last year."),
    "ru": ("Товарооборот составил ", " за год."),
    "kk": ("Тауар айналымы ", " болды."),
    "uk": ("Товарообіг склав ", " за рік."),
}
GROUP_SEPS = [" ", "\u00a0", "\u202f", "\u2009"]
FORMATS = ["plain_dot", "plain_comma", "space_grouped", "comma_grouped", "dot_grouped"]


def _group(digits: str, sep: str) -> str:
    head = len(digits) % 3 or 3
    parts = [digits[:head]] + [digits[i:i + 3] for i in range(head, len(digits), 3)]
    return sep.join(parts)


@st.composite
def amounts(draw):
    lang = draw(st.sampled_from(sorted(SCALES)))
    fmt = draw(st.sampled_from(FORMATS))
    scale = draw(st.one_of(st.none(), st.sampled_from(SCALES[lang])))
    cur_text, code, where = draw(st.sampled_from(CURRENCIES[lang]))
    if fmt in ("space_grouped", "comma_grouped"):
        intpart = draw(st.integers(min_value=1000, max_value=99_999_999))
    elif fmt == "dot_grouped":
        intpart = draw(st.integers(min_value=1_000_000, max_value=999_999_999))
    else:
        intpart = draw(st.integers(min_value=0, max_value=99_999))
    frac = draw(st.sampled_from(["", "0", "5", "25", "75", "8", "05"]))
    digits = str(intpart)
    if fmt == "plain_dot":
        num = digits + ("." + frac if frac else "")
    elif fmt == "plain_comma":
        assume(frac)  # "1,500" without a decimal part is a separate, language-dependent case
        num = digits + "," + frac
    elif fmt == "space_grouped":
        num = _group(digits, draw(st.sampled_from(GROUP_SEPS))) + (draw(st.sampled_from([",", "."])) + frac if frac else "")
    elif fmt == "comma_grouped":
        num = _group(digits, ",") + ("." + frac if frac else "")
        # "1,234" before a Cyrillic scale word is read as 1.234 by design
        assume(frac or scale is None or lang == "en")
    else:
        num = _group(digits, ".") + ("," + frac if frac else "")
    # a bare year-like number straight after "в"/"in" could be a year; the contexts avoid those words anyway
    body = num
    if scale is not None:
        glue = "" if draw(st.booleans()) and where == "pre" else " "
        body = f"{num}{glue}{scale[0]}"
    if where == "pre":
        rendered = f"{cur_text}{body}"
        # a trailing abbreviation dot with nothing after it is not part of the span
        span = rendered[:-1] if rendered.endswith(".") else rendered
    else:
        rendered = f"{body} {cur_text}"
        span = rendered
    value = Decimal(digits + ("." + frac if frac else "")) * (Decimal(10) ** (scale[1] if scale else 0))
    scale_word = scale[0].rstrip(".") if scale else ""
    return lang, rendered, span, float(value), code, scale_word


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.filter_too_much])
@given(amounts())
def test_property_money_round_trip(case):
    lang, rendered, span, value, code, scale_word = case
    left, right = CONTEXT[lang]
    text = left + rendered + right
    found = find_money(text, lang)
    assert len(found) == 1, (text, found)
    m = found[0]
    assert text[m.start:m.end] == span
    assert m.start == len(left)
    assert m.currency == code
    assert m.scale_text == scale_word
    assert m.value == pytest.approx(value, rel=1e-12, abs=1e-9)
    # also with the unknown-language tables (every group), for unambiguous numbers
    if "," not in rendered or lang == "en":
        found_any = find_money(text, None)
        assert [(f.start, f.end, f.currency) for f in found_any] == [(m.start, m.end, m.currency)]
        assert found_any[0].value == pytest.approx(value, rel=1e-12, abs=1e-9)


@settings(max_examples=200, deadline=None)
@given(
    lo=st.integers(min_value=1, max_value=499),
    hi=st.integers(min_value=500, max_value=999),
    lo_frac=st.sampled_from(["", ".5", ".25"]),
    scale=st.sampled_from([("million", 6), ("billion", 9), ("bn", 9)]),
    sep=st.sampled_from(["-", "–", " to "]),
)
def test_property_range_round_trip(lo, hi, lo_frac, scale, sep):
    text = f"It is ${lo}{lo_frac}{sep}{hi} {scale[0]} now."
    found = find_money(text, "en")
    assert [m.currency for m in found] == ["USD", "USD"]
    assert found[0].value == pytest.approx(float(Decimal(f"{lo}{lo_frac}") * 10 ** scale[1]))
    assert found[1].value == pytest.approx(float(hi * 10 ** scale[1]))
    assert text[found[0].start:found[0].end] == f"${lo}{lo_frac}"
    assert text[found[1].start:found[1].end] == f"{hi} {scale[0]}"


PERCENT_WORDS = {
    "en": ["%", " %", " percent", " per cent", "-percent"],
    "ru": ["%", " %", " процента", " процентов", " процент"],
    "kk": ["%", " пайыз", " пайызға", " пайызды", " пайыздан"],
    "uk": ["%", " відсотка", " відсотків"],
}


@settings(max_examples=400, deadline=None)
@given(
    lang=st.sampled_from(sorted(PERCENT_WORDS)),
    intpart=st.integers(min_value=0, max_value=999),
    frac=st.sampled_from(["", "0", "2", "25", "46", "05"]),
    dec=st.sampled_from([".", ","]),
    data=st.data(),
)
def test_property_percent_round_trip(lang, intpart, frac, dec, data):
    word = data.draw(st.sampled_from(PERCENT_WORDS[lang]))
    num = f"{intpart}{dec}{frac}" if frac else str(intpart)
    rendered = f"{num}{word}"
    left, right = CONTEXT[lang]
    text = left + rendered + right
    found = find_percents(text, lang)
    assert [(text[p.start:p.end]) for p in found] == [rendered]
    assert found[0].value == pytest.approx(float(Decimal(f"{intpart}.{frac or 0}")))


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789 ,.-$%€₸млрдтысnbilofUSDдолларвпайызpercent\n\u00a0")),
               max_size=80),
       st.sampled_from(["en", "ru", "kk", "uk", None]))
def test_property_arbitrary_text_never_crashes_and_is_well_formed(text, lang):
    for found in (find_money(text, lang), find_percents(text, lang)):
        for a, b in zip(found, found[1:]):
            assert a.end <= b.start
        for m in found:
            assert 0 <= m.start < m.end <= len(text)
            assert math.isfinite(m.value) and m.value >= 0
