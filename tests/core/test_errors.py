"""The attributes and messages of the typed errors, exactly (mutation testing found that the
end-to-end tests only checked the class)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest

from zendesk_async.errors import (
    APIError,
    APIStatusError,
    InternalServerError,
    RateLimitError,
    ResponseParseError,
    TooManyJobsError,
    UnprocessableEntityError,
    parse_retry_after,
    request_id_of,
    status_error_from_response,
)

URL = "https://acme.zendesk.com/api/v2/tickets/7?secret=1"


def _response(
    status: int, body: Any = None, headers: dict[str, str] | None = None
) -> httpx.Response:
    request = httpx.Request("PUT", URL)
    if isinstance(body, bytes):
        return httpx.Response(status, content=body, headers=headers, request=request)
    return httpx.Response(status, json=body, headers=headers, request=request)


def test_api_error_method_and_url_without_query() -> None:
    exc = APIError("boom", request=httpx.Request("GET", URL))
    assert (exc.message, exc.method, exc.url) == ("boom", "GET", URL.split("?")[0])
    bare = APIError("boom")
    assert (bare.request, bare.method, bare.url) == (None, None, None)


def test_response_parse_error_keeps_everything() -> None:
    response = _response(200, b"{}", {"X-Zendesk-Request-Id": "rid-1"})
    exc = ResponseParseError("bad", response=response, body=b"{}", model="ticket")
    assert exc.request is response.request and exc.response is response
    assert (exc.status_code, exc.body, exc.model, exc.request_id) == (200, b"{}", "ticket", "rid-1")
    assert (exc.method, str(exc)) == ("PUT", "bad")


def test_response_parse_error_without_request_or_response() -> None:
    loose = httpx.Response(201, content=b"x", headers={"X-Request-Id": "rid-2"})
    exc = ResponseParseError("bad", response=loose)
    assert exc.request is None and exc.response is loose
    assert (exc.status_code, exc.request_id, exc.body, exc.model) == (201, "rid-2", None, None)
    none = ResponseParseError("bad")
    assert (none.request, none.response, none.status_code, none.request_id) == (None,) * 4


def test_request_id_prefers_zendesks_header() -> None:
    both = httpx.Response(200, headers={"X-Zendesk-Request-Id": "z", "X-Request-Id": "r"})
    assert request_id_of(both) == "z"
    assert request_id_of(httpx.Response(200, headers={"X-Request-Id": "r"})) == "r"
    assert request_id_of(httpx.Response(200)) is None


def test_status_error_message_and_attributes() -> None:
    response = _response(
        422,
        {
            "error": "RecordInvalid",
            "description": "Record validation errors",
            "details": {
                "status": [{"description": "Status: closed prevents update"}, "second"],
                "subject": "too long",
            },
        },
        {"X-Zendesk-Request-Id": "rid-3"},
    )
    exc = status_error_from_response(response)
    assert isinstance(exc, UnprocessableEntityError)
    assert str(exc) == (
        "Zendesk returned 422 for PUT https://acme.zendesk.com/api/v2/tickets/7 - RecordInvalid: "
        "Record validation errors (status: Status: closed prevents update and more) "
        "(request id rid-3)"
    )
    assert exc.field_errors == {
        "status": ["Status: closed prevents update", "second"],
        "subject": ["too long"],
    }
    assert (exc.request_id, exc.headers["x-zendesk-request-id"]) == ("rid-3", "rid-3")
    assert exc.body == response.json() and exc.response is response


def test_status_error_without_body_or_request() -> None:
    exc = status_error_from_response(httpx.Response(502))
    assert isinstance(exc, InternalServerError)
    assert str(exc) == "Zendesk returned 502"
    assert (exc.error, exc.description, exc.details, exc.body) == (None, None, None, None)


def test_status_error_text_body_is_cut() -> None:
    exc = status_error_from_response(_response(400, b"  " + b"x" * 300 + b"  "))
    assert exc.description == "x" * 200
    assert exc.body == "  " + "x" * 300 + "  "


@pytest.mark.parametrize(("header", "retry_after"), [({"Retry-After": "12"}, 12.0), ({}, None)])
def test_rate_limit_error_retry_after(header: dict[str, str], retry_after: float | None) -> None:
    exc = status_error_from_response(_response(429, {"error": "Limited"}, header))
    assert type(exc) is RateLimitError and exc.retry_after == retry_after


def test_too_many_jobs_current_job_ids() -> None:
    body = {"error": "TooManyJobs", "current_job_ids": ["a", 2]}
    exc = status_error_from_response(_response(429, body, {"Retry-After": "10"}))
    assert isinstance(exc, TooManyJobsError)
    assert exc.current_job_ids == ["a", "2"] and exc.retry_after == 10.0
    bare = status_error_from_response(_response(429, {"error": "TooManyJobs"}))
    assert isinstance(bare, TooManyJobsError) and bare.current_job_ids == []


def test_unknown_status_is_the_base_class() -> None:
    exc = status_error_from_response(_response(418, {"error": "Teapot"}))
    assert type(exc) is APIStatusError and exc.status_code == 418


@pytest.mark.parametrize(
    ("body", "fields"),
    [
        # routing's object error: its message only when there is no description
        ({"error": {"title": "T", "message": "M"}}, ("T", "M", None)),
        ({"error": {"title": "T", "message": "M"}, "description": "D"}, ("T", "D", None)),
        ({"error": {"message": "M"}}, (None, "M", None)),
        # the errors list: the first entry; code before title, detail before title
        (
            {"errors": [{"code": "C1", "title": "T1", "detail": "D1"}, {"code": "C2"}]},
            ("C1", "D1", [{"code": "C1", "title": "T1", "detail": "D1"}, {"code": "C2"}]),
        ),
        ({"errors": [{"title": "T1"}]}, ("T1", "T1", [{"title": "T1"}])),
        ({"errors": [{"code": "C1"}], "description": "D"}, ("C1", "D", [{"code": "C1"}])),
        ({"errors": [{"code": "C1"}], "details": {"f": ["x"]}}, ("C1", None, {"f": ["x"]})),
        ({"error": "E", "errors": [{"code": "C1"}]}, ("E", None, None)),  # `error` wins
        ({"errors": ["not an object"]}, (None, None, None)),
        ({"errors": []}, (None, None, None)),
        ({"error": 42, "description": 7}, ("42", "7", None)),  # odd types become text
        ("   ", (None, None, None)),
        ([1, 2], (None, None, None)),
    ],
)
def test_error_fields_of_every_shape(body: Any, fields: tuple[Any, Any, Any]) -> None:
    response = _response(400, body.encode() if isinstance(body, str) else body)
    exc = status_error_from_response(response)
    assert (exc.error, exc.description, exc.details) == fields


@pytest.mark.parametrize(
    ("details", "summary"),
    [
        ({"f": ["x"]}, "f: x"),
        ({"f": "too long"}, "f: too long"),
        ({"f": [{"description": "x"}]}, "f: x"),
        ({"f": [{"description": ""}, "y"]}, "f: y and more"),
        ({"f": [{"error": "NoDescription"}], "g": ["y"]}, "g: y and more"),
        ({"f": ["x"], "g": ["y"]}, "f: x and more"),
        ({"f": ["x" * 300]}, "f: " + "x" * 200),
        ({"f": [3]}, None),
        (["not", "a", "mapping"], None),
    ],
)
def test_first_field_error_in_the_message(details: Any, summary: str | None) -> None:
    exc = status_error_from_response(_response(422, {"details": details}))
    prefix = "Zendesk returned 422 for PUT https://acme.zendesk.com/api/v2/tickets/7"
    assert str(exc) == (f"{prefix} - {summary}" if summary else prefix)


def test_non_json_bodies_are_kept_as_text() -> None:
    exc = status_error_from_response(_response(500, b"\xff\xfe oops <html>"))
    assert exc.body == "\ufffd\ufffd oops <html>" and exc.description == "\ufffd\ufffd oops <html>"
    long = status_error_from_response(_response(500, b"y" * 800))
    assert long.body == "y" * 500
    unread = httpx.Response(500, stream=httpx.ByteStream(b"{}"))
    assert status_error_from_response(unread).body is None


def test_retry_after_zero_and_fractions() -> None:
    assert parse_retry_after("0") == 0.0 and parse_retry_after("0.5") == 0.5


@pytest.mark.parametrize(
    ("stamp", "offset"),
    [("-0000", 0), ("+0000", 0), ("GMT", 0), ("+0100", -3600), ("-0100", 3600)],
)
def test_http_date_retry_after_with_every_zone(stamp: str, offset: int) -> None:
    """`-0000` gives a naive datetime (read as UTC); other zones shift the wait."""
    when = datetime.now(UTC) + timedelta(seconds=7200)
    value = when.strftime("%a, %d %b %Y %H:%M:%S ") + stamp
    assert parse_retry_after(value) == pytest.approx(7200 + offset, abs=5)
