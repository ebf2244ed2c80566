"""The cohort cache from Python (issue 23): a warm run reports what a cold one does; a damaged cache raises with
the reason in English and in Dutch, and the cohort runs on without it."""

import pytest

from impactkit import Cohort
from impactkit.errors import InvalidArgument, SchemaError

from conftest import ROOT

FOLDER = ROOT / "Tests" / "data" / "cohort"


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
    # Since 1.2 the seal catches any edit first (issue 37, item 6).
    assert caught.value.message == "cache not used: damaged: its content does not match its seal"
    assert caught.value.localized("nl") == "cache niet gebruikt: beschadigd: de inhoud past niet bij het zegel"
    with pytest.raises(InvalidArgument, match="call ik_cohort_use_cache first"):
        cohort.cache_json()
    cohort.add_directory(FOLDER)
    assert cohort.evaluate("en") == run(use=False)[0]



def test_a_cache_sealed_with_the_hosts_key_is_trusted_only_with_it():
    key = b"a secret the host keeps"
    cohort = Cohort()
    cohort.use_cache(key=key)
    cohort.add_directory(FOLDER)
    sealed = cohort.cache_json()
    assert '"seal":"hmac-sha256:' in sealed
    again = Cohort()
    again.use_cache(sealed, key=key)
    again.add_directory(FOLDER)
    assert again.cache_json() == sealed
    with pytest.raises(SchemaError, match="sealed with a key; give the key it was written with"):
        Cohort().use_cache(sealed)
    with pytest.raises(SchemaError, match="damaged: its content does not match its seal"):
        Cohort().use_cache(sealed, key=b"another key of sixteen bytes")
    with pytest.raises(InvalidArgument, match="at least 16 bytes"):
        Cohort().use_cache(key=b"short")
