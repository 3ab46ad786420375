"""English extraction rules (agreements/extract/en*.py, trade/extract/en*.py, regions/extract/en.py).

The sentences are copied from the English seed texts (and two public reference texts of the same kind); each test
states the fact a passage gives, or that it gives none. Run: .venv/bin/python -m pytest tests/test_extract_en.py
"""
from __future__ import annotations

from kzrel.pipeline.document import annotate
from kzrel.pipeline.extract import extract_text
from regions.extract import en as regions_en


def facts(text: str) -> dict:
    return extract_text(text, "test.txt")


def one(text: str, kind: str) -> dict:
    found = facts(text)[kind]
    assert len(found) == 1, found
    return found[0]


def by_title(found: list[dict], start: str) -> dict:
    hits = [f for f in found if f["title"].lower().startswith(start.lower())]
    assert len(hits) == 1, [f["title"] for f in found]
    return hits[0]


# ------------------------------------------------------------------------------------------------ agreements
def test_named_agreement_signed_on_a_day():
    text = ("Kazakhstan was the first CIS state with which Russia signed on May 25, 1992 an Agreement on "
            "Friendship, Cooperation and Mutual Assistance.")
    a = one(text, "agreements")
    assert a["title"] == "Agreement on Friendship, Cooperation and Mutual Assistance"
    assert a["kind"] == "agreement"
    assert a["date"] == "1992-05-25"
    assert {"KZ", "RU"} <= set(a["parties"])
    assert a["field"] == "political"
    assert a["language"] == "en"
    assert a["quote"] in text and "Agreement on Friendship" in a["quote"]


def test_quoted_declaration_signed_during_a_working_visit():
    text = ('Another fundamental bilateral document is the Declaration "On Eternal Friendship and Alliance '
            'Oriented in the 21st Century" signed in July 1998 during N. Nazarbayev\'s working visit to Moscow.')
    result = facts(text)
    a = one(text, "agreements")
    assert a["kind"] == "declaration"
    assert a["date"] == "1998-07"
    assert "Eternal Friendship and Alliance" in a["title"]
    meeting = result["meetings"][0]
    assert meeting["kind"] == "working visit"
    assert meeting["date_start"] == "1998-07"
    assert meeting["place"] == "Moscow"
    assert "Nursultan Nazarbayev" in meeting["participants"]
    assert "RU" in meeting["countries"]


def test_list_of_documents_with_years_after_a_signing_sentence():
    text = ("Over the past years, more than 270 agreements and cooperation agreements have been signed between the "
            "two countries. Among them: the Declaration on the Expansion and Deepening of Russian-Kazakh "
            "Cooperation (1995), the Treaty on legal status citizens of both republics (1995), Agreement on a "
            "simplified procedure for acquiring citizenship (1995).")
    found = facts(text)["agreements"]
    assert len(found) == 3  # the 270 agreements are no document of their own
    assert by_title(found, "Declaration on the Expansion")["date"] == "1995"
    assert by_title(found, "Treaty on legal status")["kind"] == "treaty"
    assert by_title(found, "Agreement on a simplified procedure")["field"] == "legal"


def test_subject_list_after_those_on():
    text = ("The formation of the customs union was preceded by extensive preparatory work aimed at harmonizing the "
            "legislative systems of the two countries. "
            "A number of governmental and interdepartmental agreements, protocols, and joint normative acts were "
            "signed, including those on free trade, on the re-export of commodities, on collaboration between "
            "customs services, and on combating illegal drugs trafficking.")
    found = facts(text)["agreements"]
    titles = {f["title"] for f in found}
    assert "Agreement on the re-export of commodities" in titles
    assert "Agreement on collaboration between customs services" in titles
    assert "Agreement on combating illegal drugs trafficking" in titles
    assert all(f["kind"] == "agreement" for f in found)


def test_capitalised_titles_listed_after_including():
    text = ("Apart from bilateral agreements, the Customs Union also relies on a number of multilateral "
            "agreements and conventions adopted by the CIS Countries, including The Foundations of Customs "
            "Legislation, A Unified Methodology for the Customs Statistics on Foreign Trade, On Guarantees for the "
            "Rights of Individuals Belonging to National Minorities.")
    found = facts(text)["agreements"]
    titles = {f["title"] for f in found}
    assert "Foundations of Customs Legislation" in titles
    assert "Unified Methodology for the Customs Statistics on Foreign Trade" in titles
    assert "Agreement on Guarantees for the Rights of Individuals Belonging to National Minorities" in titles


def test_group_of_agreements_over_years():
    a = one("In 1993-1994, 4 agreements on economic cooperation were signed with Armenia.", "agreements")
    assert a["title"] == "Four agreements on economic cooperation with Armenia"
    assert a["date"] == "1993/1994"
    assert "AM" in a["parties"]


def test_agreement_signed_with_each_listed_region():
    text = ("At the level of the governments of the Republic of Kazakhstan and the Russian Federation, agreements "
            "on trade cooperation of the Kazakh side were signed with Astrakhan, Omsk and Chelyabinsk regions.")
    found = facts(text)["agreements"]
    parties = {p for f in found for p in f["parties"]}
    assert {"RU-AST", "RU-OMS", "RU-CHE"} <= parties
    assert len(found) == 3


def test_ratified_agreement_has_no_signing_date():
    text = ("The parliament of Kazakhstan ratified an agreement on the procedure for the mutual provision of "
            "military ranges for conducting live firing by formations and military units of the air defense "
            "forces of the two countries.")
    a = one(text, "agreements")
    assert a["date"] is None
    assert a["field"] == "military"


def test_proposals_drafts_and_plans_are_not_agreements():
    for text in (
        "It is proposed to form the Customs Union in two stages.",
        "A commission on the raw materials of the EAU exporter countries to coordinate the prices and quotas for "
        "exported raw materials, an appropriate inter-state agreement to be signed by the member countries.",
        "The position of the Republic of Kazakhstan on this issue is based on the need for an early drafting and "
        "signing of a convention on the legal status of the Caspian Sea.",
        "On January 20, 1995 the presidents of Kazakhstan and Russia instructed their governments to sign an "
        "agreement on the customs union.",
        "Kazakhstan intends to sign an agreement on visa-free travel with Turkey next year.",
    ):
        assert facts(text)["agreements"] == [], text


def test_contracts_between_companies_are_not_agreements():
    text = ("According to the bilateral agreement, LLP \u201cTechstroyinnovation\u201d and the Czech company "
            "\u201cFriedlantskiestroyirny Rasl and son\u201d signed an agreement on the implementation of equipment "
            "for the production of insulation boards.")
    assert facts(text)["agreements"] == []


# ------------------------------------------------------------------------------------------------ meetings
def test_official_visit_with_day_range_and_place():
    m = one("On January 9-10, 2004, the President of the Russian Federation paid an official visit to Astana.",
            "meetings")
    assert m["kind"] == "official visit"
    assert (m["date_start"], m["date_end"]) == ("2004-01-09", "2004-01-10")
    assert m["place"] == "Astana"
    assert "RU" in m["countries"] and "KZ" in m["countries"]


def test_summit_of_cis_leaders():
    text = ("The President of the Republic of Kazakhstan N.A. Nazarbayev speaking at a joint meeting of CIS "
            "leaders and governments in Almaty on February 10, 1995, said that integration had progressed.")
    m = one(text, "meetings")
    assert m["kind"] == "summit"
    assert m["date_start"] == "1995-02-10"
    assert m["place"] == "Almaty"
    assert "CIS" in m["countries"]


def test_meetings_held_with_several_counterparts_are_one_each():
    text = ("On the margins of the forum, meetings were also held with the President of Armenia Armen Sargsyan, "
            "the Minister for Foreign Affairs of Latvia Edgars Rinkevics, and the Minister of Foreign Affairs of "
            "Jordan Ayman Al Safadi, who discussed the current state and expansion of cooperation of Kazakhstan "
            "with these countries.")
    found = facts(text)["meetings"]
    countries = sorted(c for m in found for c in m["countries"] if c != "KZ")
    assert countries == ["AM", "JO", "LV"]


def test_meeting_without_a_certain_year_is_not_reported():
    text = ("At a regular meeting on December 19 in Moscow, Nursultan Nazarbayev and Vladimir Putin reaffirmed "
            "the course of mutual rapprochement.")
    assert facts(text)["meetings"] == []


def test_planned_and_generic_meetings_are_not_meetings():
    for text in (
        "Nur-Sultan is a host city of the Eighth International Forum on Energy for Sustainable Development that "
        "is planned to be held in June 2017.",
        "Regular meetings and consultations on health services, education, labor, employment, culture, combating "
        "crime, and so on, by ministers of EAU countries.",
        "Following the meetings, the companies showed interest in joint projects and are expected to visit "
        "Kazakhstan in the near future to discuss specific plans.",
    ):
        assert facts(text)["meetings"] == [], text


# ------------------------------------------------------------------------------------------------ trade figures
def test_exports_with_their_years():
    text = ("The export of commodities, mostly to CIS countries, amounted to $13 billion in 1994 and $4.97 billion "
            "in 1995.")
    found = sorted(facts(text)["trade_figures"], key=lambda f: f["period"])
    assert [(f["flow"], f["value"], f["period"], f["partner"]) for f in found] == [
        ("export", 13e9, "1994", "WORLD"), ("export", 4.97e9, "1995", "WORLD")]


def test_turnover_with_share_and_change():
    text = ("In 1995, trade between Kazakhstan and Russia amounted to $319 billion, or 54 percent of the total "
            "volume of the republics trades, an increase of 55.4 percent on the same period in the previous year.")
    f = one(text, "trade_figures")
    assert (f["reporter"], f["partner"], f["flow"], f["period"]) == ("KZ", "RU", "turnover", "1995")
    assert f["value"] == 319e9 and f["currency"] == "USD"
    assert f["share_percent"] == 54 and f["change_percent"] == 55.4


def test_shares_of_several_partners_without_amounts():
    text = ("Russia's share in Kazakhstan's imports from CIS countries at the beginning of 1995 was the largest - "
            "70 percent; Turkmenistan's, 10 percent; and Uzbekistan's, 9 percent.")
    found = facts(text)["trade_figures"]
    shares = {f["partner"]: f["share_percent"] for f in found}
    assert shares == {"RU": 70, "TM": 10, "UZ": 9}
    assert all(f["flow"] == "import" and f["period"] == "1995" for f in found)


def test_hypothetical_amount_is_not_a_figure():
    text = ("Turkish companies are already carrying out construction work in Kazakhstan worth $1.5 billion, which "
            "should have reached $5 billion in 2000.")
    f = one(text, "trade_figures")
    assert f["value"] == 1.5e9 and f["partner"] == "TR" and f["flow"] == "other"


def test_turnover_with_a_foreign_region_over_two_months():
    text = ("The trade turnover with the Kurgan region of the Russian Federation in January-February 2001 "
            "amounted to 1376.1 US dollars.")
    f = one(text, "trade_figures")
    assert f["partner"] == "RU-KGN"
    assert f["period"] == "2001-01/2001-02"
    assert f["value"] == 1376.1 and f["flow"] == "turnover"


def test_amounts_and_years_in_order():
    text = ("North Dakota exports mostly machinery to Kazakhstan, the eighth largest destination for North "
            "Dakotan exports; machinery exports increased from $22,000 to $25 million between 2000 and 2005.")
    found = sorted(facts(text)["trade_figures"], key=lambda f: f["value"])
    assert [(f["value"], f["period"]) for f in found] == [(22000, "2000"), (25e6, "2005")]
    assert all("US-ND" in (f["reporter"], f["partner"]) for f in found)


def test_change_of_a_flow_without_amount():
    text = "The gross inflow of foreign direct investment in 2016 grew by 40% compared to 2015."
    f = one(text, "trade_figures")
    assert (f["flow"], f["period"], f["change_percent"], f["value"]) == ("investment", "2016", 40, None)


# ------------------------------------------------------------------------------------------------ partnerships
def partnerships(text: str) -> list[dict]:
    """The extractor's own candidates (before consolidation)."""
    return regions_en.extract_regional_partnerships(annotate(text, "test.txt"))


def test_regional_agreement_gives_a_partnership():
    text = ("In order to further deepen such relations, an agreement \u201cOn cooperation in trade, economic, "
            "scientific, technical, humanitarian and other fields\u201d was signed on September 3, 2001 between the "
            "leadership of the Omsk region of the Russian Federation and the akimat of the North Kazakhstan region "
            "of the Republic of Kazakhstan.")
    found = partnerships(text)
    assert len(found) == 1
    p = found[0]
    assert (p["kz_region"], p["partner_region"], p["partner_country"]) == ("KZ-59", "RU-OMS", "RU")
    assert p["date"] == "2001-09-03"
    assert {"trade", "economic", "science", "humanitarian"} <= set(p["fields"])
    result = facts(text)
    assert result["regional_partnerships"][0]["instrument"]


def test_partners_of_a_regional_council_meeting():
    text = ("On October 16-18, 2014, Ust-Kamenogorsk hosted the 13th meeting of the International Coordination "
            "Council \u201cAltai - our common home\u201d. The meeting was attended by leaders of the Xinjiang Uyghur "
            "Autonomous Region of China, Mongolia, the Altai Krai of the Russian Federation and the Altai Republic.")
    found = partnerships(text)
    pairs = {(p["kz_region"], p["partner_region"] or p["partner_country"]) for p in found}
    assert pairs == {("KZ-63", "CN-XJ"), ("KZ-63", "MN"), ("KZ-63", "RU-ALT"), ("KZ-63", "RU-AL")}
    assert all(p["date"] == "2014-10" for p in found)


def test_city_naming_a_product_is_no_party():
    text = ("Economic cooperation between the regions is carried out on the basis of cross-border economic schemes "
            "for the supply of Ekibastuz coal to the power plants of the Urals, and oil to refineries in Samara, "
            "the Orenburg region and Bashkiria.")
    assert partnerships(text) == []
