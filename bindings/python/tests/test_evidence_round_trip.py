"""A portfolio reads back what it exported: every xAPI statement and every Open Badges credential names the canvas
document and the moment it came from, by ids that stay the same, so the canvas behind a badge can be shown again."""

import impactkit

from conftest import DATA

HOMEPAGE = "https://lms.example.org"
BASE = HOMEPAGE + "/impactkit/"


def test_statements_and_credentials_lead_back_to_their_canvas():
    with impactkit.load(DATA / "pzw-bottendaal.journey.json") as journey:
        moments = {moment["id"]: moment["moment"]["label"] for moment in journey.to_dict()["moments"]}
        for version in ("1.0.3", "2.0.0"):
            for statement in journey.to_xapi(HOMEPAGE, pseudonym_salt="impactkit-test-salt-0001", version=version):
                canvas_activity = statement["object"] if statement["object"]["id"].startswith(BASE + "canvas/") \
                    else statement["context"]["contextActivities"]["parent"][0]
                canvas_id = canvas_activity["id"].removeprefix(BASE + "canvas/")
                moment = statement["context"]["extensions"]["https://impactkit.dev/xapi/extensions/moment"]["label"]
                assert moments[canvas_id] == moment
        credentials = journey.to_ob3({"id": "https://hogeschool.example.nl/issuers/pzw", "name": "Hogeschool"},
                                     {"identity": "s1234567", "type": "sisSourcedId", "salt": "x7"})
        pieces = [piece for credential in credentials for piece in credential["evidence"]]
        assert len(pieces) == 5
        document = journey.to_dict()
        for piece in pieces:
            assert moments[piece["impactkit:canvas"]] == piece["impactkit:moment"]
            canvas = next(m for m in document["moments"] if m["id"] == piece["impactkit:canvas"])
            if "impactkit:placement" in piece:
                assert any(p["id"] == piece["impactkit:placement"] for p in canvas["placements"])
            if "impactkit:question" in piece:
                assert any(r["question"] == piece["impactkit:question"] for r in canvas["reflections"])
