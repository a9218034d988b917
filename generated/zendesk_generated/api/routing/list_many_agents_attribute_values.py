from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.many_skill_based_routing_attribute_values_response import (
    ManySkillBasedRoutingAttributeValuesResponse,
)
from ...models.skill_based_routing_attribute_values_error import (
    SkillBasedRoutingAttributeValuesError,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    filteragent_ids: str,
    pagebefore: str | Unset = UNSET,
    pageafter: str | Unset = UNSET,
    pagesize: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["filter[agent_ids]"] = filteragent_ids

    params["page[before]"] = pagebefore

    params["page[after]"] = pageafter

    params["page[size]"] = pagesize

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2/routing/agents/instance_values",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ManySkillBasedRoutingAttributeValuesResponse | SkillBasedRoutingAttributeValuesError | None:
    if response.status_code == 200:
        response_200 = ManySkillBasedRoutingAttributeValuesResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = SkillBasedRoutingAttributeValuesError.from_dict(response.json())

        return response_400

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ManySkillBasedRoutingAttributeValuesResponse | SkillBasedRoutingAttributeValuesError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    filteragent_ids: str,
    pagebefore: str | Unset = UNSET,
    pageafter: str | Unset = UNSET,
    pagesize: int | Unset = UNSET,
) -> Response[ManySkillBasedRoutingAttributeValuesResponse | SkillBasedRoutingAttributeValuesError]:
    """List Attribute Values for Many Agents

     Accepts a comma-separated list of up to 100 agent ids and returns attribute values for each agent in
    the list.

    #### Allowed For
    * Admins
    * [Agents in custom role with permission to manage skills](https://support.zendesk.com/hc/en-
    us/articles/4408882153882-Creating-custom-roles-and-assigning-agents)

    #### Pagination
    * [Cursor pagination](/api-reference/introduction/pagination/#cursor-pagination) only.
    Note: `page[before]` and `page[after]` can't be used together in the same request.

    Args:
        filteragent_ids (str):
        pagebefore (str | Unset):
        pageafter (str | Unset):
        pagesize (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ManySkillBasedRoutingAttributeValuesResponse | SkillBasedRoutingAttributeValuesError]
    """

    kwargs = _get_kwargs(
        filteragent_ids=filteragent_ids,
        pagebefore=pagebefore,
        pageafter=pageafter,
        pagesize=pagesize,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    filteragent_ids: str,
    pagebefore: str | Unset = UNSET,
    pageafter: str | Unset = UNSET,
    pagesize: int | Unset = UNSET,
) -> ManySkillBasedRoutingAttributeValuesResponse | SkillBasedRoutingAttributeValuesError | None:
    """List Attribute Values for Many Agents

     Accepts a comma-separated list of up to 100 agent ids and returns attribute values for each agent in
    the list.

    #### Allowed For
    * Admins
    * [Agents in custom role with permission to manage skills](https://support.zendesk.com/hc/en-
    us/articles/4408882153882-Creating-custom-roles-and-assigning-agents)

    #### Pagination
    * [Cursor pagination](/api-reference/introduction/pagination/#cursor-pagination) only.
    Note: `page[before]` and `page[after]` can't be used together in the same request.

    Args:
        filteragent_ids (str):
        pagebefore (str | Unset):
        pageafter (str | Unset):
        pagesize (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ManySkillBasedRoutingAttributeValuesResponse | SkillBasedRoutingAttributeValuesError
    """

    return sync_detailed(
        client=client,
        filteragent_ids=filteragent_ids,
        pagebefore=pagebefore,
        pageafter=pageafter,
        pagesize=pagesize,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    filteragent_ids: str,
    pagebefore: str | Unset = UNSET,
    pageafter: str | Unset = UNSET,
    pagesize: int | Unset = UNSET,
) -> Response[ManySkillBasedRoutingAttributeValuesResponse | SkillBasedRoutingAttributeValuesError]:
    """List Attribute Values for Many Agents

     Accepts a comma-separated list of up to 100 agent ids and returns attribute values for each agent in
    the list.

    #### Allowed For
    * Admins
    * [Agents in custom role with permission to manage skills](https://support.zendesk.com/hc/en-
    us/articles/4408882153882-Creating-custom-roles-and-assigning-agents)

    #### Pagination
    * [Cursor pagination](/api-reference/introduction/pagination/#cursor-pagination) only.
    Note: `page[before]` and `page[after]` can't be used together in the same request.

    Args:
        filteragent_ids (str):
        pagebefore (str | Unset):
        pageafter (str | Unset):
        pagesize (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ManySkillBasedRoutingAttributeValuesResponse | SkillBasedRoutingAttributeValuesError]
    """

    kwargs = _get_kwargs(
        filteragent_ids=filteragent_ids,
        pagebefore=pagebefore,
        pageafter=pageafter,
        pagesize=pagesize,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    filteragent_ids: str,
    pagebefore: str | Unset = UNSET,
    pageafter: str | Unset = UNSET,
    pagesize: int | Unset = UNSET,
) -> ManySkillBasedRoutingAttributeValuesResponse | SkillBasedRoutingAttributeValuesError | None:
    """List Attribute Values for Many Agents

     Accepts a comma-separated list of up to 100 agent ids and returns attribute values for each agent in
    the list.

    #### Allowed For
    * Admins
    * [Agents in custom role with permission to manage skills](https://support.zendesk.com/hc/en-
    us/articles/4408882153882-Creating-custom-roles-and-assigning-agents)

    #### Pagination
    * [Cursor pagination](/api-reference/introduction/pagination/#cursor-pagination) only.
    Note: `page[before]` and `page[after]` can't be used together in the same request.

    Args:
        filteragent_ids (str):
        pagebefore (str | Unset):
        pageafter (str | Unset):
        pagesize (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ManySkillBasedRoutingAttributeValuesResponse | SkillBasedRoutingAttributeValuesError
    """

    return (
        await asyncio_detailed(
            client=client,
            filteragent_ids=filteragent_ids,
            pagebefore=pagebefore,
            pageafter=pageafter,
            pagesize=pagesize,
        )
    ).parsed
