"""Typed resources: `zd.tickets`, `zd.skips`, `zd.routing`, `zd.incremental`, `zd.job_statuses`.

Each method wraps one operation of the bundled spec (recorded with `@operation`), builds the
request with the generated `_get_kwargs`, sends it through the client's one request path and
returns generated models. `Zendesk` creates one of each.
"""

from __future__ import annotations

from .channels import Channels
from .incremental import Incremental
from .job_statuses import JobStatuses
from .routing import AgentSkills, Attributes, Routing, TicketSkills
from .skips import Skips
from .ticket_extras import TicketChange
from .tickets import Tickets

__all__ = [
    "AgentSkills",
    "Attributes",
    "Channels",
    "Incremental",
    "JobStatuses",
    "Routing",
    "Skips",
    "TicketChange",
    "TicketSkills",
    "Tickets",
]
