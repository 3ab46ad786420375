"""Held-out Russian sentences for the ru rules (agreements/extract/ru*.py, trade/extract/ru.py, regions/extract/ru.py).

Written for this test, in the style of Russian-language news (TASS, RIA, Kazinform) and of academic texts on
Kazakhstan's foreign relations, with countries, persons, dates and subjects that the development texts do not
have. They guard against rules that fit the development texts only. Each case gives every fact the text states
(by fact type); a fact type not named must yield nothing; ``None`` leaves a type unchecked (a borderline one).

Expected facts are partial: ``title_has`` words must be in the English title (lower case); list values
(parties, countries, participants, fields) must be contained in the prediction's; ``kind`` may be a set of
accepted kinds; ``value`` agrees within 1 %; ``extras_ok`` names fact types where facts beyond the expected
ones are acceptable (a summit beside the bilateral meeting held on its sidelines).
Run: .venv/bin/python -m pytest tests/test_extract_ru_heldout.py
"""
from __future__ import annotations

import re

import pytest

from kzrel.pipeline.extract import extract_text

TYPES = ("agreements", "meetings", "trade_figures", "regional_partnerships")


def _agrees(key, want, got) -> bool:
    if key == "title_has":
        title = (got.get("title") or "").lower()
        return all(w in title for w in want)
    have = got.get(key)
    if key in ("parties", "countries", "participants", "fields"):
        return set(want) <= set(have or [])
    if key == "kind" and isinstance(want, (set, frozenset)):
        return have in want
    if key == "value":
        return have is not None and abs(have - want) <= 0.01 * abs(want)
    if key in ("share_percent", "change_percent") and want is not None:
        return have is not None and abs(have - want) < 0.06
    return have == want


def _matches(want: dict, got: dict) -> bool:
    return all(_agrees(k, v, got) for k, v in want.items())


def check(text: str, expect: dict) -> list[str]:
    """Problems found (empty when the extraction gives exactly the expected facts)."""
    found = extract_text(text, "heldout.txt")
    problems = []
    extras_ok = expect.get("extras_ok", ())
    for fact_type in TYPES:
        want = expect.get(fact_type, [])
        if want is None:
            continue
        got = list(found[fact_type])
        for w in want:
            hit = next((g for g in got if _matches(w, g)), None)
            if hit is None:
                problems.append(f"MISSED {fact_type} {w}")
            else:
                got.remove(hit)
        for g in ([] if fact_type in extras_ok else got):
            brief = {k: v for k, v in g.items() if k not in ("quote", "evidence", "start", "end", "language",
                                                               "confidence")}
            problems.append(f"EXTRA {fact_type} {brief}")
    for fact_type in TYPES:
        for g in found[fact_type]:
            if g["quote"] not in text:
                problems.append(f"BAD QUOTE {fact_type} {g['quote'][:60]}")
    return problems


CASES = [
    # ------------------------------------------------------------------------------------- agreements (news)
    ("treaty_1992",
     "25 мая 1992 г. в Москве был подписан Договор о дружбе, сотрудничестве и взаимной помощи между Республикой "
     "Казахстан и Российской Федерацией.",
     {"agreements": [{"kind": "treaty", "date": "1992-05-25", "parties": ["KZ", "RU"],
                      "title_has": ["friendship", "mutual assistance"]}]}),
    ("state_visit_transit_agreement",
     "В ходе государственного визита Си Цзиньпина в Астану 7 сентября 2013 года стороны подписали соглашение о "
     "сотрудничестве в области транзита нефти и газа.",
     {"agreements": [{"kind": "agreement", "date": "2013-09-07", "parties": ["KZ", "CN"], "title_has": ["transit"],
                      "field": "transport"}],
      "meetings": [{"kind": "state visit", "date_start": "2013-09-07", "place": "Astana", "countries": ["KZ", "CN"],
                    "participants": ["Xi Jinping"]}]}),
    ("border_treaty_uzbekistan",
     "16 ноября 2001 года в Ташкенте президенты Казахстана и Узбекистана подписали Договор о "
     "казахстанско-узбекской государственной границе.",
     {"agreements": [{"kind": "treaty", "date": "2001-11-16", "parties": ["KZ", "UZ"], "title_has": ["border"],
                      "field": "border"}]}),
    ("double_taxation",
     "Между правительствами Казахстана и Китая было заключено соглашение об избежании двойного налогообложения и "
     "предотвращении уклонения от уплаты налогов.",
     {"agreements": [{"kind": "agreement", "date": None, "parties": ["KZ", "CN"], "title_has": ["double taxation"],
                      "field": "economic"}]}),
    ("memorandum_higher_education",
     "Министерство науки и высшего образования Казахстана и Министерство национального образования Турции "
     "подписали меморандум о взаимопонимании в сфере высшего образования.",
     {"agreements": [{"kind": "memorandum", "parties": ["KZ", "TR"], "title_has": ["higher education"],
                      "field": "education"}]}),
    ("ratified_military_technical",
     "В 2014 году Мажилис ратифицировал межправительственное соглашение между Казахстаном и Россией о "
     "военно-техническом сотрудничестве.",
     {"agreements": [{"kind": "agreement", "date": "2014", "parties": ["KZ", "RU"],
                      "title_has": ["military-technical"], "field": "military"}]}),
    ("joint_declaration_after_talks",
     "По итогам переговоров главы государств подписали Совместную декларацию о всестороннем стратегическом "
     "партнёрстве между Республикой Казахстан и Китайской Народной Республикой.",
     {"agreements": [{"kind": "declaration", "parties": ["KZ", "CN"], "title_has": ["strategic partnership"]}],
      "meetings": None}),
    ("customs_union_1995",
     "В январе 1995 г. было подписано Соглашение о Таможенном союзе между Россией, Белоруссией и Казахстаном.",
     {"agreements": [{"kind": "agreement", "date": "1995-01", "parties": ["KZ", "RU", "BY"],
                      "title_has": ["customs union"]}]}),
    ("eaeu_treaty",
     "29 мая 2014 года в Астане президенты России, Белоруссии и Казахстана подписали Договор о Евразийском "
     "экономическом союзе.",
     {"agreements": [{"kind": "treaty", "date": "2014-05-29", "parties": ["KZ", "RU", "BY"],
                      "title_has": ["eurasian economic union"]}]}),
    ("sco_declaration",
     "15 июня 2001 года в Шанхае была подписана Декларация о создании Шанхайской организации сотрудничества.",
     {"agreements": [{"kind": "declaration", "date": "2001-06-15", "title_has": ["shanghai"]}]}),
    ("caspian_seabed",
     "6 июля 1998 года Казахстан и Россия подписали Соглашение о разграничении дна северной части Каспийского "
     "моря в целях осуществления суверенных прав на недропользование.",
     {"agreements": [{"kind": "agreement", "date": "1998-07-06", "parties": ["KZ", "RU"],
                      "title_has": ["caspian"], "field": "border"}]}),
    ("programme_with_period_in_title",
     "В 2021 году стороны утвердили Программу экономического сотрудничества между Казахстаном и Кыргызстаном на "
     "2022–2025 годы.",
     {"agreements": [{"kind": "programme", "date": "2021", "parties": ["KZ", "KG"],
                      "title_has": ["economic cooperation"]}]}),
    ("protocol_amending_an_agreement",
     "3 октября 2023 года министры иностранных дел Казахстана и Азербайджана подписали протокол о внесении "
     "изменений в соглашение о взаимных поездках граждан.",
     {"agreements": [{"kind": "protocol", "date": "2023-10-03", "parties": ["KZ", "AZ"]}]}),
    ("eu_partnership_agreement",
     "В декабре 2015 года Казахстан и Европейский союз подписали Соглашение о расширенном партнёрстве и "
     "сотрудничестве.",
     {"agreements": [{"kind": "agreement", "date": "2015-12", "parties": ["KZ", "EU"],
                      "title_has": ["enhanced partnership"]}]}),
    ("nuclear_energy_japan",
     "В декабре 2010 года правительства Казахстана и Японии подписали соглашение о сотрудничестве в области "
     "мирного использования атомной энергии.",
     {"agreements": [{"kind": "agreement", "date": "2010-12", "parties": ["KZ", "JP"],
                      "title_has": ["peaceful use", "nuclear energy"], "field": "energy"}]}),
    ("two_instruments_in_one_sentence",
     "Кроме того, в Будапеште были подписаны соглашение о сотрудничестве в сфере здравоохранения и меморандум о "
     "сотрудничестве в области туризма между Казахстаном и Венгрией.",
     {"agreements": [{"kind": "agreement", "parties": ["KZ", "HU"], "title_has": ["health"]},
                     {"kind": "memorandum", "parties": ["KZ", "HU"], "title_has": ["tourism"]}]}),
    ("visa_agreement_signed_then_in_force",
     "Соглашение о взаимной отмене визовых требований между Казахстаном и Таиландом, подписанное в 2022 году, "
     "вступило в силу в феврале 2023 года.",
     {"agreements": [{"kind": "agreement", "date": "2022", "parties": ["KZ", "TH"], "title_has": ["visa"]}]}),
    ("readmission_ratified_by_senate",
     "Сенат Парламента Казахстана 12 мая 2022 года ратифицировал Соглашение между Правительством Республики "
     "Казахстан и Правительством Республики Узбекистан о реадмиссии.",
     {"agreements": [{"kind": "agreement", "date": "2022-05-12", "parties": ["KZ", "UZ"],
                      "title_has": ["readmission"]}]}),
    ("labour_migration",
     "В 2019 году Казахстан и Кыргызстан заключили соглашение о трудовой деятельности и социальной защите "
     "трудящихся-мигрантов.",
     {"agreements": [{"kind": "agreement", "date": "2019", "parties": ["KZ", "KG"], "title_has": ["labour"]}]}),
    ("roadmap_france",
     "1 ноября 2023 года Казахстан и Франция подписали дорожную карту по развитию сотрудничества в области "
     "критически важных минералов.",
     {"agreements": [{"kind": "plan", "date": "2023-11-01", "parties": ["KZ", "FR"], "title_has": ["roadmap"]}]}),
    ("plan_with_year_in_title",
     "Министры обороны Казахстана и России подписали план военного сотрудничества на 2024 год.",
     {"agreements": [{"kind": "plan", "date": None, "parties": ["KZ", "RU"],
                      "title_has": ["military cooperation"], "field": "military"}]}),
    ("space_cooperation_with_the_us",
     "Казахстанское аэрокосмическое агентство и НАСА в 2017 году подписали меморандум о сотрудничестве в "
     "исследовании и использовании космического пространства между Казахстаном и США.",
     {"agreements": [{"kind": "memorandum", "date": "2017", "parties": ["KZ", "US"], "field": "science"}]}),
    # --------------------------------------------------------------------------------- agreements (academic)
    ("legal_basis_two_instruments",
     "Правовую основу двусторонних отношений составляют Договор о дружбе, сотрудничестве и взаимной помощи от "
     "25 мая 1992 г. и Декларация о вечной дружбе и союзничестве, ориентированном в XXI столетие, подписанная "
     "6 июля 1998 г. президентами Казахстана и России.",
     {"agreements": [{"kind": "treaty", "date": "1992-05-25", "title_has": ["friendship"]},
                     {"kind": "declaration", "date": "1998-07-06", "parties": ["KZ", "RU"],
                      "title_has": ["eternal friendship"]}]}),
    ("collective_security_treaty",
     "Договор о коллективной безопасности был подписан в Ташкенте 15 мая 1992 г. главами Армении, Казахстана, "
     "Киргизии, России, Таджикистана и Узбекистана.",
     {"agreements": [{"kind": "treaty", "date": "1992-05-15", "parties": ["KZ", "RU", "AM"],
                      "title_has": ["collective security"], "field": "security"}]}),
    ("visit_then_declaration",
     "Первый официальный визит президента Казахстана в Китай состоялся в октябре 1993 г. В ходе визита стороны "
     "подписали Совместную декларацию об основах дружественных взаимоотношений между Республикой Казахстан и "
     "Китайской Народной Республикой.",
     {"meetings": [{"kind": "official visit", "date_start": "1993-10", "countries": ["KZ", "CN"]}],
      "agreements": [{"kind": "declaration", "date": "1993-10", "parties": ["KZ", "CN"],
                      "title_has": ["friendly"]}]}),
    ("visit_with_documents",
     "В ходе официального визита Н. А. Назарбаева в Москву 28 марта 1994 г. было подписано более 20 "
     "документов, в том числе соглашение о военном сотрудничестве.",
     {"meetings": [{"kind": "official visit", "date_start": "1994-03-28", "place": "Moscow",
                    "countries": ["KZ", "RU"], "participants": ["Nursultan Nazarbayev"]}],
      "agreements": [{"kind": "agreement", "date": "1994-03-28", "parties": ["KZ", "RU"],
                      "title_has": ["military cooperation"]}]}),
    # ------------------------------------------------------------------------------------------------ meetings
    ("putin_official_visit_range",
     "9–10 января 2004 года Владимир Путин посетил Казахстан с официальным визитом.",
     {"meetings": [{"kind": "official visit", "date_start": "2004-01-09", "date_end": "2004-01-10",
                    "countries": ["KZ", "RU"], "participants": ["Vladimir Putin"]}]}),
    ("talks_in_astana_undated",
     "В Астане состоялись переговоры президента Казахстана Касым-Жомарта Токаева и председателя КНР Си Цзиньпина.",
     {"meetings": [{"kind": "talks", "place": "Astana", "countries": ["KZ", "CN"],
                    "participants": ["Kassym-Jomart Tokayev", "Xi Jinping"]}]}),
    ("state_visit_arrived",
     "14 сентября 2022 года председатель КНР Си Цзиньпин прибыл в Астану с государственным визитом.",
     {"meetings": [{"kind": "state visit", "date_start": "2022-09-14", "place": "Astana",
                    "countries": ["KZ", "CN"]}]}),
    ("talks_in_moscow",
     "Президент Казахстана Касым-Жомарт Токаев 28 ноября 2022 года провёл переговоры в Москве с Президентом "
     "России Владимиром Путиным.",
     {"meetings": [{"kind": "talks", "date_start": "2022-11-28", "place": "Moscow", "countries": ["KZ", "RU"],
                    "participants": ["Kassym-Jomart Tokayev", "Vladimir Putin"]}]}),
    ("cica_summit_range",
     "12–13 октября 2022 года в Астане прошёл VI саммит СВМДА.",
     {"meetings": [{"kind": "summit", "date_start": "2022-10-12", "date_end": "2022-10-13", "place": "Astana",
                    "countries": ["KZ", "CICA"]}]}),
    ("sco_summit_abroad",
     "В Самарканде 15–16 сентября 2022 года состоялся саммит ШОС, в котором принял участие Касым-Жомарт Токаев.",
     {"meetings": [{"kind": "summit", "date_start": "2022-09-15", "place": "Samarkand",
                    "participants": ["Kassym-Jomart Tokayev"]}]}),
    ("state_visit_year_only",
     "В 1997 году Нурсултан Назарбаев совершил государственный визит в США.",
     {"meetings": [{"kind": "state visit", "date_start": "1997", "countries": ["KZ", "US"]}]}),
    ("prime_minister_met_in_beijing",
     "Премьер-министр Казахстана Алихан Смаилов встретился в Пекине с премьером Госсовета КНР Ли Цяном.",
     {"meetings": [{"kind": "other", "place": "Beijing", "countries": ["KZ", "CN"],
                    "participants": ["Alikhan Smailov"]}]}),
    ("foreign_ministers_in_new_york",
     "Министр иностранных дел Казахстана Мурат Нуртлеу 19 сентября 2023 года провёл переговоры с госсекретарём "
     "США Энтони Блинкеном в Нью-Йорке.",
     {"meetings": [{"kind": "talks", "date_start": "2023-09-19", "place": "New York", "countries": ["KZ", "US"],
                    "participants": ["Murat Nurtleu", "Antony Blinken"]}]}),
    ("sco_heads_of_state_council",
     "3–4 июля 2024 года в Астане прошло заседание Совета глав государств — членов ШОС.",
     {"meetings": [{"kind": frozenset({"session", "summit"}), "date_start": "2024-07-03", "place": "Astana",
                    "countries": ["KZ", "SCO"]}]}),
    ("state_visit_present_tense",
     "Президент Узбекистана Шавкат Мирзиёев находится в Казахстане с государственным визитом.",
     {"meetings": [{"kind": "state visit", "countries": ["KZ", "UZ"], "participants": ["Shavkat Mirziyoyev"]}]}),
    ("meeting_with_an_ambassador",
     "Министр иностранных дел Казахстана провёл встречу с послом Германии.",
     {"meetings": [{"kind": "other", "countries": ["KZ", "DE"]}]}),
    # ------------------------------------------------------------------------------------------- trade figures
    ("turnover_china_2023",
     "По итогам 2023 года товарооборот между Казахстаном и Китаем составил 31,5 млрд долларов, увеличившись на 32%.",
     {"trade_figures": [{"reporter": "KZ", "partner": "CN", "flow": "turnover", "value": 31.5e9, "currency": "USD",
                         "period": "2023", "change_percent": 32}]}),
    ("export_nine_months",
     "В январе–сентябре 2022 года экспорт Казахстана в Узбекистан достиг 2,1 млрд долларов.",
     {"trade_figures": [{"partner": "UZ", "flow": "export", "value": 2.1e9, "period": "2022-01/2022-09"}]}),
    ("mutual_trade_growth_first",
     "Объём взаимной торговли Казахстана и Турции в 2022 году вырос на 27% и составил 6,3 млрд долларов.",
     {"trade_figures": [{"partner": "TR", "flow": "turnover", "value": 6.3e9, "period": "2022",
                         "change_percent": 27}]}),
    ("investment_over_years",
     "За 2005–2022 годы валовой приток прямых иностранных инвестиций из Нидерландов в экономику Казахстана "
     "превысил 110 млрд долларов.",
     {"trade_figures": [{"partner": "NL", "flow": "investment", "value": 110e9, "period": "2005/2022"}]}),
    ("turnover_with_the_eu",
     "Товарооборот Казахстана и Евросоюза в 2022 году составил 39,6 млрд долларов.",
     {"trade_figures": [{"partner": "EU", "flow": "turnover", "value": 39.6e9, "period": "2022"}]}),
    ("import_half_year",
     "Импорт из России в Казахстан за первое полугодие 2023 года составил 8,5 млрд долларов.",
     {"trade_figures": [{"partner": "RU", "flow": "import", "value": 8.5e9, "period": "2023-01/2023-06"}]}),
    ("share_of_china",
     "Доля Китая во внешнеторговом обороте Казахстана в 2023 году составила 21,5%.",
     {"trade_figures": [{"partner": "CN", "share_percent": 21.5, "period": "2023"}]}),
    ("regional_turnover_in_roubles",
     "В 2019 году товарооборот Павлодарской области с Омской областью составил 31 млрд рублей.",
     {"trade_figures": [{"reporter": "KZ-55", "partner": "RU-OMS", "flow": "turnover", "value": 31e9,
                         "currency": "RUB", "period": "2019"}]}),
    ("world_turnover",
     "По данным Бюро национальной статистики, в 2023 году внешнеторговый оборот Казахстана составил "
     "139,8 млрд долларов.",
     {"trade_figures": [{"partner": "WORLD", "flow": "turnover", "value": 139.8e9, "period": "2023"}]}),
    ("academic_two_years",
     "В 2000 г. товарооборот между Казахстаном и Россией составил 4,4 млрд долл., в 2005 г. — 9,7 млрд долл.",
     {"trade_figures": [{"partner": "RU", "flow": "turnover", "value": 4.4e9, "period": "2000"},
                        {"partner": "RU", "flow": "turnover", "value": 9.7e9, "period": "2005"}]}),
    ("kazakh_investment_abroad",
     "Объём прямых инвестиций Казахстана в экономику Кыргызстана за 2022 год составил 142 млн долларов.",
     {"trade_figures": [{"partner": "KG", "flow": "investment", "value": 142e6, "period": "2022"}]}),
    # ------------------------------------------------------------------------------------ regional partnerships
    ("interregional_forum_omsk",
     "В рамках XIX Форума межрегионального сотрудничества Казахстана и России в Омске акимат Павлодарской "
     "области и правительство Омской области подписали соглашение о сотрудничестве в торгово-экономической, "
     "научно-технической и гуманитарной сферах.",
     {"regional_partnerships": [{"kz_region": "KZ-55", "partner_region": "RU-OMS", "partner_country": "RU",
                                 "fields": ["trade", "economic", "humanitarian"]}],
      "agreements": [{"kind": "agreement", "parties": ["KZ-55", "RU-OMS"]}],
      "meetings": [{"kind": "forum", "place": "Omsk", "countries": ["KZ", "RU"]}]}),
    ("sister_cities",
     "В 2016 году Алматы и Ташкент стали городами-побратимами.",
     {"regional_partnerships": [{"kz_region": "KZ-75", "partner_region": "UZ-TK", "partner_country": "UZ",
                                 "date": "2016"}]}),
    ("memorandum_east_kazakhstan_altai",
     "Восточно-Казахстанская область и Алтайский край в 2018 году подписали меморандум о сотрудничестве в сфере "
     "туризма.",
     {"regional_partnerships": [{"kz_region": "KZ-63", "partner_region": "RU-ALT", "date": "2018"}],
      "agreements": [{"kind": "memorandum", "date": "2018", "parties": ["KZ-63", "RU-ALT"],
                      "title_has": ["tourism"]}]}),
    ("cross_border_xinjiang",
     "В 2015 году акимат Алматинской области и правительство Синьцзян-Уйгурского автономного района подписали "
     "соглашение о приграничном сотрудничестве.",
     {"regional_partnerships": [{"kz_region": "KZ-19", "partner_region": "CN-XJ", "partner_country": "CN",
                                 "date": "2015"}],
      "agreements": [{"kind": "agreement", "date": "2015", "parties": ["KZ-19", "CN-XJ"],
                      "title_has": ["cross-border"]}]}),
    ("west_kazakhstan_orenburg",
     "Между акиматом Западно-Казахстанской области и правительством Оренбургской области в 2019 году заключено "
     "соглашение о сотрудничестве в торгово-экономической, научно-технической, социальной и культурной сферах.",
     {"regional_partnerships": [{"kz_region": "KZ-27", "partner_region": "RU-ORE", "date": "2019"}],
      "agreements": [{"kind": "agreement", "date": "2019", "parties": ["KZ-27", "RU-ORE"]}]}),
    # ------------------------------------------------------------------------- plans, negations, hypotheticals
    ("plan_to_sign", "В следующем году Казахстан и Китай планируют подписать соглашение о строительстве нового "
                     "газопровода.", {}),
    ("future_visit", "Президент Казахстана посетит Турцию с официальным визитом в мае.", {}),
    ("never_signed", "Соглашение о разделе продукции так и не было подписано из-за разногласий между Казахстаном и "
                     "Россией.", {}),
    ("conditional_trade", "Если стороны подпишут соглашение о свободной торговле, товарооборот Казахстана и Сербии "
                          "может вырасти до 1 млрд долларов.", {}),
    ("expected_declaration", "Ожидается, что в ходе саммита ШОС в Астане будет подписана декларация о "
                             "сотрудничестве.", {}),
    ("talks_scheduled", "Переговоры Касым-Жомарта Токаева и Шавката Мирзиёева запланированы на следующую неделю.",
     {}),
    ("no_kazakhstan", "Россия и Белоруссия подписали соглашение о взаимном признании виз.", {}),
    ("draft_memorandum", "Министры обсудили проект меморандума о сотрудничестве в области цифровизации между "
                         "Казахстаном и Индией.", {}),
    ("cancelled_visit", "Визит президента Казахстана в Китай был отменён из-за пандемии.", {}),
    ("considering_readmission", "Казахстан рассматривает возможность заключения соглашения о реадмиссии с "
                                "Евросоюзом.", {}),
    ("experts_advise", "По мнению экспертов, Казахстану следует подписать соглашение о свободной торговле с "
                       "Китаем.", {}),
    ("phone_call", "Касым-Жомарт Токаев и Ильхам Алиев провели телефонный разговор.", {}),
    ("ready_to_sign", "Казахстан готов подписать с Турцией соглашение о военно-техническом сотрудничестве в "
                      "ближайшее время.", {}),
    ("agreed_to_meet_later", "Лидеры Казахстана и Киргизии договорились провести следующую встречу в Бишкеке.",
     {}),
    ("enters_into_force_later", "Соглашение о свободной торговле между Казахстаном и Вьетнамом вступит в силу "
                                "после ратификации.", {}),
    ("trade_target", "К 2030 году Казахстан и Узбекистан намерены довести товарооборот до 10 млрд долларов.", {}),
    ("trade_between_others", "Товарооборот России и Китая в 2023 году превысил 240 млрд долларов.", {}),
    ("trade_goal_korea", "Стороны поставили задачу увеличить товарооборот между Казахстаном и Кореей до "
                         "10 млрд долларов.", {}),
    ("regional_plan", "Акимат Атырауской области и правительство Астраханской области договорились подготовить "
                      "соглашение о сотрудничестве.", {}),
    ("hypothetical_past", "Если бы соглашение о разделе Каспия между Казахстаном и Туркменистаном было подписано в "
                          "2000 году, спор был бы решён раньше.", {}),
    # ---------------------------------------------------------------------- longer news and academic passages
    ("received_in_akorda",
     "Глава государства Касым-Жомарт Токаев принял в Акорде министра иностранных дел Китая Ван И.",
     {"meetings": [{"kind": "other", "countries": ["KZ", "CN"], "participants": ["Kassym-Jomart Tokayev", "Wang Yi"]}]}),
    ("meeting_with_modi",
     "В Акорде состоялась встреча Касым-Жомарта Токаева с премьер-министром Индии Нарендрой Моди.",
     {"meetings": [{"kind": "other", "countries": ["KZ", "IN"], "participants": ["Narendra Modi"]}]}),
    ("state_visit_then_dated_talks",
     "Касым-Жомарт Токаев прибыл в Баку с государственным визитом. 23 августа 2022 года в Баку состоялись "
     "переговоры президентов Казахстана и Азербайджана в узком и расширенном составах.",
     {"meetings": [{"kind": "state visit", "date_start": "2022-08-23", "place": "Baku", "countries": ["KZ", "AZ"]}]}),
    ("summit_central_asia_china",
     "Президент Казахстана Касым-Жомарт Токаев принял участие в саммите «Центральная Азия — Китай», который прошёл "
     "18–19 мая 2023 года в Сиане.",
     {"meetings": [{"kind": "summit", "date_start": "2023-05-18", "place": "Xi'an", "countries": ["KZ", "CN"]}]}),
    ("working_visit_allied_treaty",
     "В ходе рабочего визита в Ташкент 22 декабря 2022 года Токаев и Мирзиёев подписали Договор о союзнических "
     "отношениях между Республикой Казахстан и Республикой Узбекистан.",
     {"meetings": [{"kind": "working visit", "date_start": "2022-12-22", "place": "Tashkent",
                    "countries": ["KZ", "UZ"]}],
      "agreements": [{"kind": "treaty", "date": "2022-12-22", "parties": ["KZ", "UZ"], "title_has": ["allied"]}]}),
    ("turnover_korea_usd_abbrev",
     "Товарооборот между Казахстаном и Республикой Корея по итогам 2022 года составил 6,4 млрд долл. США.",
     {"trade_figures": [{"partner": "KR", "flow": "turnover", "value": 6.4e9, "currency": "USD", "period": "2022"}]}),
    ("trade_fell_in_euro",
     "За январь–июнь 2024 года взаимная торговля Казахстана и Германии сократилась на 8,3% и составила "
     "2,7 млрд евро.",
     {"trade_figures": [{"partner": "DE", "flow": "turnover", "value": 2.7e9, "currency": "EUR",
                         "period": "2024-01/2024-06", "change_percent": -8.3}]}),
    ("accumulated_investment_since",
     "Объём накопленных инвестиций Китая в экономику Казахстана с 2005 года превысил 24 млрд долларов.",
     {"trade_figures": [{"partner": "CN", "flow": "investment", "value": 24e9}]}),
    ("export_and_import_same_year",
     "В 2023 году экспорт Казахстана в Россию составил 9,1 млрд долларов, а импорт из России — 17,3 млрд долларов.",
     {"trade_figures": [{"partner": "RU", "flow": "export", "value": 9.1e9, "period": "2023"},
                        {"partner": "RU", "flow": "import", "value": 17.3e9, "period": "2023"}]}),
    ("share_after_percent",
     "Россия остаётся крупнейшим торговым партнёром Казахстана: на её долю приходится около 18% "
     "внешнеторгового оборота республики.",
     {"trade_figures": [{"partner": "RU", "share_percent": 18}]}),
    ("project_cost_is_not_trade", "Ранее сообщалось, что стоимость первого этапа проекта составит 1,5 млрд "
                                  "долларов.", {}),
    ("commercial_agreements_total",
     "По итогам визита Казахстан и Китай подписали 47 коммерческих соглашений на общую сумму 22 млрд долларов.",
     {"agreements": [{"kind": "agreement", "parties": ["KZ", "CN"], "title_has": ["47"]}],
      "trade_figures": [{"partner": "CN", "flow": "other", "value": 22e9}],
      "meetings": None}),
    ("academic_ellipsis",
     "В 1990-е гг. отношения Казахстана и Турции развивались динамично: в 1992 г. было подписано Соглашение о "
     "сотрудничестве в области образования, а в 1995 г. — Договор о дружбе и сотрудничестве.",
     {"agreements": [{"kind": "agreement", "date": "1992", "parties": ["KZ", "TR"], "title_has": ["education"]},
                     {"kind": "treaty", "date": "1995", "parties": ["KZ", "TR"], "title_has": ["friendship"]}]}),
    ("visit_ended_with_declaration",
     "Государственный визит Н. А. Назарбаева в Китай в сентябре 1995 г. завершился подписанием Совместной "
     "декларации о дальнейшем развитии и углублении дружественных отношений.",
     {"meetings": [{"kind": "state visit", "date_start": "1995-09", "countries": ["KZ", "CN"]}],
      "agreements": [{"kind": "declaration", "date": "1995-09", "parties": ["KZ", "CN"],
                      "title_has": ["friendly relations"]}]}),
    ("meeting_may_happen", "Встреча лидеров Казахстана и России может состояться в рамках саммита СНГ.", {}),
    ("invited_to_visit", "Токаев пригласил Эрдогана посетить Казахстан с официальным визитом.", {}),
    ("congratulations", "Президент Казахстана Касым-Жомарт Токаев поздравил Владимира Путина с днём рождения.", {}),
    ("will_they_sign", "Эксперты обсуждают, подпишут ли Казахстан и Китай соглашение о водных ресурсах.", {}),
    ("draft_negotiated_long", "Проект конвенции о правовом статусе Каспийского моря согласовывался более 20 лет.",
     {}),
    ("caspian_convention_in_aktau",
     "12 августа 2018 года в Актау главы пяти прикаспийских государств подписали Конвенцию о правовом статусе "
     "Каспийского моря.",
     {"agreements": [{"kind": "other", "date": "2018-08-12", "parties": ["KZ"], "title_has": ["legal status",
                                                                                          "caspian"]}],
      "meetings": None}),
    ("regions_elliptic",
     "Между Костанайской и Челябинской областями подписан меморандум о сотрудничестве в сфере образования.",
     {"regional_partnerships": [{"kz_region": "KZ-39", "partner_region": "RU-CHE", "partner_country": "RU"}],
      "agreements": [{"kind": "memorandum", "parties": ["KZ-39", "RU-CHE"], "title_has": ["education"]}]}),
    ("regions_roadmap",
     "Туркестанская область и Ташкентская область Узбекистана подписали дорожную карту по развитию приграничной "
     "торговли.",
     {"regional_partnerships": [{"kz_region": "KZ-61", "partner_region": "UZ-TO", "partner_country": "UZ"}],
      "agreements": [{"kind": "plan", "parties": ["KZ-61", "UZ-TO"], "title_has": ["roadmap"]}]}),
    ("regions_anaphoric_oblast",
     "Северо-Казахстанская область активно сотрудничает с регионами России. В 2022 году область подписала "
     "соглашение о сотрудничестве с Курганской областью.",
     {"regional_partnerships": [{"kz_region": "KZ-59", "partner_region": "RU-KGN", "date": "2022"}],
      "agreements": [{"kind": "agreement", "date": "2022", "parties": ["RU-KGN"]}]}),
    ("ministers_met_in_bishkek",
     "Министры иностранных дел Казахстана и Кыргызстана провели встречу в Бишкеке 5 апреля 2024 года.",
     {"meetings": [{"kind": "other", "date_start": "2024-04-05", "place": "Bishkek", "countries": ["KZ", "KG"]}]}),
    ("visit_then_joint_statement",
     "14 сентября 2022 года председатель КНР Си Цзиньпин прибыл в Нур-Султан с государственным визитом. По итогам "
     "переговоров главы государств подписали Совместное заявление.",
     {"meetings": [{"kind": "state visit", "date_start": "2022-09-14", "place": "Astana", "countries": ["KZ", "CN"]}],
      "agreements": [{"kind": "statement", "date": "2022-09-14", "parties": ["KZ", "CN"]}]}),
    ("turkey_history_paragraph",
     "Турция первой признала независимость Казахстана 16 декабря 1991 г. Дипломатические отношения между странами "
     "были установлены 2 марта 1992 г. В октябре 1994 г. президент Турции С. Демирель посетил Алматы с "
     "официальным визитом, в ходе которого было подписано Соглашение о взаимном поощрении и защите инвестиций. "
     "В 2009 г. Н. Назарбаев и А. Гюль подписали Договор о стратегическом партнёрстве.",
     {"meetings": [{"kind": "official visit", "date_start": "1994-10", "place": "Almaty", "countries": ["KZ", "TR"],
                    "participants": ["Suleyman Demirel"]}],
      "agreements": [{"kind": "agreement", "date": "1994-10", "parties": ["KZ", "TR"],
                      "title_has": ["protection of investments"]},
                     {"kind": "treaty", "date": "2009", "parties": ["KZ", "TR"], "title_has": ["strategic partnership"]}]}),
    ("water_chu_talas",
     "21 января 2000 года в Астане правительства Казахстана и Киргизии подписали соглашение об использовании "
     "водохозяйственных сооружений межгосударственного пользования на реках Чу и Талас.",
     {"agreements": [{"kind": "agreement", "date": "2000-01-21", "parties": ["KZ", "KG"], "title_has": ["water"]}]}),
    ("phytosanitary_protocol",
     "Министерства сельского хозяйства Казахстана и Китая подписали протокол о фитосанитарных требованиях к "
     "экспортируемой из Казахстана в Китай пшенице.",
     {"agreements": [{"kind": "protocol", "parties": ["KZ", "CN"], "title_has": ["phytosanitary"]}]}),
    ("demarcation_by_compound_adjective",
     "Процесс демаркации завершился в 2002 году подписанием протокола о демаркации казахстанско-китайской "
     "государственной границы.",
     {"agreements": [{"kind": "protocol", "date": "2002", "parties": ["KZ", "CN"], "title_has": ["demarcation"],
                      "field": "border"}]}),
    ("culture_exchange_programme",
     "В 2019 году министерства культуры Казахстана и Кореи подписали программу культурного обмена на "
     "2019–2021 годы.",
     {"agreements": [{"kind": "programme", "date": "2019", "parties": ["KZ", "KR"], "field": "culture"}]}),
    ("iaea_fuel_bank",
     "27 августа 2015 года в Астане Казахстан и МАГАТЭ подписали соглашение о создании банка низкообогащённого "
     "урана.",
     {"agreements": [{"kind": "agreement", "date": "2015-08-27", "parties": ["KZ", "IAEA"],
                      "title_has": ["low-enriched uranium"], "field": "energy"}]}),
    ("baiterek_space_complex",
     "В 2004 году Казахстан и Россия подписали соглашение о создании на космодроме «Байконур» "
     "космического ракетного комплекса «Байтерек».",
     {"agreements": [{"kind": "agreement", "date": "2004", "parties": ["KZ", "RU"], "title_has": ["space"],
                      "field": "science"}]}),
    ("visa_free_stay_modal", "С 2023 года граждане Казахстана и Китая могут находиться на территории обеих стран "
                             "без визы до 30 дней.", {}),
    # ------------------------------------------------ written after the rules passed everything above (blind)
    ("phone_call_reported", "Как сообщает пресс-служба Акорды, 5 марта 2024 года Касым-Жомарт Токаев провёл "
                            "телефонный разговор с президентом Франции Эммануэлем Макроном.", {}),
    ("putin_state_visit_2024",
     "Президент России Владимир Путин 27–28 ноября 2024 года находился в Астане с государственным визитом.",
     {"meetings": [{"kind": "state visit", "date_start": "2024-11-27", "date_end": "2024-11-28", "place": "Astana",
                    "countries": ["KZ", "RU"], "participants": ["Vladimir Putin"]}]}),
    ("japan_visit_then_documents",
     "Премьер-министр Японии посетил Астану в августе 2023 года. В ходе визита был подписан ряд документов, в том "
     "числе Соглашение о сотрудничестве в сфере подготовки кадров для атомной отрасли.",
     {"meetings": [{"date_start": "2023-08", "place": "Astana", "countries": ["KZ", "JP"]}],
      "agreements": [{"kind": "agreement", "date": "2023-08", "parties": ["KZ", "JP"], "title_has": ["training"]}]}),
    ("exchanged_views", "Стороны также обменялись мнениями по актуальным вопросам региональной повестки.", {}),
    ("trade_with_eaeu",
     "Товарооборот Казахстана со странами ЕАЭС в 2023 году составил 28,1 млрд долларов.",
     {"trade_figures": [{"partner": "EAEU", "flow": "turnover", "value": 28.1e9, "period": "2023"}]}),
    ("export_growth_turkey",
     "В 2022 году экспорт казахстанской продукции в Турцию вырос на 48% и достиг 4,7 млрд долларов.",
     {"trade_figures": [{"partner": "TR", "flow": "export", "value": 4.7e9, "period": "2022", "change_percent": 48}]}),
    ("japanese_investment_range",
     "Объём японских инвестиций в экономику Казахстана с 2005 по 2023 год составил более 8 млрд долларов.",
     {"trade_figures": [{"partner": "JP", "flow": "investment", "value": 8e9, "period": "2005/2023"}]}),
    ("eternal_friendship_three",
     "В 1997 году Казахстан, Киргизия и Узбекистан подписали Договор о вечной дружбе.",
     {"agreements": [{"kind": "treaty", "date": "1997", "parties": ["KZ", "KG", "UZ"],
                      "title_has": ["eternal friendship"]}]}),
    ("agreed_to_create_venture", "Казахстан и Турция договорились о создании совместного предприятия по "
                                 "производству беспилотников.", {}),
    ("sidelines_of_csto_summit",
     "На полях саммита ОДКБ в Минске президент Казахстана провёл встречу с президентом Белоруссии Александром "
     "Лукашенко.",
     {"meetings": [{"place": "Minsk", "countries": ["KZ", "BY"], "participants": ["Alexander Lukashenko"]}],
      "extras_ok": ("meetings",)}),
    ("import_from_china_goods",
     "По итогам 2021 года Казахстан импортировал из Китая товаров на 8,5 млрд долларов.",
     {"trade_figures": [{"partner": "CN", "flow": "import", "value": 8.5e9, "period": "2021"}]}),
    ("memorandum_with_a_company",
     "Меморандум о взаимопонимании между Министерством энергетики Казахстана и компанией Total был подписан в "
     "Париже.",
     {"agreements": [{"kind": "memorandum", "parties": ["KZ"]}]}),
    ("year_of_uzbekistan_opened", "В 2018 году в Астане Нурсултан Назарбаев и Шавкат Мирзиёев открыли Год "
                                  "Узбекистана в Казахстане.", {}),
    ("treaty_dated_by_ot",
     "Особое место в двусторонних отношениях занимает Договор о вечной дружбе между Республикой Казахстан и "
     "Республикой Узбекистан от 31 октября 1998 г.",
     {"agreements": [{"kind": "treaty", "date": "1998-10-31", "parties": ["KZ", "UZ"]}]}),
    ("signed_but_not_ratified_no_parties", "Однако подписанное в 1994 г. соглашение так и не было ратифицировано.",
     {}),
    ("first_foreign_visit_moscow",
     "3 апреля 2019 года Касым-Жомарт Токаев совершил первый зарубежный визит в качестве президента в Москву, где "
     "провёл переговоры с Владимиром Путиным.",
     {"meetings": [{"kind": frozenset({"other", "talks", "official visit"}), "date_start": "2019-04-03",
                    "place": "Moscow", "countries": ["KZ", "RU"]}]}),
    ("turnover_growth_percent_only",
     "Товарооборот между Казахстаном и Узбекистаном в 2023 году увеличился на 15,6%.",
     {"trade_figures": [{"partner": "UZ", "flow": "turnover", "change_percent": 15.6, "period": "2023"}]}),
    ("investment_in_georgia",
     "В 2020 году инвестиции Казахстана в Грузию составили 26 млн долларов.",
     {"trade_figures": [{"partner": "GE", "flow": "investment", "value": 26e6, "period": "2020"}]}),
    ("karaganda_novosibirsk",
     "Акимат Карагандинской области и правительство Новосибирской области подписали соглашение о "
     "торгово-экономическом, научно-техническом и культурном сотрудничестве.",
     {"regional_partnerships": [{"kz_region": "KZ-35", "partner_region": "RU-NVS"}],
      "agreements": [{"kind": "agreement", "parties": ["KZ-35", "RU-NVS"]}]}),
    ("twin_cities_became_related",
     "Города Шымкент и Бухара породнились в 2019 году.",
     {"regional_partnerships": [{"kz_region": "KZ-79", "partner_region": "UZ-BU", "partner_country": "UZ",
                                 "date": "2019"}]}),
    ("delegation_visit_postponed", "Визит китайской делегации в Казахстан перенесён на осень.", {}),
    ("joint_statement_in_japan",
     "В 2016 году в ходе визита в Японию Нурсултан Назарбаев и премьер-министр Синдзо Абэ подписали совместное "
     "заявление о расширении стратегического партнёрства.",
     {"meetings": [{"date_start": "2016", "countries": ["KZ", "JP"]}],
      "agreements": [{"kind": "statement", "date": "2016", "parties": ["KZ", "JP"],
                      "title_has": ["strategic partnership"]}]}),
    ("free_trade_zone_harm", "Эксперты считают, что создание зоны свободной торговли с Китаем может нанести ущерб "
                             "казахстанским производителям.", {}),
    ("intention_to_raise_trade", "Стороны выразили намерение довести объём двусторонней торговли между Казахстаном "
                                 "и Китаем до 15 млрд долларов к 2030 году.", {}),
    ("export_import_china_dash",
     "В 2023 году казахстанский экспорт в Китай составил 15 млрд долларов, а импорт из Китая – 16,4 млрд "
     "долларов.",
     {"trade_figures": [{"partner": "CN", "flow": "export", "value": 15e9, "period": "2023"},
                        {"partner": "CN", "flow": "import", "value": 16.4e9, "period": "2023"}]}),
]


@pytest.mark.parametrize("name,text,expect", CASES, ids=[c[0] for c in CASES])
def test_heldout(name, text, expect):
    problems = check(text, expect)
    assert not problems, "\n".join(problems)


# Whole texts: a news report, a chapter of a thesis and an overview with forecasts, plans and domestic policy.
NEWS_TASHKENT = ('Токаев и Мирзиёев подписали Договор о союзнических отношениях\n'
     '\n'
     'ТАШКЕНТ, 22 декабря. /Корр. ТАСС/. Президент Казахстана Касым-Жомарт Токаев, находящийся с государственным визитом в Узбекистане, провел в четверг переговоры со своим узбекским коллегой Шавкатом Мирзиёевым.\n'
     '\n'
     'По итогам переговоров лидеры двух стран подписали Договор о союзнических отношениях между Республикой Казахстан и Республикой Узбекистан, а также Договор о демаркации казахстанско-узбекской государственной границы. Кроме того, в присутствии глав государств был подписан ряд межправительственных и межведомственных документов.\n'
     '\n'
     '«Товарооборот между нашими странами по итогам текущего года может превысить 5 млрд долларов. Наша задача - довести его до 10 млрд долларов», - заявил Мирзиёев на пресс-конференции.\n'
     '\n'
     'По данным Бюро национальной статистики, за январь - октябрь 2022 года взаимная торговля Казахстана и Узбекистана составила 3,9 млрд долларов, увеличившись на 27,5% по сравнению с аналогичным периодом прошлого года.\n'
     '\n'
     'Стороны также договорились провести следующее заседание Высшего межгосударственного совета в 2023 году в Астане. Ранее, в сентябре, президенты встречались на полях саммита ШОС в Самарканде.\n'
     '\n'
     'Также по теме\n'
     'Мирзиёев прибыл в Астану с визитом\n'
     'Эксперты оценили перспективы союза...\n')
THESIS_CHINA = ('Глава 2. Становление казахстанско-китайских отношений (1992–2005 гг.)\n'
     '\n'
     'Дипломатические отношения между Республикой Казахстан и КНР были установлены 3 января 1992 г. Уже в феврале 1992 г. в Пекине побывала первая казахстанская правительственная делегация. Первый официальный визит Н. А. Назарбаева в КНР состоялся 18–20 октября 1993 г. В ходе визита была подписана Совместная декларация об основах дружественных взаимоотношений между Республикой Казахстан и Китайской Народной Республикой.\n'
     '\n'
     'Важнейшим вопросом двусторонней повестки оставалось урегулирование пограничных проблем. 26 апреля 1994 г. в Алматы было подписано Соглашение о казахстанско-китайской государственной границе, которое вступило в силу в 1995 г. Дополнительные соглашения о границе были подписаны в 1997 и 1998 гг. В 2002 г. стороны завершили процесс демаркации.\n'
     '\n'
     'В 1996 г. в Шанхае лидеры Казахстана, Китая, Киргизии, России и Таджикистана подписали Соглашение об укреплении доверия в военной области в районе границы. Год спустя, в апреле 1997 г., в Москве было подписано Соглашение о взаимном сокращении вооруженных сил в районе границы. Эти документы заложили основу «Шанхайской пятерки», преобразованной в 2001 г. в ШОС.\n'
     '\n'
     'Экономическое сотрудничество развивалось не столь быстро. Если в 1992 г. товарооборот между странами составлял лишь 368 млн долл., то в 2005 г. он достиг 6,8 млрд долл. Доля Китая во внешней торговле Казахстана выросла с 3% до 12%. В перспективе стороны рассчитывали довести товарооборот до 15 млрд долл. к 2010 г.\n'
     '\n'
     'В 2005 г. во время визита Ху Цзиньтао в Астану стороны подписали Совместную декларацию об установлении стратегического партнерства. Планировалось также строительство нефтепровода Атасу – Алашанькоу, соглашение о котором было подписано еще в мае 2004 г.\n')
NEWS_EU = ('Казахстан и ЕС: новые горизонты сотрудничества\n'
     '\n'
     'БРЮССЕЛЬ, 15 мая 2024 года. Министр иностранных дел Казахстана Мурат Нуртлеу принял участие в заседании Совета сотрудничества Казахстан – ЕС в Брюсселе. Заседание прошло под председательством верховного представителя ЕС Жозепа Борреля.\n'
     '\n'
     'Евросоюз остается крупнейшим торговым и инвестиционным партнером Казахстана. По итогам 2023 года товарооборот составил 41,3 млрд долларов, что на 4,2% больше, чем годом ранее. Валовой приток прямых инвестиций из стран ЕС в 2023 году составил 10,3 млрд долларов.\n'
     '\n'
     'Мажилис в прошлом месяце принял закон о ратификации соглашения о партнерстве в области устойчивого сырья, аккумуляторов и возобновляемого водорода. Меморандум о стратегическом партнерстве в этой сфере был подписан в ноябре 2022 года в Шарм-эш-Шейхе.\n'
     '\n'
     'Европейская сторона предложила рассмотреть возможность упрощения визового режима для граждан Казахстана. Ожидается, что переговоры по этому вопросу начнутся осенью. Если соглашение будет подписано, казахстанцы смогут получать многократные визы сроком до пяти лет.\n'
     '\n'
     'По прогнозам экспертов, к 2030 году объем торговли между Казахстаном и ЕС может достичь 60 млрд долларов.\n'
     '\n'
     'Ранее президент Казахстана Касым-Жомарт Токаев принял в Акорде делегацию Европейского парламента во главе с председателем комитета по иностранным делам.\n')

DOCUMENTS = [
    ("news_report_tashkent", NEWS_TASHKENT,
     {"agreements": [{"kind": "treaty", "parties": ["KZ", "UZ"], "title_has": ["allied"]},
                     {"kind": "treaty", "parties": ["KZ", "UZ"], "title_has": ["demarcation", "kazakh-uzbek"],
                      "field": "border"}],
      "meetings": [{"kind": "state visit", "countries": ["KZ", "UZ"],
                    "participants": ["Kassym-Jomart Tokayev", "Shavkat Mirziyoyev"]},
                   {"place": "Samarkand", "countries": ["KZ", "UZ"]}],
      "trade_figures": [{"partner": "UZ", "flow": "turnover", "value": 3.9e9, "period": "2022-01/2022-10",
                         "change_percent": 27.5}]}),
    ("thesis_chapter_china", THESIS_CHINA,
     {"agreements": [{"kind": "declaration", "date": "1993-10-18", "parties": ["KZ", "CN"], "title_has": ["friendly"]},
                     {"kind": "agreement", "date": "1994-04-26", "parties": ["KZ", "CN"],
                      "title_has": ["kazakh-chinese", "border"]},
                     {"kind": "agreement", "date": "1997/1998", "parties": ["KZ", "CN"], "title_has": ["border"]},
                     {"kind": "agreement", "date": "1996", "parties": ["KZ", "CN", "RU", "KG", "TJ"],
                      "title_has": ["confidence", "military field"]},
                     {"kind": "agreement", "date": "1997-04", "parties": ["KZ", "CN"],
                      "title_has": ["reduction", "armed forces"]},
                     {"kind": "declaration", "date": "2005", "parties": ["KZ", "CN"],
                      "title_has": ["strategic partnership"]},
                     {"kind": "agreement", "date": "2004-05", "parties": ["KZ", "CN"], "title_has": ["oil pipeline"]}],
      "meetings": [{"date_start": "1992-02", "place": "Beijing", "countries": ["KZ", "CN"]},
                   {"kind": "official visit", "date_start": "1993-10-18", "date_end": "1993-10-20",
                    "countries": ["KZ", "CN"], "participants": ["Nursultan Nazarbayev"]},
                   {"date_start": "2005", "place": "Astana", "countries": ["KZ", "CN"], "participants": ["Hu Jintao"]}],
      "trade_figures": [{"partner": "CN", "flow": "turnover", "value": 368e6, "period": "1992"},
                        {"partner": "CN", "flow": "turnover", "value": 6.8e9, "period": "2005"},
                        {"partner": "CN", "share_percent": 12}]}),
    ("news_overview_eu", NEWS_EU,
     {"agreements": [{"kind": "agreement", "parties": ["KZ"], "title_has": ["raw materials", "hydrogen"]},
                     {"kind": "memorandum", "date": "2022-11", "parties": ["KZ"], "title_has": ["strategic partnership"]}],
      "meetings": [{"kind": "session", "date_start": "2024-05-15", "place": "Brussels", "countries": ["KZ", "EU"],
                    "participants": ["Murat Nurtleu"]},
                   {"countries": ["KZ", "European Parliament"], "participants": ["Kassym-Jomart Tokayev"]}],
      "trade_figures": [{"partner": "EU", "flow": "turnover", "value": 41.3e9, "period": "2023", "change_percent": 4.2},
                        {"partner": "EU", "flow": "investment", "value": 10.3e9, "period": "2023"}]}),
    ("domestic_policy_is_not_foreign_relations",
     "Правительство Казахстана утвердило план мероприятий по реализации Послания Президента на 2024 год. "
     "Казахстан принял Стратегию развития до 2050 года. Президент принял участие в заседании Совета безопасности "
     "Казахстана. Бюджет Казахстана на 2024 год составил 20 трлн тенге.", {}),
    ("named_multilateral_instruments",
     "Казахстан подписал Парижское соглашение по климату в 2016 году. Казахстан ратифицировал Конвенцию ООН о "
     "биологическом разнообразии.",
     {"agreements": [{"kind": "agreement", "date": "2016", "parties": ["KZ"], "title_has": ["paris"]},
                     {"kind": "other", "parties": ["KZ", "UN"], "title_has": ["biological diversity"]}]}),
]


@pytest.mark.parametrize("name,text,expect", DOCUMENTS, ids=[c[0] for c in DOCUMENTS])
def test_heldout_document(name, text, expect):
    problems = check(text, expect)
    assert not problems, "\n".join(problems)


# Titles of the instruments Kazakhstan signs most often (transport, visas, taxation, defence, migration, water, ...):
# each is found and translated without a Russian word left in the English title.
TYPICAL_TITLES = """соглашение о международном автомобильном сообщении
соглашение о воздушном сообщении
соглашение о сотрудничестве в области туризма
соглашение о сотрудничестве в сфере здравоохранения и медицинской науки
соглашение о взаимном признании документов об образовании, ученых степенях и званиях
соглашение о сотрудничестве в области культуры, образования и науки
соглашение о взаимной защите секретной информации
соглашение о военно-техническом сотрудничестве
соглашение о сотрудничестве в области подготовки военных кадров
соглашение о трудовой деятельности и защите прав трудящихся-мигрантов
соглашение о реадмиссии лиц, незаконно пребывающих на территории государств
соглашение о пунктах пропуска через государственную границу
договор о делимитации государственной границы
договор о правовой помощи по гражданским и уголовным делам
договор о выдаче
договор о передаче осужденных лиц для отбывания наказания
соглашение о поощрении и взаимной защите инвестиций
конвенция об избежании двойного налогообложения и предотвращении уклонения от налогообложения в отношении налогов на доход и капитал
соглашение о сотрудничестве в области мирного использования атомной энергии
соглашение о поставках природного газа
соглашение о транзите нефти через территорию Казахстана
соглашение о строительстве и эксплуатации газопровода Казахстан – Китай
соглашение о сотрудничестве в области использования и охраны трансграничных рек
соглашение о сотрудничестве в сфере ветеринарии
протокол о фитосанитарных требованиях к пшенице
меморандум о сотрудничестве в области цифровизации и искусственного интеллекта
соглашение о безвизовом режиме для владельцев дипломатических и служебных паспортов
соглашение о взаимных безвизовых поездках граждан
соглашение об исследовании и использовании космического пространства в мирных целях
соглашение о сотрудничестве в области сельского хозяйства
соглашение о сотрудничестве в области спорта и молодежной политики
соглашение о сотрудничестве в области чрезвычайных ситуаций
соглашение о сотрудничестве в борьбе с терроризмом, сепаратизмом и экстремизмом
соглашение о сотрудничестве в борьбе с незаконным оборотом наркотических средств и психотропных веществ
соглашение о создании Межгосударственного банка
соглашение об учреждении Центра по чрезвычайным ситуациям
соглашение о взаимном учреждении культурных центров
меморандум о сотрудничестве в области возобновляемых источников энергии и зеленого водорода
соглашение о сотрудничестве в области средств массовой информации
соглашение о социальном обеспечении
соглашение о пенсионном обеспечении
соглашение о сотрудничестве в области стандартизации, метрологии и сертификации
соглашение о сотрудничестве по вопросам миграции
соглашение о сотрудничестве в области железнодорожного транспорта
соглашение о морском судоходстве""".split("\n")


@pytest.mark.parametrize("title", TYPICAL_TITLES)
def test_typical_title_is_translated(title):
    found = extract_text(f"В 2015 году Казахстан и Китай подписали {title}.", "heldout.txt")["agreements"]
    assert len(found) == 1, found
    assert found[0]["date"] == "2015" and {"KZ", "CN"} <= set(found[0]["parties"])
    assert not re.search(r"[А-Яа-яЁё]", found[0]["title"]), found[0]["title"]
