"""CSV/XLSX export of agreements and meetings (django-import-export), with names instead of ids."""
from import_export import fields, resources

from .models import Agreement, Meeting


def _names(qs, attr):
    return "; ".join(sorted(getattr(x, attr) for x in qs))


class AgreementResource(resources.ModelResource):
    parties = fields.Field(column_name="parties")
    place = fields.Field(attribute="place__name_en", column_name="place")
    quotes = fields.Field(column_name="evidence")

    class Meta:
        model = Agreement
        fields = ("id", "title", "title_original", "kind", "fields", "date_signed", "date_precision",
                  "date_signed_end", "place", "parties", "status", "meeting", "review_status", "needs_review",
                  "is_stale", "confidence", "quotes")
        export_order = fields

    def dehydrate_parties(self, a):
        return "; ".join([c.code for c in a.party_countries.all()] + [r.code for r in a.party_regions.all()]
                         + [o.short_name for o in a.party_organisations.all()])

    def dehydrate_quotes(self, a):
        return " | ".join(f"{e.document.name}:{e.start}: {e.quote}" for e in a.evidence.select_related("document"))


class MeetingResource(resources.ModelResource):
    countries = fields.Field(column_name="countries")
    participants = fields.Field(column_name="participants")
    place = fields.Field(attribute="place__name_en", column_name="place")

    class Meta:
        model = Meeting
        fields = ("id", "kind", "title", "date_start", "date_start_precision", "date_end", "place", "place_name",
                  "countries", "participants", "outcome", "review_status", "needs_review", "is_stale", "confidence")
        export_order = fields

    def dehydrate_countries(self, m):
        return _names(m.countries.all(), "code")

    def dehydrate_participants(self, m):
        return _names(m.participants.all(), "name_en")
