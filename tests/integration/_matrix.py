"""The fault matrix as data: fault x mode -> the outcome the library documents (docs/retries.md).

Retried faults fire a limited number of times (`TIMES`), so the documented outcome is
"recovered"; faults the library must not retry end in their typed error. `render()` prints
the table (`python -m tests.integration._matrix`).
"""

from __future__ import annotations

from zendesk_async.testing import catalogue

MODES = ("get", "stream", "export", "gather50", "post")
RECOVERED = "recovered"
TIMES = 2  # a retried fault fires this many times, then the server answers normally
POST_TIMES = 1

#: faults after which the server did handle a POST (a create happened even if the call failed)
HANDLED_BEFORE_FAULT = frozenset({"reset_after_read", "truncated_body"})

_R = RECOVERED
_PARSE = "ResponseParseError"
_500 = "InternalServerError"
_CONN = "APIConnectionError"

# fault -> (get, stream, export, gather50, post)
EXPECTED: dict[str, tuple[str, str, str, str, str]] = {
    "latency": (_R, _R, _R, _R, _R),
    "429": (_R, _R, _R, _R, _R),
    "429_no_retry_after": (_R, _R, _R, _R, _R),
    "503": (_R, _R, _R, _R, _500),
    "503_no_retry_after": (_R, _R, _R, _R, _500),
    "500": (_R, _R, _R, _R, _500),
    "502": (_R, _R, _R, _R, _500),
    "reset_before_read": (_R, _R, _R, _R, _CONN),
    "reset_after_read": (_R, _R, _R, _R, _CONN),
    "truncated_body": (_R, _R, _R, _R, _CONN),
    "invalid_json": (_PARSE, _PARSE, _PARSE, f"{TIMES}x {_PARSE}", _PARSE),
    "html_200": (_PARSE, _PARSE, _PARSE, f"{TIMES}x {_PARSE}", _PARSE),
    "html_502": (_R, _R, _R, _R, _500),
    "hang": (_R, _R, _R, _R, "APITimeoutError"),
    "stuck_cursor": (_R, "StalledPaginationError", "StalledPaginationError", _R, _R),
    "foreign_next_page": (_R, "UnsafeURLError", "UnsafeURLError", _R, _R),
}

#: the same faults firing forever on a single GET (client max_retries=2): the typed error
PERSISTENT: dict[str, str] = {
    "429": "RateLimitError",
    "503": _500,
    "500": _500,
    "html_502": _500,
    "reset_before_read": _CONN,
    "reset_after_read": _CONN,
    "truncated_body": _CONN,
    "hang": "APITimeoutError",
}

assert set(EXPECTED) == set(catalogue()), "every catalogue fault needs a matrix row"
assert set(PERSISTENT) <= set(catalogue())


def render() -> str:
    head = "| fault | " + " | ".join(MODES) + " | get, fault forever |"
    rule = "|" + "---|" * (len(MODES) + 2)
    rows = [
        f"| {fault} | " + " | ".join(outs) + f" | {PERSISTENT.get(fault, '-')} |"
        for fault, outs in EXPECTED.items()
    ]
    return "\n".join([head, rule, *rows])


if __name__ == "__main__":
    print(render())
