"""The reference page as an LTI 1.3 tool, against the platform emulator (Tests/web/lti_platform.py), over HTTPS with
a self-signed certificate, mounted under a plug-in's sub-path. In headless Chromium, each person in a browser of
their own: a teacher adds the activity by deep linking; two students of one group launch (one in the LMS's iframe,
one in a new window) and find one team canvas filled from the roster (NRPS, paged); one places a card, which says
who laid it; the team hands in and the gradebook (AGS) has one score per member with the poster's link; a student
of the other group gets the other team; a coach sees the course's teams; a platform key rotation is followed.
Every check of the launch has a refusal test: 401, the reason on the page, nothing stored.

Run by `make web-test` after the browser test; prints each step and "lti: N steps passed, 0 failed"."""

import base64
import hashlib
import hmac
import json
import os
import re
import sqlite3
import subprocess
import sys
import time
import traceback
import urllib.parse
from pathlib import Path

import jwt
import requests
from axe_check import AXE_TAGS, accessible, axe_states
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from selenium import webdriver
from selenium.common.exceptions import NoSuchElementException, StaleElementReferenceException, TimeoutException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

TOOL = os.environ["PORTFOLIO_TOOL"]             # https://127.0.0.1:PORT/mod/impact/
LMS = os.environ["PORTFOLIO_LMS"]               # http://localhost:PORT (what browsers see: another site)
SERVICES = os.environ["PORTFOLIO_LMS_SERVICES"]  # http://127.0.0.1:PORT
DYNAMIC = os.environ["PORTFOLIO_LMS_DYNAMIC"]    # http://127.0.0.1:PORT, a platform the tool registers with itself
DATA = Path(os.environ["PORTFOLIO_DATA"])
SHOTS = Path(os.environ.get("PORTFOLIO_SHOTS", "build/portfolio-web/screenshots"))
CA = os.environ["PORTFOLIO_CA"]
CLIENT_ID = "impactkit-test"
LTI = "https://purl.imsglobal.org/spec/lti/claim/"
DL = "https://purl.imsglobal.org/spec/lti-dl/claim/"
REFUSED = ("De aanmelding vanuit je leeromgeving is niet aanvaard", "The sign-in from your learning platform was not accepted")

passed = 0
browsers: list[webdriver.Chrome] = []


def step(name: str):
    def run(function):
        global passed
        started = time.perf_counter()
        function()
        passed += 1
        print(f"lti: step {passed:2d} ok  {name} ({(time.perf_counter() - started) * 1000:.0f} ms)")
    return run


def browser() -> webdriver.Chrome:
    """A person's own browser (own cookies), trusting the page's self-signed certificate as its admin would."""
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1500,2000", "--lang=nl",
                     "--ignore-certificate-errors"):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    browsers.append(driver)
    return driver


def wait(driver, condition, timeout: float = 15):
    return WebDriverWait(driver, timeout, poll_frequency=0.05,
                         ignored_exceptions=(StaleElementReferenceException, NoSuchElementException)).until(condition)


def platform_log() -> dict:
    return requests.get(f"{SERVICES}/admin/log", timeout=10).json()


def stored() -> dict:
    """What the page's database holds: teams, LTI links and members (the refusals must leave it as it was)."""
    with sqlite3.connect(f"file:{DATA / 'portfolio.sqlite'}?mode=ro", uri=True) as db:
        return {table: db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                for table in ("teams", "moments", "lti_links", "lti_members")}


def canvas_of(team: str) -> dict:
    with sqlite3.connect(f"file:{DATA / 'portfolio.sqlite'}?mode=ro", uri=True) as db:
        return json.loads(db.execute("SELECT document FROM moments WHERE team = ? ORDER BY number DESC", (team,)).fetchone()[0])


def launch_in_iframe(driver, user: str, link: str, lms: str = LMS) -> None:
    """The course page with the tool in its iframe; the test then works inside the iframe, as the student does."""
    driver.switch_to.default_content()
    driver.get(f"{lms}/launch?user={user}&link={link}")
    frame = wait(driver, lambda d: d.find_element(By.ID, "tool"))
    driver.switch_to.frame(frame)
    wait(driver, lambda d: "team=" in d.execute_script("return location.search") or d.find_elements(By.CSS_SELECTOR, "main"))


def pool_php(script: str, *arguments: str) -> subprocess.CompletedProcess:
    """A command of the page's (lti-keys.php, lti-register.php) as the pool's user with its data folder."""
    command = ["php", str(Path(__file__).resolve().parents[2] / "examples/portfolio-web" / script), *arguments]
    if os.geteuid() == 0:  # as the pool's user, who owns the data (docs/lti.md)
        command = ["runuser", "-u", "www-data", "--"] + command
    return subprocess.run(command, env=os.environ | {"PORTFOLIO_DATA": str(DATA)}, capture_output=True, text=True)


def registrations() -> list[tuple[str, ...]]:
    """The platforms registered by Dynamic Registration, as `lti-register.php list` prints them."""
    listed = pool_php("lti-register.php", "list")
    assert listed.returncode == 0, listed.stderr
    return [tuple(line.split("\t")[:3]) for line in listed.stdout.splitlines()]


def dynamic_log() -> dict:
    return requests.get(f"{DYNAMIC}/admin/log", timeout=10).json()


def register_in_platform(driver, invite: str, at: str = DYNAMIC, **options: str) -> None:
    """The platform's administrator pastes the registration URL: the platform frames it (Moodle, Canvas) from its
    administration pages at `at` (Canvas's are on the institution's own host, its configuration on the issuer's)."""
    driver.switch_to.default_content()
    driver.get(f"{at}/admin/register-tool?" + urllib.parse.urlencode({"url": invite} | options))
    driver.switch_to.frame(wait(driver, lambda d: d.find_element(By.ID, "tool")))


def team_id(driver) -> str:
    return urllib.parse.parse_qs(driver.execute_script("return location.search").lstrip("?"))["team"][0]


def begin_login(session: requests.Session, user: str = "s1", link: str = "link-1") -> tuple[str, str]:
    """The tool's login initiation as the platform starts it; returns the state and nonce it sends to the platform."""
    answer = session.get(TOOL, params={"lti": "login", "iss": LMS, "login_hint": user, "target_link_uri": TOOL,
                                       "lti_message_hint": link, "client_id": CLIENT_ID, "lti_deployment_id": "dep-1"},
                         allow_redirects=False, verify=CA, timeout=10)
    assert answer.status_code == 302, answer.status_code
    query = urllib.parse.parse_qs(urllib.parse.urlsplit(answer.headers["Location"]).query)
    return query["state"][0], query["nonce"][0]


def claims_for(nonce: str, user: str = "s1", link: str = "link-1") -> dict:
    return requests.get(f"{SERVICES}/admin/claims", params={"user": user, "nonce": nonce, "link": link}, timeout=10).json()


def platform_sign(claims: dict) -> str:
    return requests.post(f"{SERVICES}/admin/sign", json=claims, timeout=10).json()["token"]


def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def post_launch(session: requests.Session, state: str, token: str) -> requests.Response:
    return session.post(TOOL + "?lti=launch", data={"state": state, "id_token": token}, allow_redirects=False, verify=CA, timeout=10)


def main() -> int:
    teams: dict[str, str] = {}

    @step("the tool publishes its key set: RSA keys for RS256 with a kid")
    def _():
        keys = requests.get(TOOL, params={"lti": "jwks"}, verify=CA, timeout=10).json()["keys"]
        assert keys and all(k["kty"] == "RSA" and k["alg"] == "RS256" and k["use"] == "sig" and k["kid"] for k in keys), keys

    @step("login initiation: state cookie SameSite=None; Secure; Partitioned; HttpOnly, bound to the mount")
    def _():
        session = requests.Session()
        answer = session.get(TOOL, params={"lti": "login", "iss": LMS, "login_hint": "s1", "target_link_uri": TOOL,
                                           "client_id": CLIENT_ID}, allow_redirects=False, verify=CA, timeout=10)
        location = urllib.parse.urlsplit(answer.headers["Location"])
        query = urllib.parse.parse_qs(location.query)
        assert f"{location.scheme}://{location.netloc}{location.path}" == f"{LMS}/auth", location
        assert {k: query[k][0] for k in ("scope", "response_type", "response_mode", "prompt", "client_id", "redirect_uri")} == {
            "scope": "openid", "response_type": "id_token", "response_mode": "form_post", "prompt": "none",
            "client_id": CLIENT_ID, "redirect_uri": TOOL + "?lti=launch"}, query
        cookie = next(v for k, v in answer.raw.headers.items() if k.lower() == "set-cookie" and v.startswith("lti_state_"))
        for attribute in ("Secure", "SameSite=None", "Partitioned", "HttpOnly", "Path=/mod/impact/"):
            assert attribute in cookie, cookie
        # The session's cookie too (PHP writes SameSite as given: "None; Partitioned").
        session_cookie = next(v for k, v in answer.raw.headers.items() if k.lower() == "set-cookie" and v.startswith("PHPSESSID="))
        for attribute in ("secure", "SameSite=None", "Partitioned", "HttpOnly"):
            assert attribute in session_cookie, session_cookie
        # An unknown platform, and a target outside the tool, are refused at once.
        for params in ({"iss": "https://evil.example", "login_hint": "s1", "target_link_uri": TOOL},
                       {"iss": LMS, "login_hint": "s1", "target_link_uri": "https://evil.example/"}):
            refused = requests.get(TOOL, params={"lti": "login"} | params, allow_redirects=False, verify=CA, timeout=10)
            assert refused.status_code == 401 and any(text in refused.text for text in REFUSED), refused.status_code

    teacher = browser()

    @step("a teacher adds the activity by deep linking: variant and purpose, a line item, signed with the tool's key")
    def _():
        teacher.get(f"{LMS}/deeplink?user=t1")
        teacher.switch_to.frame(wait(teacher, lambda d: d.find_element(By.ID, "tool")))
        form = wait(teacher, lambda d: d.find_element(By.ID, "lti-deeplink"))
        assert "Voeg" in teacher.page_source or "toevoegen" in teacher.page_source  # nl-NL from the launch
        title = form.find_element(By.NAME, "title")
        title.clear()
        title.send_keys("LIM-canvas blok 2")
        # A pair the library refuses (the stakeholders variant has no purpose) is said here, with the choice kept.
        Select(form.find_element(By.NAME, "variant")).select_by_value("stakeholders")
        Select(form.find_element(By.NAME, "purpose")).select_by_value("monitor-process")
        form.find_element(By.TAG_NAME, "button").click()
        refusal = wait(teacher, lambda d: d.find_element(By.ID, "error-lti-deeplink"))
        assert "belanghebbenden" in refusal.text or "stakeholders" in refusal.text, refusal.text
        accessible(teacher, "deep linking form with a refusal, in the LMS's iframe")
        form = teacher.find_element(By.ID, "lti-deeplink")
        assert form.find_element(By.NAME, "title").get_attribute("value") == "LIM-canvas blok 2"
        Select(form.find_element(By.NAME, "variant")).select_by_value("standard")
        form.find_element(By.TAG_NAME, "button").click()
        added = wait(teacher, lambda d: d.find_element(By.CSS_SELECTOR, ".added"))
        assert added.get_attribute("data-link") == "link-1", added.text
        item = platform_log()["deep_links"][0][DL + "content_items"][0]
        assert item["type"] == "ltiResourceLink" and item["title"] == "LIM-canvas blok 2", item
        assert item["custom"] == {"variant": "standard", "purpose": "monitor-process"}, item
        assert item["lineItem"]["scoreMaximum"] == 10 and item["url"] == TOOL, item

    @step("every check of a launch refuses with 401 and its reason, and stores nothing")
    def _():
        before = stored()
        stranger = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        platform_jwk = requests.get(f"{SERVICES}/jwks", timeout=10).json()["keys"][-1]
        public_pem = jwt.algorithms.RSAAlgorithm.from_jwk(json.dumps(platform_jwk)).public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
        now = int(time.time())

        def forged(case: str, nonce: str) -> str:
            claims = claims_for(nonce)
            if case == "wrong issuer":
                return platform_sign(claims | {"iss": "https://evil.example"})
            if case == "wrong audience":
                return platform_sign(claims | {"aud": "another-tool", "azp": "another-tool"})
            if case == "expired":
                return platform_sign(claims | {"iat": now - 4000, "exp": now - 3600})
            if case == "wrong deployment":
                return platform_sign(claims | {LTI + "deployment_id": "dep-unknown"})
            if case == "unknown kid":
                return jwt.encode(claims, stranger, algorithm="RS256", headers={"kid": "stranger"})
            if case == "tampered payload":
                header, _, signature = platform_sign(claims).split(".")
                return ".".join([header, b64(json.dumps(claims | {"sub": "s4"}).encode()), signature])
            if case == "alg none":
                return b64(b'{"alg":"none","typ":"JWT"}') + "." + b64(json.dumps(claims).encode()) + "."
            if case == "HS256 with the public key as secret":
                head = b64(json.dumps({"alg": "HS256", "typ": "JWT", "kid": platform_jwk["kid"]}).encode())
                body = b64(json.dumps(claims).encode())
                return f"{head}.{body}." + b64(hmac.new(public_pem, f"{head}.{body}".encode(), hashlib.sha256).digest())
            if case == "another nonce":
                return platform_sign(claims | {"nonce": "0" * 32})
            if case == "issued in the future":
                return platform_sign(claims | {"iat": now + 3600, "exp": now + 4000})
            if case == "not before a later time":
                return platform_sign(claims | {"nbf": now + 3600})
            if case == "azp alone names another tool":
                return platform_sign(claims | {"aud": CLIENT_ID, "azp": "another-tool"})
            if case == "no sub":
                return platform_sign({key: value for key, value in claims.items() if key != "sub"})
            if case == "no resource link":
                return platform_sign({key: value for key, value in claims.items() if key != LTI + "resource_link"})
            raise AssertionError(case)

        reasons = {"wrong issuer": "niet aangemeld bij deze tool", "wrong audience": "andere tool",
                   "expired": "verlopen", "wrong deployment": "installatie", "unknown kid": "sleutel",
                   "tampered payload": "handtekening klopt niet", "alg none": "niet ondertekend",
                   "HS256 with the public key as secret": "niet ondertekend", "another nonce": "al eens gebruikt",
                   "issued in the future": "verlopen", "not before a later time": "verlopen",
                   "azp alone names another tool": "andere tool", "no sub": "mist gegevens",
                   "no resource link": "mist gegevens"}
        for case, reason in reasons.items():
            session = requests.Session()
            session.headers["Accept-Language"] = "nl"
            state, nonce = begin_login(session)
            answer = post_launch(session, state, forged(case, nonce))
            assert answer.status_code == 401, (case, answer.status_code, answer.text[:300])
            assert REFUSED[0] in answer.text and reason in answer.text, (case, answer.text[-800:])
        # The state: a launch from a browser that did not begin the login (no cookie), and one posted twice.
        state, nonce = begin_login(requests.Session())
        answer = requests.post(TOOL + "?lti=launch", data={"state": state, "id_token": platform_sign(claims_for(nonce))},
                               headers={"Accept-Language": "nl"}, allow_redirects=False, verify=CA, timeout=10)
        assert answer.status_code == 401 and "niet in deze browser begonnen" in answer.text, answer.text[-500:]
        assert stored() == before, (before, stored())

    first = browser()
    second = browser()

    @step("two students of one group launch (iframe and new window): one team canvas, filled from the roster")
    def _():
        launch_in_iframe(first, "s1", "link-1")
        wait(first, lambda d: d.find_element(By.ID, "board"))
        teams["g1"] = team_id(first)
        # The second in a new window, as a platform does when it says so (launch_presentation window).
        second.get(f"{LMS}/launch?user=s2&link=link-1&target=window")
        wait(second, lambda d: d.find_element(By.ID, "board"))
        assert team_id(second) == teams["g1"], (team_id(second), teams["g1"])
        canvas = canvas_of(teams["g1"])
        # The group's three learners (s1, s2, s3 in g1; not s4 of g2, not the teacher); names only where the
        # platform sent them, else "#N"; member ids are the platform's user ids.
        assert canvas["team"] == [{"id": "s1", "name": "Anouk de Vries"}, {"id": "s2", "name": "Bram Jansen"},
                                  {"id": "s3", "name": "#3"}], canvas["team"]
        assert canvas["variant"] == "standard" and canvas["purpose"] == "monitor-process", canvas
        assert [page["from"] for page in platform_log()["nrps"]][:3] == [0, 2, 4], platform_log()["nrps"]
        assert "Anouk de Vries" in first.find_element(By.ID, "lti-you").text
        assert not first.find_elements(By.CSS_SELECTOR, "form.whoami"), "the launch says who works: no picker"
        accessible(first, "team page in the LMS's iframe")
        SHOTS.mkdir(parents=True, exist_ok=True)
        first.switch_to.default_content()
        first.save_screenshot(str(SHOTS / "lti-team-in-iframe.png"))
        first.switch_to.frame(first.find_element(By.ID, "tool"))

    @step("a card placed in the iframe says who laid it; the teammate sees it")
    def _():
        card = first.find_element(By.CSS_SELECTOR, '#place input[name="card"][value="act.home-visit"]')
        first.execute_script("arguments[0].scrollIntoView({block: 'center'})", card)
        card.click()
        first.find_element(By.CSS_SELECTOR, "#cell-partners-activity .place-here").click()
        wait(first, lambda d: d.find_elements(By.CSS_SELECTOR, "#cell-partners-activity .placement"))
        placed = canvas_of(teams["g1"])["placements"]
        assert len(placed) == 1 and placed[0]["by"] == "s1" and placed[0]["card"] == "act.home-visit", placed
        second.refresh()
        wait(second, lambda d: d.find_elements(By.CSS_SELECTOR, "#cell-partners-activity .placement"))

    @step("the team hands in: one score per member in the gradebook, Completed / PendingManual, with the poster")
    def _():
        button = first.find_element(By.ID, "hand-in-button")
        first.execute_script("arguments[0].scrollIntoView({block: 'center'})", button)
        button.click()
        wait(first, lambda d: "Ingeleverd" in d.find_element(By.CSS_SELECTOR, ".flash").text)
        accessible(first, "team page after handing in")
        log = platform_log()
        scores = log["scores"]
        assert sorted(s["score"]["userId"] for s in scores) == ["s1", "s2", "s3"], scores
        lineitem = log["links"]["link-1"]["lineitem"]
        for entry in scores:
            score = entry["score"]
            assert entry["lineitem"] == lineitem, entry
            assert score["activityProgress"] == "Completed" and score["gradingProgress"] == "PendingManual", score
            assert "scoreGiven" not in score and score["timestamp"].endswith("Z"), score
            # Milliseconds: AGS orders scores by timestamp, and a second hand-in within the second was not newer.
            assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z", score["timestamp"]), score
        poster = scores[0]["score"]["comment"].split("Poster: ")[1]
        assert poster.startswith(TOOL), poster
        image = requests.get(poster, verify=CA, timeout=30)
        assert image.status_code == 200 and image.headers["Content-Type"] in ("image/png", "image/svg+xml; charset=utf-8"), image.headers
        assert requests.get(poster.replace("sig=", "sig=0"), verify=CA, timeout=10).status_code == 404
        # Tokens by the client-credentials grant: one for the roster, one for the scores.
        assert ["https://purl.imsglobal.org/spec/lti-ags/scope/score"] in log["tokens"], log["tokens"]
        assert first.find_element(By.ID, "handed-in").text, "the page says the moment is handed in"

    @step("the team is closed to anyone not launched into it (403), and the other group gets its own team")
    def _():
        outsider = requests.get(TOOL, params={"team": teams["g1"]}, headers={"Accept-Language": "en"}, verify=CA, timeout=10)
        assert outsider.status_code == 403 and "Open it there, from the activity" in outsider.text, outsider.status_code
        other = browser()
        launch_in_iframe(other, "s4", "link-1")
        wait(other, lambda d: d.find_element(By.ID, "board"))
        teams["g2"] = team_id(other)
        assert teams["g2"] != teams["g1"]
        assert canvas_of(teams["g2"])["team"] == [{"id": "s4", "name": "Dewi Pranoto"}]
        other.get(TOOL + "?team=" + teams["g1"])
        assert "403" in other.title or other.find_elements(By.CSS_SELECTOR, "main"), other.title
        assert not other.find_elements(By.ID, "board"), "a student of g2 cannot open g1's canvas"

    @step("a platform key rotation: the next launch is verified with the new key (key set fetched again)")
    def _():
        fetched = platform_log()["jwks_fetches"]
        # The tool fetches a key set again for an unknown kid at most every 5 s (Platforms::REFETCH_SECONDS, so that
        # forged kids cannot make it hammer the platform): a rotation sooner than that is refused, later it is followed.
        time.sleep(max(0.0, fetched[-1] + 5.5 - time.time()))
        fetches = len(fetched)
        requests.post(f"{SERVICES}/admin/rotate", timeout=10)
        launch_in_iframe(second, "s2", "link-1")
        wait(second, lambda d: d.find_element(By.ID, "board"))
        assert team_id(second) == teams["g1"]
        assert len(platform_log()["jwks_fetches"]) == fetches + 1, platform_log()["jwks_fetches"]

    @step("the tool's key rotation (lti-keys.php): the new key signs, the old one stays published")
    def _():
        old = pool_php("lti-keys.php", "list").stdout.split()
        new = pool_php("lti-keys.php", "rotate").stdout.strip()
        published = [key["kid"] for key in requests.get(TOOL, params={"lti": "jwks"}, verify=CA, timeout=10).json()["keys"]]
        assert published == old + [new], (published, old, new)
        # The next deep-linking answer is signed with the new key, and the platform verifies it from the key set.
        teacher.switch_to.default_content()
        teacher.get(f"{LMS}/deeplink?user=t1")
        teacher.switch_to.frame(wait(teacher, lambda d: d.find_element(By.ID, "tool")))
        wait(teacher, lambda d: d.find_element(By.ID, "lti-deeplink")).find_element(By.TAG_NAME, "button").click()
        assert wait(teacher, lambda d: d.find_element(By.CSS_SELECTOR, ".added")).get_attribute("data-link") == "link-2"
        assert platform_log()["deep_links"][-1]["kid"] == new

    @step("a coach launches: the course's teams, and into a team's canvas")
    def _():
        launch_in_iframe(teacher, "t1", "link-1")
        links = wait(teacher, lambda d: d.find_elements(By.CSS_SELECTOR, "a[href*='team=lti-']"))
        hrefs = {urllib.parse.parse_qs(urllib.parse.urlsplit(a.get_attribute("href")).query)["team"][0] for a in links}
        # The course's two teams, and no team of another course or of the page's own (non-LMS) list.
        assert hrefs == {teams["g1"], teams["g2"]}, hrefs
        link = next(a for a in links if teams["g1"] in a.get_attribute("href"))
        teacher.execute_script("arguments[0].scrollIntoView({block: 'center'})", link)
        link.click()
        wait(teacher, lambda d: d.find_element(By.ID, "board"))
        assert len(teacher.find_elements(By.CSS_SELECTOR, "#cell-partners-activity .placement")) == 1

    @step("a launch posted again (replayed id_token and state) is refused and stores nothing")
    def _():
        session = requests.Session()
        session.headers["Accept-Language"] = "nl"
        state, nonce = begin_login(session, "s3")
        token = platform_sign(claims_for(nonce, "s3"))
        started = time.perf_counter()
        assert post_launch(session, state, token).status_code == 303
        print(f"lti: a launch answered in {(time.perf_counter() - started) * 1000:.0f} ms (id_token checked, a service token, "
              "the roster in 3 pages, the team's list synced)")
        before = stored()
        assert post_launch(session, state, token).status_code == 401
        state, _ = begin_login(session, "s3")
        answer = post_launch(session, state, token)
        assert answer.status_code == 401 and "al eens gebruikt" in answer.text, answer.text[-400:]
        assert stored() == before

    @step("an observer (Mentor) or a platform administrator is neither student nor coach: refused, nothing stored")
    def _():
        # Mentor counted as a coach, and Canvas gives it to observers (parents): they opened every team of the course.
        before = stored()
        for user in ("o1", "a1"):
            session = requests.Session()
            session.headers["Accept-Language"] = "en"
            state, nonce = begin_login(session, user)
            answer = post_launch(session, state, platform_sign(claims_for(nonce, user)))
            assert answer.status_code == 403 and "for the course’s students and teachers" in answer.text, answer.status_code
            assert session.get(TOOL, params={"page": "coach"}, verify=CA, timeout=10).status_code != 200 \
                or teams["g1"] not in session.get(TOOL, params={"page": "coach"}, verify=CA, timeout=10).text
        assert stored() == before

    @step("another person launching in the same browser does not keep the first one's teams (a shared computer)")
    def _():
        session = requests.Session()
        state, nonce = begin_login(session, "s1")
        assert post_launch(session, state, platform_sign(claims_for(nonce, "s1"))).status_code == 303
        assert session.get(TOOL, params={"team": teams["g1"]}, verify=CA, timeout=10).status_code == 200
        state, nonce = begin_login(session, "s4")
        assert post_launch(session, state, platform_sign(claims_for(nonce, "s4"))).status_code == 303
        assert session.get(TOOL, params={"team": teams["g2"]}, verify=CA, timeout=10).status_code == 200
        assert session.get(TOOL, params={"team": teams["g1"]}, verify=CA, timeout=10).status_code == 403
        # The same person launching into another activity keeps the first (two activities in two tabs).
        state, nonce = begin_login(session, "s4", "link-2")
        launched = post_launch(session, state, platform_sign(claims_for(nonce, "s4", "link-2")))
        assert launched.status_code == 303
        second_team = urllib.parse.parse_qs(urllib.parse.urlsplit(launched.headers["Location"]).query)["team"][0]
        assert second_team != teams["g2"]
        for team in (teams["g2"], second_team):
            assert session.get(TOOL, params={"team": team}, verify=CA, timeout=10).status_code == 200, team

    admin = browser()

    def asked_client_id() -> str:
        return requests.get(f"{DYNAMIC}/admin/registration", timeout=10).json()["client_id"]

    def launch_dynamic_course() -> None:
        teacher_there = browser()
        teacher_there.get(f"{DYNAMIC}/deeplink?user=t1")
        teacher_there.switch_to.frame(wait(teacher_there, lambda d: d.find_element(By.ID, "tool")))
        wait(teacher_there, lambda d: d.find_element(By.ID, "lti-deeplink")).find_element(By.TAG_NAME, "button").click()
        link = wait(teacher_there, lambda d: d.find_element(By.CSS_SELECTOR, ".added")).get_attribute("data-link")
        student = browser()
        launch_in_iframe(student, "s2", link, DYNAMIC)
        wait(student, lambda d: d.find_element(By.ID, "board"))
        team = team_id(student)
        assert team not in teams.values(), "a team of its own, not one of the first platform's"
        assert [member["id"] for member in canvas_of(team)["team"]] == ["s1", "s2", "s3"], canvas_of(team)["team"]

    @step("Dynamic Registration without a valid invitation is refused (403), and nothing is registered")
    def _():
        for invite in ("", "0" * 32):
            answer = requests.get(TOOL, params={"lti": "register", "invite": invite, "registration_token": "t",
                                                "openid_configuration": f"{DYNAMIC}/.well-known/openid-configuration"},
                                  headers={"Accept-Language": "nl"}, verify=CA, timeout=10)
            assert answer.status_code == 403 and "registratielink is onbekend" in answer.text, answer.status_code
        # An invitation is made for the page's https address only, for 1 to 168 hours.
        for arguments in (("http://tool.example.org/mod/impact/",), (TOOL, "0"), (TOOL, "169"), (TOOL + "?x=1",)):
            made = pool_php("lti-register.php", "invite", *arguments)
            assert made.returncode == 2 and "lti-register: " in made.stderr, (arguments, made.stderr)
        assert registrations() == [] and not dynamic_log()["configuration_fetches"]
        # Open invitations are listed (a digest's start, never the secret) and can be withdrawn.
        made = pool_php("lti-register.php", "invite", TOOL, "2", "--frame-origin", "https://uu.instructure.com")
        listed = pool_php("lti-register.php", "invites").stdout.splitlines()
        secret = made.stdout.strip().rsplit("=", 1)[1]
        assert len(listed) == 1 and listed[0].endswith("\thttps://uu.instructure.com") and secret not in listed[0], listed
        assert pool_php("lti-register.php", "revoke").stdout.strip() == "revoked 1 invitation(s)"
        assert requests.get(made.stdout.strip(), verify=CA, timeout=10).status_code == 403

    @step("a platform that refuses, or whose issuer is elsewhere: the administrator reads why; the invitation stays")
    def _():
        invite = pool_php("lti-register.php", "invite", TOOL, "1").stdout.strip()
        assert invite.startswith(TOOL + "?lti=register&invite="), invite
        register_in_platform(admin, invite, mode="wrong_issuer")
        refusal = wait(admin, lambda d: d.find_element(By.ID, "error-lti-register"))
        assert any(words in refusal.text for words in ("configuratie van de leeromgeving", "platform’s configuration")), refusal.text
        register_in_platform(admin, invite, answer="refuse")
        wait(admin, lambda d: d.find_element(By.ID, "lti-register")).find_element(By.TAG_NAME, "button").click()
        refusal = wait(admin, lambda d: d.find_element(By.ID, "error-lti-register"))
        assert any(words in refusal.text for words in ("weigerde de aanmelding", "refused the registration")), refusal.text
        assert "invalid_redirect_uris" in admin.find_element(By.ID, "lti-platform-answer").text
        accessible(admin, "Dynamic Registration refused, in the platform's frame")
        # Its Close button tells the platform the window may close.
        admin.find_element(By.CSS_SELECTOR, "[data-lti-close-button]").click()
        admin.switch_to.default_content()
        wait(admin, lambda d: d.find_element(By.TAG_NAME, "body").get_attribute("data-closed") == "yes")
        assert registrations() == []
        teams["invite"] = invite

    @step("an administrator registers the tool by Dynamic Registration: what it asks, the platform's answer, closed")
    def _():
        # The administration pages on another host than the configuration and the registration endpoint (Canvas's
        # institution host): without that origin in the invitation the page refuses to be framed there.
        elsewhere = DYNAMIC.replace("127.0.0.1", "localhost")
        register_in_platform(admin, teams["invite"], at=elsewhere)
        try:
            wait(admin, lambda d: d.find_element(By.ID, "lti-register"), timeout=3)
            raise AssertionError("framed from an origin the invitation does not name")
        except TimeoutException:
            pass
        pool_php("lti-register.php", "revoke")
        teams["invite"] = pool_php("lti-register.php", "invite", TOOL, "1", "--frame-origin", elsewhere).stdout.strip()
        register_in_platform(admin, teams["invite"], at=elsewhere)
        form = wait(admin, lambda d: d.find_element(By.ID, "lti-register"))
        assert f"emulator ({DYNAMIC})" in admin.find_element(By.ID, "lti-register-help").text
        accessible(admin, "Dynamic Registration in the platform's frame")
        admin.switch_to.default_content()
        SHOTS.mkdir(parents=True, exist_ok=True)
        admin.save_screenshot(str(SHOTS / "lti-dynamic-registration.png"))
        admin.switch_to.frame(admin.find_element(By.ID, "tool"))
        form.find_element(By.TAG_NAME, "button").click()
        # The tool's page says so and the platform, told by its message, closes the frame.
        admin.switch_to.default_content()
        wait(admin, lambda d: d.find_element(By.TAG_NAME, "body").get_attribute("data-closed") == "yes")
        log = dynamic_log()
        asked = log["registrations"][-1]
        tool_configuration = asked["https://purl.imsglobal.org/spec/lti-tool-configuration"]
        assert (asked["initiate_login_uri"], asked["redirect_uris"], asked["jwks_uri"]) == (
            TOOL + "?lti=login", [TOOL + "?lti=launch"], TOOL + "?lti=jwks"), asked
        assert asked["token_endpoint_auth_method"] == "private_key_jwt" and asked["application_type"] == "web", asked
        assert set(asked["scope"].split()) == {"https://purl.imsglobal.org/spec/lti-ags/scope/score",
                                              "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly"}
        assert tool_configuration["domain"] == urllib.parse.urlsplit(TOOL).netloc and tool_configuration["target_link_uri"] == TOOL
        assert tool_configuration["claims"] == ["iss", "sub"], "no names unless the platform's administrator shares them"
        assert [m["type"] for m in tool_configuration["messages"]] == ["LtiDeepLinkingRequest"], tool_configuration
        # The configuration was read with the registration token as bearer (Canvas asks for it).
        assert log["configuration_fetches"][-1]["bearer"] == "Bearer " + log["configuration_fetches"][-1]["token"]
        assert registrations() == [(DYNAMIC, asked_client_id(), "dep-dyn-1")], registrations()
        # The registration page and the answer keep the invitation to this site (Referrer-Policy).
        assert requests.get(TOOL, verify=CA, timeout=10).headers["Referrer-Policy"] == "same-origin"
        # The invitation is used up.
        again = requests.get(teams["invite"], headers={"Accept-Language": "en"}, verify=CA, timeout=10)
        assert again.status_code == 403 and "used already" in again.text, again.status_code

    @step("the platform registered so launches: a teacher adds the activity, a student lands in the group's canvas")
    def _():
        launch_dynamic_course()

    @step("a platform that answers without a deployment id (Canvas) is registered for any of its deployments")
    def _():
        invite = pool_php("lti-register.php", "invite", TOOL).stdout.strip()
        register_in_platform(admin, invite, answer="no_deployment")
        wait(admin, lambda d: d.find_element(By.ID, "lti-register")).find_element(By.TAG_NAME, "button").click()
        admin.switch_to.default_content()
        wait(admin, lambda d: d.find_element(By.TAG_NAME, "body").get_attribute("data-closed") == "yes")
        assert (DYNAMIC, asked_client_id(), "any deployment (seen: none yet)") in registrations(), registrations()
        refused = pool_php("lti-register.php", "pin", DYNAMIC, asked_client_id())
        assert refused.returncode == 1 and "launched from a deployment yet" in refused.stderr, refused.stderr
        launch_dynamic_course()
        # The deployments it launched from are listed, and the administrator can keep the tool to them.
        assert (DYNAMIC, asked_client_id(), "any deployment (seen: dep-dyn-1)") in registrations(), registrations()
        assert pool_php("lti-register.php", "pin", DYNAMIC, asked_client_id()).returncode == 0
        assert (DYNAMIC, asked_client_id(), "dep-dyn-1") in registrations(), registrations()
        launch_dynamic_course()
        # Forgotten again: its launches are refused at the login.
        forgot = pool_php("lti-register.php", "remove", DYNAMIC, asked_client_id())
        assert forgot.returncode == 0, forgot.stderr
        refused = requests.get(TOOL, params={"lti": "login", "iss": DYNAMIC, "login_hint": "s1", "target_link_uri": TOOL,
                                             "client_id": asked_client_id()}, allow_redirects=False, verify=CA, timeout=10)
        assert refused.status_code == 401, refused.status_code

    @step("roles: a principal context role decides; a sub-role counts as its principal; LTI 1.1 roles are read")
    def _():
        membership = "http://purl.imsglobal.org/vocab/lis/v2/membership"
        cases = {
            f"{membership}#Instructor": "coach", f"{membership}/Instructor#Grader": "coach", "Instructor": "coach",
            # A Learner sub-role named Instructor is a student who instructs, not a teacher of the course.
            f"{membership}/Learner#Instructor": "student", f"{membership}#Learner": "student",
            "urn:lti:role:ims/lis/Instructor": "coach", "urn:lti:role:ims/lis/Learner/NonCreditLearner": "student",
            f"{membership}#Mentor": "none", "http://purl.imsglobal.org/vocab/lis/v2/system/person#Administrator": "none",
            "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Instructor": "none",
        }
        launch = Path(__file__).resolve().parents[2] / "examples/portfolio-web/src/Lti/Launch.php"
        code = ("require $argv[1]; foreach (array_slice($argv, 2) as $role) "
                "echo Portfolio\\Lti\\Launch::roleOf([$role]), \"\\n\";")
        answer = subprocess.run(["php", "-r", code, str(launch), *cases], capture_output=True, text=True, check=True)
        assert answer.stdout.split() == list(cases.values()), (answer.stdout, answer.stderr)

    return 0


if __name__ == "__main__":
    try:
        status = main()
    except Exception:  # noqa: BLE001 - print what failed with the page it failed on
        traceback.print_exc()
        for index, driver in enumerate(browsers):
            try:
                SHOTS.mkdir(parents=True, exist_ok=True)
                driver.switch_to.default_content()
                driver.save_screenshot(str(SHOTS / f"lti-failed-{index}.png"))
            except Exception:  # noqa: BLE001
                pass
        status = 1
    finally:
        for driver in browsers:
            driver.quit()
    if status == 0:
        print(f"lti: axe-core ({', '.join(AXE_TAGS)}): 0 violations in {len(axe_states)} states ({'; '.join(axe_states)})")
    print(f"lti: {passed} steps passed, {0 if status == 0 else 1} failed")
    sys.exit(status)
