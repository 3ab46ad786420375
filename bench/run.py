#!/usr/bin/env python
"""kzrel benchmarks. Prints figures and ratios measured in this run; record them in docs/benchmarks.md.

1. cold start: a new embedded PostgreSQL cluster in a temporary folder, migrate, import the five seeds
   (target: the seed import under 10 s);
2. extraction throughput on a generated 20 MB corpus (paragraphs of the seeds shuffled into 50 kB documents),
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
SEEDS = ROOT / "seeds"
PY = sys.executable


def cold_start_import() -> dict:
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
        subprocess.run([PY, "manage.py", "import_texts", "seeds/", "--no-progress"], cwd=ROOT, env=env, check=True,
                       stdout=subprocess.DEVNULL)
        t3 = time.perf_counter()
    finally:
        subprocess.run([PY, "-c", "from kzrel import embedded; embedded.stop()"], cwd=ROOT, env=env)
        shutil.rmtree(var, ignore_errors=True)
    return {"start_and_migrate_s": t1 - t0, "seed_import_s": t2 - t1, "seed_reimport_s": t3 - t2}


def corpus(mb: float, size: int = 50_000) -> list[str]:
    paragraphs = [p for f in sorted(SEEDS.glob("*.txt")) for p in f.read_text(encoding="utf-8").split("\n\n")
                  if p.strip()]
    rng = random.Random(7)
    docs, current, total = [], [], 0
    while total < mb * 1_000_000:
        p = rng.choice(paragraphs)
        current.append(p)
        if sum(map(len, current)) >= size:
            doc = "\n\n".join(current)
            docs.append(doc)
            total += len(doc.encode("utf-8"))
            current = []
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
    parser.add_argument("--mb", type=float, default=20)
    args = parser.parse_args()
    cold = cold_start_import()
    print(f"cold start + migrate: {cold['start_and_migrate_s']:.2f} s")
    print(f"seed import (5 files): {cold['seed_import_s']:.2f} s   (target < 10 s)")
    print(f"seed re-import (unchanged): {cold['seed_reimport_s']:.2f} s = "
          f"{100 * cold['seed_reimport_s'] / cold['seed_import_s']:.1f} % of the first import "
          "(both include the ~1 s Django/process start-up)")
    t = throughput(args.mb)
    print(f"extraction: {t['corpus_mb']:.1f} MB in {t['documents']} documents, {t['extract_s']:.1f} s = "
          f"{t['mb_per_s']:.2f} MB/s (target ≥ 1 MB/s); {t['facts']} facts; "
          f"{t['ratio_to_baseline']:.0f}x a regex tokenisation of the same text ({t['baseline_tokenise_s']:.2f} s)")


if __name__ == "__main__":
    main()
