"""An LTI 1.3 Advantage platform emulator on 127.0.0.1, for the page's LTI test (Tests/web/lti_test.py).

Our own, on PyJWT and cryptography, not PyPI's lti1p3platform: that package is a platform *library* for Django or
Flask apps (no server of its own, no NRPS paging or AGS score recording, no test hooks for key rotation); the
emulator needs a few hundred lines of http.server with exactly what the test asserts on.

What it is: one course (context "course-1") with a teacher (t1) and four students in two groups (s1, s2, s3 in g1;
s4 in g2), an OIDC authorization endpoint that answers a tool's login with a signed id_token (form_post), a deep
linking return that verifies the tool's signed answer against the tool's key set and creates the resource link and
its line item, a token endpoint (client credentials with the tool's signed JWT assertion), Names and Role
Provisioning (two members a page, with Link: rel="next") and Assignment and Grade Services scores. Everything the
tool sends is recorded; /admin/log gives it to the test, /admin/claims and /admin/sign give the claims of a launch
and sign changed ones with the platform's key (the refusal tests), /admin/rotate makes a new key the signing one.

    python lti_platform.py PORT TOOL_URL CA_FILE      (TOOL_URL: the tool's page, e.g. https://127.0.0.1:8443/mod/impact/)
"""

import html
import json
import secrets
import ssl
import sys
import threading
import time
import urllib.parse
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import jwt
from cryptography.hazmat.primitives.asymmetric import rsa

PORT = int(sys.argv[1])
TOOL = sys.argv[2]
CA_FILE = sys.argv[3]
ISSUER = f"http://localhost:{PORT}"       # what browsers see (another site than the tool's 127.0.0.1)
SERVICES = f"http://127.0.0.1:{PORT}"     # what the tool's server calls
CLIENT_ID = "impactkit-test"
DEPLOYMENT = "dep-1"
CONTEXT = {"id": "course-1", "label": "HLE-1", "title": "Hybride leeromgevingen",
           "type": ["http://purl.imsglobal.org/vocab/lis/v2/course#CourseOffering"]}
LTI = "https://purl.imsglobal.org/spec/lti/claim/"
DL = "https://purl.imsglobal.org/spec/lti-dl/claim/"
LEARNER = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner"
INSTRUCTOR = "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor"
# Names only for some: the tool must work with the pseudonymous user id alone.
USERS = {
    "t1": {"roles": [INSTRUCTOR], "name": "Docent Dijkstra"},
    "s1": {"roles": [LEARNER], "name": "Anouk de Vries", "group": "g1"},
    "s2": {"roles": [LEARNER], "name": "Bram Jansen", "group": "g1"},
    "s3": {"roles": [LEARNER], "group": "g1"},
    "s4": {"roles": [LEARNER], "name": "Dewi Pranoto", "group": "g2"},
    # Neither student nor coach: Canvas's observer (a parent) is a Mentor; a platform's administrator holds a system
    # role, not one of the course.
    "o1": {"roles": ["http://purl.imsglobal.org/vocab/lis/v2/membership#Mentor"], "name": "Ouder van Anouk"},
    "a1": {"roles": ["http://purl.imsglobal.org/vocab/lis/v2/system/person#Administrator"]},
}
SCOPES = {"https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
          "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly",
          "https://purl.imsglobal.org/spec/lti-ags/scope/score",
          "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly"}

lock = threading.Lock()
keys: list[tuple[str, rsa.RSAPrivateKey]] = []
links: dict[str, dict] = {}
tokens: dict[str, set[str]] = {}
log: dict[str, list] = {"scores": [], "deep_links": [], "tokens": [], "nrps": [], "refused": [], "jwks_fetches": []}
assertion_ids: set[str] = set()


def new_key() -> None:
    keys.append((f"platform-{len(keys) + 1}-{secrets.token_hex(3)}", rsa.generate_private_key(public_exponent=65537, key_size=2048)))


def signing_key() -> tuple[str, rsa.RSAPrivateKey]:
    return keys[-1]


def jwks() -> dict:
    published = []
    for kid, key in keys:
        jwk = json.loads(jwt.algorithms.RSAAlgorithm.to_jwk(key.public_key()))
        published.append(jwk | {"kid": kid, "alg": "RS256", "use": "sig"})
    return {"keys": published}


def tool_key(token: str):
    """The tool's public key for a token it signed, from its published key set (over HTTPS, its own certificate)."""
    context = ssl.create_default_context(cafile=CA_FILE)
    with urllib.request.urlopen(TOOL + "?lti=jwks", context=context, timeout=10) as answer:
        key_set = jwt.PyJWKSet.from_dict(json.load(answer))
    kid = jwt.get_unverified_header(token).get("kid")
    return next(key for key in key_set.keys if key.key_id == kid).key


def sign(claims: dict) -> str:
    kid, key = signing_key()
    return jwt.encode(claims, key, algorithm="RS256", headers={"kid": kid})


def launch_claims(user: str, nonce: str, hint: str) -> dict:
    """The id_token of a launch: a deep linking request ('deeplink') or a resource link's launch (its id)."""
    now = int(time.time())
    claims = {
        "iss": ISSUER, "aud": CLIENT_ID, "azp": CLIENT_ID, "sub": user, "iat": now, "exp": now + 300, "nonce": nonce,
        LTI + "version": "1.3.0", LTI + "deployment_id": DEPLOYMENT, LTI + "roles": USERS[user]["roles"],
        LTI + "context": CONTEXT,
        LTI + "launch_presentation": {"locale": "nl-NL", "return_url": f"{ISSUER}/course"},
    }
    if hint == "deeplink":
        return claims | {
            LTI + "message_type": "LtiDeepLinkingRequest",
            LTI + "target_link_uri": TOOL,
            DL + "deep_linking_settings": {
                "deep_link_return_url": f"{ISSUER}/deeplink/return", "accept_types": ["ltiResourceLink"],
                "accept_presentation_document_targets": ["iframe", "window"], "accept_multiple": False,
                "data": "dl-" + secrets.token_hex(4)},
        }
    link = links[hint]
    return claims | {
        LTI + "message_type": "LtiResourceLinkRequest",
        LTI + "target_link_uri": link["url"],
        LTI + "resource_link": {"id": hint, "title": link["title"]},
        LTI + "custom": link.get("custom", {}),
        "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice": {
            "context_memberships_url": f"{SERVICES}/nrps/{CONTEXT['id']}", "service_versions": ["2.0"]},
        "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint": {
            "scope": sorted(SCOPES - {"https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly"}),
            "lineitems": f"{SERVICES}/ags/{CONTEXT['id']}/lineitems", "lineitem": link["lineitem"]},
    }


class Platform(BaseHTTPRequestHandler):
    def log_message(self, *args):  # quiet: the test prints what matters
        pass

    def answer(self, status: int, body, kind: str = "application/json", headers: dict | None = None) -> None:
        data = (body if isinstance(body, str) else json.dumps(body)).encode()
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(data)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)

    def page(self, body: str, status: int = 200) -> None:
        self.answer(status, f"<!DOCTYPE html><html lang='nl'><head><meta charset='utf-8'><title>Emulated LMS</title></head>"
                            f"<body>{body}</body></html>", "text/html; charset=utf-8")

    def form(self) -> dict:
        length = int(self.headers.get("Content-Length") or 0)
        return {key: values[0] for key, values in urllib.parse.parse_qs(self.rfile.read(length).decode()).items()}

    def refuse(self, status: int, why: str) -> None:
        with lock:
            log["refused"].append({"path": self.path, "why": why})
        self.answer(status, {"error": why})

    def bearer(self, scope: str) -> bool:
        token = (self.headers.get("Authorization") or "").removeprefix("Bearer ")
        if scope not in tokens.get(token, set()):
            self.refuse(401, f"no token for {scope}")
            return False
        return True

    def do_GET(self):
        url = urllib.parse.urlsplit(self.path)
        query = {key: values[0] for key, values in urllib.parse.parse_qs(url.query).items()}
        if url.path == "/jwks":
            with lock:
                log["jwks_fetches"].append(time.time())
                body = jwks()
            return self.answer(200, body)
        if url.path == "/admin/claims":
            # The claims this platform would sign for a launch: the refusal tests change one and sign it.
            return self.answer(200, launch_claims(query["user"], query["nonce"], query["link"]))
        if url.path == "/admin/log":
            with lock:
                return self.answer(200, log | {"links": links})
        if url.path in ("/launch", "/deeplink"):
            # The course page with the tool in an iframe (or, target=window, the tool in this window), starting with
            # the tool's login initiation as a platform does (third-party initiated login).
            hint = "deeplink" if url.path == "/deeplink" else query["link"]
            target = links.get(hint, {}).get("url", TOOL)
            login = TOOL + "?lti=login&" + urllib.parse.urlencode({
                "iss": ISSUER, "login_hint": query["user"], "target_link_uri": target, "lti_message_hint": hint,
                "client_id": CLIENT_ID, "lti_deployment_id": DEPLOYMENT})
            if query.get("target") == "window":
                return self.answer(302, "", "text/plain", {"Location": login})
            return self.page(f"<h1>Cursus {html.escape(CONTEXT['title'])}</h1>"
                             f"<iframe id='tool' title='ImpactKit' src='{html.escape(login)}' "
                             f"style='width:1400px;height:1800px' allow='clipboard-write'></iframe>")
        if url.path == "/auth":
            return self.authorize(query)
        if url.path.startswith("/nrps/"):
            if not self.bearer("https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly"):
                return None
            members = [{"user_id": user, "roles": data["roles"], "status": "Active"}
                       | ({"name": data["name"]} if "name" in data else {})
                       | ({"group_enrollments": [{"group_id": data["group"]}]} if "group" in data else {})
                       for user, data in USERS.items()]
            start = int(query.get("from", 0))
            page = members[start:start + 2]
            with lock:
                log["nrps"].append({"from": start})
            headers = {}
            if start + 2 < len(members):
                headers["Link"] = f'<{SERVICES}{url.path}?from={start + 2}>; rel="next"'
            return self.answer(200, {"id": SERVICES + self.path, "context": CONTEXT, "members": page},
                               "application/vnd.ims.lti-nrps.v2.membershipcontainer+json", headers)
        return self.answer(404, {"error": "not found"})

    def authorize(self, query: dict) -> None:
        """OIDC authorization (LTI 1.3 §5.1.1.2): the login is checked, the user is the login_hint (an emulator
        trusts it; a platform checks its own session), and the id_token goes back by form_post."""
        expected = {"scope": "openid", "response_type": "id_token", "response_mode": "form_post", "prompt": "none",
                    "client_id": CLIENT_ID}
        wrong = [key for key, value in expected.items() if query.get(key) != value]
        if wrong or query.get("redirect_uri") != TOOL + "?lti=launch" or not query.get("nonce") or not query.get("state"):
            return self.refuse(400, f"bad authorization request: {wrong or query.get('redirect_uri')}")
        user, hint = query.get("login_hint"), query.get("lti_message_hint", "")
        if user not in USERS or (hint != "deeplink" and hint not in links):
            return self.refuse(400, "unknown user or link")
        token = sign(launch_claims(user, query["nonce"], hint))
        return self.page(f"<form method='post' action='{html.escape(query['redirect_uri'])}' id='launch'>"
                         f"<input type='hidden' name='id_token' value='{token}'>"
                         f"<input type='hidden' name='state' value='{html.escape(query['state'])}'>"
                         f"<button>Launch</button></form><script>document.getElementById('launch').submit()</script>")

    def do_POST(self):
        url = urllib.parse.urlsplit(self.path)
        if url.path == "/admin/rotate":
            with lock:
                new_key()
            return self.answer(200, {"kid": signing_key()[0]})
        if url.path == "/admin/sign":
            length = int(self.headers.get("Content-Length") or 0)
            return self.answer(200, {"token": sign(json.loads(self.rfile.read(length)))})
        if url.path == "/deeplink/return":
            return self.deep_link_return(self.form())
        if url.path == "/token":
            return self.token(self.form())
        if url.path.startswith("/ags/") and url.path.endswith("/scores"):
            if not self.bearer("https://purl.imsglobal.org/spec/lti-ags/scope/score"):
                return None
            if self.headers.get("Content-Type") != "application/vnd.ims.lis.v1.score+json":
                return self.refuse(415, "a score is application/vnd.ims.lis.v1.score+json")
            length = int(self.headers.get("Content-Length") or 0)
            score = json.loads(self.rfile.read(length))
            with lock:
                log["scores"].append({"lineitem": SERVICES + url.path.removesuffix("/scores"), "score": score})
            return self.answer(200, {})
        return self.answer(404, {"error": "not found"})

    def deep_link_return(self, form: dict) -> None:
        token = form.get("JWT", "")
        try:
            claims = jwt.decode(token, tool_key(token), algorithms=["RS256"], audience=ISSUER, issuer=CLIENT_ID)
        except Exception as error:  # noqa: BLE001 - any failure is the tool's fault, recorded for the test
            return self.refuse(400, f"deep linking answer does not verify: {error}")
        if claims.get(LTI + "message_type") != "LtiDeepLinkingResponse" or claims.get(LTI + "deployment_id") != DEPLOYMENT:
            return self.refuse(400, "not a deep linking response of this deployment")
        with lock:
            log["deep_links"].append(claims | {"kid": jwt.get_unverified_header(token)["kid"]})
            added = []
            for item in claims.get(DL + "content_items", []):
                number = len(links) + 1
                link = f"link-{number}"
                links[link] = {"title": item["title"], "url": item.get("url", TOOL), "custom": item.get("custom", {}),
                               "lineitem": f"{SERVICES}/ags/{CONTEXT['id']}/lineitems/{number}",
                               "line_item": item.get("lineItem")}
                added.append(link)
        return self.page("".join(f"<p class='added' data-link='{link}'>Toegevoegd: {html.escape(links[link]['title'])}</p>"
                                 for link in added))

    def token(self, form: dict) -> None:
        """Client credentials with a JWT assertion signed by the tool (1EdTech Security Framework §4.1)."""
        if form.get("grant_type") != "client_credentials" or \
                form.get("client_assertion_type") != "urn:ietf:params:oauth:client-assertion-type:jwt-bearer":
            return self.refuse(400, "not a client-credentials request with a JWT assertion")
        assertion = form.get("client_assertion", "")
        try:
            claims = jwt.decode(assertion, tool_key(assertion), algorithms=["RS256"], audience=f"{SERVICES}/token",
                                issuer=CLIENT_ID, options={"require": ["exp", "iat", "jti", "sub"]})
        except Exception as error:  # noqa: BLE001
            return self.refuse(401, f"assertion does not verify: {error}")
        if claims["sub"] != CLIENT_ID or claims["jti"] in assertion_ids:
            return self.refuse(401, "assertion sub or jti wrong")
        granted = set(form.get("scope", "").split()) & SCOPES
        access = secrets.token_urlsafe(24)
        with lock:
            assertion_ids.add(claims["jti"])
            tokens[access] = granted
            log["tokens"].append(sorted(granted))
        return self.answer(200, {"access_token": access, "token_type": "Bearer", "expires_in": 3600, "scope": " ".join(sorted(granted))})


if __name__ == "__main__":
    new_key()
    server = ThreadingHTTPServer(("127.0.0.1", PORT), Platform)
    print(f"lti platform: {ISSUER} (services {SERVICES})", flush=True)
    server.serve_forever()
