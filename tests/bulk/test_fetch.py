"""`get_many` in detail: argument checks and their messages, answers that do not fit, records
that were not asked for, sideloads merged across chunks, and `ideal_wall_time`."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx
import pytest

from zendesk_async import bulk
from zendesk_async.errors import InvalidArgumentError, ResponseParseError

from .test_bulk import StubRequester, show_many_handler

pytestmark = pytest.mark.anyio

PATH = "/api/v2/tickets/show_many"


@pytest.mark.parametrize(
    ("ids", "kwargs", "message"),
    [
        ([1, 1.5], {}, r"^ids must be integers or strings, got 1\.5$"),
        ([True], {}, r"^ids must be integers or strings, got True$"),
        ([1, "  "], {}, r"^ids must not contain empty strings$"),
        ([1], {"concurrency": 0}, r"^concurrency must be a positive integer, got 0$"),
        ([1], {"concurrency": True}, r"^concurrency must be a positive integer, got True$"),
        ([1], {"concurrency": "4"}, r"^concurrency must be a positive integer, got '4'$"),
        ([1], {"chunk_size": 0}, r"^chunk_size must be between 1 and 100, got 0$"),
        ([1], {"chunk_size": 101}, r"^chunk_size must be between 1 and 100, got 101$"),
    ],
)
async def test_bad_arguments_are_refused_before_anything_is_sent(
    ids: list[Any], kwargs: dict[str, Any], message: str
) -> None:
    req = StubRequester(show_many_handler({1}))
    with pytest.raises(InvalidArgumentError, match=message):
        await bulk.get_many(req, PATH, ids, items_key="tickets", parse=dict, **kwargs)
    assert req.calls == []


async def test_no_ids_is_an_empty_list_without_a_request() -> None:
    req = StubRequester(show_many_handler(set()))
    got = await bulk.get_many(req, PATH, [], items_key="tickets", parse=dict)
    assert got == [] and got.missing == [] and got.included.names() == []
    assert req.calls == []


def test_a_fetched_list_defaults_to_no_missing_ids_and_no_sideloads() -> None:
    empty: bulk.FetchedList[int] = bulk.FetchedList()
    assert empty == [] and empty.missing == []
    assert isinstance(empty.included, bulk.fetch.Included) and not empty.included
    given = bulk.fetch.Included({"users": [{"id": 1}]})
    full = bulk.FetchedList([1], [2], given)
    assert full == [1] and full.missing == [2] and full.included is given


async def test_an_answer_without_the_items_list_names_the_response() -> None:
    body = b'{"tickets":{"id":1}}'
    req = StubRequester(lambda r: httpx.Response(200, content=body))
    with pytest.raises(
        ResponseParseError, match=r"^expected a list under 'tickets' in the show_many response$"
    ) as info:
        await bulk.get_many(req, PATH, [1], items_key="tickets", parse=dict)
    err = info.value
    assert err.response is not None and err.response.status_code == 200
    assert err.body == body and err.model == "tickets"


async def test_only_the_records_asked_for_are_parsed_each_once() -> None:
    """Junk entries, records without a usable id and records not asked for are skipped, wherever
    they stand in the answer; the ones asked for behind them still count."""
    answer = {
        "tickets": [
            "junk",
            7,
            {"name": "no id"},
            {"id": 999},
            {"id": None},
            {"id": [1]},
            {"id": 2, "n": "two"},
            {"id": 1, "n": "one"},
        ]
    }
    req = StubRequester(lambda r: httpx.Response(200, json=answer))
    parsed: list[Any] = []

    def parse(record: Mapping[str, Any]) -> str:
        parsed.append(record["id"])
        return str(record["n"])

    got = await bulk.get_many(req, PATH, [1, 2, 3], items_key="tickets", parse=parse)
    assert got == ["one", "two"] and got.missing == [3]
    assert parsed == [2, 1]


async def test_sideloads_of_every_chunk_are_merged() -> None:
    def handler(req: httpx.Request) -> httpx.Response:
        [tid] = [int(i) for i in req.url.params["ids"].split(",")]
        users = [{"id": 100}, {"id": 100 + tid}]  # user 100 comes with every chunk
        return httpx.Response(
            200, json={"tickets": [{"id": tid}], "users": users, "count": 1, "next_page": None}
        )

    req = StubRequester(handler)
    got = await bulk.get_many(
        req, PATH, [1, 2], items_key="tickets", parse=lambda d: d["id"], chunk_size=1,
        concurrency=1, extra_params={"include": "users"},
    )  # fmt: skip
    assert got == [1, 2]
    assert [c.url.params["include"] for c in req.calls] == ["users", "users"]
    assert got.included.names() == ["users"]  # not the items' own list
    assert got.included.raw("users") == [{"id": 100}, {"id": 101}, {"id": 102}]


@pytest.mark.parametrize(
    ("n_ids", "concurrency", "latency", "expected"),
    [
        (1, 1, 0.5, 0.5),
        (100, 1, 2.0, 2.0),
        (101, 1, 2.0, 4.0),
        (250, 2, 0.5, 1.0),  # 3 chunks, 2 at a time: 2 rounds
        (250, 3, 0.5, 0.5),
        (1000, 4, 0.25, 0.75),  # 10 chunks, 4 at a time: 3 rounds
    ],
)
def test_ideal_wall_time(n_ids: int, concurrency: int, latency: float, expected: float) -> None:
    assert bulk.ideal_wall_time(n_ids, concurrency, latency) == pytest.approx(expected)
