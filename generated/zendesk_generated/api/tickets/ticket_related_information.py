from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ticket_related_information import TicketRelatedInformation
from ...types import Response


def _get_kwargs(
    ticket_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2/tickets/{ticket_id}/related".format(
            ticket_id=quote(str(ticket_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> TicketRelatedInformation | None:
    if response.status_code == 200:
        response_200 = TicketRelatedInformation.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[TicketRelatedInformation]:
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
) -> Response[TicketRelatedInformation]:
    """Ticket Related Information

     The request returns a data object with the following properties:

    | Name                | Type    | Comment
    | ------------------- | ------- | -------
    | topic_id            | string  | Related topic in the Web portal (deprecated feature)
    | jira_issue_ids      | array   | Array of associated jira issues
    | followup_source_ids | array   | Sources to follow up
    | from_archive        | boolean | Is true if the current ticket is archived
    | incidents           | integer | A count of related incident occurrences

    #### Allowed For

    * Agents

    Args:
        ticket_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TicketRelatedInformation]
    """

    kwargs = _get_kwargs(
        ticket_id=ticket_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    ticket_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> TicketRelatedInformation | None:
    """Ticket Related Information

     The request returns a data object with the following properties:

    | Name                | Type    | Comment
    | ------------------- | ------- | -------
    | topic_id            | string  | Related topic in the Web portal (deprecated feature)
    | jira_issue_ids      | array   | Array of associated jira issues
    | followup_source_ids | array   | Sources to follow up
    | from_archive        | boolean | Is true if the current ticket is archived
    | incidents           | integer | A count of related incident occurrences

    #### Allowed For

    * Agents

    Args:
        ticket_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TicketRelatedInformation
    """

    return sync_detailed(
        ticket_id=ticket_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    ticket_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[TicketRelatedInformation]:
    """Ticket Related Information

     The request returns a data object with the following properties:

    | Name                | Type    | Comment
    | ------------------- | ------- | -------
    | topic_id            | string  | Related topic in the Web portal (deprecated feature)
    | jira_issue_ids      | array   | Array of associated jira issues
    | followup_source_ids | array   | Sources to follow up
    | from_archive        | boolean | Is true if the current ticket is archived
    | incidents           | integer | A count of related incident occurrences

    #### Allowed For

    * Agents

    Args:
        ticket_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TicketRelatedInformation]
    """

    kwargs = _get_kwargs(
        ticket_id=ticket_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    ticket_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> TicketRelatedInformation | None:
    """Ticket Related Information

     The request returns a data object with the following properties:

    | Name                | Type    | Comment
    | ------------------- | ------- | -------
    | topic_id            | string  | Related topic in the Web portal (deprecated feature)
    | jira_issue_ids      | array   | Array of associated jira issues
    | followup_source_ids | array   | Sources to follow up
    | from_archive        | boolean | Is true if the current ticket is archived
    | incidents           | integer | A count of related incident occurrences

    #### Allowed For

    * Agents

    Args:
        ticket_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TicketRelatedInformation
    """

    return (
        await asyncio_detailed(
            ticket_id=ticket_id,
            client=client,
        )
    ).parsed
