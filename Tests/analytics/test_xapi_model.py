"""The heat map from xAPI statements (issue 24, item 3): ImpactKit's statements for a cohort are loaded into a
table shaped like Ralph's ClickHouse backend (xapi_events_all: event_id, emission_time, event as JSON text) on
chDB, and analytics/models/xapi_heat_map.sql gives the library's cohort report figures from the extensions."""

import json
import uuid

import impactkit
import pytest
from conftest import MODELS, SALT

HOMEPAGE = "https://lms.example.org"


@pytest.fixture(scope="module", params=["group", "members"])
def lrs(request, cohort_dir):
    """The cohort's statements in a Ralph-shaped table; every document with at least one canvas."""
    from chdb import session

    db = session.Session()
    db.query("CREATE OR REPLACE TABLE xapi_events_all (event_id UUID, emission_time DateTime64(6), event String) "
             "ENGINE = MergeTree ORDER BY (emission_time, event_id)")
    rows = []
    documents = []
    for path in sorted(cohort_dir.glob("*.json")):
        try:
            document = impactkit.load(path)
        except impactkit.ImpactKitError:
            continue
        statements = document.to_xapi(HOMEPAGE, pseudonym_salt=SALT, actor=request.param)
        if not statements:
            continue
        documents.append(path)
        for statement in statements:
            rows.append(json.dumps({"event_id": statement.get("id", str(uuid.uuid4())),
                                    "emission_time": statement.get("timestamp", "2026-11-30T00:00:00Z").replace("Z", ""),
                                    "event": json.dumps(statement, ensure_ascii=False)}, ensure_ascii=False))
    db.query("INSERT INTO xapi_events_all FORMAT JSONEachRow\n" + "\n".join(rows))
    yield db, documents
    db.close()


def test_the_heat_map_from_statements_equals_the_cohort_report(lrs):
    db, documents = lrs
    cohort = impactkit.Cohort()
    for path in documents:
        cohort.add_json(path.read_bytes(), path.name)
    report = cohort.evaluate("en")
    assert report["groups"] == len(documents) > 300
    result = db.query((MODELS / "xapi_heat_map.sql").read_text(encoding="utf-8"), "JSONEachRow")
    rows = {row["domain"]: row for row in map(json.loads, result.bytes().decode().splitlines())}
    assert set(rows) == {domain["id"] for domain in report["domains"]}
    for domain in report["domains"]:
        row = rows[domain["id"]]
        for key in ("groups_in_use", "covered", "partial", "empty"):
            assert row[key] == domain[key], (domain["id"], key)
        for field, cell in domain["fields"].items():
            assert (row[f"{field}_cards"], row[f"{field}_groups"]) == (cell["cards"], cell["groups"]), (domain["id"], field)
            assert row[f"{field}_share_of_groups"] == pytest.approx(cell["share_of_groups"], abs=1e-12)
