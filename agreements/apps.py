from django.apps import AppConfig


class AgreementsConfig(AppConfig):
    name = "agreements"
    verbose_name = "Agreements and meetings"

    def ready(self):
        from kzrel.pipeline import registry

        from . import extract, store

        registry.register_app(extract, store)
