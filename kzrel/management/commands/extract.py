import json
import sys

from django.core.management.base import BaseCommand, CommandError

from kzrel.pipeline.extract import extract_text
from kzrel.pipeline.read import UnreadableFile, iter_paths, read_document


class Command(BaseCommand):
    help = "Dry run: extract facts from files and print them (JSON with --json); writes nothing to the database."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", help="files or folders (.txt, .md, .html)")
        parser.add_argument("--json", action="store_true", help="print one JSON object per document, as a list")

    def handle(self, *args, **options):
        out, failed = [], []
        try:
            files = iter_paths(options["paths"])
        except UnreadableFile as exc:
            raise CommandError(str(exc))
        for path in files:
            try:
                raw = read_document(path)
            except UnreadableFile as exc:
                failed.append(str(exc))
                self.stderr.write(f"error: {exc}")
                continue
            result = extract_text(raw.text, raw.name)
            out.append(result)
            if not options["json"]:
                counts = ", ".join(f"{len(result[t])} {t}" for t in
                                   ("agreements", "meetings", "trade_figures", "regional_partnerships"))
                self.stdout.write(f"{raw.name} [{result['language']}]: {counts}")
        if options["json"]:
            self.stdout.write(json.dumps(out, ensure_ascii=False, indent=1))
        if failed:
            sys.exit(1)
