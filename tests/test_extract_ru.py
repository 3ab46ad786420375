"""Russian extraction rules (agreements/extract/ru*.py, trade/extract/ru.py, regions/extract/ru.py).

Sentences are written for these tests in the style of Russian news and reference texts; each test states the
fact a sentence gives, or that it gives none. Run: .venv/bin/python -m pytest tests/test_extract_ru.py
"""
from __future__ import annotations

import pytest

from agreements.extract import ru_lexicon as L
from agreements.extract.ru_morph import Token, morph, tokens
from agreements.extract.ru_titles import Context, np_english
from kzrel.pipeline.extract import extract_text


def facts(text: str) -> dict:
    return extract_text(text, "test.txt")


def one(text: str, kind: str) -> dict:
    found = facts(text)[kind]
    assert len(found) == 1, found
    return found[0]


# ------------------------------------------------------------------------------------------------ agreements
def test_treaty_with_date_parties_and_english_title():
    a = one("25 мая 1992 года в Москве президенты Казахстана и России подписали Договор о дружбе, "
            "сотрудничестве и взаимной помощи.", "agreements")
    assert a["kind"] == "treaty"
    assert a["date"] == "1992-05-25"
    assert set(a["parties"]) >= {"KZ", "RU"}
    assert a["title"] == "Treaty of Friendship, Cooperation and Mutual Assistance"
    assert a["title_original"] == "Договор о дружбе, сотрудничестве и взаимной помощи"
    assert a["language"] == "ru"
    assert "Договор о дружбе" in a["quote"]


def test_memorandum_passive_and_year():
    a = one("В 2012 году между Казахстаном и Турцией был подписан меморандум о сотрудничестве в области "
            "образования.", "agreements")
    assert a["kind"] == "memorandum"
    assert a["date"] == "2012"
    assert set(a["parties"]) == {"KZ", "TR"}
    assert a["title"] == "Memorandum on cooperation in the field of education"
    assert a["field"] == "education"


def test_ratified_agreement_without_date():
    a = one("Парламент Казахстана ратифицировал соглашение с Китаем о строительстве газопровода.", "agreements")
    assert a["kind"] == "agreement"
    assert a["date"] is None
    assert set(a["parties"]) >= {"KZ", "CN"}
    assert "gas pipeline" in a["title"]


def test_agreement_dated_by_ot():
    a = one("Стороны выполнили соглашение от 12 марта 2003 года о разграничении дна Каспийского моря, подписанное "
            "Казахстаном и Азербайджаном.", "agreements")
    assert a["date"] == "2003-03-12"
    assert set(a["parties"]) >= {"KZ", "AZ"}


def test_concept_of_member_states_is_kind_other():
    a = one("10 октября 2007 года была подписана Концепция миграционной политики государств - участников СНГ.",
            "agreements")
    assert a["kind"] == "other"
    assert a["date"] == "2007-10-07" or a["date"] == "2007-10-10"
    assert a["parties"] == ["CIS"]
    assert a["title"].startswith("Concept of")
    assert "Member States" in a["title"]


def test_understanding_reached_about_that():
    a = one("В 2014 году странами была достигнута договорённость о том, что казахстанские консульства будут "
            "представлять интересы граждан Киргизии.", "agreements")
    assert a["kind"] == "agreement"
    assert a["date"] == "2014"
    assert a["title"].startswith("Agreement that Kazakh")


def test_group_of_agreements_with_a_value():
    found = facts("По итогам визита в Пекин казахстанской стороной было подписано более 30 соглашений на сумму "
                  "$4 млрд.")
    a = found["agreements"]
    assert len(a) == 1 and a[0]["title"] == "More than 30 agreements worth USD 4 billion"
    assert set(a[0]["parties"]) >= {"KZ", "CN"}
    t = found["trade_figures"]
    assert len(t) == 1 and t[0]["flow"] == "other" and t[0]["value"] == 4e9 and t[0]["partner"] == "CN"


def test_extension_of_an_earlier_treaty():
    found = facts("В 1999 году между Россией и Казахстаном был подписан договор, согласно которому Россия "
                  "арендует полигон. В 2009 году срок был продлён до 2029 года.")["agreements"]
    assert [a["date"] for a in found] == ["1999", "2009"]
    assert found[0]["kind"] == "treaty"
    assert found[1]["title"].startswith("Extension of the treaty")
    assert found[1]["title"].endswith("until 2029")
    assert found[1]["title_original"] == "срок был продлён до 2029 года"


@pytest.mark.parametrize("text", [
    "Казахстан и Россия планируют подписать соглашение о сотрудничестве в сфере энергетики.",
    "Стороны обсудили проект соглашения о свободной торговле между Казахстаном и Сербией.",
    "Президент Казахстана предложил заключить договор о коллективной безопасности с Монголией.",
    "Казахстан и Узбекистан подпишут меморандум о сотрудничестве в области туризма в следующем году.",
    "Стороны обсудили возможность заключения соглашения о взаимной защите инвестиций между Казахстаном и Японией.",
    "Узбекистан и Турция подписали протокол о сотрудничестве в области военного образования.",
    "Казахстан не подписал соглашение с Ираном о транзите нефти.",
])
def test_not_an_agreement(text):
    assert facts(text)["agreements"] == []


def test_organisation_name_is_not_an_agreement():
    assert facts("Казахстан подписал заявление Организации Договора о коллективной безопасности.")["agreements"] \
        == [] or all("Collective" not in a["title"] for a in
                     facts("Казахстан подписал заявление Организации Договора о коллективной безопасности.")
                     ["agreements"])


# --------------------------------------------------------------------------------------------------- meetings
def test_official_visit_with_range_place_and_participants():
    m = one("9-10 января 2004 года Президент России Владимир Путин находился с официальным визитом в Астане, где "
            "провёл переговоры с Нурсултаном Назарбаевым.", "meetings")
    assert m["kind"] == "official visit"
    assert (m["date_start"], m["date_end"]) == ("2004-01-09", "2004-01-10")
    assert m["place"] == "Astana"
    assert {"Vladimir Putin", "Nursultan Nazarbayev"} <= set(m["participants"])
    assert {"KZ", "RU"} <= set(m["countries"])


def test_talks_in_a_foreign_capital():
    m = one("Президент Казахстана Касым-Жомарт Токаев и председатель КНР Си Цзиньпин провели переговоры в Пекине "
            "11 сентября 2019 года.", "meetings")
    assert m["kind"] == "talks"
    assert m["date_start"] == "2019-09-11"
    assert m["place"] == "Beijing"
    assert "CN" in m["countries"]


def test_summit_and_forum_kinds():
    m = one("В июне 2019 года в Бишкеке прошёл саммит ШОС, в котором принял участие президент Казахстана.",
            "meetings")
    assert m["kind"] == "summit" and m["date_start"] == "2019-06" and m["place"] == "Bishkek"


def test_year_less_date_takes_the_year_of_the_previous_full_date():
    found = facts("С 3 по 5 апреля 2018 года премьер-министр Казахстана находился с рабочим визитом во Франции. "
                  "Премьер Казахстана выступил 5 апреля на заседании ОЭСР в Париже.")["meetings"]
    assert any(m["date_start"] == "2018-04-05" and m["kind"] == "session" for m in found)


def test_mentions_of_one_meeting_are_merged_and_dated():
    found = facts("Президент Казахстана встретился с президентом Турции в Анкаре. "
                  "Встреча Нурсултана Назарбаева и Реджепа Тайипа Эрдогана, 3 июня 2015 года")["meetings"]
    assert len(found) == 1
    assert found[0]["date_start"] == "2015-06-03"
    assert found[0]["place"] == "Ankara"


@pytest.mark.parametrize("text", [
    "В четверг президент Казахстана встретится в Москве с Владимиром Путиным.",
    "Следующий раунд переговоров в Астане намечен на конец ноября.",
    "Эксперт полагает, что лидеры Казахстана и Китая могут обсудить этот вопрос на переговорах.",
    "В преддверии визита в Китай министр иностранных дел Казахстана дал интервью.",
    "Путин и Эрдоган провели переговоры в Сочи.",
])
def test_not_a_meeting(text):
    assert facts(text)["meetings"] == []


def test_teaser_of_another_article_is_skipped():
    text = ("Казахстан и Китай развивают сотрудничество.\n\nТакже по теме\n\nПрезидент Казахстана прибыл с "
            "официальным визитом в Китай.\n\nЭксперты обсудили итоги...")
    assert facts(text)["meetings"] == []


# ------------------------------------------------------------------------------------------------ trade figures
def test_turnover_with_year_and_partner():
    t = one("По итогам 2016 года товарооборот Казахстана и Китая составил $7,9 млрд.", "trade_figures")
    assert (t["reporter"], t["partner"], t["flow"], t["value"], t["currency"], t["period"]) == \
        ("KZ", "CN", "turnover", 7.9e9, "USD", "2016")


def test_investment_and_growth():
    t = one("В 2015 году прямые инвестиции Нидерландов в Казахстан составили 5,2 млрд долларов, увеличившись "
            "на 12%.", "trade_figures")
    assert t["flow"] == "investment" and t["partner"] == "NL" and t["value"] == 5.2e9
    assert t["change_percent"] == 12


def test_turnover_between_our_countries_takes_partner_from_the_paragraph():
    t = one("«Товарооборот между нашими странами в прошлом году превысил $3 млрд», - заявил президент Казахстана "
            "на встрече с премьером Венгрии.", "trade_figures")
    assert t["partner"] == "HU" and t["value"] == 3e9


def test_export_import_and_half_year():
    found = facts("В первой половине 2019 года экспорт Казахстана в Россию составил $2,1 млрд, "
                  "а импорт из России - $5,4 млрд.")["trade_figures"]
    got = {(t["flow"], t["value"], t["period"]) for t in found}
    assert ("export", 2.1e9, "2019-01/2019-06") in got
    assert ("import", 5.4e9, "2019-01/2019-06") in got


@pytest.mark.parametrize("text", [
    "Стороны намерены довести товарооборот между Казахстаном и Турцией до $10 млрд.",
    "Товарооборот Узбекистана и Турции в 2016 году составил $1,4 млрд.",
    "Национальный фонд Казахстана оценивается в $60 млрд.",
])
def test_not_a_trade_figure(text):
    assert facts(text)["trade_figures"] == []


# ----------------------------------------------------------------------------------------- regional partnerships
def test_regional_partnership():
    p = one("В 2001 году акиматы Павлодарской области и администрация Омской области подписали соглашение о "
            "сотрудничестве в торгово-экономической и культурной сферах.", "regional_partnerships")
    assert p["kz_region"] == "KZ-55" and p["partner_region"] == "RU-OMS" and p["partner_country"] == "RU"
    assert p["date"] == "2001"
    assert {"trade", "economic", "culture"} <= set(p["fields"])


def test_regional_partnership_plan_is_not_one():
    assert facts("Павлодарская область и Омская область планируют подписать соглашение о сотрудничестве.")[
        "regional_partnerships"] == []


# ------------------------------------------------------------------------------------------ translation tables
def _context(words: list[str]) -> Context:
    toks = []
    pos = 0
    for w in words:
        toks.append(Token(w, pos, pos + len(w)))
        pos += len(w) + 1
    return Context(" ".join(words), 0, toks, {})


@pytest.mark.parametrize("lemma,english", sorted(L.WORDS.items()))
def test_every_word_row_translates(lemma, english):
    assert english and english == english.strip()
    assert lemma == lemma.lower() or lemma[0].isupper() is False
    # the lemma itself is translated when it stands alone in a title phrase
    ctx = _context(["x", lemma]) if " " not in lemma else None
    if ctx is not None:
        m = morph(lemma)
        if m.lemma == lemma and m.pos in ("NOUN", "ADJF"):
            out = np_english(ctx, 1, 2)
            assert english.split("|")[0].lower() in out.lower()


@pytest.mark.parametrize("lemma,value", sorted(L.KINDS.items()))
def test_every_kind_row(lemma, value):
    kind, head = value
    assert kind in {"treaty", "agreement", "declaration", "memorandum", "protocol", "plan", "statement",
                    "programme", "other"}
    assert head[0].isupper()


@pytest.mark.parametrize("key,english", sorted(L.PHRASES.items()))
def test_every_phrase_row(key, english):
    words = [w for w in key]
    ctx = _context(["x"] + words)
    # a phrase row is found by lemmas; its words here are the lemmas themselves
    if all(morph(w).lemma == w or not w.isalpha() for w in words):
        assert english in np_english(ctx, 1, len(words) + 1)


@pytest.mark.parametrize("stem,english", sorted(L.COMPOUND_PARTS.items()))
def test_every_compound_part(stem, english):
    assert english and stem.endswith(("о", "е"))


@pytest.mark.parametrize("lemma,english", sorted(L.COMPOUNDS.items()))
def test_every_compound(lemma, english):
    ctx = _context(["x", lemma])
    assert english in np_english(ctx, 1, 2)


@pytest.mark.parametrize("abbr,english", sorted(L.ABBREVIATIONS.items()))
def test_every_abbreviation(abbr, english):
    ctx = _context(["x", abbr])
    assert english in np_english(ctx, 1, 2)


@pytest.mark.parametrize("word,english", sorted(L.PREPOSITIONS.items()))
def test_every_preposition(word, english):
    assert english.isascii() and word.isalpha()


def test_compound_adjective_made_of_parts():
    ctx = _context(["x", "торгово-экономическое", "сотрудничество"])
    assert np_english(ctx, 1, 3) == "trade and economic cooperation"


def test_plural_and_transliteration_helpers():
    assert L.plural("agreement") == "agreements"
    assert L.plural("company") == "companies"
    assert L.plural("cooperation") == "cooperation"
    assert L.english_noun("citizen|citizens", True) == "citizens"
    assert L.transliterate("Байконур") == "Baykonur"


def test_tokens_and_homoglyphs():
    assert [t.text for t in tokens("ОС ПВO СНГ")] == ["ОС", "ПВO", "СНГ"]
    assert morph("ПВO").lemma == morph("ПВО").lemma


def test_regions_sign_for_themselves_and_joint_statement():
    found = facts("Северо-Казахстанская область и Тюменская область в 2015 году подписали соглашение о "
                  "торгово-экономическом и культурном сотрудничестве.")
    a = found["agreements"][0]
    assert set(a["parties"]) == {"KZ-59", "RU-TYU"} and a["field"] == "trade"
    p = found["regional_partnerships"][0]
    assert (p["kz_region"], p["partner_region"], p["date"]) == ("KZ-59", "RU-TYU", "2015")
    s = one("Совместное заявление глав государств Казахстана и Кыргызстана было принято по итогам переговоров 24 "
            "декабря 2017 года.", "agreements")
    assert s["kind"] == "statement" and s["title"].startswith("Joint statement") and s["date"] == "2017-12-24"


def test_abbreviation_defined_in_the_document_is_expanded():
    a = one("В регионе действует Объединённая региональная система (ОРС) противовоздушной обороны. "
            "Казахстан ратифицировал соглашение о создании ОРС с Россией.", "agreements")
    assert a["title"] == "Agreement on the establishment of Joint Regional System"
    assert set(a["parties"]) >= {"KZ", "RU"}
