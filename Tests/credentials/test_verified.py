"""Every credential ImpactKit helps make is checked by a verifier that is not ours: openbadgeslib (PyPI), in both OB
3.0 proof formats, from every layer that signs — Python (VC-JWT with Ed25519, P-256 and RSA; Data Integrity
eddsa-rdfc-2022 with pyld), PHP (sodium), the CLI (a key file) and a host's own signer through the C ABI's two
steps — and a changed byte anywhere makes it fail. Each credential is valid against 1EdTech's JSON schema, and one
baked into the poster (PNG and SVG) is found there by openbadgeslib's own extraction.

Run by `make credentials-test` in build/ob3-venv (openbadgeslib[ldp], jsonschema; scripts/bootstrap.sh --credentials)."""

import base64
import json
import os
import pathlib
import subprocess

import jsonschema
import jwt as pyjwt
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, rsa
from openbadgeslib.ob3.ldp import OB3LdpVerifier
from openbadgeslib.ob3.verifier import OB3VerificationError, OB3Verifier

import impactkit
from impactkit import credentials

ROOT = pathlib.Path(__file__).resolve().parents[2]
JOURNEY = ROOT / "Tests/data/credentials/journey-with-authors.json"
ISSUED = "2026-12-06T12:00:00Z"
RECIPIENT = {"identity": "a@example.com", "type": "emailAddress", "salt": "Kosher"}
KEY = ed25519.Ed25519PrivateKey.from_private_bytes(bytes(range(32)))
DID = credentials.did_key(KEY.public_key())
STANDARDS = next(pathlib.Path(p) for p in (os.environ.get("IMPACTKIT_STANDARDS", ""), ROOT.parent / "shared/standards",
                                         "/work/shared/standards") if p and pathlib.Path(p, "openbadges-3.0").is_dir())
SCHEMA = json.loads((STANDARDS / "openbadges-3.0/achievementcredential.schema.json").read_text())


def export(member: str = "s1", issuer: str = DID, **settings) -> dict:
    journey = impactkit.Journey.load(str(JOURNEY))
    return journey.credentials({"id": issuer, "name": "Hogeschool Voorbeeld"}, RECIPIENT, "nl", member=member,
                               issued_at=ISSUED, **settings)


def schema_valid(credential: dict) -> None:
    validator = jsonschema.Draft201909Validator(SCHEMA, format_checker=jsonschema.Draft201909Validator.FORMAT_CHECKER)
    errors = [f"{'/'.join(map(str, e.path))}: {e.message}" for e in validator.iter_errors(credential)]
    assert errors == [], errors


def tampered_jwt(token: str) -> list[str]:
    """The token with one byte changed in each part: header, payload, signature."""
    head, body, signature = token.split(".")
    def flip(part: str, at: int) -> str:
        return part[:at] + ("A" if part[at] != "A" else "B") + part[at + 1:]
    return [f"{flip(head, 5)}.{body}.{signature}", f"{head}.{flip(body, len(body) // 2)}.{signature}",
            f"{head}.{body}.{flip(signature, 10)}"]


def test_a_student_gets_their_own_and_the_report_says_what_was_withheld():
    s1, s2 = export("s1"), export("s2")
    assert [c["name"] for c in s1["credentials"]] == ["Impact maken en verantwoorden"]
    assert [w["outcome"] for w in s1["withheld"]] == ["lu-samenwerken", "lu-reflectie"]
    assert [c["name"] for c in s2["credentials"]] == ["Interprofessioneel samenwerken"]
    # s2's credential holds only her presentation (p16), not s3's intervision card (p10).
    assert [e["name"] for e in s2["credentials"][0]["evidence"]] == ["Presentatie voor het werkveld"]
    # Einde semester (2027-01-22) lies after the issue time: validFrom is the issue time, so a verifier today says
    # valid, not "not yet valid".
    assert s1["credentials"][0]["validFrom"] == ISSUED
    for credential in s1["credentials"] + s2["credentials"]:
        schema_valid(credential)


@pytest.mark.parametrize("kind", ["Ed25519", "P-256", "RSA"])
def test_python_vc_jwt_verifies_and_any_changed_byte_breaks_it(kind):
    if kind == "Ed25519":
        key, issuer = KEY, DID
    elif kind == "P-256":
        key, issuer = ec.generate_private_key(ec.SECP256R1()), "https://hogeschool.example.nl/issuers/pzw"
    else:
        key, issuer = rsa.generate_private_key(public_exponent=65537, key_size=2048), "https://hogeschool.example.nl/issuers/pzw"
    credential = export(issuer=issuer)["credentials"][0]
    token = credentials.sign_jwt(credential, key, kid=None if kind == "Ed25519" else issuer + "#key-1")
    verifier = OB3Verifier.for_issuer_did(DID) if kind == "Ed25519" else OB3Verifier(key.public_key())
    verified = verifier.verify(token)
    assert verified.id == credential["id"]
    assert pyjwt.get_unverified_header(token)["alg"] == {"Ed25519": "EdDSA", "P-256": "ES256", "RSA": "RS256"}[kind]
    for changed in tampered_jwt(token):
        with pytest.raises(OB3VerificationError):
            verifier.verify(changed)


def test_python_data_integrity_verifies_and_any_changed_byte_breaks_it():
    credential = export()["credentials"][0]
    signed = credentials.sign_data_integrity(credential, KEY, created="2026-12-06T12:00:01Z")
    assert signed["proof"]["cryptosuite"] == "eddsa-rdfc-2022"
    verifier = OB3LdpVerifier.for_issuer_did(DID)
    assert verifier.verify(signed).id == credential["id"]
    # A changed byte in what is signed (a narrative, a name, the validFrom) or in the proof's value.
    for path in (("evidence", 0, "narrative"), ("name",), ("validFrom",), ("proof", "proofValue")):
        changed = json.loads(json.dumps(signed))
        target = changed
        for key in path[:-1]:
            target = target[key]
        text = target[path[-1]]
        target[path[-1]] = text[:-2] + ("1" if text[-2] != "1" else "2") + text[-1]
        with pytest.raises(OB3VerificationError):
            verifier.verify(changed)


def test_a_host_signer_through_the_two_steps():
    """A host with its own signer (an HSM): ImpactKit gives the bytes, the host signs them, ImpactKit assembles."""
    credential = export()["credentials"][0]
    kid = DID + "#" + DID.removeprefix("did:key:")
    message = credentials.signing_input(credential, "EdDSA", kid)
    token = credentials.assemble(message, KEY.sign(message.encode()))
    assert OB3Verifier.for_issuer_did(DID).verify(token).id == credential["id"]
    with pytest.raises(impactkit.InvalidArgument):
        credentials.assemble(message, KEY.sign(message.encode())[:63])


def php(script: str) -> str:
    result = subprocess.run(["php", "-d", "ffi.enable=1", "-r", f"require '{ROOT}/bindings/php/autoload.php'; {script}"],
                            capture_output=True, text=True, timeout=60,
                            env=os.environ | {"IMPACTKIT_LIBRARY": os.environ.get("IMPACTKIT_LIBRARY", "")})
    assert result.returncode == 0, result.stderr + result.stdout
    return result.stdout


def test_php_signs_with_sodium_and_the_jwt_verifies():
    seed = "\\x" + "\\x".join(f"{b:02x}" for b in range(32))
    out = php(f"""
        $keys = sodium_crypto_sign_seed_keypair("{seed}");
        $did = ImpactKit\\Credentials::didKey(sodium_crypto_sign_publickey($keys));
        $export = ImpactKit\\Journey::load('{JOURNEY}')->credentials(['issuer' => ['id' => $did, 'name' => 'Hogeschool Voorbeeld'],
            'recipient' => ['identity' => 'a@example.com', 'type' => 'emailAddress', 'salt' => 'Kosher'],
            'issued_at' => '{ISSUED}', 'member' => 's1'], 'nl');
        echo $did, "\\n", ImpactKit\\Credentials::signJwt($export['credentials'][0], sodium_crypto_sign_secretkey($keys)), "\\n";""")
    did, token = out.split()
    assert did == DID  # the same key gives the same did:key in PHP and Python
    verified = OB3Verifier.for_issuer_did(DID).verify(token)
    assert verified.id == export()["credentials"][0]["id"]  # the same credential as Python's, to the id
    for changed in tampered_jwt(token):
        with pytest.raises(OB3VerificationError):
            OB3Verifier.for_issuer_did(DID).verify(changed)


def test_the_cli_signs_with_a_key_file(tmp_path):
    key_file = tmp_path / "issuer.pem"
    key_file.write_bytes(KEY.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    cli = os.environ.get("IMPACTKIT_CLI", str(ROOT / ".build/debug/impact"))
    result = subprocess.run([cli, "export", str(JOURNEY), "--format", "credentials", "--issuer-name", "Hogeschool Voorbeeld",
                             "--recipient", "a@example.com", "--recipient-salt", "Kosher", "--member", "s1",
                             "--issued-at", ISSUED, "--sign-key", str(key_file), "--lang", "nl"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    exported = json.loads(result.stdout)
    token = exported["credentials"][0]
    assert OB3Verifier.for_issuer_did(DID).verify(token).id == export()["credentials"][0]["id"]
    assert "geen credential voor lu-samenwerken" in exported["text"]
    # --clr: the learner record holding those JWTs, signed the same way.
    with_clr = subprocess.run([cli, "export", str(JOURNEY), "--format", "credentials", "--issuer-name", "Hogeschool Voorbeeld",
                               "--recipient", "a@example.com", "--recipient-salt", "Kosher", "--member", "s1",
                               "--issued-at", ISSUED, "--sign-key", str(key_file), "--clr", "--lang", "nl"],
                              capture_output=True, text=True, timeout=60)
    record = pyjwt.decode(json.loads(with_clr.stdout)["clr"], KEY.public_key(), algorithms=["EdDSA"])
    assert record["type"] == ["VerifiableCredential", "ClrCredential"]
    assert record["credentialSubject"]["verifiableCredential"][0]["id"] == "data:application/vc+jwt," + token
    p256 = tmp_path / "p256.pem"
    p256.write_bytes(ec.generate_private_key(ec.SECP256R1()).private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
    refused = subprocess.run([cli, "export", str(JOURNEY), "--format", "credentials", "--issuer", "https://x.org",
                              "--issuer-name", "X", "--recipient", "a", "--recipient-salt", "s", "--sign-key", str(p256)],
                             capture_output=True, text=True, timeout=60)
    assert refused.returncode != 0 and "--kid" in refused.stderr


def test_baked_into_the_poster_and_found_by_the_other_tool(tmp_path):
    from openbadgeslib.ob3.verifier import OB3Verifier as Extractor

    journey = impactkit.Journey.load(str(JOURNEY))
    svg = journey.render_svg("nl")
    credential = export()["credentials"][0]
    token = credentials.sign_jwt(credential, KEY)
    baked_svg = credentials.bake(svg.encode(), token)
    assert Extractor.extract_token_from_svg(baked_svg) == token
    assert credentials.extract(baked_svg) == token
    signed = credentials.sign_data_integrity(credential, KEY, created="2026-12-06T12:00:01Z")
    with_proof = credentials.bake(svg.encode(), signed)
    assert json.loads(Extractor.extract_token_from_svg(with_proof)) == signed
    assert OB3LdpVerifier.for_issuer_did(DID).verify(credentials.extract(with_proof)).id == credential["id"]
    png = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==")
    if impactkit.pictures.converter():
        png = impactkit.pictures.convert(svg, "png", width=600)
    baked_png = credentials.bake(png, token)
    assert Extractor.extract_token_from_png(baked_png) == token
    assert OB3Verifier.for_issuer_did(DID).verify(credentials.extract(baked_png)).id == credential["id"]


def test_a_learner_record_of_signed_credentials_verifies_in_both_formats():
    from openbadgeslib.ob3.clr import bundled_clr_contexts
    from openbadgeslib.ob3.ldp import verify_data_integrity_proof

    public = KEY.public_key().public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    members = [credentials.sign_data_integrity(c, KEY, created="2026-12-06T12:00:01Z") for c in export()["credentials"]]
    journey = impactkit.Journey.load(str(JOURNEY))
    record = journey.learner_record({"id": DID, "name": "Hogeschool Voorbeeld"}, RECIPIENT, members, "nl",
                                    issued_at=ISSUED)
    assert record["type"] == ["VerifiableCredential", "ClrCredential"]
    signed = credentials.sign_data_integrity(record, KEY, created="2026-12-06T12:00:02Z")
    verify_data_integrity_proof(signed, public, extra_contexts=bundled_clr_contexts())
    for member in signed["credentialSubject"]["verifiableCredential"]:
        assert OB3LdpVerifier.for_issuer_did(DID).verify(member)
    changed = json.loads(json.dumps(signed))
    changed["credentialSubject"]["verifiableCredential"][0]["name"] += "!"
    with pytest.raises(OB3VerificationError):
        verify_data_integrity_proof(changed, public, extra_contexts=bundled_clr_contexts())
    # VC-JWT members go in as EnvelopedVerifiableCredentials; the record itself as a VC-JWT.
    tokens = [credentials.sign_jwt(c, KEY) for c in export()["credentials"]]
    as_jwt = journey.learner_record({"id": DID, "name": "Hogeschool Voorbeeld"}, RECIPIENT, tokens, issued_at=ISSUED)
    token = credentials.sign_jwt(as_jwt, KEY)
    payload = pyjwt.decode(token, KEY.public_key(), algorithms=["EdDSA"])
    envelope = payload["credentialSubject"]["verifiableCredential"][0]
    assert envelope["type"] == "EnvelopedVerifiableCredential"
    assert OB3Verifier.for_issuer_did(DID).verify(envelope["id"].removeprefix("data:application/vc+jwt,"))


def test_edubadges_direct_awards():
    s2 = export("s2", edubadges={"badgeclasses": {"lu-samenwerken": "Xk7pQ", "lu-impact": "Mn3rT"},
                                 "eppn": "s2@hogeschool.nl", "evidence_url": "https://portfolio.example.org/e/{outcome}"})
    assert s2["edubadges"] == [{
        "badgeclass": "Xk7pQ", "eppn": "s2@hogeschool.nl", "evidence_url": "https://portfolio.example.org/e/lu-samenwerken",
        "name": "Interprofessioneel samenwerken", "description": s2["credentials"][0]["description"],
        "narrative": "Presentatie aan het wijkteam, voorbereid met de wijkverpleegkundige."}]
