"""CSV/XLSX export of regional partnerships (django-import-export)."""
from import_export import fields, resources

from .models import RegionalPartnership


class RegionalPartnershipResource(resources.ModelResource):
    kz_region = fields.Field(attribute="kz_region__code", column_name="kz_region")
    partner_region = fields.Field(column_name="partner_region")
    partner_country = fields.Field(attribute="partner_country__code", column_name="partner_country")

    class Meta:
        model = RegionalPartnership
        fields = ("id", "kz_region", "partner_region", "partner_country", "date_established", "date_precision",
                  "fields", "instrument", "instrument_title", "status", "review_status", "needs_review", "is_stale",
                  "confidence")
        export_order = fields

    def dehydrate_partner_region(self, p):
        return p.partner_region.code if p.partner_region_id else p.partner_region_name
