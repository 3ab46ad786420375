from django.apps import AppConfig


class TradeConfig(AppConfig):
    name = "trade"
    verbose_name = "Trade figures"

    def ready(self):
        from kzrel.pipeline import registry

        from . import extract, store

        registry.register(*extract.EXTRACTORS)
        for fact_type, writer in store.WRITERS.items():
            registry.register_writer(fact_type, writer)
