"""The analytics models on chDB (issue 24): the library exports a cohort and a change log as tables, the SQL in
analytics/models runs on the embedded ClickHouse engine over those files, and the answers are compared figure by
figure with the library's own reports on the same documents. Run by `make analytics-test` with the interpreter
of build/analytics-venv (pyarrow, chDB, pytest; scripts/bootstrap.sh --analytics)."""

import hashlib
import hmac
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bindings" / "python"))

import impactkit  # noqa: E402
from impactkit import analytics  # noqa: E402

SALT = "analytics-test-salt-0123456789"
SETTINGS = {"pseudonym_salt": SALT, "institution": "HvA"}
MODELS = ROOT / "analytics" / "models"
DEFAULT_THRESHOLDS = {"max_empty_domains": 0, "min_result_cards": 1, "results_expected_from_moment": 2, "min_cards_added": 1}


def pseudonym(kind: str, value: str) -> str:
    """The keyed hash the library writes, computed here independently (HMAC-SHA-256, 32 hex digits)."""
    return "ik-" + hmac.new(SALT.encode(), f"{kind}:{value}".encode(), hashlib.sha256).hexdigest()[:32]


@pytest.fixture(scope="session")
def cohort_dir(tmp_path_factory) -> Path:
    """300 generated groups (seed 7), the four test groups and a broken file, the seed example's canvas and
    journey (the only documents with effects, so the spheres have something to count) and an empty journey."""
    folder = tmp_path_factory.mktemp("cohort")
    subprocess.run([sys.executable, str(ROOT / "bench" / "generate.py"), "cohort", str(folder), "300", "--seed", "7"], check=True,
                   stdout=subprocess.DEVNULL)
    # The test groups' ids (g1…g4) are also generated ones: a warehouse keys groups by document id, so they are
    # renamed here as two institutions' documents would differ.
    for source in (ROOT / "Tests" / "data" / "cohort").glob("*.json"):
        try:
            document = json.loads(source.read_text(encoding="utf-8"))
            document["id"] = "test-" + document["id"]
            (folder / source.name).write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
        except (ValueError, KeyError):
            shutil.copy(source, folder / source.name)
    for name in ("pzw-bottendaal-end.json", "pzw-bottendaal.journey.json"):
        shutil.copy(ROOT / "examples" / "data" / name, folder / name)
    # A journey without a canvas yet: a group the cohort counts and flags ("no-moments") with no moment rows.
    (folder / "empty-journey.json").write_text(json.dumps(
        {"schema": "impactkit/journey/1", "id": "test-empty", "title": "Nog niets", "moments": []}), encoding="utf-8")
    return folder


class Warehouse:
    """A chDB session with one view per exported table."""

    def __init__(self, folder: Path, fmt: str):
        from chdb import session

        self.session = session.Session()
        kind = "Parquet" if fmt == "parquet" else "JSONEachRow"
        for table in analytics.TABLES:
            path = folder / f"{table}.{fmt}"
            self.session.query(f"CREATE OR REPLACE VIEW {table} AS SELECT * FROM file('{path}', {kind}, '{analytics.clickhouse_structure(table)}')")

    def rows(self, sql: str, **params) -> list[dict]:
        result = self.session.query(sql, "JSONEachRow", params=params or None)
        text = result.bytes().decode() if hasattr(result, "bytes") else str(result)
        return [json.loads(line) for line in text.splitlines() if line.strip()]

    def model(self, name: str, **params) -> list[dict]:
        return self.rows((MODELS / f"{name}.sql").read_text(encoding="utf-8"), **params)


@pytest.fixture(scope="session", params=["parquet", "ndjson"])
def warehouse(request, cohort_dir, tmp_path_factory) -> Warehouse:
    out = tmp_path_factory.mktemp(f"export-{request.param}")
    sources = [cohort_dir, ROOT / "examples" / "data" / "pwmi-changelog.json"]
    manifest = analytics.write_dataset(sources, out, format=request.param, batch_documents=64, **SETTINGS)
    assert [s["source"].rsplit("/", 1)[-1] for s in manifest["skipped"]] == ["g5-broken.json"]
    warehouse = Warehouse(out, request.param)
    yield warehouse
    warehouse.session.close()


@pytest.fixture(scope="session")
def library_cohort(cohort_dir) -> dict:
    cohort = impactkit.Cohort()
    cohort.add_directory(cohort_dir, on_error=lambda source, error: None)
    return cohort.evaluate("en")
