from django.db import migrations


def load(apps, schema_editor):
    from kzrel.services.gazetteers import sync_gazetteers

    sync_gazetteers(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("regions", "0001_initial"),
        ("kzrel", "0001_initial"),
    ]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
