import uuid

from django.contrib import admin
from django.utils.html import format_html
from import_export.admin import ExportMixin

from .admin_tools import FastAdmin
from .models import Country, Document, Evidence, ImportRun, Office, Organisation, Person


@admin.register(Country)
class CountryAdmin(FastAdmin):
    list_display = ["code", "name_en", "name_ru", "name_kk", "historical"]
    list_filter = ["historical"]
    search_fields = ["code", "name_en", "name_ru", "name_kk", "aliases"]


class OfficeInline(admin.TabularInline):
    model = Office
    extra = 0
    autocomplete_fields = ["country"]


@admin.register(Person)
class PersonAdmin(FastAdmin):
    list_display = ["name_en", "name_ru", "name_kk", "country"]
    list_filter = ["country"]
    list_select_related = ["country"]
    search_fields = ["name_en", "name_ru", "name_kk", "aliases"]
    autocomplete_fields = ["country"]
    inlines = [OfficeInline]


@admin.register(Organisation)
class OrganisationAdmin(FastAdmin):
    list_display = ["short_name", "name_en", "name_ru", "name_kk"]
    search_fields = ["short_name", "name_en", "name_ru", "name_kk", "aliases"]


@admin.register(Document)
class DocumentAdmin(FastAdmin):
    list_display = ["name", "title", "language", "is_current", "imported_at", "short_sha"]
    list_filter = ["language", "is_current"]
    search_fields = ["name", "title", "sha256"]
    readonly_fields = ["sha256", "encoding", "media_type", "imported_at", "import_run", "supersedes"]
    date_hierarchy = "imported_at"

    @admin.display(description="sha256")
    def short_sha(self, obj):
        return obj.sha256[:12]


@admin.register(Evidence)
class EvidenceAdmin(FastAdmin):
    list_display = ["document", "start", "end", "language", "short_quote"]
    list_filter = ["language", "document"]
    list_select_related = ["document"]
    search_fields = ["quote"]
    autocomplete_fields = ["document"]
    readonly_fields = ["created_at"]

    @admin.display(description="quote")
    def short_quote(self, obj):
        return obj.quote[:120]


@admin.register(ImportRun)
class ImportRunAdmin(FastAdmin):
    list_display = ["pk", "started_at", "finished_at", "status", "summary"]
    list_filter = ["status"]
    readonly_fields = ["started_at", "finished_at", "status", "paths", "counts", "errors", "user"]

    @admin.display(description="counts")
    def summary(self, obj):
        parts = [f"{t}: +{c.get('inserted', 0)} ~{c.get('updated', 0)} ={c.get('unchanged', 0)}"
                 for t, c in (obj.counts or {}).items() if isinstance(c, dict)]
        return format_html("{}", "; ".join(parts))


class FactAdmin(ExportMixin, FastAdmin):
    """Base for fact admins: review state filters, evidence picker, provenance read-only, CSV export.

    Saving a fact locks the fields the editor changed, so later imports never overwrite them.
    """

    fact_list_filter = ["review_status", "needs_review", "is_stale"]
    readonly_fields = ["natural_key", "created_by_run", "created_by_user", "created_at", "updated_at", "locked_fields"]
    autocomplete_fields = ["evidence"]
    not_locking = {"review_status", "review_note", "needs_review", "evidence"}

    def save_model(self, request, obj, form, change):
        if change:
            edited = set(form.changed_data) - self.not_locking
            obj.locked_fields = sorted(set(obj.locked_fields) | edited)
        else:
            obj.created_by_user = request.user
            obj.natural_key = obj.natural_key or f"manual|{uuid.uuid4()}"
        super().save_model(request, obj, form, change)


@admin.register(Office)
class OfficeAdmin(FastAdmin):
    list_display = ["person", "title", "country", "start_year", "end_year"]
    list_filter = ["country"]
    list_select_related = ["person", "country"]
    search_fields = ["person__name_en", "title"]
    autocomplete_fields = ["person", "country"]
