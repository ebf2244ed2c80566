"""Open Badges 3.0 credentials from Python, each validated against 1EdTech's own JSON schema (draft 2019-09, the
copy in ../shared/standards/openbadges-3.0/) with jsonschema and its format checker; the settings against
schema/ob3-settings.schema.json. The identity hash is worked with hashlib, the poster with base64."""

import base64
import copy
import hashlib
import json
import os
from pathlib import Path
from urllib.parse import quote

import jsonschema
import pytest

import impactkit

from conftest import DATA, ROOT, SCHEMA

ISSUER = {"id": "https://hogeschool.example.nl/issuers/pzw", "name": "Hogeschool Voorbeeld — Praktijkgericht zorg en welzijn"}
RECIPIENT = {"identity": "s.devries@student.example.nl", "type": "emailAddress", "salt": "f3a9c2e1b7d4"}


def standards() -> Path:
    """The standards folder beside the repository (or IMPACTKIT_STANDARDS); the tests need 1EdTech's schema."""
    for candidate in (os.environ.get("IMPACTKIT_STANDARDS"), ROOT.parent / "shared" / "standards", "/work/shared/standards"):
        if candidate and (Path(candidate) / "openbadges-3.0" / "achievementcredential.schema.json").is_file():
            return Path(candidate)
    pytest.fail("1EdTech's Open Badges 3.0 schema not found: set IMPACTKIT_STANDARDS to the standards folder")


@pytest.fixture(scope="module")
def validator():
    schema = json.loads((standards() / "openbadges-3.0" / "achievementcredential.schema.json").read_text())
    return jsonschema.Draft201909Validator(schema, format_checker=jsonschema.Draft201909Validator.FORMAT_CHECKER)


@pytest.fixture(scope="module")
def journey():
    with impactkit.load(DATA / "pzw-bottendaal.journey.json") as doc:
        yield doc


def valid(validator, credential) -> None:
    errors = sorted(validator.iter_errors(credential), key=lambda error: list(error.path))
    assert not errors, [f"{list(error.path)}: {error.message[:120]}" for error in errors]


@pytest.mark.parametrize("settings", [{}, {"poster_data_uri": True},
                                      {"poster_url": "https://portfolio.example.org/teams/bottendaal/poster?moment={moment}"},
                                      {"criteria": {"lu-impact": "Laat zien welke impact je maakte en hoe je dat weet."},
                                       "achievement_base": "https://hogeschool.example.nl/pzw/outcomes",
                                       "valid_from": "2027-02-01T12:00:00+01:00"}],
                         ids=["plain", "data-uri", "url", "criteria"])
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_credential_is_valid_against_1edtechs_schema(journey, validator, settings, lang):
    ours = json.loads((SCHEMA / "ob3-settings.schema.json").read_text())
    jsonschema.Draft202012Validator(ours).validate({"issuer": ISSUER, "recipient": RECIPIENT, **settings})
    credentials = journey.to_ob3(ISSUER, RECIPIENT, lang, **settings)
    # The example journey links evidence to all three outcomes: 2 + 2 + 1 pieces.
    assert [len(credential["evidence"]) for credential in credentials] == [2, 2, 1]
    for credential in credentials:
        valid(validator, credential)


def test_identity_is_hashed_as_ob3_says(journey):
    credential = journey.to_ob3(ISSUER, RECIPIENT, "nl")[0]
    identity = credential["credentialSubject"]["identifier"][0]
    expected = hashlib.sha256((RECIPIENT["identity"] + RECIPIENT["salt"]).encode()).hexdigest()
    assert identity == {"type": "IdentityObject", "identityHash": "sha256$" + expected, "identityType": "emailAddress",
                        "hashed": True, "salt": "f3a9c2e1b7d4"}
    assert RECIPIENT["identity"] not in json.dumps(credential)


def test_evidence_points_back_at_its_canvas_and_moment(journey):
    credentials = journey.to_ob3(ISSUER, RECIPIENT, "en", poster_data_uri=True)
    reflection = credentials[2]
    assert reflection["name"] == "Reflecteren op professionele groei" and reflection["validFrom"] == "2026-10-02T00:00:00Z"
    [canvas] = reflection["evidence"]
    assert (canvas["impactkit:canvas"], canvas["impactkit:moment"], canvas["genre"]) == ("pzw-bottendaal-week5", "Week 5", "LIM canvas")
    # The data URI is the poster of that moment, as the library draws it.
    week5 = [moment for moment in journey.to_dict()["moments"] if moment["moment"]["label"] == "Week 5"][0]
    with impactkit.loads(json.dumps(week5)) as doc:
        poster = doc.render_svg("en")
    assert base64.b64decode(canvas["id"].removeprefix("data:image/svg+xml;base64,")).decode() == poster
    url = journey.to_ob3(ISSUER, RECIPIENT, "en", poster_url="https://p.example.org/x?m={moment}")[0]["evidence"][0]["id"]
    assert url == "https://p.example.org/x?m=" + quote("Einde semester", safe="")


def test_same_journey_same_credentials(journey):
    first = journey.to_ob3(ISSUER, RECIPIENT, "nl")
    assert journey.to_ob3(ISSUER, RECIPIENT, "nl") == first
    other = dict(RECIPIENT, identity="d.jansen@student.example.nl")
    assert [c["id"] for c in journey.to_ob3(ISSUER, other, "nl")] != [c["id"] for c in first]
    assert all(c["id"].startswith("urn:uuid:") and len(c["id"]) == 45 for c in first)


def test_refusals(journey):
    with pytest.raises(impactkit.NotSupported):
        impactkit.load(DATA / "pzw-bottendaal-week5.json").to_ob3(ISSUER, RECIPIENT)
    with pytest.raises(impactkit.InvalidArgument) as refused:
        journey.to_ob3(ISSUER, dict(RECIPIENT, type="studentNumber"))
    assert refused.value.path == "/recipient/type"
    with pytest.raises(impactkit.InvalidArgument) as refused:
        journey.to_ob3(dict(ISSUER, id="hogeschool.example.nl"), RECIPIENT)
    assert refused.value.path == "/issuer/id"
    with pytest.raises(impactkit.InvalidArgument) as refused:
        journey.to_ob3(ISSUER, RECIPIENT, poster_urll="https://x.org")
    assert refused.value.path == "/poster_urll"
    broken = copy.deepcopy(RECIPIENT)
    del broken["salt"]
    with pytest.raises(impactkit.SchemaError) as refused:
        journey.to_ob3(ISSUER, broken)
    assert refused.value.path == "/recipient" and "\"salt\"" in refused.value.message
    # A narrative for an outcome the journey lacks (a misspelt id) is refused, not silently replaced by the generic one.
    with pytest.raises(impactkit.NotFound) as refused:
        journey.to_ob3(ISSUER, RECIPIENT, criteria={"lu-impact": "ok", "lu-imapct": "misspelt"})
    assert (refused.value.path, refused.value.message) == ("/criteria/lu-imapct", 'unknown learning outcome "lu-imapct"')
    assert refused.value.localized("nl") == 'onbekend leerresultaat "lu-imapct"'
