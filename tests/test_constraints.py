"""The database itself refuses rows that break the data's rules (not only the forms)."""
import datetime as dt
from decimal import Decimal

import pytest
from django.db import IntegrityError, transaction

from agreements.models import Agreement, Meeting
from kzrel.models import Country, Document, Evidence
from regions.models import Region, RegionalPartnership
from trade.models import TradeFigure

pytestmark = pytest.mark.django_db


def refused(make):
    with pytest.raises(IntegrityError), transaction.atomic():
        make()


def kz():
    return Country.objects.get(code="KZ")


def test_trade_value_not_negative():
    refused(lambda: TradeFigure.objects.create(natural_key="t1", reporter_country=kz(), flow="export",
                                               value=Decimal("-1"), currency="USD"))


@pytest.mark.parametrize("share", [Decimal("-0.5"), Decimal("100.01")])
def test_trade_share_between_0_and_100(share):
    refused(lambda: TradeFigure.objects.create(natural_key="t2", reporter_country=kz(), flow="export",
                                               share_percent=share))


def test_trade_period_end_not_before_start():
    refused(lambda: TradeFigure.objects.create(natural_key="t3", reporter_country=kz(), flow="export",
                                               value=1, period_start=dt.date(2001, 2, 1),
                                               period_end=dt.date(2001, 1, 1)))


def test_trade_needs_a_number_and_one_reporter():
    refused(lambda: TradeFigure.objects.create(natural_key="t4", reporter_country=kz(), flow="export"))
    region = Region.objects.get(code="KZ-59")
    refused(lambda: TradeFigure.objects.create(natural_key="t5", reporter_country=kz(), reporter_region=region,
                                               flow="export", value=1))


def test_valid_trade_figure_is_accepted():
    t = TradeFigure.objects.create(natural_key="ok", reporter_country=kz(), flow="turnover", value=24_000_000_000,
                                   currency="USD", share_percent=Decimal("4.2"))
    assert str(t) == "Kazakhstan (KZ) → ?: Turnover 24,000,000,000 USD"


def test_meeting_end_not_before_start():
    refused(lambda: Meeting.objects.create(natural_key="m1", date_start=dt.date(2004, 1, 10),
                                           date_end=dt.date(2004, 1, 9)))


def test_agreement_group_end_not_before_start():
    refused(lambda: Agreement.objects.create(natural_key="a1", title="x", date_signed=dt.date(1994, 1, 1),
                                             date_signed_end=dt.date(1993, 1, 1)))


def test_confidence_between_0_and_1():
    refused(lambda: Agreement.objects.create(natural_key="a2", title="x", confidence=1.5))


def test_one_region_per_iso_code():
    region = Region.objects.get(code="KZ-59")
    refused(lambda: Region.objects.create(code="KZ-59", country=region.country, type="Region", name_en="Dup"))


def test_natural_key_unique_per_fact_type():
    Agreement.objects.create(natural_key="same", title="x")
    refused(lambda: Agreement.objects.create(natural_key="same", title="y"))


def test_evidence_end_after_start_and_one_current_document_per_name():
    doc = Document.objects.create(name="a.txt", language="en", sha256="0" * 64, text="hello world")
    refused(lambda: Evidence.objects.create(document=doc, start=5, end=5, quote="", language="en"))
    refused(lambda: Document.objects.create(name="a.txt", language="en", sha256="1" * 64, text="changed"))


def test_partnership_needs_a_partner():
    refused(lambda: RegionalPartnership.objects.create(
        natural_key="p1", kz_region=Region.objects.get(code="KZ-59"), partner_country=Country.objects.get(code="RU")))
