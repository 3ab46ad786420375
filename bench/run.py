#!/usr/bin/env python
"""kzrel benchmarks. Prints figures and ratios measured in this run; record them in docs/benchmarks.md.

1. cold start: a new embedded PostgreSQL cluster in a temporary folder, migrate, import the five seeds
   (target: the seed import under 10 s);
2. extraction throughput on a generated 20 MB corpus (each 50 kB document: one seed's paragraphs shuffled),
   one core, against a baseline in the same run (a regex word tokenisation of the same corpus)
   (target: ≥ 1 MB/s);
3. re-import of the unchanged corpus as a share of the first import (target: ≤ 5 %).

Usage: .venv/bin/python bench/run.py [--mb 20]
"""
from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SEEDS = ROOT / "seeds"
PY = sys.executable


def cold_start_import(corpus_mb: float) -> dict:
    """New embedded cluster; migrate; import the seeds (a new process: cold caches); then, in one process,
    import a generated corpus and import it again unchanged."""
    var = Path(tempfile.mkdtemp(prefix="kzb"))
    env = {**os.environ, "KZREL_VAR_DIR": str(var)}
    env.pop("DATABASE_URL", None)
    try:
        t0 = time.perf_counter()
        subprocess.run([PY, "manage.py", "migrate", "--noinput", "-v0"], cwd=ROOT, env=env, check=True)
        t1 = time.perf_counter()
        subprocess.run([PY, "manage.py", "import_texts", "seeds/", "--no-progress"], cwd=ROOT, env=env, check=True,
                       stdout=subprocess.DEVNULL)
        t2 = time.perf_counter()
        folder = var / "corpus"
        folder.mkdir()
        for i, doc in enumerate(corpus(corpus_mb)):
            (folder / f"generated_{i:04d}.txt").write_text(doc, encoding="utf-8")
        proc = subprocess.run([PY, __file__, "--reimport", str(folder)], cwd=ROOT, env=env,
                              capture_output=True, text=True)
        if proc.returncode:
            sys.exit(proc.stderr)
        out = proc.stdout.split()
    finally:
        subprocess.run([PY, "-c", "from kzrel import embedded; embedded.stop()"], cwd=ROOT, env=env)
        shutil.rmtree(var, ignore_errors=True)
    return {"start_and_migrate_s": t1 - t0, "seed_import_process_s": t2 - t1,
            "corpus_import_s": float(out[0]), "corpus_reimport_s": float(out[1]), "corpus_mb": corpus_mb}


def reimport(folder: str) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kzrel.settings")
    import django

    django.setup()
    from kzrel.pipeline.store import import_paths

    t0 = time.perf_counter()
    import_paths([folder])
    t1 = time.perf_counter()
    import_paths([folder])
    t2 = time.perf_counter()
    print(t1 - t0, t2 - t1)


def corpus(mb: float, size: int = 50_000) -> list[str]:
    """Documents of ~50 kB, each made of one seed's paragraphs in a random order (real documents are mostly in
    one language; the English seed 004 carries a Russian/Ukrainian header, so mixed paragraphs still occur)."""
    seeds = [[p for p in f.read_text(encoding="utf-8").split("\n\n") if p.strip()]
             for f in sorted(SEEDS.glob("*.txt"))]
    rng = random.Random(7)
    docs, total = [], 0
    while total < mb * 1_000_000:
        paragraphs = rng.choice(seeds)
        current: list[str] = []
        while sum(map(len, current)) < size:
            current.append(rng.choice(paragraphs))
        doc = "\n\n".join(current)
        docs.append(doc)
        total += len(doc.encode("utf-8"))
    return docs


def throughput(mb: float) -> dict:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kzrel.settings")
    import django

    django.setup()
    from kzrel.pipeline.extract import extract_text

    docs = corpus(mb)
    size = sum(len(d.encode("utf-8")) for d in docs) / 1e6
    extract_text(docs[0])  # warm up: lazy tables, morphology
    t0 = time.perf_counter()
    words = 0
    for d in docs:
        words += len(re.findall(r"\w+", d))
    baseline = time.perf_counter() - t0
    t0 = time.perf_counter()
    facts = 0
    for d in docs:
        result = extract_text(d)
        facts += sum(len(result[k]) for k in ("agreements", "meetings", "trade_figures", "regional_partnerships"))
    elapsed = time.perf_counter() - t0
    return {"corpus_mb": size, "documents": len(docs), "extract_s": elapsed, "mb_per_s": size / elapsed,
            "baseline_tokenise_s": baseline, "ratio_to_baseline": elapsed / baseline, "facts": facts}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mb", type=float, default=20, help="size of the generated corpus for throughput")
    parser.add_argument("--import-mb", type=float, default=2, help="size of the generated corpus imported twice")
    parser.add_argument("--reimport", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.reimport:
        return reimport(args.reimport)
    cold = cold_start_import(args.import_mb)
    print(f"new cluster + migrate (incl. gazetteers): {cold['start_and_migrate_s']:.2f} s")
    print(f"seed import, whole `manage.py import_texts seeds/` process: {cold['seed_import_process_s']:.2f} s "
          "(target < 10 s)")
    print(f"generated corpus ({cold['corpus_mb']:.0f} MB) import: {cold['corpus_import_s']:.2f} s; re-import unchanged: "
          f"{cold['corpus_reimport_s']:.3f} s = {100 * cold['corpus_reimport_s'] / cold['corpus_import_s']:.2f} % "
          "of the first import (target ≤ 5 %)")
    t = throughput(args.mb)
    print(f"extraction: {t['corpus_mb']:.1f} MB in {t['documents']} documents, {t['extract_s']:.1f} s = "
          f"{t['mb_per_s']:.2f} MB/s (target ≥ 1 MB/s); {t['facts']} facts; "
          f"{t['ratio_to_baseline']:.0f}x a regex tokenisation of the same text ({t['baseline_tokenise_s']:.2f} s)")


if __name__ == "__main__":
    main()
