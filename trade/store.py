"""Writer between trade-figure candidates and TradeFigure (see kzrel.pipeline.store.Writer)."""
from decimal import Decimal

from kzrel import lookups
from kzrel.pipeline.periods import period_bounds
from kzrel.pipeline.store import Writer

from .models import TradeFigure


def _side(code: str | None) -> dict:
    if not code or code == "WORLD":
        return {"country": None, "region": None, "world": code == "WORLD"}
    if "-" in code:
        return {"country": None, "region": lookups.region_id(code), "world": False}
    return {"country": lookups.country_id(code), "region": None, "world": False}


def _decimal(x, places="0.01"):
    return None if x is None else Decimal(str(x)).quantize(Decimal(places))


class TradeFigureWriter(Writer):
    model = TradeFigure

    def values(self, fact):
        reporter, partner = _side(fact.get("reporter")), _side(fact.get("partner"))
        start, end, kind = period_bounds(fact.get("period"))
        value = _decimal(fact.get("value"))
        if value is None and fact.get("share_percent") is None and fact.get("change_percent") is None:
            return None
        currency = fact.get("currency") or ""
        return {
            "reporter_country_id": reporter["country"], "reporter_region_id": reporter["region"],
            "partner_country_id": partner["country"], "partner_region_id": partner["region"],
            "partner_is_world": partner["world"], "flow": fact.get("flow") or TradeFigure.Flow.OTHER,
            "period": fact.get("period") or "", "period_start": start, "period_end": end, "period_kind": kind,
            "value": value, "currency": currency, "unit_scale": fact.get("scale") or "",
            "value_usd": value if currency == "USD" else None,
            "share_percent": _decimal(fact.get("share_percent")),
            "change_percent": _decimal(fact.get("change_percent")),
            "commodity": fact.get("commodity") or "",
        }

    def natural_key(self, fact):
        amount = fact.get("value") if fact.get("value") is not None else f"{fact.get('share_percent')}%"
        return (f"{fact.get('reporter')}|{fact.get('partner')}|{fact.get('flow')}|{fact.get('period')}|"
                f"{amount}|{fact.get('currency') or ''}")

    def existing_for(self, facts):
        return TradeFigure.objects.select_related("reporter_country", "reporter_region", "partner_country",
                                                  "partner_region").filter(
            period__in={f.get("period") or "" for f in facts})

    def as_fact(self, t):
        def side(country, region, world=False):
            return "WORLD" if world else (region.code if region else country.code if country else None)

        return {"reporter": side(t.reporter_country, t.reporter_region),
                "partner": side(t.partner_country, t.partner_region, t.partner_is_world),
                "flow": t.flow, "period": t.period or None, "currency": t.currency or None,
                "value": float(t.value) if t.value is not None else None,
                "share_percent": float(t.share_percent) if t.share_percent is not None else None,
                "change_percent": float(t.change_percent) if t.change_percent is not None else None}


WRITERS = {"trade_figures": TradeFigureWriter()}
