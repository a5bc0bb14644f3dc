"""The `tavus_fake` fixture, from a test file outside the package, through the pytest11 entry point."""

from __future__ import annotations

import pytest

pytest_plugins = ["pytester"]
# Unrelated heavy plugins off, to keep the subprocess runs quick.
QUICK = ("-p", "no:cacheprovider", "-p", "no:schemathesis", "-p", "no:hypothesispytest")

USER_TESTS = """
import httpx
import pytest


def test_fixture_gives_a_fresh_fake(tavus_fake):
    http = httpx.Client(transport=tavus_fake.transport, base_url=tavus_fake.base_url,
                        headers={"x-api-key": tavus_fake.api_key})
    created = http.post("/v2/replicas", json={"train_video_url": "https://example.com/me.mp4"}).json()
    tavus_fake.advance(tavus_fake.settings.replica_training_seconds)
    assert http.get(f"/v2/replicas/{created['replica_id']}").json()["status"] == "completed"
    assert tavus_fake.executed("createReplica") == 1


def test_each_test_gets_its_own(tavus_fake):
    assert tavus_fake.requests == []


@pytest.mark.tavus_fake(api_key="custom", stock=False)
def test_marker_configures_it(tavus_fake):
    assert tavus_fake.api_key == "custom"
    http = httpx.Client(transport=tavus_fake.transport, base_url=tavus_fake.base_url,
                        headers={"x-api-key": "custom"})
    assert http.get("/v2/replicas").json() == {"data": [], "total_count": 0}
"""


def test_the_fixture_works_in_a_user_project(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_user=USER_TESTS)
    result = pytester.runpytest_subprocess(*QUICK, "--strict-markers")
    result.assert_outcomes(passed=3)


def test_the_plugin_is_registered_by_entry_point(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_user="def test_it(tavus_fake):\n    assert tavus_fake.now() > 0\n")
    result = pytester.runpytest_subprocess(*QUICK, "-p", "no:tavus")
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines(["*fixture 'tavus_fake' not found*"])
