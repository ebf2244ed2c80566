"""The peers a competent Python programmer would write instead of using ImpactKit (issue 23), doing the same checks.

- `FastPeer`: orjson + jsonschema-rs against our own published schemas + the cross-checks the schema cannot express
  (below) + the plain evaluation of plain.py; orjson writes.
- `TypedPeer`: msgspec decoding into TypedDicts (types checked while parsing) + the same cross-checks; msgspec
  writes. It drops members it has no type for — it does less than ImpactKit, which keeps them.
- `pandas_heat_map`, `duckdb_heat_map`: only the cohort's heat map, from a DataFrame and from DuckDB's read_json
  with explicit columns.

Every peer's figures are compared with ImpactKit's before anything is timed (bench/python/peers_bench.py).
"""

import json
import os
from pathlib import Path
from typing import Any, Literal, NotRequired, TypedDict

import plain

ROOT = Path(__file__).resolve().parents[2]
FITS = {"activity": "activity", "location": "place", "result": "result"}
PURPOSES = ("introduction", "monitor-process", "impact-conversation", "reflection-accountability")


class CheckError(ValueError):
    pass


class Deck:
    """What the cross-checks need of the built-in template and the question sets (read once from ImpactKit)."""

    def __init__(self, impactkit):
        template = impactkit.builtin_template("lim")
        self.kinds = {card["id"]: card["kind"] for card in template["cards"]}
        self.domains = [domain["id"] for domain in template["domains"]]
        self.questions = set()
        for variant in ("standard", "without-cards", "selected-domains", "coaches", "stakeholders"):
            for purpose in (None, *PURPOSES):
                try:
                    self.questions |= {q["id"] for q in impactkit.questions(variant, purpose)["questions"]}
                except impactkit.ImpactKitError:  # a combination without a question set
                    pass


def cross_check(canvas, deck):
    """What ImpactKit checks beyond the schema: ids unique, cards known and in a field their kind fits, a card once
    per field of a domain, domains in use, effects on results and interactions on activities, questions known,
    chains linking placements of the right fields. Raises CheckError."""
    in_use = canvas.get("domains") or deck.domains
    own = {}
    for card in canvas.get("cards", ()):
        if card["id"] in deck.kinds or card["id"] in own:
            raise CheckError(f"card id {card['id']} used twice")
        own[card["id"]] = card.get("kind", "blank")
    fields = {}
    slots = set()
    for placement in canvas.get("placements", ()):
        pid, domain, field = placement["id"], placement["domain"], placement["field"]
        if pid in fields:
            raise CheckError(f"placement id {pid} used twice")
        if domain not in in_use:
            raise CheckError(f"domain {domain} not in use")
        card = placement.get("card")
        if card is not None:
            kind = deck.kinds.get(card) or own.get(card)
            if kind is None:
                raise CheckError(f"unknown card {card}")
            if kind != "blank" and FITS[kind] != field:
                raise CheckError(f"{kind} card in {field}")
            slot = (card, domain, field)
            if slot in slots:
                raise CheckError(f"card {card} twice in {domain}/{field}")
            slots.add(slot)
        if "effect" in placement and field != "result":
            raise CheckError("effect on a non-result")
        if "interaction" in placement and field != "activity":
            raise CheckError("interaction on a non-activity")
        fields[pid] = field
    for answer in canvas.get("reflections", ()):
        if answer["question"] not in deck.questions:
            raise CheckError(f"unknown question {answer['question']}")
    chains = set()
    for chain in canvas.get("chains", ()):
        if chain["id"] in chains:
            raise CheckError(f"chain id {chain['id']} used twice")
        chains.add(chain["id"])
        if fields.get(chain["activity"]) != "activity":
            raise CheckError("chain activity")
        for key, want in (("places", "place"), ("results", "result")):
            listed = chain.get(key, ())
            if len(set(listed)) != len(listed) or any(fields.get(p) != want for p in listed):
                raise CheckError(f"chain {key}")


def check_document(document, deck):
    """A journey's moments one by one (labels unique), or a single canvas."""
    if document.get("schema") == "impactkit/journey/1":
        labels = set()
        for moment in document["moments"]:
            label = moment.get("moment", {}).get("label")
            if label in labels:
                raise CheckError(f"moment {label} twice")
            labels.add(label)
            cross_check(moment, deck)
    else:
        cross_check(document, deck)


class FastPeer:
    """orjson + jsonschema-rs (our schemas, with their $refs) + the cross-checks."""

    def __init__(self, deck):
        import jsonschema_rs
        import orjson

        self.orjson = orjson
        self.deck = deck
        resources = []
        for path in (ROOT / "schema").glob("*.schema.json"):
            document = json.loads(path.read_text())
            resources.append((document["$id"], document))
        registry = jsonschema_rs.Registry(resources)
        self.validators = {
            schema: jsonschema_rs.validator_for(json.loads((ROOT / "schema" / f"{name}.schema.json").read_text()),
                                                registry=registry)
            for schema, name in (("impactkit/canvas/1", "canvas"), ("impactkit/journey/1", "journey"))}

    def load(self, raw):
        document = self.orjson.loads(raw)
        self.validators[document.get("schema")].validate(document)
        check_document(document, self.deck)
        return document

    def write(self, document):
        return self.orjson.dumps(document, option=self.orjson.OPT_INDENT_2)


class Placement(TypedDict):
    id: str
    domain: str
    field: Literal["activity", "place", "result"]
    card: NotRequired[str]
    text: NotRequired[str]
    note: NotRequired[str]
    effect: NotRequired[dict[str, Any]]
    interaction: NotRequired[dict[str, Any]]


class OwnCard(TypedDict):
    id: str
    text: Any
    kind: NotRequired[Literal["activity", "location", "result", "blank"]]


class Answer(TypedDict):
    question: str
    answer: str
    by: NotRequired[str]


class CanvasMembers(TypedDict):
    """What a canvas may have besides its header; a journey's moments are canvases."""
    variant: NotRequired[str]
    purpose: NotRequired[str]
    domains: NotRequired[list[str]]
    moment: NotRequired[dict[str, Any]]
    team: NotRequired[list[dict[str, Any]]]
    cards: NotRequired[list[OwnCard]]
    placements: NotRequired[list[Placement]]
    reflections: NotRequired[list[Answer]]
    chains: NotRequired[list[dict[str, Any]]]


class Canvas(CanvasMembers):
    schema: Literal["impactkit/canvas/1"]
    id: str
    title: str
    template: str | dict[str, Any]


class Document(CanvasMembers):
    """A canvas or a journey: msgspec decodes a union of TypedDicts only as one type, so the journey's members
    join the canvas's (check_document tells them apart by schema)."""
    schema: Literal["impactkit/canvas/1", "impactkit/journey/1"]
    id: str
    title: str
    moments: NotRequired[list[Canvas]]
    template: NotRequired[str | dict[str, Any]]


class TypedPeer:
    """msgspec: typed decoding (a canvas or a journey) + the cross-checks."""

    def __init__(self, deck):
        import msgspec

        self.msgspec = msgspec
        self.deck = deck
        self.decoder = msgspec.json.Decoder(Document)
        self.encoder = msgspec.json.Encoder()

    def load(self, raw):
        document = self.decoder.decode(raw)
        check_document(document, self.deck)
        return document

    def write(self, document):
        return self.msgspec.json.format(self.encoder.encode(document), indent=2)


def peer_cohort(peer, folder, names):
    """plain.Cohort's figures over documents loaded and checked by `peer` (a module-level function so that a
    process pool can run it on a share of the names)."""
    cohort = plain.Cohort()
    for name in names:
        cohort.fold(peer.load((Path(folder) / name).read_bytes()))
    return cohort


def stamp_cached_cohort(peer, folder, names, cache_path):
    """The peer with the cache a user would add in thirty lines (issue 39, item 4): a file's summary is kept under
    its name with its (size, mtime_ns, inode) stamp, and a file whose stamp is unchanged is not read at all — as git
    and make trust stamps, and as `impact cohort --cache` does without --verify."""
    import orjson

    cache_path = Path(cache_path)
    known = orjson.loads(cache_path.read_bytes()) if cache_path.exists() else {}
    kept = {}
    cohort = plain.Cohort()
    for name in names:
        path = Path(folder) / name
        status = os.stat(path)
        stamp = [status.st_size, status.st_mtime_ns, status.st_ino]
        hit = known.get(name)
        summary = hit[1] if hit and hit[0] == stamp else plain.summarize(peer.load(path.read_bytes()))
        kept[name] = [stamp, summary]
        cohort.add_summary(summary)
    cache_path.write_bytes(orjson.dumps(kept))
    return cohort


def latest_placements(document):
    moments = document["moments"] if document.get("schema") == "impactkit/journey/1" else [document]
    return moments[-1].get("placements", ())


def pandas_heat_map(folder, names):
    """The heat map only: (domain, field) -> (cards, groups with at least one card), through a DataFrame."""
    import orjson
    import pandas

    groups, domains, fields = [], [], []
    for index, name in enumerate(names):
        for placement in latest_placements(orjson.loads((Path(folder) / name).read_bytes())):
            groups.append(index)
            domains.append(placement["domain"])
            fields.append(placement["field"])
    frame = pandas.DataFrame({"group": groups, "domain": domains, "field": fields})
    table = frame.groupby(["domain", "field"]).agg(cards=("group", "size"), groups=("group", "nunique"))
    return {(domain, field): (int(row.cards), int(row.groups)) for (domain, field), row in table.iterrows()}


def duckdb_heat_map(folder):
    """The heat map only, in DuckDB: read_json with explicit columns (no sampling), latest moment, unnest."""
    import duckdb

    placements = "STRUCT(domain VARCHAR, field VARCHAR)[]"
    query = f"""
        WITH docs AS (
            SELECT filename, CASE WHEN schema = 'impactkit/journey/1'
                                  THEN moments[len(moments)].placements ELSE placements END AS latest
            FROM read_json('{folder}/*.json', format = 'auto', filename = true, maximum_object_size = 67108864,
                           columns = {{'schema': 'VARCHAR', 'placements': '{placements}',
                                       'moments': 'STRUCT(placements {placements})[]'}})),
        cards AS (SELECT filename, unnest(latest, recursive := true) FROM docs)
        SELECT domain, field, count(*) AS cards, count(DISTINCT filename) AS groups
        FROM cards GROUP BY domain, field"""
    return {(domain, field): (cards, groups) for domain, field, cards, groups in duckdb.sql(query).fetchall()}
