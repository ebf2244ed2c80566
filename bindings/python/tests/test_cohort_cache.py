"""The cohort cache from Python (issue 23): a warm run reports what a cold one does; a damaged cache raises with
the reason in English and in Dutch, and the cohort runs on without it."""

import pytest

from impactkit import Cohort
from impactkit.errors import InvalidArgument, SchemaError

from conftest import ROOT

FOLDER = ROOT / "tests" / "data" / "cohort"


def run(cache=None, use=True):
    cohort = Cohort()
    if use:
        cohort.use_cache(cache)
    cohort.add_directory(FOLDER)
    return cohort.evaluate("en"), (cohort.cache_json() if use else None)


def test_a_warm_run_reports_what_a_cold_one_does():
    cold, cache = run()
    warm, again = run(cache)
    assert warm == cold == run(use=False)[0]
    assert again == cache
    assert cache.startswith('{"schema":"impactkit/cohort-cache/1","library":"') and cache.count('["') >= 4


def test_a_damaged_cache_is_refused_with_its_reason():
    _, cache = run()
    cohort = Cohort()
    with pytest.raises(SchemaError) as caught:
        cohort.use_cache(cache.replace('"impactkit/cohort-cache/1"', '"impactkit/cohort-cache/9"'))
    assert caught.value.message == "cache not used: not a cohort cache"
    assert caught.value.localized("nl") == "cache niet gebruikt: geen cohortcache"
    with pytest.raises(InvalidArgument, match="call ik_cohort_use_cache first"):
        cohort.cache_json()
    cohort.add_directory(FOLDER)
    assert cohort.evaluate("en") == run(use=False)[0]
