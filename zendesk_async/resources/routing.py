"""`zd.routing`: skill-based routing attributes, their values, and agent / ticket assignments."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, Literal

from zendesk_generated.api.routing import (
    bulk_set_agent_attribute_values_job,
    create_attribute,
    create_attribute_value,
    delete_attribute,
    delete_attribute_value,
    list_a_gent_attribute_values,
    list_account_attributes,
    list_attribute_values,
    list_many_agents_attribute_values,
    list_routing_attribute_definitions,
    list_ticket_attribute_values,
    list_tickets_fullfilled_by_user,
    set_agent_attribute_values,
    set_ticket_attribute_values,
    show_attribute,
    show_attribute_value,
    update_attribute,
    update_attribute_value,
)
from zendesk_generated.models import (
    BulkSkillBasedRoutingAttributeValuesRequest,
    ManySkillBasedRoutingAttributeValues,
    SkillBasedRoutingAttributeDefinitions,
    SkillBasedRoutingAttributeObject,
    SkillBasedRoutingAttributeRequest,
    SkillBasedRoutingAttributeValueObject,
    SkillBasedRoutingAttributeValueRequest,
    SkillBasedRoutingInstanceValuesRequest,
)

from .. import _constants as C
from .._requester import Requester
from ..bulk import BulkResult, run_bulk
from ..errors import InvalidArgumentError
from ..pagination import Kind, Paginator
from ..sideloads import include_param
from ._base import Resource, check_id, check_ids, check_str_id, csv, envelope_value, operation, opt

ValueList = list[SkillBasedRoutingAttributeValueObject]
_VALUES = "attribute_values"
_VALUE = SkillBasedRoutingAttributeValueObject.from_dict


def _name(name: Any, what: str) -> str:
    if not isinstance(name, str) or not name.strip():
        raise InvalidArgumentError(f"{what} name must be a non-empty string, got {name!r}")
    return name


def _value_ids(ids: Iterable[str]) -> list[str]:
    if isinstance(ids, str):
        raise InvalidArgumentError("attribute_value_ids must be a list of ids, not one string")
    return [check_str_id(v, "attribute_value_ids") for v in ids]


class Attributes(Resource):
    """`zd.routing.attributes`: attributes (e.g. "Language") and their values (e.g. "German")."""

    __slots__ = ()

    @operation("ListAccountAttributes")
    def list(
        self, *, page_size: int | None = None, include: str | Iterable[str] | None = None
    ) -> Paginator[SkillBasedRoutingAttributeObject]:
        """Every routing attribute of the account. ``include="attribute_values"`` sideloads the
        values: ``page.included.attribute_values``."""
        kw = list_account_attributes._get_kwargs(include=opt(include_param(include)))
        return self._paginate(
            kw, "attributes", SkillBasedRoutingAttributeObject.from_dict, page_size, False,
            kind=Kind.OFFSET,
        )  # fmt: skip

    @operation("ShowAttribute")
    async def get(self, attribute_id: str) -> SkillBasedRoutingAttributeObject:
        """One attribute by id."""
        kw = show_attribute._get_kwargs(check_str_id(attribute_id, "attribute_id"))
        return await self._one(kw, "attribute", SkillBasedRoutingAttributeObject.from_dict)

    @operation("CreateAttribute")
    async def create(self, name: str) -> SkillBasedRoutingAttributeObject:
        """Create an attribute: ``await zd.routing.attributes.create(name="Language")``."""
        body = SkillBasedRoutingAttributeRequest.from_dict(
            {"attribute": {"name": _name(name, "attribute")}}
        )
        kw = create_attribute._get_kwargs(body=body)
        return await self._one(kw, "attribute", SkillBasedRoutingAttributeObject.from_dict)

    @operation("UpdateAttribute")
    async def update(self, attribute_id: str, name: str) -> SkillBasedRoutingAttributeObject:
        """Rename an attribute."""
        body = SkillBasedRoutingAttributeRequest.from_dict(
            {"attribute": {"name": _name(name, "attribute")}}
        )
        kw = update_attribute._get_kwargs(check_str_id(attribute_id, "attribute_id"), body=body)
        return await self._one(kw, "attribute", SkillBasedRoutingAttributeObject.from_dict)

    @operation("DeleteAttribute")
    async def delete(self, attribute_id: str) -> None:
        """Delete an attribute and its values."""
        await self._send(delete_attribute._get_kwargs(check_str_id(attribute_id, "attribute_id")))

    @operation("ListRoutingAttributeDefinitions")
    async def definitions(self) -> SkillBasedRoutingAttributeDefinitions:
        """The conditions usable in routing rules."""
        kw = list_routing_attribute_definitions._get_kwargs()
        return await self._parsed(
            kw, SkillBasedRoutingAttributeDefinitions.from_dict, model_name="definitions"
        )

    # -- values ---------------------------------------------------------------------------------

    @operation("ListAttributeValues")
    async def values(self, attribute_id: str) -> ValueList:
        """The values of an attribute."""
        kw = list_attribute_values._get_kwargs(check_str_id(attribute_id, "attribute_id"))
        return await self._list(kw, _VALUES, _VALUE)

    @operation("ShowAttributeValue")
    async def get_value(
        self, attribute_id: str, value_id: str
    ) -> SkillBasedRoutingAttributeValueObject:
        """One value of an attribute."""
        kw = show_attribute_value._get_kwargs(
            check_str_id(attribute_id, "attribute_id"), check_str_id(value_id, "value_id")
        )
        return await self._one(kw, "attribute_value", _VALUE)

    @operation("CreateAttributeValue")
    async def create_value(
        self, attribute_id: str, name: str
    ) -> SkillBasedRoutingAttributeValueObject:
        """Add a value to an attribute."""
        body = SkillBasedRoutingAttributeValueRequest.from_dict(
            {"attribute_value": {"name": _name(name, "attribute value")}}
        )
        kw = create_attribute_value._get_kwargs(
            check_str_id(attribute_id, "attribute_id"), body=body
        )
        return await self._one(kw, "attribute_value", _VALUE)

    @operation("UpdateAttributeValue")
    async def update_value(
        self, attribute_id: str, value_id: str, name: str
    ) -> SkillBasedRoutingAttributeValueObject:
        """Rename a value."""
        body = SkillBasedRoutingAttributeValueRequest.from_dict(
            {"attribute_value": {"name": _name(name, "attribute value")}}
        )
        kw = update_attribute_value._get_kwargs(
            check_str_id(attribute_id, "attribute_id"), check_str_id(value_id, "value_id"),
            body=body,
        )  # fmt: skip
        return await self._one(kw, "attribute_value", _VALUE)

    @operation("DeleteAttributeValue")
    async def delete_value(self, attribute_id: str, value_id: str) -> None:
        """Delete a value."""
        kw = delete_attribute_value._get_kwargs(
            check_str_id(attribute_id, "attribute_id"), check_str_id(value_id, "value_id")
        )
        await self._send(kw)


class AgentSkills(Resource):
    """`zd.routing.agents`: which attribute values (skills) agents have."""

    __slots__ = ()

    @operation("ListAGentAttributeValues")
    async def get(self, user_id: int) -> ValueList:
        """The attribute values of one agent."""
        kw = list_a_gent_attribute_values._get_kwargs(check_id(user_id, "user_id"))
        return await self._list(kw, _VALUES, _VALUE)

    @operation("SetAgentAttributeValues")
    async def set(self, user_id: int, attribute_value_ids: Iterable[str]) -> ValueList:
        """Replace the attribute values of one agent."""
        body = SkillBasedRoutingInstanceValuesRequest(_value_ids(attribute_value_ids))
        kw = set_agent_attribute_values._get_kwargs(check_id(user_id, "user_id"), body=body)
        return await self._list(kw, _VALUES, _VALUE)

    @operation("ListManyAgentsAttributeValues")
    def list_many(
        self, agent_ids: Iterable[int], *, page_size: int | None = None
    ) -> Paginator[ManySkillBasedRoutingAttributeValues]:
        """Attribute values of up to 100 agents, cursor-paginated."""
        ids = check_ids(agent_ids, "agent_ids", limit=C.SHOW_MANY_MAX_IDS)
        kw = list_many_agents_attribute_values._get_kwargs(filteragent_ids=csv(ids))
        return self._paginate(
            kw, "instance_values", ManySkillBasedRoutingAttributeValues.from_dict, page_size, False
        )

    @operation("BulkSetAgentAttributeValuesJob")
    async def set_many(
        self,
        agent_ids: Sequence[int],
        attribute_value_ids: Iterable[str],
        *,
        action: Literal["upsert", "update", "delete"] = "upsert",
        timeout: float = C.JOB_DEFAULT_TIMEOUT,
    ) -> BulkResult:
        """Add (`upsert`), replace (`update`) or remove (`delete`) values for many agents.

        Runs as background jobs of 100 agents each; one result item per agent.
        """
        if action not in ("upsert", "update", "delete"):
            raise InvalidArgumentError(f"action must be upsert, update or delete, got {action!r}")
        ids = check_ids(agent_ids, "agent_ids")
        values = [{"id": v} for v in _value_ids(attribute_value_ids)]

        def build(chunk: Sequence[Any]) -> tuple[str, str, None, Any]:
            job = {"action": action, "items": list(chunk), "attributes": {_VALUES: values}}
            body = BulkSkillBasedRoutingAttributeValuesRequest.from_dict({"job": job})
            kw = bulk_set_agent_attribute_values_job._get_kwargs(body=body)
            return "POST", kw["url"], None, kw["json"]

        return await run_bulk(
            self._requester, ids, build, key_of=lambda a: a, timeout=timeout, **self._pacing()
        )


class TicketSkills(Resource):
    """`zd.routing.tickets`: which attribute values tickets require."""

    __slots__ = ()

    @operation("ListTicketAttributeValues")
    async def get(self, ticket_id: int) -> ValueList:
        """The attribute values a ticket requires."""
        kw = list_ticket_attribute_values._get_kwargs(check_id(ticket_id, "ticket_id"))
        return await self._list(kw, _VALUES, _VALUE)

    @operation("SetTicketAttributeValues")
    async def set(self, ticket_id: int, attribute_value_ids: Iterable[str]) -> ValueList:
        """Replace the attribute values a ticket requires."""
        body = SkillBasedRoutingInstanceValuesRequest(_value_ids(attribute_value_ids))
        kw = set_ticket_attribute_values._get_kwargs(check_id(ticket_id, "ticket_id"), body=body)
        return await self._list(kw, _VALUES, _VALUE)

    @operation("ListTicketsFullfilledByUser")
    async def fulfilled(self, ticket_ids: Iterable[int]) -> list[int]:
        """Which of `ticket_ids` the current agent has every required skill for."""
        ids = check_ids(ticket_ids, "ticket_ids", limit=C.SHOW_MANY_MAX_IDS)
        kw = list_tickets_fullfilled_by_user._get_kwargs(ticket_ids=0)
        # the spec types ticket_ids as one int; Zendesk takes a comma-separated list
        kw["params"] = {"ticket_ids": csv(ids)}
        found: list[int] = await self._parsed(
            kw, envelope_value("fulfilled_ticket_ids", list), model_name="fulfilled_ticket_ids"
        )
        return found


class Routing:
    """`zd.routing`: `.attributes`, `.agents`, `.tickets`."""

    __slots__ = ("agents", "attributes", "tickets")

    def __init__(self, requester: Requester) -> None:
        self.attributes = Attributes(requester)
        self.agents = AgentSkills(requester)
        self.tickets = TicketSkills(requester)

    def __repr__(self) -> str:
        return "<Routing resource>"
