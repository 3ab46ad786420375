"""Writer between regional-partnership candidates and RegionalPartnership (see kzrel.pipeline.store.Writer)."""
from kzrel import lookups
from kzrel.pipeline.matching import title_coverage, title_similarity
from kzrel.pipeline.periods import bounds
from kzrel.pipeline.store import Writer

from .models import RegionalPartnership


class RegionalPartnershipWriter(Writer):
    model = RegionalPartnership
    conflict_fields = ("date_established",)

    def values(self, fact):
        partner = fact.get("partner_region")
        partner_id = lookups.region_id(partner) if partner and "-" in partner else None
        date = bounds(fact.get("date"))
        country = fact.get("partner_country") or (partner.split("-")[0] if partner_id else None)
        if not lookups.region_id(fact.get("kz_region")) or not lookups.country_id(country) or not (partner_id or partner):
            return None
        return {
            "kz_region_id": lookups.region_id(fact.get("kz_region")),
            "partner_region_id": partner_id,
            "partner_region_name": "" if partner_id else (partner or ""),
            "partner_country_id": lookups.country_id(country),
            "date_established": date[0] if date else None, "date_precision": date[2] if date else "",
            "fields": list(fact.get("fields") or []),
            "instrument_title": (fact.get("instrument") or "")[:500],
            "status": RegionalPartnership.Status.SIGNED if fact.get("instrument") else
            RegionalPartnership.Status.UNKNOWN,
        }

    def link(self, document):
        """A partnership's instrument: the agreement from the same document whose title is the one named."""
        from agreements.models import Agreement

        linked = 0
        partnerships = (RegionalPartnership.objects.filter(evidence__document=document, instrument__isnull=True)
                        .exclude(instrument_title="").exclude(locked_fields__contains=["instrument"]).distinct())
        agreements = list(Agreement.objects.filter(evidence__document=document).distinct())
        for partnership in partnerships:
            found = [a for a in agreements if title_similarity(a.title, partnership.instrument_title) >= 0.6
                     and title_coverage(a.title, partnership.instrument_title) > 0.5]
            if len(found) == 1:
                partnership.instrument = found[0]
                partnership.save(update_fields=["instrument", "updated_at"])
                linked += 1
        return linked

    def natural_key(self, fact):
        return f"{fact.get('kz_region')}|{fact.get('partner_region') or fact.get('partner_country')}"

    def existing_for(self, facts):
        return RegionalPartnership.objects.select_related("kz_region", "partner_region", "partner_country") \
            .filter(kz_region__code__in={f.get("kz_region") for f in facts})

    def as_fact(self, p):
        return {"kz_region": p.kz_region.code,
                "partner_region": p.partner_region.code if p.partner_region_id else p.partner_region_name,
                "partner_country": p.partner_country.code}


WRITERS = {"regional_partnerships": RegionalPartnershipWriter()}
