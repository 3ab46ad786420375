"""Tests for the date grammars (kzrel.pipeline.dates / date_tables).  No database."""
from __future__ import annotations

import calendar

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kzrel.pipeline import date_tables as T
from kzrel.pipeline.dates import find_dates, resolve_relative
from kzrel.pipeline.mentions import DateMention


def spans(text: str, lang: str | None):
    """(span text, value, end_value, precision, qualifier, relative) for every mention."""
    return [(text[m.start:m.end], m.value, m.end_value, m.precision, m.qualifier, m.relative)
            for m in find_dates(text, lang)]


def one(text: str, lang: str | None):
    got = spans(text, lang)
    assert len(got) == 1, got
    return got[0]


# ---------------------------------------------------------------------------------------------------------------
# The forms of the brief, one by one
# ---------------------------------------------------------------------------------------------------------------

FORMS = [
    # English
    ("en", "January 9-10, 2004", ("January 9-10, 2004", "2004-01-09", "2004-01-10", "day", None, None)),
    ("en", "9-10 January 2004", ("9-10 January 2004", "2004-01-09", "2004-01-10", "day", None, None)),
    ("en", "on 25 May 1992", ("25 May 1992", "1992-05-25", None, "day", None, None)),
    ("en", "May 25, 1992", ("May 25, 1992", "1992-05-25", None, "day", None, None)),
    ("en", "25.05.1992", ("25.05.1992", "1992-05-25", None, "day", None, None)),
    ("en", "in June 2000", ("June 2000", "2000-06", None, "month", None, None)),
    ("en", "June, 2000", ("June, 2000", "2000-06", None, "month", None, None)),
    ("en", "in 1995", ("1995", "1995", None, "year", None, None)),
    ("en", "in the 1st quarter of 2001", ("1st quarter of 2001", "2001-Q1", None, "quarter", None, None)),
    ("en", "first quarter of 2001", ("first quarter of 2001", "2001-Q1", None, "quarter", None, None)),
    ("en", "Q1 2001", ("Q1 2001", "2001-Q1", None, "quarter", None, None)),
    ("en", "the Fourth Quarter of 2010", ("Fourth Quarter of 2010", "2010-Q4", None, "quarter", None, None)),
    ("en", "January-February 2001", ("January-February 2001", "2001-01", "2001-02", "month", None, None)),
    ("en", "1995-1997", ("1995-1997", "1995", "1997", "year", None, None)),
    ("en", "1995–1997", ("1995–1997", "1995", "1997", "year", None, None)),
    ("en", "1995-97", ("1995-97", "1995", "1997", "year", None, None)),
    ("en", "in the 1990s", ("1990s", "1990", "1999", "year", None, None)),
    ("en", "since 1995", ("since 1995", "1995", None, "year", "since", None)),
    ("en", "by 2020", ("by 2020", "2020", None, "year", "by", None)),
    ("en", "until 2005", ("until 2005", "2005", None, "year", "until", None)),
    ("en", "Since January 2001", ("Since January 2001", "2001-01", None, "month", "since", None)),
    ("en", "last year", ("last year", None, None, "year", None, "last_year")),
    ("en", "this year", ("this year", None, None, "year", None, "this_year")),
    ("en", "the same year", ("the same year", None, None, "year", None, "same_year")),
    ("en", "in the same year", ("the same year", None, None, "year", None, "same_year")),
    ("en", "next year", ("next year", None, None, "year", None, "next_year")),
    ("en", "in May last year", ("May last year", "--05", None, "month", None, "last_year")),
    ("en", "On January 20 the", ("January 20", "--01-20", None, "day", None, "no_year")),
    ("en", "the 25th of May, 1992", ("25th of May, 1992", "1992-05-25", None, "day", None, None)),
    ("en", "Sept. 5, 2001", ("Sept. 5, 2001", "2001-09-05", None, "day", None, None)),
    ("en", "JANUARY 5, 2001", ("JANUARY 5, 2001", "2001-01-05", None, "day", None, None)),
    ("en", "1992-05-25", ("1992-05-25", "1992-05-25", None, "day", None, None)),
    ("en", "from 1991 to 2014", ("from 1991 to 2014", "1991", "2014", "year", None, None)),
    ("en", "between 2000 and 2005", ("between 2000 and 2005", "2000", "2005", "year", None, None)),
    ("en", "April 27 to May 1, 2014", ("April 27 to May 1, 2014", "2014-04-27", "2014-05-01", "day", None, None)),
    ("en", "27 April - 1 May 2014", ("27 April - 1 May 2014", "2014-04-27", "2014-05-01", "day", None, None)),
    ("en", "In June 2015 – June 2016", ("June 2015 – June 2016", "2015-06", "2016-06", "month", None, None)),
    ("en", "mid-2016", ("2016", "2016", None, "year", None, None)),
    ("en", "the treaty (1995)", ("1995", "1995", None, "year", None, None)),
    # Russian
    ("ru", "25 мая 1992 года", ("25 мая 1992 года", "1992-05-25", None, "day", None, None)),
    ("ru", "25 мая 1992 г.", ("25 мая 1992 г.", "1992-05-25", None, "day", None, None)),
    ("ru", "в январе 1995 г.", ("январе 1995 г.", "1995-01", None, "month", None, None)),
    ("ru", "9–10 января 2004 года", ("9–10 января 2004 года", "2004-01-09", "2004-01-10", "day", None, None)),
    ("ru", "9-10 января 2004 г.", ("9-10 января 2004 г.", "2004-01-09", "2004-01-10", "day", None, None)),
    ("ru", "в 1995 году", ("1995 году", "1995", None, "year", None, None)),
    ("ru", "1995 г.", ("1995 г.", "1995", None, "year", None, None)),
    ("ru", "в 1995-1997 гг.", ("1995-1997 гг.", "1995", "1997", "year", None, None)),
    ("ru", "с 1995 года", ("с 1995 года", "1995", None, "year", "since", None)),
    ("ru", "до 2020 года", ("до 2020 года", "2020", None, "year", "until", None)),
    ("ru", "к 2020 году", ("к 2020 году", "2020", None, "year", "by", None)),
    ("ru", "в первом квартале 2001 года", ("первом квартале 2001 года", "2001-Q1", None, "quarter", None, None)),
    ("ru", "I квартал 2001 г.", ("I квартал 2001 г.", "2001-Q1", None, "quarter", None, None)),
    ("ru", "в 3-м квартале 2001 г.", ("3-м квартале 2001 г.", "2001-Q3", None, "quarter", None, None)),
    ("ru", "январь-февраль 2001 г.", ("январь-февраль 2001 г.", "2001-01", "2001-02", "month", None, None)),
    ("ru", "в январе-феврале 2001 года", ("январе-феврале 2001 года", "2001-01", "2001-02", "month", None, None)),
    ("ru", "в прошлом году", ("прошлом году", None, None, "year", None, "last_year")),
    ("ru", "в этом году", ("этом году", None, None, "year", None, "this_year")),
    ("ru", "в том же году", ("том же году", None, None, "year", None, "same_year")),
    ("ru", "в следующем году", ("следующем году", None, None, "year", None, "next_year")),
    ("ru", "в мае прошлого года", ("мае прошлого года", "--05", None, "month", None, "last_year")),
    ("ru", "25 мая прошлого года", ("25 мая прошлого года", "--05-25", None, "day", None, "last_year")),
    ("ru", "25.05.1992", ("25.05.1992", "1992-05-25", None, "day", None, None)),
    ("ru", "25 мая", ("25 мая", "--05-25", None, "day", None, "no_year")),
    ("ru", "с 1991-го по 2013 год", ("с 1991-го по 2013 год", "1991", "2013", "year", None, None)),
    ("ru", "между 2000 и 2005 годами", ("между 2000 и 2005 годами", "2000", "2005", "year", None, None)),
    ("ru", "в 1990-е годы", ("1990-е годы", "1990", "1999", "year", None, None)),
    ("ru", "в конце 1990-х", ("1990-х", "1990", "1999", "year", None, None)),
    ("ru", "ЯНВАРЯ 1995 ГОДА", ("ЯНВАРЯ 1995 ГОДА", "1995-01", None, "month", None, None)),
    # Ukrainian
    ("uk", "у 2014 році", ("2014 році", "2014", None, "year", None, None)),
    ("uk", "25 травня 1992 року", ("25 травня 1992 року", "1992-05-25", None, "day", None, None)),
    ("uk", "у січні 2001 р.", ("січні 2001 р.", "2001-01", None, "month", None, None)),
    ("uk", "у 1991–2004 роках", ("1991–2004 роках", "1991", "2004", "year", None, None)),
    ("uk", "з 1991 по 2014 роки", ("з 1991 по 2014 роки", "1991", "2014", "year", None, None)),
    ("uk", "з 1995 року", ("з 1995 року", "1995", None, "year", "since", None)),
    ("uk", "минулого року", ("минулого року", None, None, "year", None, "last_year")),
    ("uk", "торік", ("торік", None, None, "year", None, "last_year")),
    # Kazakh
    ("kk", "1992 жылғы 25 мамырда", ("1992 жылғы 25 мамырда", "1992-05-25", None, "day", None, None)),
    ("kk", "1992 жыл 25 мамырда", ("1992 жыл 25 мамырда", "1992-05-25", None, "day", None, None)),
    ("kk", "1993 - ші жылы 9 - қаңтарда", ("1993 - ші жылы 9 - қаңтарда", "1993-01-09", None, "day", None, None)),
    ("kk", "1992 жылы 23 - шілдеде", ("1992 жылы 23 - шілдеде", "1992-07-23", None, "day", None, None)),
    ("kk", "1992 жылы 23 шілдеде", ("1992 жылы 23 шілдеде", "1992-07-23", None, "day", None, None)),
    ("kk", "1995 жылдың қаңтарында", ("1995 жылдың қаңтарында", "1995-01", None, "month", None, None)),
    ("kk", "1995 жылдың қаңтар айында", ("1995 жылдың қаңтар айында", "1995-01", None, "month", None, None)),
    ("kk", "2001 жылдың 1-тоқсанында", ("2001 жылдың 1-тоқсанында", "2001-Q1", None, "quarter", None, None)),
    ("kk", "2001 жылғы бірінші тоқсанда", ("2001 жылғы бірінші тоқсанда", "2001-Q1", None, "quarter", None, None)),
    ("kk", "1994-1997 жылдары", ("1994-1997 жылдары", "1994", "1997", "year", None, None)),
    ("kk", "1990 жылдары", ("1990 жылдары", "1990", "1999", "year", None, None)),
    ("kk", "1995 жылдан бері", ("1995 жылдан бері", "1995", None, "year", "since", None)),
    ("kk", "2020 жылға дейін", ("2020 жылға дейін", "2020", None, "year", "until", None)),
    ("kk", "1992 жылдан 1995 жылға дейін", ("1992 жылдан 1995 жылға дейін", "1992", "1995", "year", None, None)),
    ("kk", "осы жылдың қазан айында", ("осы жылдың қазан айында", "--10", None, "month", None, "this_year")),
    ("kk", "өткен жылы", ("өткен жылы", None, None, "year", None, "last_year")),
    ("kk", "сол жылы", ("сол жылы", None, None, "year", None, "same_year")),
    ("kk", "келесі жылы", ("келесі жылы", None, None, "year", None, "next_year")),
    ("kk", "биыл", ("биыл", None, None, "year", None, "this_year")),
    ("kk", "биылғы қаңтарда", ("биылғы қаңтарда", "--01", None, "month", None, "this_year")),
    ("kk", "25.05.1992", ("25.05.1992", "1992-05-25", None, "day", None, None)),
    ("kk", "2004 жылғы 9-10 қаңтарда", ("2004 жылғы 9-10 қаңтарда", "2004-01-09", "2004-01-10", "day", None, None)),
    ("kk", "1997 ж. 10 наурызда", ("1997 ж. 10 наурызда", "1997-03-10", None, "day", None, None)),
    ("kk", "1995ж. тамызда", ("1995ж. тамызда", "1995-08", None, "month", None, None)),
    ("kk", "9 - қаңтарда", ("9 - қаңтарда", "--01-09", None, "day", None, "no_year")),
    ("kk", "1998 жылы Қазан қаласында", ("1998 жылы", "1998", None, "year", None, None)),
]


@pytest.mark.parametrize(("lang", "text", "expected"), FORMS, ids=[f"{lg}:{t}" for lg, t, _ in FORMS])
def test_form(lang, text, expected):
    assert one(text, lang) == expected


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "1500 tons of grain"),
    ("en", "page 1995 of the report"),
    ("en", "for 2050.0 thousand tenge"),
    ("en", "There are 1808 repatriates"),
    ("en", "to host EXPO-2017"),
    ("en", "Strategy Kazakhstan-2050"),
    ("en", "in 1799"),
    ("en", "in 2101"),
    ("en", "31 February 2001"),
    ("en", "February 30, 2001"),
    ("en", "31.02.2001"),
    ("en", "25.13.2001"),
    ("en", "you may 25 times"),
    ("en", "10-9 January 2004"),  # a backwards day range is not a date
    ("en", "January 10-9, 2004"),
    ("ru", "10–9 января 2004 года"),
    ("ru", "1500 тонн"),
    ("ru", "30 февраля 2001 года"),
    ("ru", "в 1700 году"),
    ("kk", "1500 тонна"),
    ("kk", "Қазақстан 2030 жолдауы"),
    ("kk", "үлкен қазанда ет пісірді"),
    ("kk", "Қазан қаласында"),
    ("kk", "2001 жылғы 31 ақпанда"),
])
def test_not_a_date(lang, text):
    assert spans(text, lang) == []


def test_results_sorted_and_disjoint():
    text = ("On January 9-10, 2004, and in 1995-1997, since 1995; last year, 25.05.1992. В 1995 году, "
            "с 1995 года. 1992 жылғы 25 мамырда, 1995 жылдан бері.")
    ms = find_dates(text, None)
    assert len(ms) >= 8
    for a, b in zip(ms, ms[1:]):
        assert a.end <= b.start
    assert all(isinstance(m, DateMention) for m in ms)


def test_unknown_language_tries_every_grammar():
    assert one("1992 жылғы 25 мамырда", "xx")[1] == "1992-05-25"
    assert one("25 мая 1992 года", None)[1] == "1992-05-25"
    assert one("May 25, 1992", "fr")[1] == "1992-05-25"


def test_language_grammar_is_used_only_for_its_language():
    assert spans("25 мая 1992 года", "en") == []
    assert spans("May 25", "ru") == []
    assert spans("1992 жылғы 25 мамырда", "ru") == []


def test_longest_match_wins():
    # "January 9-10, 2004" also contains "January 9-10" (no year) and "10, 2004"; only the longest survives
    assert spans("On January 9-10, 2004, the", "en") == [
        ("January 9-10, 2004", "2004-01-09", "2004-01-10", "day", None, None)]
    assert spans("1993 - ші жылы 9 - қаңтарда", "kk") == [
        ("1993 - ші жылы 9 - қаңтарда", "1993-01-09", None, "day", None, None)]


def test_kazan_is_a_month_only_next_to_a_number_or_year():
    assert spans("қазан", "kk") == []
    assert spans("Қазан мен Мәскеу", "kk") == []
    assert one("18 қазанда", "kk")[1] == "--10-18"
    assert one("1996 жылы 18 қазанда", "kk")[1] == "1996-10-18"
    assert one("1996 жылы қазанда", "kk")[1] == "1996-10"


def test_coordinated_years():
    assert spans("In 1993 and 1994, decline", "en") == [
        ("1993", "1993", None, "year", None, None), ("1994", "1994", None, "year", None, None)]
    assert [s[1] for s in spans("in 1993, 1994 and 1995", "en")] == ["1993", "1994", "1995"]
    assert [s[1] for s in spans("1993 жылы және 1994", "kk")] == ["1993", "1994"]
    # no coordinator: the second number is not a year
    assert [s[1] for s in spans("in 1993 1994", "en")] == ["1993"]


# ---------------------------------------------------------------------------------------------------------------
# Real sentences from the seed and dev texts
# ---------------------------------------------------------------------------------------------------------------

REAL = [
    ("kk", "деңгейде қалыптастыру 1931 жылғы тамыз-1932 жылғы мамыр\nСаяси, экономикалық",
     [("1931 жылғы тамыз-1932 жылғы мамыр", "1931-08", "1932-05", "month", None, None)]),
    ("kk", "Осыған орай 1992 жыл 25 мамырда достық, ынтымақтастық және өзара көмек туралы келісім-шартта",
     [("1992 жыл 25 мамырда", "1992-05-25", None, "day", None, None)]),
    ("kk", "    1993 - ші жылы 9 - қаңтарда Омбыда Қазақстан мен Ресейдің шектес облыстары",
     [("1993 - ші жылы 9 - қаңтарда", "1993-01-09", None, "day", None, None)]),
    ("kk", "    1994 жылы наурыздың 28-29-да Қазақстан Республикасының Президенті Н\nНазарбаевтың",
     [("1994 жылы наурыздың 28-29-да", "1994-03-28", "1994-03-29", "day", None, None)]),
    ("kk", "хаттамаларға қол қойылды\nОсы жылдың қазан айында Көкшетауда Қазақстан мен Ресей президенттерінің",
     [("Осы жылдың қазан айында", "--10", None, "month", None, "this_year")]),
    ("kk", "дәлелдейді\n2000 жылғы 18-20 маусымда Президент Н\nНазарбаевтың Ресей Федерациясына",
     [("2000 жылғы 18-20 маусымда", "2000-06-18", "2000-06-20", "day", None, None)]),
    ("kk", "Дипломатиялық қарым-қатынастары 1992 жылдың 23 қарашасынан бастап бекітілді.\nҚР-ның елшілігі "
           "ӨР-да 1993 жылдың қарашасынан, ал",
     [("1992 жылдың 23 қарашасынан бастап", "1992-11-23", None, "day", "since", None),
      ("1993 жылдың қарашасынан", "1993-11", None, "month", None, None)]),
    ("kk", "іске асыруда 1994 жылдың 8-ші шілдесінде Алматыда Президенттердің кездесуі болды",
     [("1994 жылдың 8-ші шілдесінде", "1994-07-08", None, "day", None, None)]),
    ("kk", "Назарбаевтың 1994 жылғы 10-12 қаңтар аралығындағы Ташкентке сапар барысында",
     [("1994 жылғы 10-12 қаңтар", "1994-01-10", "1994-01-12", "day", None, None)]),
    ("kk", "процесс өз жемісін беру қажет деді.1997 ж. 10 наурызда ҚР, ӨР",
     [("1997 ж. 10 наурызда", "1997-03-10", None, "day", None, None)]),
    ("kk", "Мәңгілік достық туралы шарт, 1998-2007 жылдарға арналған Экономикалық",
     [("1998-2007 жылдарға", "1998", "2007", "year", None, None)]),
    ("kk", "ынтымақтастықты кеңейту және тереңдету (1995 жылдан бастап осы уақытқа дейін)",
     [("1995 жылдан бастап", "1995", None, "year", "since", None)]),
    ("en", "discussed.\n\nOn January 9-10, 2004, the President of the Russian Federation paid",
     [("January 9-10, 2004", "2004-01-09", "2004-01-10", "day", None, None)]),
    ("en", "borders of the CIS. Since January 2001, a bilateral commission on military-technical cooperation",
     [("Since January 2001", "2001-01", None, "month", "since", None)]),
    ("en", "3. According to the EEC, in January-October 2017, Kazakhstan and Russia managed",
     [("January-October 2017", "2017-01", "2017-10", "month", None, None)]),
    ("en", "the Russian avant-garde of the 1920s - 1930s began working at the Russian Museum. from Almaty\n"
           "From July 22 to August 1 at the Academic Opera",
     [("1920s - 1930s", "1920", "1939", "year", None, None),
      ("From July 22 to August 1", "--07-22", "--08-01", "day", None, "no_year")]),
    ("en", "the Year of Russia in Kazakhstan in January of this year. the presidents",
     [("January of this year", "--01", None, "month", None, "this_year")]),
    ("en", "the extension of its lease term until 2050).\nSince 1994, within the framework",
     [("until 2050", "2050", None, "year", "until", None), ("Since 1994", "1994", None, "year", "since", None)]),
    ("en", "the Russian Federation in the 1st quarter of 2001. It considered",
     [("1st quarter of 2001", "2001-Q1", None, "quarter", None, None)]),
    ("en", "the Russian Federation in January-February 2001 amounted to 1376.1 US dollars. The foreign trade "
           "turnover in 2001 amounted to 12.8 million",
     [("January-February 2001", "2001-01", "2001-02", "month", None, None),
      ("2001", "2001", None, "year", None, None)]),
    ("en", "offices. From April 27 to May 1, 2014 in the business",
     [("From April 27 to May 1, 2014", "2014-04-27", "2014-05-01", "day", None, None)]),
    ("en", "ties. In particular in 1993-1994, Kazakhstan signed 5 agreements",
     [("1993-1994", "1993", "1994", "year", None, None)]),
    ("en", "increased\n\n\nIn 1993 and 1994, decline in production also continued",
     [("1993", "1993", None, "year", None, None), ("1994", "1994", None, "year", None, None)]),
    ("en", "relations between 1991 and 1995\n\nshowed that",
     [("between 1991 and 1995", "1991", "1995", "year", None, None)]),
    ("en", "sharply Increased\n\nin November 1993 through March 1994, practically, ceased",
     [("November 1993 through March 1994", "1993-11", "1994-03", "month", None, None)]),
    ("en", "tenge.[49]\n\nIn June 2015 – June 2016 the total number",
     [("June 2015 – June 2016", "2015-06", "2016-06", "month", None, None)]),
    ("en", "oil field.[54]\n\nIn the first quarter of 2016, Kazakhstan attracted $2.7 billion",
     [("first quarter of 2016", "2016-Q1", None, "quarter", None, None)]),
    ("en", "thus remaining at the 1992 level. Whereas in 1994 and January 1995 the",
     [("1994", "1994", None, "year", None, None), ("January 1995", "1995-01", None, "month", None, None)]),
    ("ru", "Совбеза ООН.\nС 16 по 18 января 2018 года Назарбаев находился с официальным визитом в США",
     [("С 16 по 18 января 2018 года", "2018-01-16", "2018-01-18", "day", None, None)]),
    ("ru", "Роскосмоса. В 2004 году срок был продлён до 2050 года. Россия продолжает",
     [("2004 году", "2004", None, "year", None, None), ("до 2050 года", "2050", None, "year", "until", None)]),
    ("ru", "Не одним Байконуром\n1991-1993 годы считаются кризисными для Байконура.",
     [("1991-1993 годы", "1991", "1993", "year", None, None)]),
    ("ru", "город Ленинск, а с декабря 1995 года — Байконур.",
     [("с декабря 1995 года", "1995-12", None, "month", "since", None)]),
    ("ru", "подтвердил в августе текущего года министр обороны России",
     [("августе текущего года", "--08", None, "month", None, "this_year")]),
    ("ru", "«В 1990-е годы и в начале 2000-х годов на повестке дня",
     [("1990-е годы", "1990", "1999", "year", None, None), ("2000-х годов", "2000", "2009", "year", None, None)]),
    ("ru", "заявил Назарбаев 18 января в ходе пресс-конференции",
     [("18 января", "--01-18", None, "day", None, "no_year")]),
    ("ru", "по решению Верховного суда РФ от 29.12.2014.",
     [("29.12.2014", "2014-12-29", None, "day", None, None)]),
    ("ru", "конфликта 2015—2016 годов. Нурсултан Назарбаев",
     [("2015—2016 годов", "2015", "2016", "year", None, None)]),
    ("uk", "областей Республіки Казахстан у період з 1991 по 2014 роки на основі архівних даних",
     [("з 1991 по 2014 роки", "1991", "2014", "year", None, None)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), REAL, ids=[f"{lg}:{t[:30]}" for lg, t, _ in REAL])
def test_real_sentence(lang, text, expected):
    assert spans(text, lang) == expected


# ---------------------------------------------------------------------------------------------------------------
# Every table row
# ---------------------------------------------------------------------------------------------------------------

def _month_rows(table):
    return [(n, f) for n, forms in table.items() for f in forms]


@pytest.mark.parametrize(("n", "form"), _month_rows(T.EN_MONTHS))
def test_en_month_rows(n, form):
    assert one(f"on {form} 5, 2001 the", "en")[1] == f"2001-{n:02d}-05"
    assert one(f"on 5 {form} 2001 the", "en")[1] == f"2001-{n:02d}-05"
    assert one(f"in {form.upper()} 2001", "en")[1] == f"2001-{n:02d}"
    if form.endswith("."):  # abbreviations also without their dot
        assert one(f"{form[:-1]} 5, 2001", "en")[1] == f"2001-{n:02d}-05"


@pytest.mark.parametrize(("lang", "n", "form"),
                         [("ru", n, f) for n, f in _month_rows(T.RU_MONTHS)]
                         + [("uk", n, f) for n, f in _month_rows(T.UK_MONTHS)])
def test_slavic_month_rows(lang, n, form):
    yw = "года" if lang == "ru" else "року"
    text = f"сказал, что 5 {form} 2001 {yw} было"
    assert one(text, lang)[:4] == (f"5 {form} 2001 {yw}", f"2001-{n:02d}-05", None, "day")
    assert one(f"в {form} 2001 {yw}", lang)[1] == f"2001-{n:02d}"
    assert one(f"5 {form.capitalize()}", lang)[1] == f"--{n:02d}-05"


@pytest.mark.parametrize(("n", "stem", "ending"),
                         [(n, s, e) for n, ss in T.KK_MONTH_STEMS.items() for s in ss for e in T.KK_MONTH_ENDINGS])
def test_kk_month_rows(n, stem, ending):
    assert one(f"2001 жылғы 5 {stem}{ending} келісім", "kk")[:4] == (
        f"2001 жылғы 5 {stem}{ending}", f"2001-{n:02d}-05", None, "day")
    assert one(f"2001 жылдың {stem}{ending}", "kk")[1] == f"2001-{n:02d}"
    if ending:
        assert one(f"2001 жылы 5 {stem}-{ending}", "kk")[1] == f"2001-{n:02d}-05"


@pytest.mark.parametrize("ai", T.KK_AI_FORMS)
def test_kk_ai_rows(ai):
    assert one(f"2001 жылдың қазан {ai} келісім", "kk")[:4] == (f"2001 жылдың қазан {ai}", "2001-10", None, "month")


@pytest.mark.parametrize(("lang", "word"),
                         [("ru", w) for w in T.RU_YEAR_WORDS + T.RU_YEARS_WORDS]
                         + [("uk", w) for w in T.UK_YEAR_WORDS + T.UK_YEARS_WORDS])
def test_slavic_year_word_rows(lang, word):
    # no preposition: the year word alone makes 1995 a year
    assert one(f"Итоги 1995 {word} показали", lang)[:3] == (f"1995 {word}", "1995", None)
    assert one(f"1995-1997 {word}", lang)[1:3] == ("1995", "1997")


@pytest.mark.parametrize("word", T.KK_YEAR_WORDS)
def test_kk_year_word_rows(word):
    assert one(f"Бұл 1995 {word} болды", "kk")[:3] == (f"1995 {word}", "1995", None)


@pytest.mark.parametrize("word", T.KK_YEARS_WORDS)
def test_kk_years_word_rows(word):
    assert one(f"1994-1997 {word}", "kk")[1:4] == ("1994", "1997", "year")
    assert one(f"1990 {word}", "kk")[1:3] == ("1990", "1999")  # decade
    assert one(f"1995 {word}", "kk")[1:3] == ("1995", None)


@pytest.mark.parametrize("suffix", T.KK_ORDINAL_SUFFIXES)
def test_kk_ordinal_suffix_rows(suffix):
    assert one(f"1993 - {suffix} жылы", "kk")[:2] == (f"1993 - {suffix} жылы", "1993")
    assert one(f"1993-{suffix} жылы", "kk")[1] == "1993"


@pytest.mark.parametrize("suffix", T.RU_YEAR_SUFFIXES)
def test_ru_year_suffix_rows(suffix):
    assert one(f"в 1995-{suffix} год", "ru")[:2] == (f"1995-{suffix} год", "1995")


@pytest.mark.parametrize("suffix", T.RU_DECADE_SUFFIXES)
def test_decade_suffix_rows(suffix):
    assert one(f"в 1990-{suffix}", "ru")[:3] == (f"1990-{suffix}", "1990", "1999")
    assert spans(f"в 1995-{suffix}", "ru") == [] or one(f"в 1995-{suffix}", "ru")[2] is None


@pytest.mark.parametrize(("lang", "word", "n"),
                         [("en", w, n) for w, n in T.EN_QUARTER_WORDS.items()])
def test_en_quarter_rows(lang, word, n):
    assert one(f"in the {word} quarter of 2001", lang)[1:4] == (f"2001-Q{n}", None, "quarter")


@pytest.mark.parametrize(("lang", "word", "noun", "n"),
                         [("ru", w, q, n) for w, n in T.RU_QUARTER_WORDS.items() for q in T.RU_QUARTER_NOUNS]
                         + [("uk", w, q, n) for w, n in T.UK_QUARTER_WORDS.items() for q in T.UK_QUARTER_NOUNS])
def test_slavic_quarter_rows(lang, word, noun, n):
    assert one(f"в {word} {noun} 2001 года", lang)[1:4] == (f"2001-Q{n}", None, "quarter")


@pytest.mark.parametrize(("word", "noun", "n"),
                         [(w, q, n) for w, n in {**T.KK_QUARTER_WORDS, "1-": 1, "2-ші": 2, "ІІІ": 3, "IV": 4}.items()
                          for q in T.KK_QUARTER_NOUNS])
def test_kk_quarter_rows(word, noun, n):
    assert one(f"2001 жылдың {word} {noun}", "kk")[1:4] == (f"2001-Q{n}", None, "quarter")


@pytest.mark.parametrize(("phrase", "rel"), list(T.EN_RELATIVE.items()))
def test_en_relative_rows(phrase, rel):
    assert one(f"It happened {phrase}.", "en") == (phrase, None, None, "year", None, rel)
    assert one(f"It happened in May {phrase}.", "en")[1:] == ("--05", None, "month", None, rel)


@pytest.mark.parametrize(("lang", "adj", "noun", "rel"),
                         [("ru", a, n, r) for a, r in T.RU_RELATIVE.items() for n in T.RU_RELATIVE_NOUNS]
                         + [("uk", a, n, r) for a, r in T.UK_RELATIVE.items() for n in T.UK_RELATIVE_NOUNS])
def test_slavic_relative_rows(lang, adj, noun, rel):
    assert one(f"это было в {adj} {noun}", lang) == (f"{adj} {noun}", None, None, "year", None, rel)


@pytest.mark.parametrize(("lang", "word", "rel"),
                         [("ru", w, r) for w, r in T.RU_RELATIVE_WORDS.items()]
                         + [("uk", w, r) for w, r in T.UK_RELATIVE_WORDS.items()]
                         + [("kk", w, r) for w, r in T.KK_RELATIVE_WORDS.items()])
def test_relative_word_rows(lang, word, rel):
    assert one(f"{word} болды", lang) == (word, None, None, "year", None, rel)


@pytest.mark.parametrize(("adj", "noun", "rel"),
                         [(a, n, r) for a, r in T.KK_RELATIVE.items() for n in T.KK_RELATIVE_NOUNS])
def test_kk_relative_rows(adj, noun, rel):
    assert one(f"{adj} {noun} келісім", "kk") == (f"{adj} {noun}", None, None, "year", None, rel)


@pytest.mark.parametrize(("lang", "word", "qualifier"),
                         [("en", w, q) for w, q in T.EN_QUALIFIERS_BEFORE.items()]
                         + [("ru", w, q) for w, q in T.RU_QUALIFIERS_BEFORE.items()]
                         + [("uk", w, q) for w, q in T.UK_QUALIFIERS_BEFORE.items()])
def test_qualifier_before_rows(lang, word, qualifier):
    date = {"en": "1995", "ru": "1995 года", "uk": "1995 року"}[lang]
    assert one(f"X {word} {date} Y", lang) == (f"{word} {date}", "1995", None, "year", qualifier, None)


@pytest.mark.parametrize(("word", "qualifier"), list(T.KK_QUALIFIERS_AFTER.items()))
def test_kk_qualifier_after_rows(word, qualifier):
    assert one(f"1995 жылдан {word} жұмыс", "kk") == (f"1995 жылдан {word}", "1995", None, "year", qualifier, None)


@pytest.mark.parametrize(("lang", "word"),
                         [("en", w) for w in T.EN_YEAR_CONTEXT]
                         + [("ru", w) for w in T.RU_YEAR_CONTEXT]
                         + [("uk", w) for w in T.UK_YEAR_CONTEXT])
def test_year_context_rows(lang, word):
    got = one(f"X {word} 1995, Y", lang)
    assert got[0].endswith("1995") and got[1] == "1995"
    assert spans("X 1995, Y", lang) == []  # without the context word: not a year


@pytest.mark.parametrize(("lang", "opener", "connector"),
                         [(lg, o, c) for lg, table in (("en", T.EN_RANGE_OPENERS), ("ru", T.RU_RANGE_OPENERS),
                                                       ("uk", T.UK_RANGE_OPENERS))
                          for o, cs in table.items() for c in cs])
def test_range_opener_rows(lang, opener, connector):
    tail = {"en": "", "ru": " года", "uk": " року"}[lang]
    text = f"{opener} 1991 {connector} 2014{tail}"
    assert one(f"X {text} Y", lang) == (text, "1991", "2014", "year", None, None)


@pytest.mark.parametrize(("lang", "coordinator"),
                         [(lg, c) for lg, cs in T.COORDINATORS.items() for c in cs])
def test_coordinator_rows(lang, coordinator):
    first = {"en": "in 1993", "ru": "в 1993 году", "uk": "у 1993 році", "kk": "1993 жылы"}[lang]
    sep = "," if coordinator == "," else f" {coordinator}"
    got = spans(f"{first}{sep} 1994 X", lang)
    assert [g[1] for g in got] == ["1993", "1994"]


# ---------------------------------------------------------------------------------------------------------------
# resolve_relative
# ---------------------------------------------------------------------------------------------------------------

def test_resolve_relative():
    last = one("last year", "en")
    m = resolve_relative(find_dates("last year", "en")[0], 2005)
    assert (m.value, m.precision, m.relative) == ("2004", "year", None) and last[5] == "last_year"
    assert resolve_relative(find_dates("next year", "en")[0], 2005).value == "2006"
    assert resolve_relative(find_dates("this year", "en")[0], 2005).value == "2005"
    assert resolve_relative(find_dates("the same year", "en")[0], 1998).value == "1998"
    m = resolve_relative(find_dates("осы жылдың қазан айында", "kk")[0], 1998)
    assert (m.value, m.precision, m.relative) == ("1998-10", "month", None)
    m = resolve_relative(find_dates("18 января", "ru")[0], 2018)
    assert (m.value, m.precision, m.relative) == ("2018-01-18", "day", None)
    m = resolve_relative(find_dates("9-10 января", "ru")[0], 2004)
    assert (m.value, m.end_value) == ("2004-01-09", "2004-01-10")
    # unchanged: no reference year, not relative, or a day that does not exist in that year
    rel = find_dates("last year", "en")[0]
    assert resolve_relative(rel, None) is rel
    absolute = find_dates("May 25, 1992", "en")[0]
    assert resolve_relative(absolute, 2000) is absolute
    feb29 = find_dates("29 февраля", "ru")[0]
    assert feb29.value == "--02-29"
    assert resolve_relative(feb29, 2001) is feb29
    assert resolve_relative(feb29, 2004).value == "2004-02-29"


# ---------------------------------------------------------------------------------------------------------------
# Property tests: a generated date rendered in each language's forms is found with the right value and span
# ---------------------------------------------------------------------------------------------------------------

EN_MONTH_NAMES = {n: forms[0] for n, forms in T.EN_MONTHS.items()}
RU_GEN = {n: [f for f in forms if f.endswith(("я", "а"))][0] for n, forms in T.RU_MONTHS.items()}
RU_PREP = {n: [f for f in forms if f.endswith("е") and not f.endswith("ее")][0] for n, forms in T.RU_MONTHS.items()}
UK_GEN = {n: forms[1] for n, forms in T.UK_MONTHS.items()}
KK_LOC = {1: "қаңтарда", 2: "ақпанда", 3: "наурызда", 4: "сәуірде", 5: "мамырда", 6: "маусымда", 7: "шілдеде",
          8: "тамызда", 9: "қыркүйекте", 10: "қазанда", 11: "қарашада", 12: "желтоқсанда"}
KK_POSS = {1: "қаңтарында", 2: "ақпанында", 3: "наурызында", 4: "сәуірінде", 5: "мамырында", 6: "маусымында",
           7: "шілдесінде", 8: "тамызында", 9: "қыркүйегінде", 10: "қазанында", 11: "қарашасында",
           12: "желтоқсанында"}

# (template, precision); {d} {m} {y} {mon} are filled in; the mention is the part between [ and ]
TEMPLATES = {
    "en": [("On [{mon} {d}, {y}], the", "day"), ("On [{d} {mon} {y}] the", "day"), ("in [{mon} {y}] the", "month"),
           ("in [{y}] the", "year"), ("dated [{dd}.{mm}.{y}] the", "day"), ("in [{mon}, {y}] the", "month"),
           ("was [{y}-{mm}-{dd}].", "day")],
    "ru": [("Договор от [{d} {ru_gen} {y} года] был", "day"), ("Договор от [{d} {ru_gen} {y} г.] был", "day"),
           ("Это было в [{ru_prep} {y} года].", "month"), ("Это было в [{y} году].", "year"),
           ("от [{dd}.{mm}.{y}]", "day")],
    "uk": [("Угода від [{d} {uk_gen} {y} року] була", "day"), ("у [{y} році]", "year")],
    "kk": [("Шартқа [{y} жылғы {d} {kk_loc}] қол қойылды", "day"),
           ("Шартқа [{y} жылы {d} - {kk_loc}] қол қойылды", "day"),
           ("Шартқа [{y} жылдың {d} {kk_poss}] қол қойылды", "day"),
           ("Елшілік [{y} жылдың {kk_poss}] ашылды", "month"), ("Елшілік [{y} жылы] ашылды", "year"),
           ("Шартқа [{y} ж. {d} {kk_loc}] қол қойылды", "day")],
}


@st.composite
def rendered_dates(draw):
    y = draw(st.integers(1900, 2100))
    m = draw(st.integers(1, 12))
    d = draw(st.integers(1, calendar.monthrange(y, m)[1]))
    lang = draw(st.sampled_from(sorted(TEMPLATES)))
    template, precision = draw(st.sampled_from(TEMPLATES[lang]))
    text = template.format(y=y, d=d, dd=f"{d:02d}", mm=f"{m:02d}", mon=EN_MONTH_NAMES[m], ru_gen=RU_GEN[m],
                           ru_prep=RU_PREP[m], uk_gen=UK_GEN[m], kk_loc=KK_LOC[m], kk_poss=KK_POSS[m])
    start = text.index("[")
    end = text.index("]") - 1
    text = text.replace("[", "").replace("]", "")
    value = {"day": f"{y}-{m:02d}-{d:02d}", "month": f"{y}-{m:02d}", "year": f"{y}"}[precision]
    return lang, text, start, end, value, precision


@settings(max_examples=400, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(rendered_dates())
def test_generated_dates_are_found(case):
    lang, text, start, end, value, precision = case
    ms = find_dates(text, lang)
    assert [(m.start, m.end, m.value, m.precision, m.end_value, m.relative) for m in ms] == [
        (start, end, value, precision, None, None)], text


@settings(max_examples=200, deadline=None, database=None)
@given(st.integers(1900, 2099), st.integers(1, 12), st.data())
def test_generated_day_ranges(y, m, data):
    last = calendar.monthrange(y, m)[1]
    d1 = data.draw(st.integers(1, last - 1))
    d2 = data.draw(st.integers(d1 + 1, last))
    expected = (f"{y}-{m:02d}-{d1:02d}", f"{y}-{m:02d}-{d2:02d}", "day")
    for lang, text in [("en", f"{EN_MONTH_NAMES[m]} {d1}-{d2}, {y}"), ("en", f"{d1}-{d2} {EN_MONTH_NAMES[m]} {y}"),
                       ("ru", f"{d1}–{d2} {RU_GEN[m]} {y} года"), ("kk", f"{y} жылғы {d1}-{d2} {KK_LOC[m]}")]:
        assert one(text, lang) == (text, *expected, None, None)


@settings(max_examples=200, deadline=None, database=None)
@given(st.integers(1900, 2099), st.integers(1, 2100))
def test_generated_year_ranges(y1, y2):
    text = f"{y1}-{y2}"
    got = spans(text, "en")
    end = None
    if y2 >= 1000:
        end = y2 if y1 < y2 <= 2100 else None
    elif 10 <= y2 <= 99:  # "1995-97": a two-digit end year, at most ten years on
        end = y1 // 100 * 100 + y2
        end = end if end > y1 else end + 100
        end = end if end - y1 <= 10 else None
    if end is not None:
        assert got == [(text, str(y1), str(end), "year", None, None)]
    else:
        assert all(g[2] is None for g in got)  # never a backwards or impossible range


@settings(max_examples=200, deadline=None, database=None)
@given(st.integers(1, 31), st.integers(1, 13), st.integers(1900, 2100))
def test_impossible_numeric_dates_are_rejected(d, m, y):
    got = spans(f"on {d:02d}.{m:02d}.{y} the", "en")
    valid = m <= 12 and d <= calendar.monthrange(y, m)[1]
    assert got == ([(f"{d:02d}.{m:02d}.{y}", f"{y}-{m:02d}-{d:02d}", None, "day", None, None)] if valid else [])
