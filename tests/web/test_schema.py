"""Property-based run of the JSON API against its OpenAPI schema (schemathesis, bounded).

Every operation gets a few generated requests against the live server; each response
must not be a server error and must conform to the schema (status, content type, body).
"""

from __future__ import annotations

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, settings


@pytest.fixture(scope="module")
def api_schema(live_url: str):  # type: ignore[no-untyped-def]
    return schemathesis.openapi.from_url(f"{live_url}/api/openapi.json")


schema = schemathesis.pytest.from_fixture("api_schema")


@schema.parametrize()
@settings(
    max_examples=15,
    phases=[Phase.generate],  # bounded: no explicit/shrink phases in the suite
    deadline=None,
    derandomize=True,
    suppress_health_check=list(HealthCheck),
)
def test_api_conforms_to_its_schema(case) -> None:  # type: ignore[no-untyped-def]
    case.call_and_validate()


def test_schema_lists_every_json_twin(live_url: str) -> None:
    paths = set(httpx.get(f"{live_url}/api/openapi.json").json()["paths"])
    assert paths == {
        "/api/overview",
        "/api/events",
        "/api/events.csv",
        "/api/events.jsonl",
        "/api/events/{event_id}",
        "/api/articles/{article_id}",
        "/api/actors/{actor_id}",
        "/api/stories",
        "/api/stories/{story_id}",
        "/api/map",
    }
