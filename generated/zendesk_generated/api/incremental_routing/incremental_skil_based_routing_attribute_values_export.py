from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.incremental_skill_based_routing import IncrementalSkillBasedRouting
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2/incremental/routing/attribute_values",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> IncrementalSkillBasedRouting | None:
    if response.status_code == 200:
        response_200 = IncrementalSkillBasedRouting.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[IncrementalSkillBasedRouting]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
) -> Response[IncrementalSkillBasedRouting]:
    """Incremental Attributes Values Export

     Returns a stream of changes that occurred on routing attribute values.

    #### Allowed For

    * Admins

    #### Parameters

    Optional

    | Name   | Type   | Comment
    | ------ | ------ | -------
    | cursor | string | The `cursor` parameter is a non-human-readable argument you can use to move
    forward or backward in time. The cursor is a read-only URL parameter that's only available in API
    responses. See [Pagination](#pagination).

    Args:
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IncrementalSkillBasedRouting]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
) -> IncrementalSkillBasedRouting | None:
    """Incremental Attributes Values Export

     Returns a stream of changes that occurred on routing attribute values.

    #### Allowed For

    * Admins

    #### Parameters

    Optional

    | Name   | Type   | Comment
    | ------ | ------ | -------
    | cursor | string | The `cursor` parameter is a non-human-readable argument you can use to move
    forward or backward in time. The cursor is a read-only URL parameter that's only available in API
    responses. See [Pagination](#pagination).

    Args:
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IncrementalSkillBasedRouting
    """

    return sync_detailed(
        client=client,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
) -> Response[IncrementalSkillBasedRouting]:
    """Incremental Attributes Values Export

     Returns a stream of changes that occurred on routing attribute values.

    #### Allowed For

    * Admins

    #### Parameters

    Optional

    | Name   | Type   | Comment
    | ------ | ------ | -------
    | cursor | string | The `cursor` parameter is a non-human-readable argument you can use to move
    forward or backward in time. The cursor is a read-only URL parameter that's only available in API
    responses. See [Pagination](#pagination).

    Args:
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IncrementalSkillBasedRouting]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
) -> IncrementalSkillBasedRouting | None:
    """Incremental Attributes Values Export

     Returns a stream of changes that occurred on routing attribute values.

    #### Allowed For

    * Admins

    #### Parameters

    Optional

    | Name   | Type   | Comment
    | ------ | ------ | -------
    | cursor | string | The `cursor` parameter is a non-human-readable argument you can use to move
    forward or backward in time. The cursor is a read-only URL parameter that's only available in API
    responses. See [Pagination](#pagination).

    Args:
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IncrementalSkillBasedRouting
    """

    return (
        await asyncio_detailed(
            client=client,
            cursor=cursor,
        )
    ).parsed
