"""Apply each wrong result listed in issue 16 to the code, run the tests that must catch it,
restore the file, and say which tests failed. Every row must be caught.

    .venv/bin/python scripts/seeded_wrong_results.py            # all rows
    .venv/bin/python scripts/seeded_wrong_results.py merge      # rows whose name contains "merge"

It edits files of the working tree for the duration of one row (restored even on Ctrl-C), so run
it on a clean tree. Exit status 1 if a wrong result went unnoticed, 2 if a row no longer applies
(the code it patches changed: update the row).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOCK = "tests/integration/test_resources_sockets.py"
KNOBS = "tests/core/test_knobs.py"
CHILDREN = "zendesk_async/resources/ticket_children.py"

# name, file, original text, wrong text, tests (pytest arguments) that must fail
ROWS: list[tuple[str, str, str, str, list[str]]] = [
    (
        "make_comment_private sends nothing", CHILDREN,
        'check_id(comment_id, "comment_id")\n        )\n        await self._send(kw)',
        'check_id(comment_id, "comment_id")\n        )',
        [SOCK, "-k", "comments_case"],
    ),
    (
        "make_audit_comment_private sends nothing", CHILDREN,
        'check_id(audit_id, "audit_id")\n        )\n        await self._send(kw)',
        'check_id(audit_id, "audit_id")\n        )',
        [SOCK, "-k", "audits"],
    ),
    (
        "mark_as_spam sends nothing", CHILDREN,
        '_get_kwargs(check_id(ticket_id, "ticket_id"))\n        await self._send(kw)',
        '_get_kwargs(check_id(ticket_id, "ticket_id"))',
        [SOCK, "-k", "spam"],
    ),
    (
        "rating sent with the opposite score", CHILDREN,
        'rating: dict[str, Any] = {"score": score}',
        'rating: dict[str, Any] = {"score": "bad" if score == "good" else "good"}',
        [SOCK, "-k", "rate"],
    ),
    (
        "redaction sends only the first character", CHILDREN,
        'from_dict({"text": text})', 'from_dict({"text": text[:1]})',
        [SOCK, "-k", "redact"],
    ),
    (
        "merge drops target_comment", "zendesk_async/resources/tickets.py",
        'body["target_comment"] = target_comment', "pass",
        [SOCK, KNOBS, "-k", "merge"],
    ),
    (
        "collaborators returns []", CHILDREN,
        'list_ticket_collaborators._get_kwargs(check_id(ticket_id, "ticket_id"))\n'
        '        return await self._list(kw, "users", TicketUserSummary.from_dict)',
        'list_ticket_collaborators._get_kwargs(check_id(ticket_id, "ticket_id"))\n'
        '        await self._list(kw, "users", TicketUserSummary.from_dict)\n        return []',
        [SOCK, "-k", "people"],
    ),
    (
        "from_view uses another view id", "zendesk_async/resources/tickets.py",
        'check_id(view_id, "view_id")', 'check_id(view_id + 1, "view_id")',
        [SOCK, KNOBS, "-k", "from_view"],
    ),
    (
        "bulk jobs not capped at 30", "zendesk_async/bulk.py",
        "job_slots = anyio.Semaphore(max_jobs)", "job_slots = anyio.Semaphore(max_jobs + 5)",
        [KNOBS, "-k", "bulk_jobs"],
    ),
    (
        "retry_deadline not wired", "zendesk_async/_client.py",
        "RetrySettings(max_retries=max_retries, deadline=retry_deadline)",
        "RetrySettings(max_retries=max_retries)",
        [KNOBS, "-k", "retry_deadline"],
    ),
    (
        "HTTP-date Retry-After ignored", "zendesk_async/errors.py",
        "        return _parse_http_date_delay(value)", "        return None",
        [KNOBS, "-k", "retry_after"],
    ),
    (
        "routing's object error ignored", "zendesk_async/errors.py",
        "    if isinstance(err, Mapping):  # SBR", "    if False:  # SBR",
        [KNOBS, "-k", "error_body"],
    ),
    (
        "the errors list ignored", "zendesk_async/errors.py",
        "    if err is None and isinstance(errors, list) and errors",
        "    if False and isinstance(errors, list) and errors",
        [KNOBS, "-k", "error_body"],
    ),
    (
        "http2=True not passed to httpx", "zendesk_async/_client.py",
        "            http2=http2,", "            http2=False,",
        ["tests/core/test_http2.py"],
    ),
]  # fmt: skip


def main(argv: list[str]) -> int:
    missed = stale = 0
    for name, rel, original, wrong, tests in ROWS:
        if argv and not any(word in name for word in argv):
            continue
        path = ROOT / rel
        source = path.read_text(encoding="utf-8")
        if source.count(original) != 1:
            print(f"STALE   {name}: {rel} no longer holds the patched text exactly once")
            stale += 1
            continue
        try:
            path.write_text(source.replace(original, wrong), encoding="utf-8")
            run = subprocess.run(
                [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *tests],
                cwd=ROOT,
                capture_output=True,
                text=True,
                check=False,
            )
        finally:
            path.write_text(source, encoding="utf-8")
        failed = [
            ln.split(" - ")[0][7:] for ln in run.stdout.splitlines() if ln.startswith("FAILED")
        ]
        if failed:
            print(f"caught  {name}: {', '.join(failed)}")
        else:
            print(f"MISSED  {name}: {' '.join(tests)} still pass")
            missed += 1
    return 2 if stale else 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
