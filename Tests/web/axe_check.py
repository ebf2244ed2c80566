"""axe-core on a page as it is now, for the page's browser tests (browser_test.py, lti_test.py)."""

import importlib.util
import json
from pathlib import Path

# axe-core from the axe-playwright-python wheel (bootstrap installs it without Playwright): only its axe.min.js is
# used, injected through Selenium. The tests check every page and state they reach at WCAG 2.0–2.2 A and AA.
AXE = (Path(importlib.util.find_spec("axe_playwright_python").submodule_search_locations[0]) / "axe.min.js").read_text()
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
axe_states: list[str] = []


def accessible(driver, state: str) -> None:
    """Runs axe-core on the page as it is now; any violation fails with what and where."""
    driver.execute_script(AXE)
    violations = driver.execute_async_script("""
        const done = arguments[arguments.length - 1];
        axe.run(document, {runOnly: {type: "tag", values: arguments[0]}})
          .then(r => done(r.violations.map(v => ({id: v.id, help: v.help, count: v.nodes.length,
                                                  nodes: v.nodes.slice(0, 4).map(n => n.target.join(" "))}))))
          .catch(e => done([{id: "axe-error", help: String(e)}]));""", AXE_TAGS)
    axe_states.append(state)
    assert violations == [], f"axe, {state}: " + json.dumps(violations, indent=1, ensure_ascii=False)
