"""xAPI from Python: team members are pseudonyms unless the host chooses otherwise, and the multipart/mixed body an
LRS needs for an attachment without a fileUrl, read back with the standard library's own MIME parser."""

import email.parser
import email.policy
import hashlib
import hmac
import json

import pytest

import impactkit

from conftest import DATA

HOMEPAGE = "https://lms.example.org"
SALT = "impactkit-test-salt-0001"


def pseudonym(name: str, salt: str = SALT) -> str:
    """The documented rule, computed independently: "ik-" + 32 hex digits of HMAC-SHA-256(salt, name)."""
    return "ik-" + hmac.new(salt.encode(), name.encode(), hashlib.sha256).hexdigest()[:32]


@pytest.fixture
def canvas():
    with impactkit.load(DATA / "pzw-bottendaal-end.json") as doc:
        yield doc


def members(statement):
    return statement["actor"]["member"]


def test_without_salt_accounts_or_a_choice_nobody_is_named(canvas):
    with pytest.raises(impactkit.InvalidArgument) as refused:
        canvas.to_xapi(HOMEPAGE)
    assert refused.value.code == -1 and refused.value.path == "/pseudonym_salt"
    assert '"names": "real"' in refused.value.message


def test_members_are_keyed_hash_pseudonyms_without_names(canvas):
    statements = canvas.to_xapi(HOMEPAGE, pseudonym_salt=SALT, accounts={"Daan Jansen": "d7654321"})
    team = [member["name"] for member in canvas.to_dict()["team"]]
    agents = members(statements[0])
    assert [agent["account"]["name"] for agent in agents] == [
        "d7654321" if name == "Daan Jansen" else pseudonym(name) for name in team]
    assert agents[0]["account"]["name"] == "ik-be15b622b34d5bb3f75636dcfee903dc"
    assert all("name" not in agent for agent in agents)
    text = json.dumps(statements, ensure_ascii=False)
    assert not any(name in text for name in team) and SALT not in text
    # The same salt gives the same pseudonyms in every export (one student over moments); another salt others.
    assert canvas.to_xapi(HOMEPAGE, pseudonym_salt=SALT, accounts={"Daan Jansen": "d7654321"}) == statements
    other = canvas.to_xapi(HOMEPAGE, pseudonym_salt="another-salt-of-16+bytes")
    assert members(other[0])[0]["account"]["name"] == pseudonym(team[0], "another-salt-of-16+bytes")


def test_real_names_only_by_explicit_choice(canvas):
    agents = members(canvas.to_xapi(HOMEPAGE, names="real")[0])
    assert agents[0] == {"objectType": "Agent", "name": "Sanne de Vries",
                         "account": {"homePage": HOMEPAGE, "name": "Sanne de Vries"}}
    with pytest.raises(impactkit.InvalidArgument) as refused:
        canvas.to_xapi(HOMEPAGE, names="full")
    assert refused.value.path == "/names"
    with pytest.raises(impactkit.InvalidArgument) as refused:
        canvas.to_xapi(HOMEPAGE, pseudonym_salt="too-short")
    assert refused.value.path == "/pseudonym_salt" and "got 9" in refused.value.message


def test_multipart_body_meets_the_xapi_attachment_rules(canvas):
    request = canvas.to_xapi_multipart(HOMEPAGE, "en", pseudonym_salt=SALT, attachment=True, actor="members")
    assert isinstance(request, impactkit.XAPIRequest) and isinstance(request.body, bytes)
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
        b"Content-Type: " + request.content_type.encode() + b"\r\n\r\n" + request.body)
    assert message.get_content_type() == "multipart/mixed" and message.defects == []
    parts = list(message.iter_parts())
    # First part: the statements as application/json; then each distinct attachment once (7 member statements
    # share one poster: xAPI says SHOULD send one copy).
    assert [part.get_content_type() for part in parts] == ["application/json", "image/svg+xml"]
    statements = json.loads(parts[0].get_payload(decode=True))
    assert statements == canvas.to_xapi(HOMEPAGE, "en", pseudonym_salt=SALT, attachment=True, actor="members")
    declared = {attachment["sha2"]: attachment for statement in statements for attachment in statement.get("attachments", [])}
    assert len(declared) == 1 and sum("attachments" in statement for statement in statements) == 7
    poster = parts[1]
    raw = poster.get_payload(decode=True)
    assert poster["Content-Transfer-Encoding"] == "binary"
    assert poster["X-Experience-API-Hash"] == hashlib.sha256(raw).hexdigest()
    assert declared[poster["X-Experience-API-Hash"]]["length"] == len(raw)
    assert raw == canvas.render_svg("en").encode()
    # Every attachment without fileUrl has its part (an LRS rejects the batch otherwise).
    assert all(attachment.get("fileUrl") or sha in {poster["X-Experience-API-Hash"]} for sha, attachment in declared.items())
    # CRLF line ends around every delimiter, as RFC 2046 wants.
    boundary = request.content_type.split("boundary=")[1].encode()
    assert request.body.startswith(b"--" + boundary + b"\r\n") and request.body.endswith(b"\r\n--" + boundary + b"--\r\n")


def test_multipart_of_a_journey_sends_each_moments_poster_once():
    journey = impactkit.load(DATA / "pzw-bottendaal.journey.json")
    request = journey.to_xapi_multipart(HOMEPAGE, pseudonym_salt=SALT, attachment=True)
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
        b"Content-Type: " + request.content_type.encode() + b"\r\n\r\n" + request.body)
    parts = list(message.iter_parts())
    statements = json.loads(parts[0].get_payload(decode=True))
    hashes = {a["sha2"] for s in statements for a in s.get("attachments", [])}
    assert len(hashes) == len(journey.to_dict()["moments"]) == len(parts) - 1
    assert {part["X-Experience-API-Hash"] for part in parts[1:]} == hashes


def test_multipart_refusals_match_to_xapi(canvas):
    with pytest.raises(impactkit.InvalidArgument) as refused:
        canvas.to_xapi_multipart(HOMEPAGE, attachment=True)
    assert refused.value.path == "/pseudonym_salt"
    with pytest.raises(impactkit.NotSupported):
        impactkit.load(DATA / "pwmi-changelog.json").to_xapi_multipart(HOMEPAGE, pseudonym_salt=SALT)
