from django.contrib import admin

from kzrel.admin import FactAdmin
from kzrel.admin_tools import FastAdmin

from .models import City, Region, RegionalPartnership
from .resources import RegionalPartnershipResource


@admin.register(Region)
class RegionAdmin(FastAdmin):
    list_display = ["code", "name_en", "name_ru", "name_kk", "country", "type", "centre"]
    list_filter = ["country", "type"]
    list_select_related = ["country"]
    search_fields = ["code", "name_en", "name_ru", "name_kk", "aliases"]
    autocomplete_fields = ["country"]


@admin.register(City)
class CityAdmin(FastAdmin):
    list_display = ["name_en", "name_ru", "name_kk", "country", "region"]
    list_filter = ["country"]
    list_select_related = ["country", "region"]
    search_fields = ["name_en", "name_ru", "name_kk", "aliases"]
    autocomplete_fields = ["country", "region"]


@admin.register(RegionalPartnership)
class RegionalPartnershipAdmin(FactAdmin):
    resource_classes = [RegionalPartnershipResource]
    list_display = ["__str__", "kz_region", "partner_region", "partner_country", "date_established",
                    "review_status", "needs_review", "confidence"]
    list_filter = FactAdmin.fact_list_filter + ["kz_region", "partner_country"]
    list_select_related = ["kz_region", "partner_region", "partner_country"]
    search_fields = ["kz_region__name_en", "partner_region__name_en", "partner_region_name", "instrument_title"]
    autocomplete_fields = FactAdmin.autocomplete_fields + ["kz_region", "partner_region", "partner_country",
                                                           "instrument"]
