"""What people see, checked as they see it: every picture kind (canvas poster, journey progress, cohort heat map,
Actiescan radar, IDG bars, SROI tornado) for a small, a large and a hostile document, drawn by the installed CLI,
then

- every text fits the box it is drawn in, measured with Pillow's rendering of the DejaVu fonts (not ImpactKit's own
  table: an independent measure of the wrapping);
- every text meets WCAG AA (4.5 : 1) against the colour under it, composed from every shape drawn before it;
- the 60-card poster holds every placement and every note;
- each picture rendered to PNG (rsvg-convert) equals its committed reference within a tolerance, so a layout
  change shows up in review. After an intended change: `make pictures-update`, and look at the new PNGs.

Run by `make pictures-test` (needs `make stage` and `make deps`)."""

import copy
import json
import os
import pathlib
import subprocess
import xml.etree.ElementTree as ET

import pytest
from PIL import Image, ImageChops, ImageFont

ROOT = pathlib.Path(__file__).resolve().parents[2]
BIN = pathlib.Path(os.environ.get("IMPACT", ROOT / "build/stage/bin/impact"))
OUT = ROOT / "build/pictures"
REFERENCE = ROOT / "Tests/pictures/reference"
UPDATE = os.environ.get("UPDATE_REFERENCES") == "1"
FONTS = pathlib.Path("/usr/share/fonts/truetype/dejavu")
NS = "{http://www.w3.org/2000/svg}"
HOSTILE = '<script>alert("x")</script> & ' + "verantwoordingsdocumentatiehandleiding" * 3
# A reference is 480 px wide, in grey: enough to see a layout change, small enough to keep in git.
REFERENCE_WIDTH = 480
# Share of pixels allowed to differ by more than 48 grey levels (anti-aliasing, a renderer's point release).
TOLERANCE = 0.004


def load(path):
    return json.loads((ROOT / path).read_text())


def write(name, document):
    path = OUT / "inputs" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(document, ensure_ascii=False, indent=2))
    return path


def journeys():
    small = load("examples/data/pzw-bottendaal.journey.json")
    large = copy.deepcopy(small)
    canvas = load("Tests/data/pictures/large-canvas.json")
    for index, label in enumerate(["Week 10", "Week 15", "Eindpresentatie van het eerste semester"]):
        moment = copy.deepcopy(canvas)
        moment["id"] = f"large-{index}"
        moment["moment"] = {"label": label, "date": f"2027-0{index + 2}-15"}
        moment["placements"] = moment["placements"][: 20 * (index + 1)]
        moment["chains"] = [c for c in moment["chains"] if all(
            p in {x["id"] for x in moment["placements"]} for p in [c["activity"], *c["places"], *c["results"]])]
        large["moments"].append(moment)
    hostile = copy.deepcopy(small)
    hostile["title"] = HOSTILE
    hostile_canvas = load("Tests/data/pictures/hostile-canvas.json")
    hostile_canvas["moment"] = {"label": HOSTILE, "date": "2027-03-01"}
    hostile["moments"].append(hostile_canvas)
    return small, large, hostile


def actiescans():
    small = load("examples/data/instruments/lin-actiescan.json")
    large = copy.deepcopy(small)
    for year in (2027, 2028):
        scan = copy.deepcopy(small["scans"][-1])
        scan["label"], scan["date"] = f"najaar-{year}", f"{year}-10-01"
        for answer in scan["answers"]:
            answer["position"] = min(5, answer["position"] + year - 2026)
        large["scans"].append(scan)
    hostile = copy.deepcopy(small)
    hostile["title"] = HOSTILE
    hostile["scans"][-1]["label"] = HOSTILE
    # Two themes answered: the rest are left out of the polygon, not drawn at 0.
    hostile["scans"][-1]["answers"] = [a for a in hostile["scans"][-1]["answers"] if a["question"].split(".")[0] in ("quality", "innovation")]
    return small, large, hostile


def changelogs():
    small = load("examples/data/pwmi-changelog.json")
    large = copy.deepcopy(small)
    for round_ in range(1, 5):
        for change in small["changes"]:
            extra = copy.deepcopy(change)
            extra["id"] = f"{change['id']}-{round_}"
            large["changes"].append(extra)
    for index in range(3, 9):
        outcome = copy.deepcopy(small["sroi"]["outcomes"][index % 2])
        outcome["id"] = f"o{index}"
        outcome["name"] = f"Uitkomst {index}: " + outcome["name"] + " in de wijk en daarbuiten, volgens de bewoners zelf"
        large["sroi"]["outcomes"].append(outcome)
    hostile = copy.deepcopy(small)
    hostile["title"] = HOSTILE
    hostile["sroi"]["outcomes"][0]["name"] = HOSTILE
    return small, large, hostile


def cohorts():
    small = ROOT / "Tests/data/cohort"
    large = OUT / "inputs/cohort-large"
    large.mkdir(parents=True, exist_ok=True)
    canvas = load("Tests/data/pictures/large-canvas.json")
    for group in range(24):
        moment = copy.deepcopy(canvas)
        moment["id"] = f"g{group}"
        moment["placements"] = [p for i, p in enumerate(moment["placements"]) if (i + group) % (2 + group % 5) == 0]
        moment["chains"] = []
        (large / f"g{group:02}.json").write_text(json.dumps(moment, ensure_ascii=False))
    hostile = OUT / "inputs/cohort-hostile"
    hostile.mkdir(parents=True, exist_ok=True)
    (hostile / "hostile.json").write_text((ROOT / "Tests/data/pictures/hostile-canvas.json").read_text())
    (hostile / "broken.json").write_text('{"schema": ')
    return small, large, hostile


def render(kind, size):
    """The SVG of one picture kind for one size, drawn by the CLI in Dutch (the longer words)."""
    OUT.mkdir(parents=True, exist_ok=True)
    svg = OUT / f"{kind}-{size}.svg"
    which = ["small", "large", "hostile"].index(size)
    if kind == "poster":
        source = [ROOT / "examples/data/pzw-bottendaal-week5.json", ROOT / "Tests/data/pictures/large-canvas.json",
                  ROOT / "Tests/data/pictures/hostile-canvas.json"][which]
        command = ["render", source, "--lang", "nl", "-o", svg]
    elif kind == "progress":
        command = ["render", write(f"journey-{size}.json", journeys()[which]), "--view", "progress", "--lang", "nl", "-o", svg]
    elif kind == "radar":
        command = ["render", write(f"actiescan-{size}.json", actiescans()[which]), "--lang", "nl", "-o", svg]
    elif kind == "idg":
        command = ["render", write(f"changelog-{size}.json", changelogs()[which]), "--lang", "nl", "-o", svg]
    elif kind == "tornado":
        command = ["changes", "sensitivity", write(f"changelog-{size}.json", changelogs()[which]), "--tornado", "--lang", "nl", "--svg", svg]
    elif kind == "heatmap":
        result = subprocess.run([BIN, "cohort", cohorts()[which], "--format", "svg", "--lang", "nl"], capture_output=True, check=True)
        svg.write_bytes(result.stdout)
        return svg
    subprocess.run([BIN, *command], check=True, capture_output=True)
    return svg


KINDS = ["poster", "progress", "heatmap", "radar", "idg", "tornado"]
CASES = [(kind, size) for kind in KINDS for size in ("small", "large", "hostile")]


@pytest.fixture(scope="module")
def fonts():
    cache = {}

    def font(size, bold):
        key = (size, bold)
        if key not in cache:
            # Measured at 100× and scaled: Pillow's advances are whole pixels at the size asked for.
            cache[key] = ImageFont.truetype(str(FONTS / ("DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf")), int(size * 100))
        return cache[key]
    return font


def colour(value):
    value = value.strip()
    if len(value) == 4:
        value = "#" + "".join(c * 2 for c in value[1:])
    return tuple(int(value[i:i + 2], 16) / 255 for i in (1, 3, 5))


def luminance(rgb):
    def linear(c):
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (linear(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a, b):
    la, lb = luminance(a), luminance(b)
    return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)


def inside_polygon(x, y, points):
    inside = False
    for (x1, y1), (x2, y2) in zip(points, points[1:] + points[:1]):
        if (y1 > y) != (y2 > y) and x < (x2 - x1) * (y - y1) / (y2 - y1) + x1:
            inside = not inside
    return inside


def shapes_and_texts(svg_path):
    """Rects and polygons with their fill as drawn (opacity included), and texts, in document order."""
    root = ET.parse(svg_path).getroot()
    width, height = float(root.get("width")), float(root.get("height"))
    items = []
    for element in root.iter():
        tag = element.tag.replace(NS, "")
        if tag == "rect":
            w = element.get("width")
            box = (0.0, 0.0, width, height) if w == "100%" else (
                float(element.get("x", 0)), float(element.get("y", 0)), float(w), float(element.get("height")))
            items.append(("rect", box, element.get("fill"), float(element.get("fill-opacity", 1))))
        elif tag == "polygon":
            points = [tuple(map(float, p.split(","))) for p in element.get("points").split()]
            items.append(("polygon", points, element.get("fill"), float(element.get("fill-opacity", 1))))
        elif tag == "text":
            items.append(("text", element))
    return width, height, items


def test_every_text_fits_its_box_and_meets_aa(fonts):
    problems = []
    for kind, size in CASES:
        svg = render(kind, size)
        width, height, items = shapes_and_texts(svg)
        shapes = []
        for item in items:
            if item[0] != "text":
                shapes.append(item)
                continue
            element = item[1]
            text = "".join(element.itertext())
            if not text.strip():
                continue
            x, y, font_size = float(element.get("x")), float(element.get("y")), float(element.get("font-size"))
            bold = element.get("font-weight") == "bold"
            measured = fonts(font_size, bold).getlength(text) / 100
            anchor = element.get("text-anchor", "start")
            left = {"start": x, "middle": x - measured / 2, "end": x - measured}[anchor]
            probe = (x if anchor == "start" else x - 1 if anchor == "end" else x, y - font_size * 0.35)
            under = [s for s in shapes if s[2] not in (None, "none") and (
                (s[0] == "rect" and s[1][0] <= probe[0] <= s[1][0] + s[1][2] and s[1][1] <= probe[1] <= s[1][1] + s[1][3])
                or (s[0] == "polygon" and inside_polygon(probe[0], probe[1], s[1])))]
            # Fit: within the smallest rectangle under the text (the chip, the cell, the head), or the sheet.
            boxes = [s[1] for s in under if s[0] == "rect" and s[1][2] > 20]
            box = min(boxes, key=lambda b: b[2] * b[3]) if boxes else (0, 0, width, height)
            if left < box[0] - 1 or left + measured > box[0] + box[2] + 1:
                problems.append(f"{kind}-{size}: {text[:50]!r} ({left:.0f}…{left + measured:.0f} px) leaves its box {box[0]:.0f}…{box[0] + box[2]:.0f}")
            # Contrast: the colour under the text, each shape over the ones before it.
            background = (1.0, 1.0, 1.0)
            for shape in under:
                fill, opacity = colour(shape[2]), shape[3]
                background = tuple(f * opacity + b * (1 - opacity) for f, b in zip(fill, background))
            ratio = contrast(colour(element.get("fill", "#000000")), background)
            if ratio < 4.5:
                problems.append(f"{kind}-{size}: {text[:50]!r} {element.get('fill')} on {'#%02x%02x%02x' % tuple(round(c * 255) for c in background)}: {ratio:.2f} : 1")
    assert not problems, "\n".join(problems[:40]) + f"\n({len(problems)} in all)"


def test_the_large_poster_holds_every_placement_and_note():
    svg = render("poster", "large")
    root = ET.parse(svg).getroot()
    # Texts wrap over several <text> lines: every placement's text and note must be found whole as a word sequence.
    drawn = " ".join("".join(t.itertext()) for t in root.iter(NS + "text"))
    canvas = load("Tests/data/pictures/large-canvas.json")
    assert len(canvas["placements"]) == 60
    words = drawn.split()
    joined = " ".join(words)
    missing = [p["id"] for p in canvas["placements"]
               if " ".join(p["text"].split()) not in joined or (p.get("note") and " ".join(p["note"].split()) not in joined)]
    assert missing == []
    chips = [r for r in root.iter(NS + "rect") if r.get("rx") == "6"]
    assert len(chips) == 60
    assert "meer" not in words and float(root.get("height")) > 1188


def test_pictures_equal_their_references():
    failures = []
    for kind, size in CASES:
        name = f"{kind}-{size}"
        svg = render(kind, size)
        png = OUT / f"{name}.png"
        subprocess.run(["rsvg-convert", "--width", str(REFERENCE_WIDTH), "--keep-aspect-ratio", svg, "-o", png], check=True)
        actual = Image.open(png).convert("RGB")
        flat = Image.new("RGB", actual.size, (255, 255, 255))
        flat.paste(actual)
        grey = flat.convert("L")
        reference = REFERENCE / f"{name}.png"
        if UPDATE:
            REFERENCE.mkdir(parents=True, exist_ok=True)
            grey.save(reference, optimize=True)
            continue
        if not reference.exists():
            failures.append(f"{name}: no reference (make pictures-update, then look at {reference})")
            continue
        expected = Image.open(reference).convert("L")
        if expected.size != grey.size:
            failures.append(f"{name}: {grey.size[0]}×{grey.size[1]} px, the reference is {expected.size[0]}×{expected.size[1]}")
            grey.save(OUT / f"{name}.actual.png")
            continue
        difference = ImageChops.difference(grey, expected)
        changed = difference.point(lambda v: 255 if v > 48 else 0).histogram()[255]
        share = changed / (grey.size[0] * grey.size[1])
        if share > TOLERANCE:
            grey.save(OUT / f"{name}.actual.png")
            difference.point(lambda v: 255 - min(255, v * 4)).save(OUT / f"{name}.diff.png")
            failures.append(f"{name}: {share:.2%} of the pixels changed (see build/pictures/{name}.actual.png and .diff.png)")
    assert not failures, "\n".join(failures)


def test_the_pdf_is_tagged_for_screen_readers():
    """Issue 34, item 13: `impact render --format pdf` wrote rsvg-convert's untagged PDF (10 of 104 PDF/UA-1
    rules failed in page-validation). ImpactKit tags it: one Figure whose alternative text is the report, /Lang,
    the title, XMP with the PDF/UA part. Checked with an independent PDF/UA-1 validator (page-validation, PyPI) and
    drawn again by an independent renderer (PDFium) to show the tagging changed nothing on the page."""
    import page
    import pypdfium2

    OUT.mkdir(parents=True, exist_ok=True)
    source, pdf, svg = ROOT / "examples/data/pzw-bottendaal-end.json", OUT / "poster.pdf", OUT / "poster-for-pdf.svg"
    subprocess.run([BIN, "render", source, "--format", "pdf", "-o", pdf, "--lang", "nl"], check=True, capture_output=True)
    subprocess.run([BIN, "render", source, "-o", svg, "--lang", "nl"], check=True, capture_output=True)
    tagged = page.validate_pdf(str(pdf), profile=page.ValidationProfile.PDF_UA_1)
    assert tagged.is_compliant, [f"{f.rule_id}: {f.message}" for f in tagged.failures]
    untagged = subprocess.run(["rsvg-convert", "--format", "pdf", svg], check=True, capture_output=True).stdout
    assert not page.validate_pdf_bytes(untagged, profile=page.ValidationProfile.PDF_UA_1).is_compliant
    data = pdf.read_bytes()
    # rsvg-convert's bytes first (equal but for the creation date), then the update.
    assert data.count(b"%%EOF\n") == 2 and data.index(b"%%EOF\n") + 6 == len(untagged)
    assert b"/Lang (nl)" in data and b"<pdfuaid:part>1</pdfuaid:part>" in data
    # The alternative text is the report's text, as UTF-16BE: its first words are in the file.
    report = subprocess.run([BIN, "report", source, "--lang", "nl"], check=True, capture_output=True, text=True).stdout
    assert ("<FEFF" + report.split("\n")[0].encode("utf-16-be").hex().upper()).encode() in data
    # Drawn by PDFium, the tagged and the untagged PDF give the same pixels.
    images = [pypdfium2.PdfDocument(bytes_)[0].render(scale=0.5).to_pil().convert("L") for bytes_ in (data, untagged)]
    assert ImageChops.difference(*images).getbbox() is None
