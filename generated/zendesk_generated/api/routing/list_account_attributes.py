from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.skill_based_routing_attributes_response import (
    SkillBasedRoutingAttributesResponse,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    include: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["per_page"] = per_page

    params["include"] = include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2/routing/attributes",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SkillBasedRoutingAttributesResponse | None:
    if response.status_code == 200:
        response_200 = SkillBasedRoutingAttributesResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SkillBasedRoutingAttributesResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    include: str | Unset = UNSET,
) -> Response[SkillBasedRoutingAttributesResponse]:
    """List Account Attributes

     Returns a list of attributes for the account.

    #### Sideloads

    The following sideloads are supported:

    | Name             | Will sideload
    | ---------------- | -------------
    | attribute_values | The attribute values available on the account

    #### Allowed For

    * Agents and admins

    Args:
        page (int | Unset):
        per_page (int | Unset):
        include (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SkillBasedRoutingAttributesResponse]
    """

    kwargs = _get_kwargs(
        page=page,
        per_page=per_page,
        include=include,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    include: str | Unset = UNSET,
) -> SkillBasedRoutingAttributesResponse | None:
    """List Account Attributes

     Returns a list of attributes for the account.

    #### Sideloads

    The following sideloads are supported:

    | Name             | Will sideload
    | ---------------- | -------------
    | attribute_values | The attribute values available on the account

    #### Allowed For

    * Agents and admins

    Args:
        page (int | Unset):
        per_page (int | Unset):
        include (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SkillBasedRoutingAttributesResponse
    """

    return sync_detailed(
        client=client,
        page=page,
        per_page=per_page,
        include=include,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    include: str | Unset = UNSET,
) -> Response[SkillBasedRoutingAttributesResponse]:
    """List Account Attributes

     Returns a list of attributes for the account.

    #### Sideloads

    The following sideloads are supported:

    | Name             | Will sideload
    | ---------------- | -------------
    | attribute_values | The attribute values available on the account

    #### Allowed For

    * Agents and admins

    Args:
        page (int | Unset):
        per_page (int | Unset):
        include (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SkillBasedRoutingAttributesResponse]
    """

    kwargs = _get_kwargs(
        page=page,
        per_page=per_page,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    include: str | Unset = UNSET,
) -> SkillBasedRoutingAttributesResponse | None:
    """List Account Attributes

     Returns a list of attributes for the account.

    #### Sideloads

    The following sideloads are supported:

    | Name             | Will sideload
    | ---------------- | -------------
    | attribute_values | The attribute values available on the account

    #### Allowed For

    * Agents and admins

    Args:
        page (int | Unset):
        per_page (int | Unset):
        include (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SkillBasedRoutingAttributesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            per_page=per_page,
            include=include,
        )
    ).parsed
