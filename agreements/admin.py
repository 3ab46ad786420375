from django.contrib import admin

from kzrel.admin import FactAdmin

from .models import Agreement, Meeting, MeetingParticipant
from .resources import AgreementResource, MeetingResource


@admin.register(Agreement)
class AgreementAdmin(FactAdmin):
    resource_classes = [AgreementResource]
    list_display = ["title", "kind", "date_signed", "date_precision", "status", "review_status", "needs_review",
                    "confidence"]
    list_filter = FactAdmin.fact_list_filter + ["kind", "status", "date_precision", "party_countries"]
    list_select_related = ["place", "meeting"]
    search_fields = ["title", "title_original", "notes"]
    autocomplete_fields = FactAdmin.autocomplete_fields + ["place", "party_countries", "party_regions",
                                                           "party_organisations", "meeting", "related"]
    date_hierarchy = "date_signed"


class ParticipantInline(admin.TabularInline):
    model = MeetingParticipant
    extra = 0
    autocomplete_fields = ["person"]


@admin.register(Meeting)
class MeetingAdmin(FactAdmin):
    resource_classes = [MeetingResource]
    list_display = ["__str__", "kind", "date_start", "date_end", "place", "review_status", "needs_review",
                    "confidence"]
    list_filter = FactAdmin.fact_list_filter + ["kind", "countries"]
    list_select_related = ["place"]
    search_fields = ["title", "outcome", "place__name_en", "place_name"]
    autocomplete_fields = FactAdmin.autocomplete_fields + ["place", "countries", "organisations"]
    inlines = [ParticipantInline]
    date_hierarchy = "date_start"


@admin.register(MeetingParticipant)
class MeetingParticipantAdmin(admin.ModelAdmin):
    list_display = ["meeting", "person", "role"]
    list_select_related = ["meeting", "person", "meeting__place"]
    search_fields = ["person__name_en", "role"]
    autocomplete_fields = ["meeting", "person"]
    show_full_result_count = False
