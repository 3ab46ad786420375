"""The import pipeline: read -> prepare -> annotate -> extract -> consolidate -> store.

Modules in this package other than `store` and `registry` import nothing from Django, so extraction can run
and be tested without a database.
"""
