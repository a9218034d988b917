"""Ticket routes: CRUD, lists, show_many, bulk jobs, comments, audits, tags, skips, job statuses."""

from __future__ import annotations

from typing import Any

from zendesk_async import _constants as C

from ._account import CURRENT_USER_ID, Account
from ._audits import change_audit, creation_audit
from ._http import (
    HTTPError,
    Request,
    Response,
    bad_request,
    dumps,
    envelope,
    invalid,
    json_response,
    not_found,
)
from ._pagination import ListListing, paginate
from ._router import Router
from ._sideloads import with_sideloads

router = Router()
T = "/api/v2/tickets"


def _id(raw: str) -> int:
    try:
        return int(raw)
    except ValueError:
        raise not_found() from None


def _ids_param(req: Request, limit: int = C.SHOW_MANY_MAX_IDS) -> list[int]:
    ids = req.q_ids("ids")
    if not ids:
        raise bad_request("InvalidValue", "ids is required")
    if len(ids) > limit:
        raise bad_request("TooManyValues", f"Too many ids: at most {limit} are allowed")
    return ids


def _ticket_json(acct: Account, tid: int) -> bytes:
    data = acct.tickets.get_bytes(tid)
    if data is None:
        raise not_found()
    return data


def _job_response(acct: Account, req: Request, job_type: str, total: int, work: Any) -> Response:
    job = acct.jobs.submit(job_type, total, work)
    resp = json_response({"job_status": job.to_json(req.link_base)})
    resp.headers.extend(acct.jobs.inflight_header())
    return resp


# -- tickets -------------------------------------------------------------------------------------
@router.route("GET", T)
async def list_tickets(acct: Account, req: Request) -> Response:
    external_id = req.q("external_id")
    if external_id is not None:
        ids = acct.tickets.by_external_id(external_id)
        listing: Any = ListListing(ids, lambda i: i, lambda i: _ticket_json(acct, i))
    else:
        listing = acct.tickets
    return json_response(with_sideloads(acct, req, paginate(req, listing, "tickets"), "tickets"))


@router.route("POST", T)
async def create_ticket(acct: Account, req: Request) -> Response:
    data = req.json().get("ticket")
    if not isinstance(data, dict):
        raise invalid("ticket", "Ticket: is required", "BlankValue")
    ticket = acct.create_ticket(data)
    resp = json_response({"ticket": ticket, "audit": creation_audit(acct, ticket)}, 201)
    resp.headers.append((b"location", ticket["url"].encode()))
    return resp


@router.route("GET", T + "/count")
async def count_tickets(acct: Account, req: Request) -> Response:
    from .seed import iso

    return json_response({"count": {"value": acct.tickets.count(), "refreshed_at": iso(acct.ts())}})


@router.route("GET", T + "/show_many")
async def show_many(acct: Account, req: Request) -> Response:
    ids = _ids_param(req)
    items = [acct.tickets.get_bytes(i) for i in ids if acct.tickets.exists(i)]  # missing: skipped
    page = envelope("tickets", [b for b in items if b is not None], {})
    return json_response(with_sideloads(acct, req, page, "tickets"))


@router.route("GET", T + "/{ticket_id}")
async def show_ticket(acct: Account, req: Request, ticket_id: str) -> Response:
    tid = _id(ticket_id)
    if not acct.tickets.exists(tid):
        raise not_found()
    page = b'{"ticket":%s}' % _ticket_json(acct, tid)
    return json_response(with_sideloads(acct, req, page, "ticket"))


@router.route("PUT", T + "/{ticket_id}")
async def update_ticket(acct: Account, req: Request, ticket_id: str) -> Response:
    data = req.json().get("ticket")
    if not isinstance(data, dict):
        raise invalid("ticket", "Ticket: is required", "BlankValue")
    tid = _id(ticket_id)
    before = acct.ticket_or_404(tid)
    ticket = acct.update_ticket(tid, data)
    audit = change_audit(acct, before, ticket, commented=bool(data.get("comment")))
    return json_response({"ticket": ticket, "audit": audit})


@router.route("DELETE", T + "/{ticket_id}")
async def delete_ticket(acct: Account, req: Request, ticket_id: str) -> Response:
    acct.delete_ticket(_id(ticket_id))
    return Response(204, content_type=None)


@router.route("POST", T + "/create_many")
async def create_many(acct: Account, req: Request) -> Response:
    return _create_many(acct, req, "create_many", imported=False)


@router.route("POST", "/api/v2/imports/tickets/create_many")
async def import_many(acct: Account, req: Request) -> Response:
    return _create_many(acct, req, "bulk_import", imported=True)


def _create_many(acct: Account, req: Request, job_type: str, *, imported: bool) -> Response:
    tickets = req.json().get("tickets")
    if not isinstance(tickets, list) or not tickets:
        raise invalid("tickets", "Tickets: is required", "BlankValue")
    if len(tickets) > C.BULK_CHUNK:
        raise bad_request("TooManyValues", f"Too many tickets: at most {C.BULK_CHUNK}")

    def work() -> list[dict[str, Any]]:
        results: list[dict[str, Any]] = []
        for index, data in enumerate(tickets):
            try:
                ticket = acct.create_ticket(data, imported=imported)
                results.append({"id": ticket["id"], "index": index})
            except HTTPError as exc:
                results.append(
                    {
                        "index": index,
                        "error": "RecordInvalid",
                        "details": str(exc.body.get("details")),
                        "success": False,
                    }
                )
        return results

    return _job_response(acct, req, job_type, len(tickets), work)


@router.route("POST", "/api/v2/imports/tickets")
async def import_ticket(acct: Account, req: Request) -> Response:
    data = req.json().get("ticket")
    if not isinstance(data, dict):
        raise invalid("ticket", "Ticket: is required", "BlankValue")
    comments = data.get("comments") or []
    first = comments[0] if comments else {}
    ticket = acct.create_ticket({**data, "comment": first}, imported=True)
    for extra in comments[1:]:
        acct.add_comment(ticket["id"], extra)
    return json_response({"ticket": acct.tickets.get(ticket["id"])}, 201)


@router.route("PUT", T + "/update_many")
async def update_many(acct: Account, req: Request) -> Response:
    body = req.json()
    if "tickets" in body:
        items = body["tickets"]
        if not isinstance(items, list) or not all(isinstance(t, dict) and "id" in t for t in items):
            raise invalid("tickets", "Tickets: each needs an id")
        if len(items) > C.BULK_CHUNK:
            raise bad_request("TooManyValues", f"Too many tickets: at most {C.BULK_CHUNK}")
        changes = [(int(t["id"]), {k: v for k, v in t.items() if k != "id"}) for t in items]
    else:
        ticket = body.get("ticket")
        if not isinstance(ticket, dict):
            raise invalid("ticket", "Ticket: is required", "BlankValue")
        changes = [(i, ticket) for i in _ids_param(req)]

    def work() -> list[dict[str, Any]]:
        return [
            _try(acct, "update", tid, lambda t=tid, c=ch: acct.update_ticket(t, dict(c)))
            for tid, ch in changes
        ]

    return _job_response(acct, req, "bulk_update", len(changes), work)


def _try(acct: Account, action: str, tid: int, fn: Any) -> dict[str, Any]:
    try:
        fn()
    except HTTPError as exc:
        err = exc.body.get("error", "Error")
        return {
            "id": tid,
            "action": action,
            "success": False,
            "error": err,
            "details": exc.body.get("description", ""),
        }
    return {
        "id": tid,
        "action": action,
        "status": "Updated" if action == "update" else "Deleted",
        "success": True,
    }


@router.route("DELETE", T + "/destroy_many")
async def destroy_many(acct: Account, req: Request) -> Response:
    ids = _ids_param(req)

    def work() -> list[dict[str, Any]]:
        return [_try(acct, "delete", i, lambda i=i: acct.delete_ticket(i)) for i in ids]

    return _job_response(acct, req, "bulk_delete", len(ids), work)


@router.route("PUT", T + "/mark_many_as_spam")
async def mark_many_as_spam(acct: Account, req: Request) -> Response:
    ids = _ids_param(req)

    def work() -> list[dict[str, Any]]:
        return [_try(acct, "mark_as_spam", i, lambda i=i: acct.delete_ticket(i)) for i in ids]

    return _job_response(acct, req, "bulk_mark_as_spam", len(ids), work)


@router.route("PUT", T + "/{ticket_id}/mark_as_spam")
async def mark_as_spam(acct: Account, req: Request, ticket_id: str) -> Response:
    acct.delete_ticket(_id(ticket_id))
    return Response(200, b"", content_type=None)


@router.route("POST", T + "/{ticket_id}/merge")
async def merge(acct: Account, req: Request, ticket_id: str) -> Response:
    target = _id(ticket_id)
    acct.ticket_or_404(target)
    body = req.json()
    sources = body.get("ids")
    if not isinstance(sources, list) or not sources:
        raise invalid("ids", "Ids: is required", "BlankValue")
    if target in sources:
        raise invalid("ids", "Cannot merge a ticket into itself")

    def work() -> list[dict[str, Any]]:
        for sid in sources:
            acct.ticket_or_404(sid)
        for sid in sources:
            acct.update_ticket(
                int(sid),
                {
                    "status": "closed",
                    "comment": {
                        "body": body.get("source_comment") or f"Merged into #{target}",
                        "public": False,
                    },
                },
            )
        acct.add_comment(
            target,
            {
                "body": body.get("target_comment") or f"Merged {', '.join(map(str, sources))}",
                "public": False,
            },
        )
        return [{"id": target, "action": "merge", "status": "Merged", "success": True}]

    return _job_response(acct, req, "merge", len(sources), work)


# -- children of one ticket ------------------------------------------------------------------
def _users(acct: Account, ids: list[int]) -> list[dict[str, Any]]:
    return [
        {"id": u, "name": f"User {u}", "email": f"user{u}@example.org", "role": "end-user"}
        for u in ids
    ]


@router.route("GET", T + "/{ticket_id}/collaborators")
async def collaborators(acct: Account, req: Request, ticket_id: str) -> Response:
    ticket = acct.ticket_or_404(ticket_id)
    return json_response({"users": _users(acct, ticket.get("collaborator_ids") or [])})


@router.route("GET", T + "/{ticket_id}/followers")
async def followers(acct: Account, req: Request, ticket_id: str) -> Response:
    ticket = acct.ticket_or_404(ticket_id)
    return json_response({"users": _users(acct, ticket.get("follower_ids") or [])})


@router.route("GET", T + "/{ticket_id}/email_ccs")
async def email_ccs(acct: Account, req: Request, ticket_id: str) -> Response:
    ticket = acct.ticket_or_404(ticket_id)
    return json_response({"users": _users(acct, ticket.get("email_cc_ids") or [])})


@router.route("GET", T + "/{ticket_id}/incidents")
async def incidents(acct: Account, req: Request, ticket_id: str) -> Response:
    tid = int(acct.ticket_or_404(ticket_id)["id"])
    linked = [
        t
        for t in acct.tickets.overrides_values()
        if t.get("problem_id") == tid and acct.tickets.exists(int(t["id"]))
    ]
    return json_response(
        paginate(req, ListListing(linked, lambda t: int(t["id"]), dumps), "tickets")
    )


@router.route("GET", T + "/{ticket_id}/related")
async def related(acct: Account, req: Request, ticket_id: str) -> Response:
    ticket = acct.ticket_or_404(ticket_id)
    count = sum(1 for t in acct.tickets.overrides_values() if t.get("problem_id") == ticket["id"])
    return json_response(
        {
            "topic_id": None,
            "jira_issue_ids": [],
            "followup_source_ids": [],
            "from_archive": False,
            "incidents": count,
        }
    )


@router.route("GET", T + "/{ticket_id}/comments")
async def list_comments(acct: Account, req: Request, ticket_id: str) -> Response:
    tid = int(acct.ticket_or_404(ticket_id)["id"])
    comments = list(acct.tickets.ticket_comments(tid))
    if req.q("sort_order") == "desc" or req.q("sort") == "-created_at":
        comments.reverse()
    page = paginate(req, ListListing(comments, lambda c: int(c["id"]), dumps), "comments")
    return json_response(with_sideloads(acct, req, page, "comments"))


@router.route("GET", T + "/{ticket_id}/comments/count")
async def count_comments(acct: Account, req: Request, ticket_id: str) -> Response:
    from .seed import iso

    tid = int(acct.ticket_or_404(ticket_id)["id"])
    n = len(acct.tickets.ticket_comments(tid))
    return json_response({"count": {"value": n, "refreshed_at": iso(acct.ts())}})


@router.route("PUT", T + "/{ticket_id}/comments/{comment_id}/make_private")
async def make_private(acct: Account, req: Request, ticket_id: str, comment_id: str) -> Response:
    _comment(acct, ticket_id, comment_id)["public"] = False
    return Response(200, b"", content_type=None)


def _comment(acct: Account, ticket_id: str, comment_id: str) -> dict[str, Any]:
    tid = int(acct.ticket_or_404(ticket_id)["id"])
    for c in acct.tickets.ticket_comments(tid):
        if str(c["id"]) == comment_id:
            return c
    raise not_found()


@router.route("PUT", T + "/{ticket_id}/comments/{comment_id}/redact")
async def redact(acct: Account, req: Request, ticket_id: str, comment_id: str) -> Response:
    text = req.json().get("text")
    if not isinstance(text, str) or not text:
        raise invalid("text", "Text: is required", "BlankValue")
    comment = _comment(acct, ticket_id, comment_id)
    for key in ("body", "html_body", "plain_body"):
        comment[key] = str(comment[key]).replace(text, "▇" * len(text))
    return json_response({"comment": comment})


@router.route("GET", T + "/{ticket_id}/audits")
async def list_audits(acct: Account, req: Request, ticket_id: str) -> Response:
    tid = int(acct.ticket_or_404(ticket_id)["id"])
    audits = acct.tickets.ticket_audits(tid)
    return json_response(
        paginate(req, ListListing(audits, lambda a: int(a["id"]), dumps), "audits")
    )


@router.route("GET", T + "/{ticket_id}/audits/count")
async def count_audits(acct: Account, req: Request, ticket_id: str) -> Response:
    from .seed import iso

    tid = int(acct.ticket_or_404(ticket_id)["id"])
    n = len(acct.tickets.ticket_audits(tid))
    return json_response({"count": {"value": n, "refreshed_at": iso(acct.ts())}})


def _audit(acct: Account, ticket_id: str, audit_id: str) -> dict[str, Any]:
    tid = int(acct.ticket_or_404(ticket_id)["id"])
    for a in acct.tickets.ticket_audits(tid):
        if str(a["id"]) == audit_id:
            return a
    raise not_found()


@router.route("GET", T + "/{ticket_id}/audits/{audit_id}")
async def show_audit(acct: Account, req: Request, ticket_id: str, audit_id: str) -> Response:
    return json_response({"audit": _audit(acct, ticket_id, audit_id)})


@router.route("PUT", T + "/{ticket_id}/audits/{audit_id}/make_private")
async def audit_private(acct: Account, req: Request, ticket_id: str, audit_id: str) -> Response:
    audit = _audit(acct, ticket_id, audit_id)
    for event in audit["events"]:
        if event.get("type") == "Comment":
            event["public"] = False
            for c in acct.tickets.ticket_comments(int(audit["ticket_id"])):
                if c["id"] == event["id"]:
                    c["public"] = False
    return Response(200, b"", content_type=None)


@router.route("GET", "/api/v2/ticket_audits")
async def all_audits(acct: Account, req: Request) -> Response:
    """Cursor-only, newest tickets first; top-level after_/before_ fields (TicketAuditsResponse)."""
    from ._pagination import decode_cursor, encode_cursor

    limit = min(req.q_int("limit", None) or req.q_int("page[size]", 100) or 100, 1000)
    cursor = req.q("cursor") or req.q("page[after]")
    start = 0
    if cursor:
        start = acct.tickets.index_after(decode_cursor(cursor))
    out: list[bytes] = []
    index, last_tid = start, None
    total = acct.tickets.size()
    while len(out) < limit and index < total:
        tid = acct.tickets.nth_id(index)
        out.extend(dumps(a) for a in acct.tickets.ticket_audits(tid))
        last_tid, index = tid, index + 1
    after = encode_cursor(last_tid) if last_tid is not None and index < total else None
    if req.stuck_cursor:
        after = cursor or encode_cursor(acct.tickets.seed.first_id - 1)
    extra = {
        "after_cursor": after,
        "after_url": req.url(cursor=after, limit=limit) if after else None,
        "before_cursor": cursor,
        "before_url": None,
    }
    return json_response(envelope("audits", out, extra))


# -- tags ----------------------------------------------------------------------------------------
def _tags_body(req: Request) -> list[str]:
    tags = req.json().get("tags")
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        raise invalid("tags", "Tags: must be a list of strings")
    return tags


@router.route("GET", T + "/{ticket_id}/tags")
async def list_tags(acct: Account, req: Request, ticket_id: str) -> Response:
    return json_response({"tags": acct.ticket_or_404(ticket_id).get("tags") or []})


@router.route("POST", T + "/{ticket_id}/tags")
async def set_tags(acct: Account, req: Request, ticket_id: str) -> Response:
    tags = sorted(set(_tags_body(req)))
    return json_response({"tags": acct.update_ticket(_id(ticket_id), {"tags": tags})["tags"]}, 201)


@router.route("PUT", T + "/{ticket_id}/tags")
async def put_tags(acct: Account, req: Request, ticket_id: str) -> Response:
    ticket = acct.update_ticket(_id(ticket_id), {"additional_tags": _tags_body(req)})
    return json_response({"tags": ticket["tags"]})


@router.route("DELETE", T + "/{ticket_id}/tags")
async def delete_tags(acct: Account, req: Request, ticket_id: str) -> Response:
    ticket = acct.update_ticket(_id(ticket_id), {"remove_tags": _tags_body(req)})
    return json_response({"tags": ticket["tags"]})


# -- skips ---------------------------------------------------------------------------------------
@router.route("POST", "/api/v2/skips")
async def record_skip(acct: Account, req: Request) -> Response:
    skip = req.json().get("skip")
    if not isinstance(skip, dict) or "ticket_id" not in skip:
        raise invalid("ticket_id", "Ticket: is required", "BlankValue")
    created = acct.add_skip(int(skip["ticket_id"]), str(skip.get("reason") or ""))
    return json_response({"skip": _skip_full(acct, created)}, 201)


def _skip_full(acct: Account, skip: dict[str, Any]) -> dict[str, Any]:
    return {**skip, "ticket": acct.tickets.get(int(skip["ticket_id"]))}


def _skips(acct: Account, req: Request, pred: Any) -> Response:
    skips = [s for s in acct.skips if pred(s)]
    if req.q("sort_order") == "desc":
        skips.reverse()

    def render(s: dict[str, Any]) -> bytes:
        ticket = acct.tickets.get_bytes(int(s["ticket_id"])) or b"null"
        return dumps(s)[:-1] + b',"ticket":' + ticket + b"}"

    return json_response(paginate(req, ListListing(skips, lambda s: int(s["id"]), render), "skips"))


@router.route("GET", "/api/v2/skips")
async def list_skips(acct: Account, req: Request) -> Response:
    return _skips(acct, req, lambda s: s["user_id"] == CURRENT_USER_ID)


@router.route("GET", "/api/v2/users/{user_id}/skips")
async def user_skips(acct: Account, req: Request, user_id: str) -> Response:
    uid = _id(user_id)
    return _skips(acct, req, lambda s: s["user_id"] == uid)


@router.route("GET", T + "/{ticket_id}/skips")
async def ticket_skips(acct: Account, req: Request, ticket_id: str) -> Response:
    tid = int(acct.ticket_or_404(ticket_id)["id"])
    return _skips(acct, req, lambda s: s["ticket_id"] == tid)


# -- job statuses --------------------------------------------------------------------------------
@router.route("GET", "/api/v2/job_statuses/show_many")
async def jobs_show_many(acct: Account, req: Request) -> Response:
    raw = req.q("ids") or ""
    ids = [i for i in raw.split(",") if i]
    if not ids:
        raise bad_request("InvalidValue", "ids is required")
    jobs = [j for i in ids if (j := acct.jobs.poll(i)) is not None]
    return json_response({"job_statuses": [j.to_json(req.link_base) for j in jobs]})


@router.route("GET", "/api/v2/job_statuses/{job_id}")
async def show_job(acct: Account, req: Request, job_id: str) -> Response:
    job = acct.jobs.poll(job_id)
    if job is None:
        raise not_found()
    return json_response({"job_status": job.to_json(req.link_base)})


@router.route("GET", "/api/v2/job_statuses")
async def list_jobs(acct: Account, req: Request) -> Response:
    jobs = list(acct.jobs.jobs.values())
    listing = ListListing(jobs, lambda j: j.id, lambda j: dumps(j.to_json(req.link_base)))
    return json_response(paginate(req, listing, "job_statuses", cursor_only=True))


# -- the rest of the operation table ---------------------------------------------------------
@router.route("GET", "/api/v2/views/{view_id}/tickets")
async def view_tickets(acct: Account, req: Request, view_id: str) -> Response:
    """Every view shows all visible tickets (the fake has no view conditions), in id order or
    by `sort_by` (a ticket field) and `sort_order` (asc / desc)."""
    _id(view_id)
    sort_by, order = req.q("sort_by"), req.q("sort_order")
    if sort_by is None and order is None:
        return json_response(paginate(req, acct.tickets, "tickets"))
    if order not in (None, "asc", "desc"):
        raise bad_request("InvalidValue", f"sort_order must be asc or desc, not {order}")
    store = acct.tickets
    tickets = [store.get(store.nth_id(i)) or {} for i in range(store.size())]
    field = sort_by or "id"
    tickets.sort(key=lambda t: (t.get(field) is None, str(t.get(field)), t.get("id")))
    if order == "desc":
        tickets.reverse()
    listing = ListListing(tickets, lambda t: int(t["id"]), dumps)
    return json_response(paginate(req, listing, "tickets"))


@router.route("POST", T + "/{ticket_id}/satisfaction_rating")
async def rate(acct: Account, req: Request, ticket_id: str) -> Response:
    rating = req.json().get("satisfaction_rating")
    if not isinstance(rating, dict) or rating.get("score") not in ("good", "bad"):
        raise invalid("score", "Score: must be good or bad")
    tid = _id(ticket_id)
    record = {
        "id": acct.child_id(),
        "score": rating["score"],
        "comment": rating.get("comment"),
        "ticket_id": tid,
    }
    acct.update_ticket(
        tid, {"satisfaction_rating": {k: record[k] for k in ("id", "score", "comment")}}
    )
    return json_response({"satisfaction_rating": record})


@router.route("GET", T + "/{ticket_id}/conversation_log")
async def conversation_log(acct: Account, req: Request, ticket_id: str) -> Response:
    tid = int(acct.ticket_or_404(ticket_id)["id"])
    events = [
        {
            "id": str(c["id"]),
            "type": "Comment",
            "author": {"id": c["author_id"]},
            "content": {"type": "text", "body": c["plain_body"]},
            "created_at": c["created_at"],
            "updated_at": c["created_at"],
        }
        for c in acct.tickets.ticket_comments(tid)
    ]
    listing = ListListing(events, lambda e: str(e["id"]), dumps)
    return json_response(paginate(req, listing, "events", cursor_only=True))


@router.route("GET", T + "/{ticket_id}/macros/{macro_id}/apply")
async def apply_macro(acct: Account, req: Request, ticket_id: str, macro_id: str) -> Response:
    """The fake's macros change nothing: the result is the ticket as it is."""
    ticket = acct.ticket_or_404(ticket_id)
    _id(macro_id)
    return json_response({"result": {"ticket": ticket, "comment": {"body": "", "public": True}}})
