"""Admin building blocks shared by every app: a paginator that estimates big counts, a fast ModelAdmin base."""
from __future__ import annotations

from django.contrib import admin
from django.core.paginator import Paginator
from django.db import connection
from django.utils.functional import cached_property

ESTIMATE_ABOVE = 10_000


class EstimatedCountPaginator(Paginator):
    """Paginator that reads the planner's row estimate (pg_class.reltuples) for unfiltered big tables.

    COUNT(*) over a large table is a sequential scan on every changelist page; an unfiltered list only needs a
    rough page count. Filtered querysets (and small tables) are counted exactly.
    """

    @cached_property
    def count(self):
        query = getattr(self.object_list, "query", None)
        if query is not None and not query.where:
            table = self.object_list.model._meta.db_table
            with connection.cursor() as cursor:
                cursor.execute("SELECT reltuples::bigint FROM pg_class WHERE oid = to_regclass(%s)", [table])
                row = cursor.fetchone()
            if row and row[0] and row[0] > ESTIMATE_ABOVE:
                return int(row[0])
        return super().count


class FastAdmin(admin.ModelAdmin):
    paginator = EstimatedCountPaginator
    show_full_result_count = False
    list_per_page = 50
