"""get_many keeps the concurrency limit full: a chunk is parsed as soon as its answer arrives,
after the freed slot's next request has gone out (issue 15). Ordering is driven by events and
the event loop's scheduling, never by wall time."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import anyio
import anyio.lowlevel
import httpx
import pytest

from zendesk_async import bulk
from zendesk_async.errors import ResponseParseError

pytestmark = pytest.mark.anyio


class LoggingRequester:
    """Answers `show_many` with one record per asked id below 5000, logging ``send`` /
    ``answer``."""

    def __init__(self, log: list[str]) -> None:
        self.log = log
        self.in_flight = 0
        self.most_in_flight = 0

    @property
    def base_url(self) -> httpx.URL:
        return httpx.URL("https://acme.zendesk.com")

    async def request(self, method: str, url: Any, *, params: Any = None, **_: Any) -> Any:
        ids = [int(i) for i in params["ids"].split(",")]
        self.log.append(f"send {ids[0]}")
        self.in_flight += 1
        self.most_in_flight = max(self.most_in_flight, self.in_flight)
        for _ in range(3):  # "network": a few scheduling rounds
            await anyio.lowlevel.checkpoint()
        self.in_flight -= 1
        self.log.append(f"answer {ids[0]}")
        request = httpx.Request(method, self.base_url.join(str(url)), params=params)
        return httpx.Response(
            200, json={"tickets": [{"id": i} for i in ids if i < 5000]}, request=request
        )


def logging_parse(log: list[str]) -> Any:
    def parse(record: Mapping[str, Any]) -> dict[str, Any]:
        log.append(f"parse {record['id']}")
        return dict(record)

    return parse


async def test_the_next_chunk_is_sent_before_the_previous_one_is_parsed() -> None:
    log: list[str] = []
    req = LoggingRequester(log)
    got = await bulk.get_many(
        req, "/api/v2/tickets/show_many", [1, 2, 3], items_key="tickets",
        parse=logging_parse(log), concurrency=1, chunk_size=1,
    )  # fmt: skip
    assert [t["id"] for t in got] == [1, 2, 3] and got.missing == []
    # one slot: chunk 2 goes out as soon as chunk 1's answer frees it, *then* chunk 1 is parsed;
    # chunk 1 is parsed while chunk 2 is in flight, not after every chunk has arrived
    assert log.index("send 2") < log.index("parse 1") < log.index("answer 2")
    assert log.index("send 3") < log.index("parse 2") < log.index("answer 3")
    assert req.most_in_flight == 1


async def test_the_limit_is_full_and_results_keep_input_order() -> None:
    log: list[str] = []
    req = LoggingRequester(log)
    ids = list(range(1, 1001))[::-1]
    got = await bulk.get_many(
        req, "/x", [*ids, 5000], items_key="tickets", parse=logging_parse(log), concurrency=4,
        chunk_size=10,
    )  # fmt: skip
    assert [t["id"] for t in got] == ids and got.missing == [5000]
    assert req.most_in_flight == 4


async def test_a_record_that_does_not_fit_names_the_response() -> None:
    def bad(record: Mapping[str, Any]) -> Any:
        raise ValueError("no")

    with pytest.raises(ResponseParseError, match="record 2 from /x does not fit") as info:
        await bulk.get_many(LoggingRequester([]), "/x", [2], items_key="tickets", parse=bad)
    assert info.value.response is not None and info.value.body == b'{"tickets":[{"id":2}]}'
    assert info.value.model == "tickets"
