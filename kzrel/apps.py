from django.apps import AppConfig


class KzrelConfig(AppConfig):
    name = "kzrel"
    verbose_name = "Sources and gazetteers"
