"""The per-operation idempotency table, rebuilt at test time.

`_idempotency._INDEX` is built once at import (`_index()` over `WRITES`, each path through
`_pattern`); these tests build it again and look operations up through the fresh index, so a
wrong pattern or a wrong order of the index fails here, not only at import.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from zendesk_async import _idempotency
from zendesk_async._idempotency import Replay, Write, adds_comment, operation_for, resend_safe

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def fresh_index(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_idempotency, "_INDEX", _idempotency._index())


def _spec_writes() -> dict[str, tuple[str, str]]:
    spec = yaml.safe_load((ROOT / "spec" / "zendesk.yaml").read_text())
    return {
        op["operationId"]: (method.upper(), path)
        for path, item in spec["paths"].items()
        for method, op in item.items()
        if method in ("post", "put", "patch", "delete")
    }


@pytest.mark.usefixtures("fresh_index")
def test_a_fresh_index_finds_every_write_of_the_spec() -> None:
    for op, (method, path) in _spec_writes().items():
        concrete = path.replace("{", "").replace("}", "")  # {ticket_id} -> ticket_id
        assert operation_for(method, concrete) == op
        assert operation_for(method.lower(), concrete + ".json") == op
        if not path.endswith("}"):  # a placeholder would take the suffix in
            assert operation_for(method, concrete + ".JSON") != op  # the suffix is lower case
            assert operation_for(method, concrete + ".json.json") != op
        assert operation_for("GET", concrete) is None  # by method: reads are not in it


@pytest.mark.usefixtures("fresh_index")
@pytest.mark.parametrize(
    ("method", "path", "op"),
    [
        ("PUT", "/api/v2/tickets/update_many", "TicketsUpdateMany"),
        ("PUT", "/api/v2/tickets/update_many.json", "TicketsUpdateMany"),
        ("PUT", "/api/v2/tickets/mark_many_as_spam.json", "MarkManyTicketsAsSpam"),
        ("PUT", "/api/v2/tickets/42.json", "UpdateTicket"),
        ("PUT", "/api/v2/tickets/42", "UpdateTicket"),
        ("DELETE", "/api/v2/tickets/destroy_many.json", "BulkDeleteTickets"),
        ("DELETE", "/api/v2/tickets/42", "DeleteTicket"),
        ("POST", "/api/v2/tickets.json", "CreateTicket"),
        ("POST", "/api/v2/tickets/create_many.json", "TicketsCreateMany"),
        ("PUT", "/api/v2/tickets/1/comments/2/attachments/3/redact", "RedactCommentAttachment"),
        ("POST", "/api/v2/tickets/1/2", None),  # a placeholder is one path segment
        ("PUT", "/api/v2/tickets/1/2", None),
        ("PUT", "/api/v2/tickets/", None),  # and never empty
        ("PUT", "/api/v2/ticketsX1", None),
        ("PATCH", "/api/v2/tickets/1", None),
    ],
)
def test_a_fresh_index_matches_literal_paths_before_placeholders(
    method: str, path: str, op: str | None
) -> None:
    assert operation_for(method, path) == op


def test_the_index_puts_literal_paths_first_whatever_the_names_and_the_order(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A placeholder row listed first (and named first) still comes after the literal row."""
    s = Replay.SAFE
    writes = {
        "A": Write("PUT", "/x/{id}", s, "by id"),
        "B": Write("PUT", "/x/literal", s, "literal"),
        "C": Write("POST", "/x/{a}/{b}", s, "two"),
        "D": Write("POST", "/x/{a}/lit", s, "one"),
    }
    monkeypatch.setattr(_idempotency, "WRITES", writes)
    index = _idempotency._index()
    assert {m: [op for _, op in rows] for m, rows in index.items()} == {
        "PUT": ["B", "A"],
        "POST": ["D", "C"],
    }
    monkeypatch.setattr(_idempotency, "_INDEX", index)
    assert operation_for("put", "/x/literal") == "B"
    assert operation_for("PUT", "/x/other.json") == "A"
    assert operation_for("POST", "/x/1/lit") == "D"
    assert operation_for("POST", "/x/1/2") == "C"


def test_pattern_is_the_template_with_one_segment_per_placeholder() -> None:
    pattern = _idempotency._pattern("/a.b/{x}/c/{y_z}")
    assert pattern.pattern == r"/a\.b/[^/]+/c/[^/]+(?:\.json)?"
    assert pattern.fullmatch("/a.b/1/c/2.json")
    assert not pattern.fullmatch("/aXb/1/c/2")
    assert _idempotency._pattern("/plain").pattern == "/plain(?:\\.json)?"


@pytest.mark.parametrize(
    ("body", "adds"),
    [
        ({"comment": "text"}, True),  # a top-level comment
        ({"comment": {"body": "hi"}}, True),
        ({"comment": None}, False),
        ({"COMMENT": "text"}, False),
        ({"ticket": {"comment": "text"}}, True),
        ({"tickets": [{"id": 1}, {"comment": {"body": "x"}}]}, True),
        ({"tickets": [{"id": 1}, "comment"]}, False),
        ({"ticket": {"comment": None, "status": "open"}}, False),
        ({}, False),
        (["comment"], False),
        (None, False),
    ],
)
def test_adds_comment(body: Any, adds: bool) -> None:
    assert adds_comment(body) is adds


def test_a_top_level_comment_makes_an_unknown_put_unsafe() -> None:
    assert not resend_safe("PUT", "/api/v2/unknown/1", {"comment": "text"})
    assert resend_safe("PUT", "/api/v2/unknown/1", {"status": "open"})
    assert not resend_safe("PUT", "/api/v2/tickets/1?x=1#f", {"comment": {"body": "x"}})


@pytest.mark.parametrize(
    "url", ["/api/v2/tickets/5/tags?x=1", "/api/v2/tickets/5/tags#f", "/api/v2/tickets/5/tags?a#f"]
)
def test_the_operation_is_found_without_query_and_fragment(url: str) -> None:
    """POST .../tags replaces the tags (safe); an unknown POST would not be."""
    assert resend_safe("POST", url, {"tags": ["a"]})
    assert not resend_safe("POST", url.replace("tags", "other"), {"tags": ["a"]})


def test_a_keyed_create_needs_the_key_not_just_any_header() -> None:
    url = "/api/v2/tickets.json"
    assert not resend_safe("POST", url, {"ticket": {}}, {"X-Other": "1"})
    assert not resend_safe("POST", url, {"ticket": {}}, {})
    assert resend_safe("POST", url, {"ticket": {}}, {"X-Other": "1", "Idempotency-Key": "k"})
