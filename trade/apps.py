from django.apps import AppConfig


class TradeConfig(AppConfig):
    name = "trade"
    verbose_name = "Trade figures"

    def ready(self):
        from kzrel.pipeline import registry

        from . import extract, store

        registry.register_app(extract, store)
