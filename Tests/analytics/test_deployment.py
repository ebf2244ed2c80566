"""The deployment sketch of docs/sector-analytics.md, run on chDB: the server tables of
analytics/clickhouse/tables.sql hold exactly the contract's columns, the export loads into them as it is (NDJSON and
Parquet), a re-load replaces rather than doubles, the models run unchanged on them, and the cross-institution
benchmark suppresses small cells."""

import json
import shutil

import pytest
from conftest import MODELS, ROOT, SALT, pseudonym

from impactkit import analytics

TABLES_SQL = ROOT / "analytics" / "clickhouse" / "tables.sql"


def statements(text: str) -> list[str]:
    body = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("--"))
    return [part.strip() for part in body.split(";") if part.strip()]


@pytest.fixture(scope="module")
def server(cohort_dir, tmp_path_factory):
    """chDB with the server tables; the cohort loaded as institution A (307 groups) and three of its groups as
    institution B (too few to be shown beside others)."""
    from chdb import session

    db = session.Session()
    for statement in statements(TABLES_SQL.read_text(encoding="utf-8")):
        db.query(statement)
    a = tmp_path_factory.mktemp("institution-a")
    analytics.write_dataset(cohort_dir, a, format="parquet", pseudonym_salt=SALT, institution="A")
    small = tmp_path_factory.mktemp("small")
    for name in ("group-00000.json", "group-00001.json", "group-00002.json"):
        shutil.copy(cohort_dir / name, small / name)
    b = tmp_path_factory.mktemp("institution-b")
    analytics.write_dataset(small, b, format="ndjson", pseudonym_salt=SALT, institution="B")
    for table in analytics.TABLES:
        db.query(f"INSERT INTO impactkit.{table} SELECT * FROM file('{a}/{table}.parquet', Parquet)")
        for _ in range(2):  # loaded twice: a re-export of the same documents
            data = (b / f"{table}.ndjson").read_text(encoding="utf-8")
            if data:
                db.query(f"INSERT INTO impactkit.{table} FORMAT JSONEachRow\n{data}")
    db.query("USE impactkit")
    db.query("SET final = 1")
    yield db
    db.close()


def rows(db, sql: str, **params) -> list[dict]:
    return [json.loads(line) for line in db.query(sql, "JSONEachRow", params=params or None).bytes().decode().splitlines()]


def test_server_tables_hold_the_contracts_columns(server):
    contract = analytics.schema()["tables"]
    for table, columns in contract.items():
        described = rows(server, f"DESCRIBE TABLE impactkit.{table}")
        stored = [(c["name"], c["type"]) for c in described if c["default_type"] not in ("DEFAULT", "MATERIALIZED")]
        assert stored == [(c["name"], c["type"]) for c in columns], table


def test_a_reload_replaces_rather_than_doubles(server):
    counts = {r["institution"]: r["n"] for r in rows(server, "SELECT institution, count() AS n FROM groups GROUP BY institution")}
    assert counts == {pseudonym("institution", "A"): 307, pseudonym("institution", "B"): 3}


def test_models_run_unchanged_on_the_server_tables(server, library_cohort):
    heat = [r for r in rows(server, (MODELS / "cohort_heat_map.sql").read_text()) if r["institution"] == pseudonym("institution", "A")]
    expected = {d["id"]: d["fields"]["result"]["groups"] for d in library_cohort["domains"]}
    assert {r["domain"]: r["result_groups"] for r in heat} == expected


def test_the_benchmark_suppresses_small_cells(server):
    bench = rows(server, (MODELS / "sector_benchmark.sql").read_text(), k=5)
    a = [r for r in bench if r["institution"] == pseudonym("institution", "A")]
    b = [r for r in bench if r["institution"] == pseudonym("institution", "B")]
    assert len(a) == 5 and all(r["groups"] == 307 and r["share_covered"] is not None for r in a)
    assert len(b) == 5 and all(r["groups"] is None and r["share_with_results"] is None and r["share_covered"] is None for r in b)
    # The sector's share counts only the institutions shown: here A alone, so it equals A's.
    assert all(r["sector_share_covered"] == r["share_covered"] for r in a)
    shown = rows(server, (MODELS / "sector_benchmark.sql").read_text(), k=3)
    assert all(r["groups"] == 3 for r in shown if r["institution"] == pseudonym("institution", "B"))
