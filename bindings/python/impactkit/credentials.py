"""Credentials a verifier accepts: sign what `Journey.credentials()` made, bake it into the poster, read it back.

Keys never enter the library: ImpactKit gives the bytes to sign (`signing_input`) and assembles the VC-JWT from
the signature (`assemble`); the signing happens here, with `cryptography`, or in the host's own signer (an HSM, a
KMS) through those two functions. Both OB 3.0 proof formats:

- `sign_jwt(credential, key)`: VC-JWT (JOSE, OB 3.0 §8.2) with an Ed25519 (EdDSA), P-256 (ES256) or RSA (RS256)
  key. Every layer offers it (C, PHP with sodium, the CLI with a key file).
- `sign_data_integrity(credential, key)`: an embedded Data Integrity proof, cryptosuite eddsa-rdfc-2022, over the
  RDFC-1.0 canonical form (pyld) of the credential under the VC 2.0 and OB 3.0.3 contexts that ship in this
  package (`contexts/`, never fetched). Python only: canonicalising JSON-LD needs a JSON-LD processor.

    pip install "impactkit[credentials]"      # cryptography and pyld

    >>> export = journey.credentials(issuer, recipient, member="s1", issued_at="2026-12-06T12:00:00Z")  # doctest: +SKIP
    >>> jwt = impactkit.credentials.sign_jwt(export["credentials"][0], key)                              # doctest: +SKIP
    >>> png = impactkit.credentials.bake(poster_png, jwt)                                                # doctest: +SKIP
"""

from __future__ import annotations

import copy
import ctypes
import hashlib
import json
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Optional, Union

from ._native import lib, take_string
from ._support import call
from .errors import InvalidArgument, NotSupported

__all__ = ["signing_input", "assemble", "sign_jwt", "sign_data_integrity", "did_key", "bake", "extract",
           "CONTEXTS"]

Credential = Union[dict, str]

#: The JSON-LD contexts shipped with the package (URL → file in contexts/): the canonical form of a credential is
#: computed with exactly these, as verifiers do with their pinned copies; any other URL is refused, never fetched.
CONTEXTS = {
    "https://www.w3.org/ns/credentials/v2": "credentials-v2.json",
    "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json": "ob-v3p0-context-3.0.3.json",
    "https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json": "clr-v2p0-context-2.0.1.json",
}
_BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def _json(credential: Credential) -> bytes:
    text = credential if isinstance(credential, str) else json.dumps(credential, ensure_ascii=False)
    return text.encode("utf-8")


def signing_input(credential: Credential, alg: str, kid: str) -> str:
    """What to sign for a VC-JWT: base64url(header) "." base64url(payload) (ik_vc_jwt_signing_input)."""
    data = _json(credential)
    out = ctypes.c_void_p()
    call(lib.ik_vc_jwt_signing_input, data, len(data), alg.encode("utf-8"), kid.encode("utf-8"), ctypes.byref(out))
    return take_string(out)


def assemble(signing_input: str, signature: bytes) -> str:
    """The VC-JWT from the signing input and the host's signature (ik_vc_jwt_assemble; its length is checked)."""
    out = ctypes.c_void_p()
    call(lib.ik_vc_jwt_assemble, signing_input.encode("utf-8"), bytes(signature), len(signature), ctypes.byref(out))
    return take_string(out)


def _base58(data: bytes) -> str:
    number = int.from_bytes(data, "big")
    text = ""
    while number:
        number, digit = divmod(number, 58)
        text = _BASE58[digit] + text
    return "1" * (len(data) - len(data.lstrip(b"\0"))) + text


def did_key(public_key: Any) -> str:
    """The did:key of an Ed25519 public key (multicodec 0xed01, base58btc): an issuer id a verifier resolves
    offline. Its verification method is did + "#" + the part after "did:key:"."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ed25519

    if not isinstance(public_key, ed25519.Ed25519PublicKey):
        raise InvalidArgument("did:key is made here for Ed25519 keys")
    raw = public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return "did:key:z" + _base58(b"\xed\x01" + raw)


def _verification_method(key: Any) -> str:
    did = did_key(key.public_key())
    return did + "#" + did.removeprefix("did:key:")


def sign_jwt(credential: Credential, key: Any, kid: Optional[str] = None) -> str:
    """A VC-JWT of the credential, signed with a `cryptography` private key: Ed25519 → EdDSA, P-256 → ES256, RSA →
    RS256. kid: the key a verifier resolves; for Ed25519 by default its did:key verification method (the issuer's
    id should then be that did:key)."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec, ed25519, padding, rsa
    from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature

    if isinstance(key, ed25519.Ed25519PrivateKey):
        alg, kid = "EdDSA", kid or _verification_method(key)
    elif isinstance(key, ec.EllipticCurvePrivateKey) and isinstance(key.curve, ec.SECP256R1):
        alg = "ES256"
    elif isinstance(key, rsa.RSAPrivateKey) and key.key_size >= 2048:
        alg = "RS256"
    else:
        raise InvalidArgument("sign with an Ed25519, P-256 or RSA (2048 bits or more) private key")
    if not kid:
        raise InvalidArgument(f"give the kid a verifier resolves the {alg} key by")
    message = signing_input(credential, alg, kid).encode("ascii")
    if alg == "EdDSA":
        signature = key.sign(message)
    elif alg == "ES256":
        r, s = decode_dss_signature(key.sign(message, ec.ECDSA(hashes.SHA256())))
        signature = r.to_bytes(32, "big") + s.to_bytes(32, "big")
    else:
        signature = key.sign(message, padding.PKCS1v15(), hashes.SHA256())
    return assemble(message.decode("ascii"), signature)


def _loader(url: str, options: Any = None) -> dict:
    """pyld's document loader over the shipped contexts; every other URL is refused."""
    name = CONTEXTS.get(url)
    if name is None:
        raise NotSupported(f"the context {url} is not shipped with impactkit (never fetched)")
    document = json.loads((Path(__file__).parent / "contexts" / name).read_text("utf-8"))
    return {"contextUrl": None, "documentUrl": url, "document": document}


def _canonical(document: dict) -> bytes:
    try:
        from pyld import jsonld
    except ImportError as error:
        raise NotSupported("Data Integrity proofs need pyld (pip install \"impactkit[credentials]\")") from error
    for url in document.get("@context", []):
        if not isinstance(url, str) or url not in CONTEXTS:
            raise InvalidArgument(f"the credential's @context {url!r} is not one impactkit ships (a verifier would "
                                  "refuse an unpinned context)")
    nquads = jsonld.normalize(document, {"algorithm": "URDNA2015", "format": "application/n-quads",
                                         "documentLoader": _loader, "safe": True})
    return nquads.encode("utf-8")


def sign_data_integrity(credential: Credential, key: Any, verification_method: Optional[str] = None,
                        created: Optional[str] = None) -> dict:
    """The credential with an embedded DataIntegrityProof, cryptosuite eddsa-rdfc-2022 (W3C vc-di-eddsa §3.2):
    SHA-256 of the canonical proof options, then of the canonical credential, signed with an Ed25519 key;
    proofValue in base58btc multibase. verification_method defaults to the key's did:key; created to now (UTC)."""
    from cryptography.hazmat.primitives.asymmetric import ed25519

    if not isinstance(key, ed25519.Ed25519PrivateKey):
        raise InvalidArgument("eddsa-rdfc-2022 signs with an Ed25519 private key")
    document = json.loads(credential) if isinstance(credential, str) else copy.deepcopy(credential)
    if "proof" in document:
        raise InvalidArgument("the credential carries a proof already: sign it one way")
    proof = {
        "type": "DataIntegrityProof",
        "cryptosuite": "eddsa-rdfc-2022",
        "created": created or datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "verificationMethod": verification_method or _verification_method(key),
        "proofPurpose": "assertionMethod",
    }
    options = dict(proof, **{"@context": document["@context"]})
    data = hashlib.sha256(_canonical(options)).digest() + hashlib.sha256(_canonical(document)).digest()
    proof["proofValue"] = "z" + _base58(key.sign(data))
    document["proof"] = proof
    return document


def bake(image: bytes, credential: Credential) -> bytes:
    """The image (PNG bytes, or SVG text as render_svg gives it) with the credential baked in, OB 3.0 §5.3: a
    VC-JWT, or a credential with an embedded proof (a dict or its JSON)."""
    data = image.encode("utf-8") if isinstance(image, str) else bytes(image)
    text = credential if isinstance(credential, str) else json.dumps(credential, ensure_ascii=False)
    out, length = ctypes.c_void_p(), ctypes.c_size_t()
    call(lib.ik_ob3_bake, data, len(data), text.encode("utf-8"), ctypes.byref(out), ctypes.byref(length))
    try:
        return ctypes.string_at(out.value, length.value)
    finally:
        lib.ik_free(out)


def extract(image: bytes) -> str:
    """The credential baked into a PNG or SVG: a compact JWT, or the JSON of a credential with its proof."""
    data = image.encode("utf-8") if isinstance(image, str) else bytes(image)
    out = ctypes.c_void_p()
    call(lib.ik_ob3_extract, data, len(data), ctypes.byref(out))
    return take_string(out)
