from django.contrib import admin

from kzrel.admin import FactAdmin

from .models import TradeFigure
from .resources import TradeFigureResource


@admin.register(TradeFigure)
class TradeFigureAdmin(FactAdmin):
    resource_classes = [TradeFigureResource]
    list_display = ["__str__", "flow", "period", "value", "currency", "share_percent", "review_status",
                    "needs_review", "confidence"]
    list_filter = FactAdmin.fact_list_filter + ["flow", "period_kind", "currency", "partner_country"]
    list_select_related = ["reporter_country", "reporter_region", "partner_country", "partner_region"]
    search_fields = ["period", "commodity", "partner_country__name_en", "partner_region__name_en"]
    autocomplete_fields = FactAdmin.autocomplete_fields + ["reporter_country", "reporter_region",
                                                           "partner_country", "partner_region"]
