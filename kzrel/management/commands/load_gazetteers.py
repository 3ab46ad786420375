from django.core.management.base import BaseCommand

from kzrel.services.gazetteers import sync_gazetteers


class Command(BaseCommand):
    help = "Load (or refresh) countries, regions, cities, persons and organisations from kzrel/gazetteers/."

    def handle(self, *args, **options):
        counts = sync_gazetteers()
        self.stdout.write(", ".join(f"{n} {k}" for k, n in counts.items()))
