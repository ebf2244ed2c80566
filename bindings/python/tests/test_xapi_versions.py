"""xAPI 1.0.3 (the default) and 2.0.0 (IEEE 9274.1.1) from one canvas: in 2.0 the coach and the work-field partner
are context agents with their role, the team a context group, every statement says "version": "2.0.0". A strict
check of the 2.0 rules these statements use, written from the standard; Ralph (1.0.3 only) is in Tests/xapi."""

import json
import re

import pytest

import impactkit

from conftest import DATA

HOMEPAGE = "https://lms.example.org"
SALT = "impactkit-test-salt-0001"
IRI = re.compile(r"^https?://[^\s]+$")
TIMESTAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")


def strict_2_0(statement: dict) -> None:
    """The xAPI 2.0 rules our statements touch: version, context agents and groups, no context.team, timestamps."""
    assert statement["version"] == "2.0.0"
    context = statement.get("context", {})
    assert "team" not in context, "2.0 statements put the team in contextGroups"
    for entry in context.get("contextAgents", []):
        assert set(entry) == {"objectType", "agent", "relevantTypes"} and entry["objectType"] == "contextAgent"
        assert entry["agent"]["objectType"] == "Agent" and set(entry["agent"]["account"]) == {"homePage", "name"}
        assert entry["relevantTypes"] and all(IRI.match(t) for t in entry["relevantTypes"])
    for entry in context.get("contextGroups", []):
        assert set(entry) == {"objectType", "group", "relevantTypes"} and entry["objectType"] == "contextGroup"
        assert entry["group"]["objectType"] == "Group" and "account" in entry["group"]
        assert entry["relevantTypes"] and all(IRI.match(t) for t in entry["relevantTypes"])
    assert "timestamp" not in statement or TIMESTAMP.match(statement["timestamp"])
    assert context.get("language") in ("nl", "en")  # RFC 5646 tags


@pytest.fixture
def canvas():
    with impactkit.load(DATA / "pzw-bottendaal-end.json") as doc:
        yield doc


def test_default_is_1_0_3_unchanged(canvas):
    statements = canvas.to_xapi(HOMEPAGE, pseudonym_salt=SALT)
    assert all("version" not in statement for statement in statements)
    assert len(statements[0]["actor"]["member"]) == 7  # the whole team, coach and client included, as before
    assert canvas.to_xapi(HOMEPAGE, pseudonym_salt=SALT, version="1.0.3") == statements


def test_2_0_puts_coach_and_partner_in_context_agents(canvas):
    statements = canvas.to_xapi(HOMEPAGE, "en", pseudonym_salt=SALT, version="2.0.0")
    for statement in statements:
        strict_2_0(statement)
    first = statements[0]
    # Team: five students (roles "student …"); Ellen Smit is the coach, Wijkteam Bottendaal the client.
    assert len(first["actor"]["member"]) == 5
    agents = first["context"]["contextAgents"]
    assert [a["relevantTypes"] for a in agents] == [["https://impactkit.dev/xapi/roles/coach"],
                                                     ["https://impactkit.dev/xapi/roles/work-field-partner"]]
    assert "Ellen Smit" not in json.dumps(statements)  # pseudonyms here too
    # Members mode: a statement per student, the team as a context group.
    members = canvas.to_xapi(HOMEPAGE, pseudonym_salt=SALT, version="2.0.0", actor="members")
    mapped = [s for s in members if s["verb"]["id"].endswith("/mapped-impact")]
    assert len(mapped) == 5
    for statement in members:
        strict_2_0(statement)
    group = mapped[0]["context"]["contextGroups"][0]
    assert group["relevantTypes"] == ["https://impactkit.dev/xapi/roles/team"] and len(group["group"]["member"]) == 5
    # The versions differ, so do the ids: an LRS never sees one id with two contents.
    assert {s["id"] for s in statements}.isdisjoint(s["id"] for s in canvas.to_xapi(HOMEPAGE, pseudonym_salt=SALT))


def test_roles_can_be_named_by_the_host(canvas):
    statements = canvas.to_xapi(HOMEPAGE, pseudonym_salt=SALT, version="2.0.0", roles={"coach": ["ergotherapie"]})
    # "student ergotherapie" now reads as a coach; "coach" no longer does (the host's list replaces the default).
    types = [a["relevantTypes"][0].rsplit("/", 1)[1] for a in statements[0]["context"]["contextAgents"]]
    assert types == ["coach", "work-field-partner"] and len(statements[0]["actor"]["member"]) == 5
    with pytest.raises(impactkit.InvalidArgument) as refused:
        canvas.to_xapi(HOMEPAGE, pseudonym_salt=SALT, version="2.0")
    assert refused.value.path == "/version"
    with pytest.raises(impactkit.InvalidArgument) as refused:
        canvas.to_xapi(HOMEPAGE, pseudonym_salt=SALT, roles={"mentor": ["x"]})
    assert refused.value.path == "/roles/mentor"
