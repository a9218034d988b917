from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.conversation_log_response import ConversationLogResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    ticket_id: int,
    *,
    pagesize: int | Unset = UNSET,
    pageafter: str | Unset = UNSET,
    pagebefore: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page[size]"] = pagesize

    params["page[after]"] = pageafter

    params["page[before]"] = pagebefore

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2/tickets/{ticket_id}/conversation_log".format(
            ticket_id=quote(str(ticket_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConversationLogResponse | None:
    if response.status_code == 200:
        response_200 = ConversationLogResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ConversationLogResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    ticket_id: int,
    *,
    client: AuthenticatedClient | Client,
    pagesize: int | Unset = UNSET,
    pageafter: str | Unset = UNSET,
    pagebefore: str | Unset = UNSET,
) -> Response[ConversationLogResponse]:
    """List Conversation log for Ticket

     Lists the conversation log events for a specified ticket.

    #### Pagination

    - Cursor pagination (recommended)
    - Offset pagination

    See [Pagination](/api-reference/introduction/pagination/).

    Returns a maximum of 100 records per page.

    #### Allowed for

    * Agents

    Args:
        ticket_id (int):
        pagesize (int | Unset):
        pageafter (str | Unset):
        pagebefore (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConversationLogResponse]
    """

    kwargs = _get_kwargs(
        ticket_id=ticket_id,
        pagesize=pagesize,
        pageafter=pageafter,
        pagebefore=pagebefore,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    ticket_id: int,
    *,
    client: AuthenticatedClient | Client,
    pagesize: int | Unset = UNSET,
    pageafter: str | Unset = UNSET,
    pagebefore: str | Unset = UNSET,
) -> ConversationLogResponse | None:
    """List Conversation log for Ticket

     Lists the conversation log events for a specified ticket.

    #### Pagination

    - Cursor pagination (recommended)
    - Offset pagination

    See [Pagination](/api-reference/introduction/pagination/).

    Returns a maximum of 100 records per page.

    #### Allowed for

    * Agents

    Args:
        ticket_id (int):
        pagesize (int | Unset):
        pageafter (str | Unset):
        pagebefore (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConversationLogResponse
    """

    return sync_detailed(
        ticket_id=ticket_id,
        client=client,
        pagesize=pagesize,
        pageafter=pageafter,
        pagebefore=pagebefore,
    ).parsed


async def asyncio_detailed(
    ticket_id: int,
    *,
    client: AuthenticatedClient | Client,
    pagesize: int | Unset = UNSET,
    pageafter: str | Unset = UNSET,
    pagebefore: str | Unset = UNSET,
) -> Response[ConversationLogResponse]:
    """List Conversation log for Ticket

     Lists the conversation log events for a specified ticket.

    #### Pagination

    - Cursor pagination (recommended)
    - Offset pagination

    See [Pagination](/api-reference/introduction/pagination/).

    Returns a maximum of 100 records per page.

    #### Allowed for

    * Agents

    Args:
        ticket_id (int):
        pagesize (int | Unset):
        pageafter (str | Unset):
        pagebefore (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConversationLogResponse]
    """

    kwargs = _get_kwargs(
        ticket_id=ticket_id,
        pagesize=pagesize,
        pageafter=pageafter,
        pagebefore=pagebefore,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    ticket_id: int,
    *,
    client: AuthenticatedClient | Client,
    pagesize: int | Unset = UNSET,
    pageafter: str | Unset = UNSET,
    pagebefore: str | Unset = UNSET,
) -> ConversationLogResponse | None:
    """List Conversation log for Ticket

     Lists the conversation log events for a specified ticket.

    #### Pagination

    - Cursor pagination (recommended)
    - Offset pagination

    See [Pagination](/api-reference/introduction/pagination/).

    Returns a maximum of 100 records per page.

    #### Allowed for

    * Agents

    Args:
        ticket_id (int):
        pagesize (int | Unset):
        pageafter (str | Unset):
        pagebefore (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConversationLogResponse
    """

    return (
        await asyncio_detailed(
            ticket_id=ticket_id,
            client=client,
            pagesize=pagesize,
            pageafter=pageafter,
            pagebefore=pagebefore,
        )
    ).parsed
