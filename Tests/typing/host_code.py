"""Code as a host writes it with the Python binding, checked by `mypy --strict` (make typing-test): constructors
and loaders return their own class, `with … as c` keeps it, copies keep it, so a method of the class is found
(issue 38, item 4: `Canvas.load()` was typed `-> Document`, and mypy rejected `.compare`)."""

import impactkit
from impactkit import credentials


def compare_moments(week5_path: str, end_path: str) -> int:
    with impactkit.Canvas.load(week5_path) as week5:
        end = impactkit.Canvas.load(end_path)
        comparison = week5.compare(end, "nl")
        added: int = comparison["totals"]["added"]
        twin = week5.copy()
        twin.place("act.survey", "partners", "activity")
        return added


def journey_report(path: str) -> str:
    journey = impactkit.Journey.load(path)
    return journey.report_text("en")


def badge(path: str, poster: bytes, jwt: str) -> bytes:
    with impactkit.Journey.load(path) as journey:
        journey.credentials({"id": "https://x.org", "name": "X"}, {"identity": "a", "type": "name", "salt": "s"},
                            issued_at="2026-12-06T12:00:00Z")
    return credentials.bake(poster, jwt)


def coach_run(folder: str) -> int:
    cohort = impactkit.Cohort()
    seen: list[tuple[int, int]] = []
    added: int = cohort.add_directory(folder, jobs=2, progress=lambda done, total: seen.append((done, total)))
    cohort.add_directory(folder, progress=True)
    return added + len(seen)


def typed_reports(canvas_path: str, journey_path: str, folder: str) -> tuple[int, int, int, int]:
    # The reports are TypedDicts generated from schema/ (impactkit.reports): members and their types are known.
    canvas = impactkit.Canvas.load(canvas_path)
    covered: int = len(canvas.evaluate()["coverage"]["covered"])
    journey = impactkit.Journey.load(journey_path)
    moments: int = len(journey.evaluate()["moments"])
    cohort = impactkit.Cohort()
    cohort.add_directory(folder)
    groups: int = cohort.evaluate()["groups"]
    added: int = journey.compare()["totals"]["added"]
    return covered, moments, groups, added
