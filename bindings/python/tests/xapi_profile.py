"""A checker of xAPI Profile statement templates (xAPI Profiles 1.0, part 2 §"Statement Template Validation"), for
the subset ImpactKit's profile (schema/xapi-profile.jsonld) uses:

- determining properties: `verb`, `objectActivityType`, `contextParentActivityType`, `contextGroupingActivityType`
  (every listed type must be among those activities' types);
- rules: `location` as a JSONPath of `$`, `.name`, `['name']`, `[*]` and `[n]` steps (no filters, no `..`);
  `presence` included (every path matched, no value missing), excluded (nothing matched) and recommended (no check);
  `any` (some value in the list), `all` (every value in the list, and something matched), `none` (no value in it);
- extension values against the concept's `inlineSchema` (JSON Schema draft 7).

Not covered: `selector`, `scopeNote`, patterns, `objectStatementRefTemplate`, `contextStatementRefTemplate`,
`attachmentUsageType` as a determining property (a rule covers it), `schema` by IRI."""

import json
import re
from pathlib import Path

import jsonschema

PROFILE = Path(__file__).resolve().parents[3] / "schema" / "xapi-profile.jsonld"
MISSING = object()
STEP = re.compile(r"\.([A-Za-z_][A-Za-z0-9_]*)|\['([^']*)'\]|\[(\*)\]|\[(\d+)\]")


def evaluate(location: str, document) -> list:
    """The values `location` selects; a step into something absent gives MISSING (an unmatched path)."""
    if not location.startswith("$"):
        raise ValueError(f"not a JSONPath: {location}")
    values, position = [document], 1
    while position < len(location):
        step = STEP.match(location, position)
        if not step:
            raise ValueError(f"JSONPath step outside the subset at {location[position:]!r}")
        name = step.group(1) or step.group(2)
        selected = []
        for value in values:
            if value is MISSING:
                selected.append(MISSING)
            elif step.group(3):  # [*]
                selected.extend(value if isinstance(value, list) else list(value.values()) if isinstance(value, dict) else [MISSING])
            elif step.group(4) is not None:
                index = int(step.group(4))
                selected.append(value[index] if isinstance(value, list) and index < len(value) else MISSING)
            else:
                selected.append(value.get(name, MISSING) if isinstance(value, dict) else MISSING)
        values, position = selected, step.end()
    return values


def rule_errors(rule: dict, statement: dict) -> list[str]:
    values = evaluate(rule["location"], statement)
    present = [value for value in values if value is not MISSING]
    errors = []
    presence = rule.get("presence")
    if presence == "included" and (not present or len(present) != len(values)):
        errors.append(f"{rule['location']}: required, not there")
    if presence == "excluded" and present:
        errors.append(f"{rule['location']}: must be absent, found {present!r}")
    if "any" in rule and present and not any(value in rule["any"] for value in present):
        errors.append(f"{rule['location']}: none of {present!r} is in {rule['any']!r}")
    if "all" in rule and present and not all(value in rule["all"] for value in present):
        errors.append(f"{rule['location']}: {present!r} not all in {rule['all']!r}")
    if "none" in rule and any(value in rule["none"] for value in present):
        errors.append(f"{rule['location']}: {present!r} has one of {rule['none']!r}")
    return errors


def _types(activities) -> set:
    return {activity.get("definition", {}).get("type") for activity in activities or []}


def matches(template: dict, statement: dict) -> bool:
    """Whether the statement has the template's determining properties."""
    if "verb" in template and statement["verb"]["id"] != template["verb"]:
        return False
    if "objectActivityType" in template and statement["object"].get("definition", {}).get("type") != template["objectActivityType"]:
        return False
    activities = statement.get("context", {}).get("contextActivities", {})
    for key, kind in (("contextParentActivityType", "parent"), ("contextGroupingActivityType", "grouping")):
        if key in template and not set(template[key]) <= _types(activities.get(kind)):
            return False
    return True


class Profile:
    def __init__(self, path: Path = PROFILE):
        self.document = json.loads(path.read_text())
        self.schemas = {concept["id"]: json.loads(concept["inlineSchema"])
                        for concept in self.document["concepts"] if "inlineSchema" in concept}

    def errors(self, statement: dict) -> list[str]:
        """Why the statement does not fit the profile: it must match exactly one template and keep its rules."""
        templates = [template for template in self.document["templates"] if matches(template, statement)]
        if len(templates) != 1:
            return [f"statement {statement.get('id')} matches {len(templates)} templates"]
        errors = [error for rule in templates[0]["rules"] for error in rule_errors(rule, statement)]
        for place in ("result", "context"):
            for key, value in statement.get(place, {}).get("extensions", {}).items():
                if key in self.schemas:
                    errors += [f"{place} extension {key}: {error.message}"
                               for error in jsonschema.Draft7Validator(self.schemas[key]).iter_errors(value)]
        return errors
