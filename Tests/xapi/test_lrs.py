"""xAPI statements from ImpactKit against a real Learning Record Store: a Ralph LRS (PyPI ralph-malph) started on
127.0.0.1 with its file-system backend. Every statement must pass Ralph's strict xAPI 1.0.3 model, be accepted by
the LRS over HTTP and read back unchanged. Run by `make xapi-test` with build/xapi-venv's interpreter."""

import email.parser
import email.policy
import hashlib
import hmac
import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import bcrypt
import pytest
import requests
from ralph.models.xapi.base.statements import BaseXapiStatement

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bindings" / "python"))
sys.path.insert(0, str(ROOT / "bindings" / "python" / "tests"))
import impactkit  # noqa: E402
from xapi_profile import Profile  # noqa: E402

PROFILE = Profile()

DATA = ROOT / "examples" / "data"
HOMEPAGE = "https://lms.example.org"
HEADERS = {"X-Experience-API-Version": "1.0.3"}
SALT = "impactkit-test-salt-0001"
AUTH = ("impactkit", "not-a-real-secret")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def lrs(tmp_path_factory):
    """The LRS's base URL; the server stops with the module (and by itself after 10 minutes at the latest)."""
    home = tmp_path_factory.mktemp("ralph")
    (home / "lrs").mkdir()
    password_hash = bcrypt.hashpw(AUTH[1].encode(), bcrypt.gensalt()).decode()
    (home / "auth.json").write_text(json.dumps([{
        "agent": {"mbox": "mailto:impactkit-test@example.org"}, "scopes": ["all"],
        "hash": password_hash, "username": AUTH[0]}]))
    port = free_port()
    env = {**os.environ, "RALPH_APP_DIR": str(home), "RALPH_RUNSERVER_BACKEND": "fs",
           "RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH": str(home / "lrs")}
    log = open(home / "server.log", "w")
    server = subprocess.Popen(["timeout", "600", sys.executable, str(Path(__file__).with_name("ralph_lrs.py")), str(port)],
                              env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}/xAPI"
    for _ in range(100):  # up to 20 s for uvicorn to listen
        try:
            requests.get(f"http://127.0.0.1:{port}/__heartbeat__", timeout=1)
            break
        except requests.ConnectionError:
            time.sleep(0.2)
    else:
        server.terminate()
        pytest.fail("Ralph did not start: " + (home / "server.log").read_text())
    yield url
    server.terminate()
    server.wait(timeout=10)
    log.close()


def post(url: str, statements: list) -> requests.Response:
    return requests.post(f"{url}/statements", json=statements, auth=AUTH, headers=HEADERS, timeout=10)


def read_back(url: str, statement_id: str) -> dict:
    response = requests.get(f"{url}/statements", params={"statementId": statement_id}, auth=AUTH, headers=HEADERS, timeout=10)
    assert response.status_code == 200, response.text
    body = response.json()
    # xAPI answers a statementId query with the statement itself; Ralph 5 answers with a StatementResult.
    if "statements" in body:
        matches = [statement for statement in body["statements"] if statement["id"] == statement_id]
        assert len(matches) == 1, body
        return matches[0]
    return body


def strictly_valid(statements: list) -> None:
    for statement in statements:
        BaseXapiStatement(**statement)  # raises on anything xAPI 1.0.3 does not allow
        assert PROFILE.errors(statement) == []  # and on anything ImpactKit's xAPI Profile does not


def test_journey_statements_are_accepted_and_read_back(lrs):
    journey = impactkit.Journey.load(DATA / "pzw-bottendaal.journey.json")
    statements = journey.to_xapi(HOMEPAGE, "nl", accounts={"Sanne de Vries": "s1234567"}, pseudonym_salt=SALT)
    # two moments: one "mapped impact" each, plus the reflection answers of each moment
    verbs = [s["verb"]["id"] for s in statements]
    assert verbs.count("https://impactkit.dev/xapi/verbs/mapped-impact") == 2
    assert verbs.count("http://adlnet.gov/expapi/verbs/answered") == len(statements) - 2
    strictly_valid(statements)
    response = post(lrs, statements)
    assert response.status_code == 200, response.text
    assert response.json() == [s["id"] for s in statements]
    first = read_back(lrs, statements[0]["id"])
    assert first["verb"]["id"] == "https://impactkit.dev/xapi/verbs/mapped-impact"
    assert first["object"]["id"] == f"{HOMEPAGE}/impactkit/canvas/pzw-bottendaal-week5"
    figures = first["result"]["extensions"]["https://impactkit.dev/xapi/extensions/canvas-figures"]
    assert (figures["cards"], figures["activity"], figures["place"], figures["result"]) == (12, 6, 4, 2)
    assert first["context"]["contextActivities"]["grouping"][0]["id"] == f"{HOMEPAGE}/impactkit/journeys/pzw-bottendaal"
    assert first["timestamp"].startswith("2026-")
    # What the LRS keeps names nobody: the mapped account, and keyed-hash pseudonyms for the others.
    members = [m["account"]["name"] for m in first["actor"]["member"]]
    assert members[0] == "s1234567"
    assert members[1] == "ik-" + hmac.new(SALT.encode(), b"Daan Jansen", hashlib.sha256).hexdigest()[:32]
    assert all("name" not in m for m in first["actor"]["member"])
    assert "Daan Jansen" not in json.dumps(first, ensure_ascii=False)
    answer = read_back(lrs, statements[-1]["id"])
    assert answer["result"]["response"] == statements[-1]["result"]["response"]
    assert answer["context"]["contextActivities"]["parent"][0]["id"].endswith("/canvas/pzw-bottendaal-end")


def test_member_actors_with_team_in_context(lrs):
    canvas = impactkit.Canvas.load(DATA / "pzw-bottendaal-end.json")
    team = canvas.to_dict()["team"]
    # Real names reach the LRS only when the host chooses them.
    statements = canvas.to_xapi(HOMEPAGE, "en", actor="members", names="real")
    mapped = [s for s in statements if s["verb"]["id"].endswith("/mapped-impact")]
    assert [s["actor"]["name"] for s in mapped] == [member["name"] for member in team]
    assert all(s["context"]["team"]["objectType"] == "Group" for s in mapped)
    assert len({s["id"] for s in statements}) == len(statements)
    strictly_valid(statements)
    assert post(lrs, statements).status_code == 200
    assert read_back(lrs, mapped[1]["id"])["actor"]["account"]["name"] == team[1]["name"]


def test_poster_attachment_carries_the_svg_digest(lrs):
    canvas = impactkit.Canvas.load(DATA / "pzw-bottendaal-end.json")
    statements = canvas.to_xapi(HOMEPAGE, "nl", attachment=True, attachment_url=f"{HOMEPAGE}/files/poster.svg",
                                pseudonym_salt=SALT)
    svg = canvas.render_svg("nl").encode("utf-8")
    attachment = statements[0]["attachments"][0]
    assert attachment["sha2"] == hashlib.sha256(svg).hexdigest()
    assert attachment["length"] == len(svg) and attachment["contentType"] == "image/svg+xml"
    strictly_valid(statements)
    # with a fileUrl the statement is complete without a multipart body, so plain JSON is right
    assert post(lrs, statements).status_code == 200
    stored = read_back(lrs, statements[0]["id"])["attachments"][0]
    assert stored["sha2"] == attachment["sha2"] and stored["fileUrl"] == f"{HOMEPAGE}/files/poster.svg"


def check_attachment_rules(content_type: str, body: bytes) -> list:
    """A strict reading of xAPI 1.0.3 part 3 §1.5.2 on a multipart/mixed request: RFC 2046 framing (parsed by the
    standard library, no defects), the statements first as application/json, then per part a Content-Type,
    Content-Transfer-Encoding: binary and an X-Experience-API-Hash equal to the part's SHA-256; every attachment
    without fileUrl has its part, every part belongs to an attachment, no part twice, lengths agree."""
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
        b"Content-Type: " + content_type.encode() + b"\r\n\r\n" + body)
    assert message.get_content_type() == "multipart/mixed" and not message.defects, message.defects
    first, *parts = list(message.iter_parts())
    assert first.get_content_type() == "application/json"
    statements = json.loads(first.get_payload(decode=True))
    declared = {a["sha2"]: a for s in statements for a in s.get("attachments", [])}
    seen = set()
    for part in parts:
        raw = part.get_payload(decode=True)
        digest = part["X-Experience-API-Hash"]
        assert part["Content-Transfer-Encoding"] == "binary" and part.get_content_type()
        assert digest == hashlib.sha256(raw).hexdigest() and digest in declared and digest not in seen
        assert declared[digest]["length"] == len(raw) and declared[digest]["contentType"] == part.get_content_type()
        seen.add(digest)
    assert all(a.get("fileUrl") or sha in seen for sha, a in declared.items())
    return statements


def test_multipart_body_meets_the_attachment_rules_and_its_statements_are_stored(lrs):
    journey = impactkit.Journey.load(DATA / "pzw-bottendaal.journey.json")
    request = journey.to_xapi_multipart(HOMEPAGE, "en", attachment=True, pseudonym_salt=SALT)
    statements = check_attachment_rules(request.content_type, request.body)
    strictly_valid(statements)
    # Ralph takes no multipart/mixed upload (it answers with an error, not with a stored statement): what it
    # refuses is said here so that a Ralph that learns attachments shows up in this test.
    refused = requests.post(f"{lrs}/statements", data=request.body, auth=AUTH,
                            headers={**HEADERS, "Content-Type": request.content_type}, timeout=10)
    assert refused.status_code >= 400
    # The same statements with the posters served by the platform (fileUrl) are complete as plain JSON.
    served = journey.to_xapi(HOMEPAGE, "en", attachment=True, attachment_url=f"{HOMEPAGE}/files/poster.svg",
                             pseudonym_salt=SALT)
    assert post(lrs, served).status_code == 200
    assert [a["sha2"] for s in served for a in s.get("attachments", [])] == \
        [a["sha2"] for s in statements for a in s.get("attachments", [])]


def test_same_export_same_ids_and_bad_settings():
    canvas = impactkit.Canvas.load(DATA / "pzw-bottendaal-week5.json")
    ids = [s["id"] for s in canvas.to_xapi(HOMEPAGE, pseudonym_salt=SALT)]
    assert ids == [s["id"] for s in canvas.to_xapi(HOMEPAGE, pseudonym_salt=SALT)]
    assert ids[0] != canvas.to_xapi("https://other.example.org", pseudonym_salt=SALT)[0]["id"]
    with pytest.raises(impactkit.InvalidArgument) as error:
        canvas.to_xapi("ftp://lms.example.org")
    assert error.value.path == "/homepage"
    with pytest.raises(impactkit.InvalidArgument) as error:
        canvas.to_xapi(HOMEPAGE, actr="members", pseudonym_salt=SALT)
    assert error.value.path == "/actr"
    with pytest.raises(impactkit.InvalidArgument):
        canvas.to_xapi(HOMEPAGE, actor="everyone", pseudonym_salt=SALT)


def test_xapi_2_0_statements_and_what_ralph_makes_of_them(lrs):
    """Ralph implements xAPI 1.0.3: its strict model refuses 2.0's contextAgents (an unknown field there), while its
    HTTP endpoint, which validates loosely, stores them. The 2.0 rules are checked in
    bindings/python/tests/test_xapi_versions.py; here what this LRS does with 2.0 statements is pinned down."""
    canvas = impactkit.Canvas.load(DATA / "pzw-bottendaal-end.json")
    statements = canvas.to_xapi(HOMEPAGE, "en", pseudonym_salt=SALT, version="2.0.0")
    assert all(PROFILE.errors(statement) == [] for statement in statements)
    with pytest.raises(Exception) as refused:
        BaseXapiStatement(**statements[0])
    assert "contextAgents" in str(refused.value)
    response = requests.post(f"{lrs}/statements", json=statements, auth=AUTH,
                             headers={"X-Experience-API-Version": "2.0.0"}, timeout=10)
    assert response.status_code == 200, response.text
    stored = read_back(lrs, statements[0]["id"])
    assert stored["context"]["contextAgents"] == statements[0]["context"]["contextAgents"]
