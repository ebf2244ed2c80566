"""impactkit.credentials from Python as a host uses it: a student's credentials from a journey whose cards say who
laid them, a VC-JWT signed with cryptography (its signature checked here against the public key), the two steps for
a host's own signer, baking and reading back; every refusal an ImpactKitError with its code. Independent
verification (openbadgeslib, both proof formats, tampering) is Tests/credentials."""

import base64
import json

import pytest

import impactkit
from impactkit import credentials

from conftest import ROOT

JOURNEY = ROOT / "Tests" / "data" / "credentials" / "journey-with-authors.json"
ISSUER = {"id": "did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK", "name": "Hogeschool Voorbeeld"}
RECIPIENT = {"identity": "a@example.com", "type": "emailAddress", "salt": "Kosher"}
PIXEL = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==")


def export(**settings):
    with impactkit.Journey.load(str(JOURNEY)) as journey:
        return journey.credentials(ISSUER, RECIPIENT, "en", issued_at="2026-12-06T12:00:00Z", **settings)


def test_a_students_export():
    s1 = export(member="s1")
    assert s1["schema"] == "impactkit/ob3-export/1" and s1["member"] == "s1"
    assert [c["credentialSubject"]["achievement"]["alignment"][0]["targetCode"] for c in s1["credentials"]] == ["lu-impact"]
    assert s1["withheld"] == [
        {"outcome": "lu-samenwerken", "title": "Interprofessioneel samenwerken", "team": 0, "others": 2},
        {"outcome": "lu-reflectie", "title": "Reflecteren op professionele groei", "team": 1, "others": 0}]
    assert s1["text"].splitlines()[0] == "s1: 1 credential"
    with pytest.raises(impactkit.NotFound) as refused:
        export(member="s9")
    assert refused.value.path == "/member"
    with pytest.raises(impactkit.OutOfRange):
        export(member="s1", valid_from="2027-01-22T25:61:61Z")
    with impactkit.load(str(ROOT / "examples" / "data" / "pzw-bottendaal-end.json")) as canvas:
        with pytest.raises(impactkit.NotSupported):
            canvas.credentials(ISSUER, RECIPIENT, issued_at="2026-12-06T12:00:00Z")


def test_signed_with_ed25519_and_checked_against_the_public_key():
    ed25519 = pytest.importorskip("cryptography.hazmat.primitives.asymmetric.ed25519")
    key = ed25519.Ed25519PrivateKey.from_private_bytes(bytes(range(32)))
    # did:key of the RFC 8032-style seed 00 01 … 1f, worked with the multicodec prefix ed01 and base58btc.
    did = credentials.did_key(key.public_key())
    assert did.startswith("did:key:z6Mk")
    credential = export(member="s1")["credentials"][0]
    token = credentials.sign_jwt(credential, key)
    head, body, signature = token.split(".")
    header = json.loads(base64.urlsafe_b64decode(head + "=" * (-len(head) % 4)))
    assert header == {"alg": "EdDSA", "kid": did + "#" + did[len("did:key:"):], "typ": "JWT"}
    payload = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
    # validFrom is the issue time (Einde semester, 2027-01-22, lies after it): 2026-12-06T12:00:00Z as a NumericDate.
    assert payload["jti"] == credential["id"] and payload["iss"] == ISSUER["id"] and payload["nbf"] == 1796558400
    key.public_key().verify(base64.urlsafe_b64decode(signature + "=="), f"{head}.{body}".encode())
    # Ed25519 signs deterministically: the same credential and key give the same token.
    assert credentials.sign_jwt(credential, key) == token


def test_a_host_signer_and_the_refusals():
    credential = export(member="s1")["credentials"][0]
    message = credentials.signing_input(credential, "ES256", "https://hogeschool.example.nl/keys/1")
    assert credentials.assemble(message, bytes(64)).startswith(message + ".AAAA")
    with pytest.raises(impactkit.InvalidArgument) as short:
        credentials.assemble(message, bytes(63))
    assert short.value.path == "/signature"
    with pytest.raises(impactkit.InvalidArgument):
        credentials.signing_input(credential, "none", "k")
    with pytest.raises(impactkit.JSONSyntaxError):
        credentials.signing_input('{"type": ', "EdDSA", "k")


def test_baked_and_read_back():
    token = "eyJhbGciOiJFZERTQSJ9.eyJpc3MiOiJkaWQ6a2V5In0.c2lnbmF0dXJl"
    baked = credentials.bake(PIXEL, token)
    assert len(baked) == len(PIXEL) + 12 + 24 + len(token) and baked.endswith(PIXEL[-12:])
    assert credentials.extract(baked) == token
    with impactkit.Journey.load(str(JOURNEY)) as journey:
        svg = journey.render_svg("nl")
    assert credentials.extract(credentials.bake(svg, {"type": ["VerifiableCredential"], "x": "]]>"})) == \
        json.dumps({"type": ["VerifiableCredential"], "x": "]]>"}, ensure_ascii=False)
    with pytest.raises(impactkit.NotFound):
        credentials.extract(PIXEL)
    with pytest.raises(impactkit.InvalidArgument):
        credentials.bake(baked, token)
