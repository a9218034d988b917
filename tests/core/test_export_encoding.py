"""JSON in and out (`zendesk_async._json`): orjson speed, the stdlib's answers.

Issue 11 defect 9: a record holding a lone surrogate (valid JSON ``"\\ud83d"``) crashed the export
writer with an untyped UnicodeEncodeError; it must be written as a JSON line that round-trips.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zendesk_async._json import dumps_line, loads
from zendesk_async._transport import parse_json
from zendesk_async.errors import ResponseParseError
from zendesk_async.exportfile import JsonlExportFile

LONE = json.loads('"\\ud83d"')  # what parsing a valid JSON escape of a lone surrogate gives


def test_a_record_with_a_lone_surrogate_is_written_as_a_line_that_round_trips(
    tmp_path: Path,
) -> None:
    record = loads(b'{"id": 7, "subject": "half an emoji \\ud83d", "tags": ["\\udfff"]}')
    assert record["subject"].endswith(LONE)
    records = [{"id": 6, "subject": "ok \U0001f525 ñ"}, record, {"id": 8, "subject": "after"}]
    out = tmp_path / "t.jsonl"
    with JsonlExportFile(out, what="tickets", fsync=False) as sink:
        assert sink.write_page(records, {"cursor": "c1"}) == 3
    raw = out.read_bytes()
    raw.decode("utf-8")  # the file is valid UTF-8 ...
    assert [json.loads(line) for line in raw.splitlines()] == records  # ... and round-trips


BODIES: list[tuple[bytes, Any]] = [
    (b'{"a": [1, 2.5, "x", null, true]}', {"a": [1, 2.5, "x", None, True]}),
    (b'"\\ud83d"', LONE),  # orjson refuses lone-surrogate escapes: stdlib fallback
    (b'{"t": "\\ud83d\\udd25 ok"}', {"t": "\U0001f525 ok"}),  # a proper pair stays one char
    (b"18446744073709551616", 2**64),  # orjson would give a float: exact int kept
    (b"-9223372036854775809", -(2**63) - 1),
    (b"[18446744073709551615, -9223372036854775808]", [2**64 - 1, -(2**63)]),
    (b'"12345678901234567890123"', "12345678901234567890123"),  # digits in a string: fine
    (b"1e400", float("inf")),  # as the stdlib
    (b"\xef\xbb\xbf{}", {}),  # ... which skips a UTF-8 BOM
    ('{"a": 1}'.encode("utf-16"), {"a": 1}),  # ... and detects UTF-16
    ('{"s": "ü✓"}'.encode(), {"s": "ü✓"}),
]


@pytest.mark.parametrize(("raw", "want"), BODIES)
def test_loads_answers_as_the_stdlib(raw: bytes, want: Any) -> None:
    got = loads(raw)
    assert got == want == json.loads(raw)
    assert type(got) is type(want)


@pytest.mark.parametrize("raw", [b"", b"{", b"[1,]", b"nul", b"\xff\xfe\xfa", b"\xed\xa0\xbd"])
def test_invalid_json_is_a_value_error_and_a_parse_error_with_the_raw_body(raw: bytes) -> None:
    with pytest.raises(ValueError):
        json.loads(raw)  # the stdlib refuses it too
    with pytest.raises(ValueError):
        loads(raw)
    response = httpx.Response(200, content=raw, request=httpx.Request("GET", "https://x.test/"))
    with pytest.raises(ResponseParseError) as info:
        parse_json(response)
    assert info.value.body == raw


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()  # unbounded: beyond 64 bits too
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(st.characters(codec=None)),  # lone surrogates included
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=10,
)


@settings(max_examples=300, deadline=None)
@given(json_values)
def test_any_parsed_value_is_written_as_one_utf8_line_and_read_back_equal(value: Any) -> None:
    line = dumps_line(value)
    assert line.endswith(b"\n") and line.count(b"\n") == 1
    assert json.loads(line.decode("utf-8")) == value
    assert loads(line) == value
    # and what the stdlib writes (ensure_ascii: surrogates escaped) decodes to the same value
    assert loads(json.dumps(value).encode()) == value
