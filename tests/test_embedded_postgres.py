"""The embedded PostgreSQL under var/: first start, reuse by a second process, stop and restart with data kept."""
import subprocess
import sys

import psycopg
import pytest

from kzrel import embedded


@pytest.fixture
def pgdata(tmp_path_factory):
    # Unix socket paths are limited to ~100 bytes: keep the data dir short.
    path = tmp_path_factory.mktemp("pg") / "d"
    yield path
    try:
        embedded.stop(path)
    except Exception:
        pass


def _connect(path):
    return psycopg.connect(dbname=embedded.DATABASE_NAME, host=embedded.socket_dir(path), user="postgres",
                           autocommit=True)


def test_start_creates_cluster_and_database(pgdata):
    with _connect(pgdata) as conn:
        version = conn.execute("SHOW server_version_num").fetchone()[0]
        assert int(version) >= 180000
        conn.execute("CREATE TABLE kept (x int)")
        conn.execute("INSERT INTO kept VALUES (42)")
    assert (pgdata / "PG_VERSION").exists()


def test_second_process_reuses_running_server(pgdata):
    with _connect(pgdata) as conn:
        pid = conn.execute("SELECT pg_backend_pid()").fetchone()[0]
        postmaster_before = (pgdata / "postmaster.pid").read_text().split()[0]
    code = (
        "import sys; from pathlib import Path; from kzrel import embedded; "
        "print(embedded.socket_dir(Path(sys.argv[1])))"
    )
    out = subprocess.run([sys.executable, "-c", code, str(pgdata)], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == str(pgdata)
    assert (pgdata / "postmaster.pid").read_text().split()[0] == postmaster_before
    assert pid


def test_stop_and_restart_keeps_data(pgdata):
    with _connect(pgdata) as conn:
        conn.execute("CREATE TABLE kept (x int)")
        conn.execute("INSERT INTO kept VALUES (7)")
    embedded.stop(pgdata)
    assert not (pgdata / "postmaster.pid").exists()
    with _connect(pgdata) as conn:
        assert conn.execute("SELECT x FROM kept").fetchone()[0] == 7
