"""Analytics rows through the Python binding (issue 24): NDJSON per table with exact figures, the column contract
shipped as schema/analytics-1.json, pseudonyms computed independently, refusals; Arrow and Parquet where pyarrow is
installed (the chDB model tests in Tests/analytics run them always)."""

import hashlib
import hmac
import json
import shutil
from pathlib import Path

import pytest

import impactkit
from impactkit import analytics

ROOT = Path(__file__).resolve().parents[3]
DATA = ROOT / "examples" / "data"
SALT = "analytics-test-salt-0123456789"


def keyed(message: str) -> str:
    return "ik-" + hmac.new(SALT.encode(), message.encode(), hashlib.sha256).hexdigest()[:32]


def lines(data: bytes) -> list[dict]:
    return [json.loads(line) for line in data.decode().splitlines()]


def test_the_schema_is_the_shipped_contract():
    shipped = json.loads((ROOT / "schema" / "analytics-1.json").read_text(encoding="utf-8"))
    assert analytics.schema() == shipped
    assert shipped["schema"] == "impactkit/analytics/1"
    assert tuple(shipped["tables"]) == analytics.TABLES


def test_rows_of_the_example_journey():
    journey = impactkit.load(DATA / "pzw-bottendaal.journey.json")
    moments = lines(journey.analytics_rows("moments", pseudonym_salt=SALT, institution="HvA"))
    columns = [c["name"] for c in analytics.schema()["tables"]["moments"]]
    assert all(list(row) == columns for row in moments)
    assert [(m["moment_label"], m["cards"], m["covered"], m["cards_added"]) for m in moments] == [
        ("Week 5", 12, 2, None), ("Einde semester", 21, 5, 9)]
    assert moments[0]["group"] == keyed("group:PZW groep 3")
    assert moments[0]["institution"] == keyed("institution:HvA")
    assert journey.analytics_rows("changes", pseudonym_salt=SALT) == b""
    placements = lines(journey.analytics_rows("placements", names="real"))
    assert len(placements) == 33 and placements[0]["group"] == "PZW groep 3"
    results = [p for p in placements if p["is_latest"] and p["field"] == "result"]
    assert len(results) == 7 and sum(bool(p["spheres"]) for p in results) == 5
    assert sum("practice" in p["spheres"] for p in results) == 4


def test_change_log_rows_join_xapi_people():
    log = impactkit.load(DATA / "pwmi-changelog.json")
    changes = lines(log.analytics_rows("changes", pseudonym_salt=SALT))
    assert len(changes) == 12 and changes[0]["person"] == keyed("s1")
    outcomes = lines(log.analytics_rows("sroi_outcomes", pseudonym_salt=SALT))
    assert [(o["outcome"], o["impact"]) for o in outcomes] == [("o1", 6000.0), ("o2", 2700.0)]


def test_refusals():
    journey = impactkit.load(DATA / "pzw-bottendaal.journey.json")
    with pytest.raises(impactkit.InvalidArgument) as error:
        journey.analytics_rows("moments")
    assert error.value.path == "/pseudonym_salt"
    with pytest.raises(impactkit.InvalidArgument, match='unknown analytics table "cells"'):
        journey.analytics_rows("cells", names="real")
    with pytest.raises(impactkit.InvalidArgument, match='unknown analytics setting "salt"'):
        journey.analytics_rows("moments", salt=SALT)


def test_ndjson_dataset_needs_no_pyarrow(tmp_path):
    manifest = analytics.write_dataset([DATA / "pzw-bottendaal.journey.json", DATA / "pwmi-changelog.json",
                                        DATA / "pzw-bottendaal-end.report.json"], tmp_path, format="ndjson",
                                       pseudonym_salt=SALT)
    assert manifest["rows"] == {"groups": 1, "moments": 2, "moment_domains": 10, "placements": 33, "changes": 12,
                                "sroi_outcomes": 2}
    assert [s["code"] for s in manifest["skipped"]] == ["IK_ESCHEMA"] and manifest["counted_twice"] == []
    assert json.loads((tmp_path / "manifest.json").read_text()) == manifest
    assert len((tmp_path / "placements.ndjson").read_bytes().splitlines()) == 33
    assert not list(tmp_path.glob("*.part"))


def test_sources_that_hold_what_another_holds_are_said(tmp_path, monkeypatch, capsys):
    """A journey beside its moments' own files (examples/data holds both) and a copy of a file: their canvases' and
    documents' rows count twice in the warehouse. The manifest says which sources (as `impact export` does) and
    every row is still written: which copy is the right one is the exporter's call."""
    copies = tmp_path / "in"
    copies.mkdir()
    for name in ("a.json", "a (1).json"):
        shutil.copy(DATA / "pwmi-changelog.json", copies / name)
    week5, journey = str(DATA / "pzw-bottendaal-week5.json"), str(DATA / "pzw-bottendaal.journey.json")
    manifest = analytics.write_dataset([week5, journey, copies], tmp_path / "out", format="ndjson", pseudonym_salt=SALT)
    assert manifest["counted_twice"] == [{"source": journey, "same_as": [week5]},
                                         {"source": str(copies / "a.json"), "same_as": [str(copies / "a (1).json")]}]
    assert manifest["rows"]["moments"] == 3 and manifest["rows"]["changes"] == 24
    # Two handles of one document in memory, and with real names (the ids in the clear) the same.
    end = impactkit.load(DATA / "pzw-bottendaal-end.json")
    twice = analytics.write_dataset([end, end], tmp_path / "memory", format="ndjson", names="real")
    assert twice["counted_twice"] == [{"source": "<document>", "same_as": ["<document>"]}]
    # Different documents are not confused, whatever their titles.
    apart = analytics.write_dataset([week5, str(DATA / "pzw-bottendaal-end.json")], tmp_path / "apart", format="ndjson",
                                    pseudonym_salt=SALT)
    assert apart["counted_twice"] == []
    monkeypatch.setenv("IMPACTKIT_PSEUDONYM_SALT", SALT)
    assert analytics.main([week5, journey, "--out", str(tmp_path / "cli"), "--format", "ndjson"]) == 0
    assert f"{journey} holds canvases or documents also in {week5}: their rows count twice" in capsys.readouterr().err


def test_parquet_without_pyarrow_says_what_to_install_and_makes_no_folder(tmp_path, monkeypatch, capsys):
    """A data engineer without pyarrow met a bare ModuleNotFoundError traceback and an empty output folder."""
    import builtins

    real_import = builtins.__import__

    def without_pyarrow(name, *args, **kwargs):
        if name.startswith("pyarrow"):
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", without_pyarrow)
    out = tmp_path / "tables"
    status = analytics.main([str(DATA / "pwmi-changelog.json"), "--out", str(out)])
    assert status == 2 and not out.exists()
    assert 'pip install "impactkit[analytics]", or --format ndjson' in capsys.readouterr().err


def test_arrow_tables_when_pyarrow_is_there(tmp_path):
    pa = pytest.importorskip("pyarrow")
    tables = analytics.to_arrow([DATA / "pzw-bottendaal.journey.json"], pseudonym_salt=SALT)
    assert tables["moments"].column("cards").to_pylist() == [12, 21]
    assert tables["moments"].schema.field("cards_added").type == pa.int64()
    assert tables["changes"].num_rows == 0


def test_the_export_on_several_threads_writes_the_same_files_with_progress(tmp_path):
    # Issue 38, item 5: documents are loaded and turned into rows on `jobs` threads and gathered in order.
    sources = [DATA / "pzw-bottendaal.journey.json", DATA / "pwmi-changelog.json",
               DATA / "pzw-bottendaal-end.report.json", DATA / "pzw-bottendaal-week5.json"]
    seen = []
    one = analytics.write_dataset(sources, tmp_path / "one", format="ndjson", jobs=1, batch_documents=3,
                                  pseudonym_salt=SALT)
    four = analytics.write_dataset(sources, tmp_path / "four", format="ndjson", jobs=4, batch_documents=3,
                                   progress=lambda done, total: seen.append((done, total)), pseudonym_salt=SALT)
    assert one == four and four["rows"]["moments"] == 3
    for table in analytics.TABLES:
        assert (tmp_path / "one" / f"{table}.ndjson").read_bytes() == (tmp_path / "four" / f"{table}.ndjson").read_bytes()
    assert seen == [(n, 4) for n in range(1, 5)]
    with pytest.raises(ValueError, match="jobs must be 1 to 256"):
        analytics.write_dataset(sources, tmp_path / "x", format="ndjson", jobs=0)


def test_the_salt_file_is_read_as_the_cli_reads_it(tmp_path):
    """The CLI drops a last \\n and then a last \\r; Python's exporter stripped all whitespace, so the same file gave
    other pseudonyms for a salt with a space at either end."""
    for raw, salt in ((b"geheim-zout-0123456789\n", "geheim-zout-0123456789"),
                      (b"geheim-zout-0123456789\r\n", "geheim-zout-0123456789"),
                      (b" geheim zout 0123456789 \n", " geheim zout 0123456789 "),
                      (b"geheim\r\nzout-0123456789", "geheim\r\nzout-0123456789")):
        (tmp_path / "salt.txt").write_bytes(raw)
        assert analytics._salt_file(str(tmp_path / "salt.txt")) == salt
