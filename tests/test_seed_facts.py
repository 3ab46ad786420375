"""Real facts each seed states, found by extracting the whole seed text (no database, no answer keys)."""
import pytest

from kzrel.pipeline.extract import extract_text


@pytest.fixture(scope="module")
def extracted():
    cache = {}

    def get(seed_text, prefix):
        if prefix not in cache:
            cache[prefix] = extract_text(seed_text(prefix), prefix)
        return cache[prefix]

    return get


def find(facts, **expected):
    def ok(fact):
        for key, value in expected.items():
            got = fact.get(key)
            if isinstance(value, set):
                if not value <= set(got or []):
                    return False
            elif key in ("title", "title_original"):
                if value.lower() not in (got or "").lower():
                    return False
            elif key == "value":
                if got is None or abs(got - value) > 0.01 * value:
                    return False
            elif got != value:
                return False
        return True

    return [f for f in facts if ok(f)]


SEED_FACTS = [
    # 000 (Kazakh): Kazakhstan–Russia
    ("000", "agreements", dict(title="Friendship, Cooperation and Mutual Assistance", kind="treaty",
                               date="1992-05-25", parties={"KZ", "RU"})),
    ("000", "meetings", dict(date_start="1994-03-28", date_end="1994-03-29", kind="official visit",
                             participants={"Nursultan Nazarbayev"})),
    ("000", "meetings", dict(date_start="1993-01-09", place="Omsk")),
    ("000", "trade_figures", dict(flow="turnover", value=4.1e9, period="1997", partner="RU")),
    # 001 (Kazakh): Kazakhstan–Uzbekistan
    ("001", "agreements", dict(date="2000-04-21", kind="treaty", parties={"KZ", "UZ"})),
    ("001", "meetings", dict(date_start="1998-10-30", kind="official visit")),
    ("001", "regional_partnerships", dict(kz_region="KZ-71", partner_region="UZ-TK")),
    # 002 (English): economic relations
    ("002", "agreements", dict(title="Customs Union", date="1995-01-20", kind="agreement")),
    ("002", "meetings", dict(date_start="1995-01-20", participants={"Boris Yeltsin", "Nursultan Nazarbayev"})),
    ("002", "trade_figures", dict(flow="export", partner="RU", period="1994", value=1.4e9, share_percent=47.0)),
    # 003 (English): political relations
    ("003", "agreements", dict(title="Friendship, Cooperation and Mutual Assistance", date="1992-05-25")),
    ("003", "agreements", dict(title="Eternal Friendship and Alliance", kind="declaration", date="1998-07")),
    ("003", "meetings", dict(date_start="2002-12-18", date_end="2002-12-19", kind="working visit",
                             participants={"Vladimir Putin"})),
    ("003", "trade_figures", dict(flow="turnover", partner="RU", value=24e9, currency="USD")),
    # 004 (English): regional relations
    ("004", "agreements", dict(title="Free Trade", date="1994-09-17", parties={"KZ", "UA"})),
    ("004", "meetings", dict(date_start="2014-04-08", date_end="2014-04-10", place="Barnaul")),
    ("004", "trade_figures", dict(flow="turnover", partner="CN", value=6e8, period="1996")),
    ("004", "regional_partnerships", dict(kz_region="KZ-63", partner_region="RU-ALT")),
    ("004", "regional_partnerships", dict(kz_region="KZ-63", partner_region="CZ-32")),
]


@pytest.mark.parametrize("prefix,fact_type,expected", SEED_FACTS,
                         ids=[f"{p}-{t}-{i}" for i, (p, t, _) in enumerate(SEED_FACTS)])
def test_seed_states_fact(extracted, seed_text, prefix, fact_type, expected):
    result = extracted(seed_text, prefix)
    assert find(result[fact_type], **expected), f"{prefix}: no {fact_type} like {expected}"


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_every_quote_is_verbatim_and_located(extracted, seed_text, prefix):
    text = seed_text(prefix)
    result = extracted(seed_text, prefix)
    facts = [f for t in ("agreements", "meetings", "trade_figures", "regional_partnerships") for f in result[t]]
    assert len(facts) >= 20
    for fact in facts:
        assert text[fact["start"]:fact["end"]] == fact["quote"]
        assert 0 < len(fact["quote"]) <= 400
        for evidence in fact["evidence"]:
            assert text[evidence["start"]:evidence["end"]] == evidence["quote"]


@pytest.mark.parametrize("prefix,language", [("000", "kk"), ("001", "kk"), ("002", "en"), ("003", "en"),
                                             ("004", "en")])
def test_document_language(extracted, seed_text, prefix, language):
    assert extracted(seed_text, prefix)["language"] == language
