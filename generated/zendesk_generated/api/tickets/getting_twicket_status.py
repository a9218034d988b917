from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.twitter_channel_twicket_status_response import (
    TwitterChannelTwicketStatusResponse,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    comment_id: int,
    *,
    ids: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["ids"] = ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2/channels/twitter/tickets/{comment_id}/statuses".format(
            comment_id=quote(str(comment_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> TwitterChannelTwicketStatusResponse | None:
    if response.status_code == 200:
        response_200 = TwitterChannelTwicketStatusResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[TwitterChannelTwicketStatusResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    comment_id: int,
    *,
    client: AuthenticatedClient | Client,
    ids: str | Unset = UNSET,
) -> Response[TwitterChannelTwicketStatusResponse]:
    """List Ticket statuses

     #### Allowed For

    * Agents

    Args:
        comment_id (int):
        ids (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TwitterChannelTwicketStatusResponse]
    """

    kwargs = _get_kwargs(
        comment_id=comment_id,
        ids=ids,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    comment_id: int,
    *,
    client: AuthenticatedClient | Client,
    ids: str | Unset = UNSET,
) -> TwitterChannelTwicketStatusResponse | None:
    """List Ticket statuses

     #### Allowed For

    * Agents

    Args:
        comment_id (int):
        ids (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TwitterChannelTwicketStatusResponse
    """

    return sync_detailed(
        comment_id=comment_id,
        client=client,
        ids=ids,
    ).parsed


async def asyncio_detailed(
    comment_id: int,
    *,
    client: AuthenticatedClient | Client,
    ids: str | Unset = UNSET,
) -> Response[TwitterChannelTwicketStatusResponse]:
    """List Ticket statuses

     #### Allowed For

    * Agents

    Args:
        comment_id (int):
        ids (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TwitterChannelTwicketStatusResponse]
    """

    kwargs = _get_kwargs(
        comment_id=comment_id,
        ids=ids,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    comment_id: int,
    *,
    client: AuthenticatedClient | Client,
    ids: str | Unset = UNSET,
) -> TwitterChannelTwicketStatusResponse | None:
    """List Ticket statuses

     #### Allowed For

    * Agents

    Args:
        comment_id (int):
        ids (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TwitterChannelTwicketStatusResponse
    """

    return (
        await asyncio_detailed(
            comment_id=comment_id,
            client=client,
            ids=ids,
        )
    ).parsed
