from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture
def seed_path():
    def get(prefix: str) -> Path:
        return next(SEEDS.glob(f"{prefix}_*.txt"))

    return get


@pytest.fixture
def seed_text(seed_path):
    def get(prefix: str) -> str:
        return seed_path(prefix).read_text(encoding="utf-8")

    return get
