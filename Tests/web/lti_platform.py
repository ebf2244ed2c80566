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

With --dynamic it is a second platform that the tool does not know yet: an administrator registers the tool by LTI
Dynamic Registration (/admin/register-tool frames the tool's registration URL as Moodle and Canvas do and notes
the tool's close message); its OpenID configuration and registration endpoint check what Moodle and Canvas check
(a single-use registration token as bearer, the required keys, private_key_jwt, the domain of the target link)
and answer with a new client id and (unless told not to, as Canvas) a deployment id. Its issuer is
http://127.0.0.1:PORT: the tool fetches the configuration from under the issuer.

    python lti_platform.py PORT TOOL_URL CA_FILE [--dynamic]   (TOOL_URL: the tool's page, e.g. https://127.0.0.1:8443/mod/impact/)
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
DYNAMIC = sys.argv[4:] == ["--dynamic"]
# What browsers see (another site than the tool's 127.0.0.1); the dynamic platform's issuer is where the tool
# fetches its configuration from.
ISSUER = f"http://127.0.0.1:{PORT}" if DYNAMIC else f"http://localhost:{PORT}"
SERVICES = f"http://127.0.0.1:{PORT}"     # what the tool's server calls
# The registration: fixed (the tool's platforms file names it), or what Dynamic Registration gives the tool.
registration = {"client_id": None if DYNAMIC else "impactkit-test", "deployment": None if DYNAMIC else "dep-1"}
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
log: dict[str, list] = {"scores": [], "deep_links": [], "tokens": [], "nrps": [], "refused": [], "jwks_fetches": [],
                        "registrations": [], "configuration_fetches": []}
assertion_ids: set[str] = set()
# Dynamic Registration tokens handed to the tool's registration page: token => how to answer ("", "no_deployment" as
# Canvas, or "refuse").
registration_tokens: dict[str, str] = {}
CLOSE_LISTENER = ("window.addEventListener('message', e => { if (e.data && e.data.subject === 'org.imsglobal.lti.close') "
                  "{ document.body.dataset.closed = 'yes'; document.getElementById('tool').remove(); } });")


def client_id() -> str | None:
    return registration["client_id"]


def configuration() -> dict:
    """The platform's OpenID configuration (Dynamic Registration §3.4), the keys Moodle 4 and Canvas publish."""
    return {
        "issuer": ISSUER, "authorization_endpoint": f"{ISSUER}/auth", "token_endpoint": f"{SERVICES}/token",
        "jwks_uri": f"{SERVICES}/jwks", "registration_endpoint": f"{SERVICES}/register",
        "token_endpoint_auth_methods_supported": ["private_key_jwt"],
        "token_endpoint_auth_signing_alg_values_supported": ["RS256"],
        "id_token_signing_alg_values_supported": ["RS256"], "response_types_supported": ["id_token"],
        "scopes_supported": ["openid", *sorted(SCOPES)], "subject_types_supported": ["public", "pairwise"],
        "claims_supported": ["iss", "sub", "aud", "name", "given_name", "family_name"],
        "https://purl.imsglobal.org/spec/lti-platform-configuration": {
            "product_family_code": "emulator", "version": "1.0",
            "messages_supported": [{"type": "LtiResourceLinkRequest"}, {"type": "LtiDeepLinkingRequest"}]},
    }


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
        "iss": ISSUER, "aud": client_id(), "azp": client_id(), "sub": user, "iat": now, "exp": now + 300, "nonce": nonce,
        LTI + "version": "1.3.0", LTI + "deployment_id": registration["deployment"], LTI + "roles": USERS[user]["roles"],
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
        if url.path == "/admin/registration":
            return self.answer(200, registration)
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
                "client_id": client_id(), "lti_deployment_id": registration["deployment"]})
            if query.get("target") == "window":
                return self.answer(302, "", "text/plain", {"Location": login})
            return self.page(f"<h1>Cursus {html.escape(CONTEXT['title'])}</h1>"
                             f"<iframe id='tool' title='ImpactKit' src='{html.escape(login)}' "
                             f"style='width:1400px;height:1800px' allow='clipboard-write'></iframe>")
        if url.path == "/auth":
            return self.authorize(query)
        if url.path == "/.well-known/openid-configuration" and DYNAMIC:
            # Canvas takes the registration token in the query (and asks tools for it as a bearer token too).
            token = query.get("registration_token") or (self.headers.get("Authorization") or "").removeprefix("Bearer ")
            with lock:
                log["configuration_fetches"].append({"token": token, "bearer": self.headers.get("Authorization")})
                known = token in registration_tokens
            if not known:
                return self.refuse(401, "no registration token")
            body = configuration()
            if query.get("mode") == "wrong_issuer":
                body["issuer"] = "https://other-lms.example.org"
            return self.answer(200, body)
        if url.path == "/admin/register-tool" and DYNAMIC:
            # The administrator pastes the tool's registration URL; the platform frames it with the configuration's
            # address and a fresh registration token, and closes the frame on the tool's message.
            token = secrets.token_urlsafe(16)
            with lock:
                registration_tokens[token] = query.get("answer", "")
            config = f"{ISSUER}/.well-known/openid-configuration?" + urllib.parse.urlencode(
                {"registration_token": token} | ({"mode": query["mode"]} if "mode" in query else {}))
            tool = query["url"] + "&" + urllib.parse.urlencode({"openid_configuration": config, "registration_token": token})
            return self.page(f"<h1>Tool registreren</h1><iframe id='tool' title='Tool' src='{html.escape(tool)}' "
                             f"style='width:1200px;height:900px'></iframe><script>{CLOSE_LISTENER}</script>")
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
                    "client_id": client_id()}
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
        if url.path == "/register" and DYNAMIC:
            return self.register()
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
            claims = jwt.decode(token, tool_key(token), algorithms=["RS256"], audience=ISSUER, issuer=client_id())
        except Exception as error:  # noqa: BLE001 - any failure is the tool's fault, recorded for the test
            return self.refuse(400, f"deep linking answer does not verify: {error}")
        if claims.get(LTI + "message_type") != "LtiDeepLinkingResponse" or claims.get(LTI + "deployment_id") != registration["deployment"]:
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

    def register(self) -> None:
        """The registration endpoint (Dynamic Registration §3.5): Moodle's and Canvas's checks, plain-text refusals as
        Moodle answers them; success gives a client id and, unless the token says otherwise, a deployment id."""
        token = (self.headers.get("Authorization") or "").removeprefix("Bearer ")
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length)
        with lock:
            answer = registration_tokens.pop(token, None)
        if answer is None:
            return self.refuse_text(401, "token_already_used" if token else "missing_registration_token")
        if answer == "refuse":  # an administrator's test of a platform that says no (Moodle's words)
            return self.refuse_text(400, "invalid_redirect_uris")
        try:
            request = json.loads(body)
        except ValueError:
            return self.refuse_text(400, "not JSON")
        tool = request.get("https://purl.imsglobal.org/spec/lti-tool-configuration") or {}
        required = ["application_type", "grant_types", "response_types", "redirect_uris", "initiate_login_uri",
                    "client_name", "jwks_uri", "token_endpoint_auth_method"]
        missing = [key for key in required if not request.get(key)] + [key for key in ("domain", "messages", "claims") if not tool.get(key)]
        if self.headers.get("Content-Type") != "application/json" or missing:
            return self.refuse_text(400, f"missing required attribute {missing}")
        target = urllib.parse.urlsplit(tool.get("target_link_uri", ""))
        if request["token_endpoint_auth_method"] != "private_key_jwt" or request["application_type"] != "web" \
                or "id_token" not in request["response_types"] or sorted(request["grant_types"]) != ["client_credentials", "implicit"] \
                or target.netloc != tool["domain"]:
            return self.refuse_text(400, "invalid registration")
        unknown = set(request.get("scope", "").split()) - SCOPES
        if unknown:
            return self.refuse_text(400, f"invalid scope {sorted(unknown)}")
        with lock:
            registration["client_id"] = "dyn-" + secrets.token_hex(4)
            registration["deployment"] = "dep-dyn-1"
            log["registrations"].append(request)
        configuration_answer = tool | ({} if answer == "no_deployment" else {"deployment_id": registration["deployment"]})
        return self.answer(200, request | {"client_id": registration["client_id"],
                                           "https://purl.imsglobal.org/spec/lti-tool-configuration": configuration_answer})

    def refuse_text(self, status: int, why: str) -> None:
        with lock:
            log["refused"].append({"path": self.path, "why": why})
        self.answer(status, why, "text/plain")

    def token(self, form: dict) -> None:
        """Client credentials with a JWT assertion signed by the tool (1EdTech Security Framework §4.1)."""
        if form.get("grant_type") != "client_credentials" or \
                form.get("client_assertion_type") != "urn:ietf:params:oauth:client-assertion-type:jwt-bearer":
            return self.refuse(400, "not a client-credentials request with a JWT assertion")
        assertion = form.get("client_assertion", "")
        try:
            claims = jwt.decode(assertion, tool_key(assertion), algorithms=["RS256"], audience=f"{SERVICES}/token",
                                issuer=client_id(), options={"require": ["exp", "iat", "jti", "sub"]})
        except Exception as error:  # noqa: BLE001
            return self.refuse(401, f"assertion does not verify: {error}")
        if claims["sub"] != client_id() or claims["jti"] in assertion_ids:
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
