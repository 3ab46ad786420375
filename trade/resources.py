"""CSV/XLSX export of trade figures (django-import-export)."""
from import_export import fields, resources

from .models import TradeFigure


class TradeFigureResource(resources.ModelResource):
    reporter = fields.Field(column_name="reporter")
    partner = fields.Field(column_name="partner")

    class Meta:
        model = TradeFigure
        fields = ("id", "reporter", "partner", "flow", "period", "period_start", "period_end", "value", "currency",
                  "unit_scale", "value_usd", "share_percent", "change_percent", "commodity", "review_status",
                  "needs_review", "is_stale", "confidence")
        export_order = fields

    def dehydrate_reporter(self, t):
        return (t.reporter_region or t.reporter_country).code if (t.reporter_region or t.reporter_country) else ""

    def dehydrate_partner(self, t):
        if t.partner_is_world:
            return "WORLD"
        side = t.partner_region or t.partner_country
        return side.code if side else ""
