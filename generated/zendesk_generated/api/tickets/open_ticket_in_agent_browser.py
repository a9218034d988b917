from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import Response


def _get_kwargs(
    agent_id: int,
    ticket_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v2/channels/voice/agents/{agent_id}/tickets/{ticket_id}/display".format(
            agent_id=quote(str(agent_id), safe=""),
            ticket_id=quote(str(ticket_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | None:
    if response.status_code == 200:
        return None

    if response.status_code == 404:
        return None

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    agent_id: int,
    ticket_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any]:
    """Open Ticket in Agent's Browser

     Allows you to instruct an agent's browser to open a ticket.

    When the message is successfully delivered to an agent's browser:

    ```http
    Status: 200 OK
    ```

    When `agent_id` or `ticket_id` is invalid:

    ```http
    Status: 404 Not Found
    ```

    #### Allowed For
    * Agents

    Args:
        agent_id (int):
        ticket_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
        ticket_id=ticket_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    agent_id: int,
    ticket_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any]:
    """Open Ticket in Agent's Browser

     Allows you to instruct an agent's browser to open a ticket.

    When the message is successfully delivered to an agent's browser:

    ```http
    Status: 200 OK
    ```

    When `agent_id` or `ticket_id` is invalid:

    ```http
    Status: 404 Not Found
    ```

    #### Allowed For
    * Agents

    Args:
        agent_id (int):
        ticket_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
        ticket_id=ticket_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
