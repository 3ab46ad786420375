from django.apps import AppConfig


class RegionsConfig(AppConfig):
    name = "regions"
    verbose_name = "Regions and regional partnerships"

    def ready(self):
        from kzrel.pipeline import registry

        from . import extract, store

        registry.register_app(extract, store)
