"""Incremental exports: time-based and cursor-based tickets, ticket events, sample, and the three
skill-based-routing exports."""

from __future__ import annotations

import base64
import itertools
from collections.abc import Iterator

from zendesk_async import _constants as C

from ._account import Account
from ._http import Request, Response, bad_request, dumps, envelope, json_response
from ._router import Router
from ._sideloads import with_sideloads
from .seed import iso

router = Router()


def _start_time(acct: Account, req: Request) -> int:
    start = req.q_int("start_time")
    if start is None:
        raise bad_request("InvalidValue", "start_time is required")
    if start > acct.ts() - C.INCREMENTAL_MIN_AGE:
        raise bad_request(
            "InvalidValue",
            "Too recent start_time. Use a start_time at least one minute in the past",
        )
    return start


def _per_page(req: Request, maximum: int = C.INCREMENTAL_PER_PAGE_MAX) -> int:
    return max(1, min(req.q_int("per_page", maximum) or maximum, maximum))


def _stream(
    acct: Account, req: Request, start: int, after_id: int = -1
) -> Iterator[tuple[int, int]]:
    """Export order from `start`, minus the withheld last minute and (optionally) deleted ones."""
    horizon = acct.ts() - C.INCREMENTAL_MIN_AGE
    exclude_deleted = req.q("exclude_deleted") == "true"
    for ts, tid in acct.tickets.export_from(start, after_id):
        if ts > horizon:
            return
        if exclude_deleted and not acct.tickets.exists(tid):
            continue
        yield ts, tid


def _time_page(
    acct: Account, req: Request, start: int, per_page: int
) -> tuple[list[tuple[int, int]], int, bool]:
    """Up to `per_page` items from `start`, extended to finish the last timestamp (so a page can
    exceed `per_page`, as Zendesk's can). Returns (items, end_time, end_of_stream). The next page
    starts at `end_time` = the last item's timestamp, so that timestamp's items come again: the
    duplicates Zendesk warns about. A page of one timestamp moves on by one second."""
    stream = _stream(acct, req, start)
    items = list(itertools.islice(stream, per_page))
    if len(items) < per_page:
        end = items[-1][0] if items else start
        return items, max(end, start), True
    last_ts = items[-1][0]
    rest_same: list[tuple[int, int]] = []
    more = False
    for item in stream:
        if item[0] != last_ts:
            more = True
            break
        rest_same.append(item)
    items.extend(rest_same)
    end_time = last_ts if last_ts > start else last_ts + 1
    return items, end_time, not more


@router.route("GET", "/api/v2/incremental/tickets")
async def tickets_time(acct: Account, req: Request) -> Response:
    start = _start_time(acct, req)
    per_page = _per_page(req)
    items, end_time, eos = _time_page(acct, req, start, per_page)
    if req.stuck_cursor:
        end_time, eos = start, False
    rendered = [acct.tickets.get_bytes(tid) or b"null" for _, tid in items]
    extra = {
        "count": len(items),
        "end_time": end_time,
        "end_of_stream": eos,
        "next_page": req.url(start_time=end_time, per_page=req.q("per_page")),
    }
    return json_response(with_sideloads(acct, req, envelope("tickets", rendered, extra), "tickets"))


def _encode(ts: int, tid: int) -> str:
    return base64.urlsafe_b64encode(f"{ts}.0||{tid}|".encode()).decode().rstrip("=")


def _decode(cursor: str) -> tuple[int, int]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        ts, _, rest = raw.partition(".0||")
        return int(ts), int(rest.rstrip("|"))
    except ValueError:
        raise bad_request("InvalidValue", "cursor is invalid") from None


@router.route("GET", "/api/v2/incremental/tickets/cursor")
async def tickets_cursor(acct: Account, req: Request) -> Response:
    cursor = req.q("cursor")
    if cursor:
        start, after_id = _decode(cursor)
    else:
        start, after_id = _start_time(acct, req), -1
    per_page = _per_page(req)
    stream = _stream(acct, req, start, after_id)
    items = list(itertools.islice(stream, per_page + 1))
    eos = len(items) <= per_page
    items = items[:per_page]
    after = _encode(*items[-1]) if items else cursor or _encode(start, after_id)
    if req.stuck_cursor:
        after, eos = cursor or _encode(start, -1), False
    before = _encode(*items[0]) if items and cursor else None
    rendered = [acct.tickets.get_bytes(tid) or b"null" for _, tid in items]
    extra = {
        "after_cursor": after,
        "after_url": req.url(cursor=after, per_page=req.q("per_page")),
        "before_cursor": before,
        "before_url": req.url(cursor=before) if before else None,
        "end_of_stream": eos,
    }
    return json_response(with_sideloads(acct, req, envelope("tickets", rendered, extra), "tickets"))


@router.route("GET", "/api/v2/incremental/ticket_events")
async def ticket_events(acct: Account, req: Request) -> Response:
    start = _start_time(acct, req)
    items, end_time, eos = _time_page(acct, req, start, _per_page(req))
    if req.stuck_cursor:
        end_time, eos = start, False
    events = [
        {
            "id": tid * 8 + 7,
            "ticket_id": tid,
            "instance_id": 1,
            "metric": "agent_work_time",
            "type": "measure",
            "time": iso(ts),
            "deleted": not acct.tickets.exists(tid),
        }
        for ts, tid in items
    ]
    return json_response(
        {
            "ticket_events": events,
            "count": len(events),
            "end_time": end_time,
            "end_of_stream": eos,
            "next_page": req.url(start_time=end_time, per_page=req.q("per_page")),
        }
    )


@router.route("GET", "/api/v2/incremental/{resource}/sample")
async def sample(acct: Account, req: Request, resource: str) -> Response:
    if resource != "tickets":
        raise bad_request("InvalidValue", f"The fake samples tickets only, not {resource}")
    start = _start_time(acct, req)
    items, end_time, eos = _time_page(acct, req, start, C.FAKE_SAMPLE_MAX)
    items = items[: C.FAKE_SAMPLE_MAX]
    rendered = [acct.tickets.get_bytes(tid) or b"null" for _, tid in items]
    extra = {
        "count": len(items),
        "end_time": end_time,
        "end_of_stream": eos,
        "next_page": req.url(start_time=end_time),
    }
    return json_response(with_sideloads(acct, req, envelope("tickets", rendered, extra), "tickets"))


# -- skill-based routing exports -----------------------------------------------------------------
def _sbr(acct: Account, req: Request, kind: str) -> Response:
    events = acct.sbr_events[kind]
    cursor = req.q("cursor")
    start = 0
    if cursor:
        try:
            start = int(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode())
        except ValueError:
            raise bad_request("InvalidValue", "cursor is invalid") from None
    page = events[start : start + C.FAKE_SBR_PAGE_MAX]
    nxt = start + len(page)
    if req.stuck_cursor:
        nxt = start
    token = base64.urlsafe_b64encode(str(nxt).encode()).decode().rstrip("=")
    end_time = _unix(page[-1]["time"]) if page else acct.ts()
    body = {
        kind: page,
        "count": len(page),
        "end_time": end_time,
        "next_page": req.url(cursor=token),
    }
    return Response(200, dumps(body))


def _unix(stamp: str) -> int:
    from datetime import datetime

    return int(datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%S%z").timestamp())


@router.route("GET", "/api/v2/incremental/routing/attributes")
async def sbr_attributes(acct: Account, req: Request) -> Response:
    return _sbr(acct, req, "attributes")


@router.route("GET", "/api/v2/incremental/routing/attribute_values")
async def sbr_attribute_values(acct: Account, req: Request) -> Response:
    return _sbr(acct, req, "attribute_values")


@router.route("GET", "/api/v2/incremental/routing/instance_values")
async def sbr_instance_values(acct: Account, req: Request) -> Response:
    return _sbr(acct, req, "instance_values")
