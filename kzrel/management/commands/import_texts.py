import json
import sys
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand
from rich.console import Console
from rich.progress import track
from rich.table import Table

from kzrel.pipeline.store import import_paths

TYPES = ("agreements", "meetings", "trade_figures", "regional_partnerships")


def manifest_titles(paths) -> dict[str, str]:
    titles = {}
    for p in paths:
        manifest = Path(p) / "manifest.json" if Path(p).is_dir() else None
        if manifest and manifest.exists():
            for entry in json.loads(manifest.read_text(encoding="utf-8"))["documents"]:
                titles[entry["file"]] = entry.get("title", "")
    return titles


class Command(BaseCommand):
    help = "Import texts (files or folders; default: the seeds) and store their facts as candidates for review."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="*", help="files or folders (.txt, .md, .html); default: seeds/")
        parser.add_argument("--no-progress", action="store_true")

    def handle(self, *args, **options):
        paths = options["paths"] or [str(Path(settings.BASE_DIR) / "seeds")]
        console = Console(file=self.stdout, stderr=False)
        progress = None if options["no_progress"] else (lambda files: track(files, description="Importing",
                                                                             console=Console(stderr=True)))
        run, results = import_paths(paths, titles=manifest_titles(paths), progress=progress)

        docs = run.counts.get("documents", {})
        table = Table(title=f"Import run {run.pk}: {run.get_status_display()}")
        for col in ("", "new", "updated", "unchanged", "stale", "skipped", "linked"):
            table.add_column(col, justify="right" if col else "left")
        table.add_row("documents", str(docs.get("imported", 0)), "", str(docs.get("unchanged", 0)), "", "", "")
        for t in TYPES:
            c = run.counts.get(t, {})
            table.add_row(t, *(str(c.get(k, 0)) for k in ("inserted", "updated", "unchanged", "stale", "skipped",
                                                          "linked")))
        table.add_row("errors", str(len(run.errors)), "", "", "", "", "")
        console.print(table)
        for error in run.errors:
            self.stderr.write(f"error: {error['reason']}")
        if run.errors:
            sys.exit(1)
