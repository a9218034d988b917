from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ticket_create_voicemail_ticket_request import (
    TicketCreateVoicemailTicketRequest,
)
from ...models.ticket_response import TicketResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: TicketCreateVoicemailTicketRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v2/channels/voice/tickets",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | TicketResponse | None:
    if response.status_code == 201:
        response_201 = TicketResponse.from_dict(response.json())

        return response_201

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if response.status_code == 422:
        response_422 = cast(Any, None)
        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | TicketResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TicketCreateVoicemailTicketRequest | Unset = UNSET,
) -> Response[Any | TicketResponse]:
    """Create Ticket or Voicemail Ticket

     #### Allowed For
    * Agents

    ### Creating tickets

    #### Introduction

    Creating tickets using Talk Partner Edition follows the same conventions as the Create Ticket
    endpoint. See [Create Ticket](/api-reference/ticketing/tickets/tickets/#create-ticket).

    #### Request parameters

    The POST request takes a mandatory `ticket` object that lists the values to set when the ticket is
    created.
    You may also include an optional `display_to_agent` value such as the ID of the agent that will see
    the newly created ticket.
    The `display_to_agent` is validated before creating the ticket, returning a 422 error if it is
    invalid.

    Tickets created using this endpoint must have a `via_id` parameter. See the following
    section for possible values.

    #### Zendesk Talk Integration Via IDs

    Tickets created using this endpoint must have one of the following `via_id` parameters:

    | ID       | Description
    | ---------| -------------
    | 44       | Voicemail
    | 45       | Phone call (inbound)
    | 46       | Phone call (outbound)

    ### Creating voicemail tickets
    #### Request parameters

    The POST request takes a mandatory `ticket` object that lists the values to set when the ticket is
    created.
    The ticket must have a `voice_comment` with the following values:

    | Name               | Type                  | Comment
    | ------------------ | ----------------------| -------
    | from               | string                | Incoming phone number
    | to                 | string                | Dialed phone number
    | recording_url      | string                | URL of the recording
    | started_at         | date                  | [ISO 8601](http://en.wikipedia.org/wiki/ISO_8601)
    timestamp of the call starting time
    | call_duration      | integer               | Duration in seconds of the call
    | answered_by_id     | integer               | The agent who answered the call
    | transcription_text | string                | Transcription of the call (optional)
    | location           | string                | Location of the caller (optional)

    Args:
        body (TicketCreateVoicemailTicketRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | TicketResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: TicketCreateVoicemailTicketRequest | Unset = UNSET,
) -> Any | TicketResponse | None:
    """Create Ticket or Voicemail Ticket

     #### Allowed For
    * Agents

    ### Creating tickets

    #### Introduction

    Creating tickets using Talk Partner Edition follows the same conventions as the Create Ticket
    endpoint. See [Create Ticket](/api-reference/ticketing/tickets/tickets/#create-ticket).

    #### Request parameters

    The POST request takes a mandatory `ticket` object that lists the values to set when the ticket is
    created.
    You may also include an optional `display_to_agent` value such as the ID of the agent that will see
    the newly created ticket.
    The `display_to_agent` is validated before creating the ticket, returning a 422 error if it is
    invalid.

    Tickets created using this endpoint must have a `via_id` parameter. See the following
    section for possible values.

    #### Zendesk Talk Integration Via IDs

    Tickets created using this endpoint must have one of the following `via_id` parameters:

    | ID       | Description
    | ---------| -------------
    | 44       | Voicemail
    | 45       | Phone call (inbound)
    | 46       | Phone call (outbound)

    ### Creating voicemail tickets
    #### Request parameters

    The POST request takes a mandatory `ticket` object that lists the values to set when the ticket is
    created.
    The ticket must have a `voice_comment` with the following values:

    | Name               | Type                  | Comment
    | ------------------ | ----------------------| -------
    | from               | string                | Incoming phone number
    | to                 | string                | Dialed phone number
    | recording_url      | string                | URL of the recording
    | started_at         | date                  | [ISO 8601](http://en.wikipedia.org/wiki/ISO_8601)
    timestamp of the call starting time
    | call_duration      | integer               | Duration in seconds of the call
    | answered_by_id     | integer               | The agent who answered the call
    | transcription_text | string                | Transcription of the call (optional)
    | location           | string                | Location of the caller (optional)

    Args:
        body (TicketCreateVoicemailTicketRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | TicketResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TicketCreateVoicemailTicketRequest | Unset = UNSET,
) -> Response[Any | TicketResponse]:
    """Create Ticket or Voicemail Ticket

     #### Allowed For
    * Agents

    ### Creating tickets

    #### Introduction

    Creating tickets using Talk Partner Edition follows the same conventions as the Create Ticket
    endpoint. See [Create Ticket](/api-reference/ticketing/tickets/tickets/#create-ticket).

    #### Request parameters

    The POST request takes a mandatory `ticket` object that lists the values to set when the ticket is
    created.
    You may also include an optional `display_to_agent` value such as the ID of the agent that will see
    the newly created ticket.
    The `display_to_agent` is validated before creating the ticket, returning a 422 error if it is
    invalid.

    Tickets created using this endpoint must have a `via_id` parameter. See the following
    section for possible values.

    #### Zendesk Talk Integration Via IDs

    Tickets created using this endpoint must have one of the following `via_id` parameters:

    | ID       | Description
    | ---------| -------------
    | 44       | Voicemail
    | 45       | Phone call (inbound)
    | 46       | Phone call (outbound)

    ### Creating voicemail tickets
    #### Request parameters

    The POST request takes a mandatory `ticket` object that lists the values to set when the ticket is
    created.
    The ticket must have a `voice_comment` with the following values:

    | Name               | Type                  | Comment
    | ------------------ | ----------------------| -------
    | from               | string                | Incoming phone number
    | to                 | string                | Dialed phone number
    | recording_url      | string                | URL of the recording
    | started_at         | date                  | [ISO 8601](http://en.wikipedia.org/wiki/ISO_8601)
    timestamp of the call starting time
    | call_duration      | integer               | Duration in seconds of the call
    | answered_by_id     | integer               | The agent who answered the call
    | transcription_text | string                | Transcription of the call (optional)
    | location           | string                | Location of the caller (optional)

    Args:
        body (TicketCreateVoicemailTicketRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | TicketResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TicketCreateVoicemailTicketRequest | Unset = UNSET,
) -> Any | TicketResponse | None:
    """Create Ticket or Voicemail Ticket

     #### Allowed For
    * Agents

    ### Creating tickets

    #### Introduction

    Creating tickets using Talk Partner Edition follows the same conventions as the Create Ticket
    endpoint. See [Create Ticket](/api-reference/ticketing/tickets/tickets/#create-ticket).

    #### Request parameters

    The POST request takes a mandatory `ticket` object that lists the values to set when the ticket is
    created.
    You may also include an optional `display_to_agent` value such as the ID of the agent that will see
    the newly created ticket.
    The `display_to_agent` is validated before creating the ticket, returning a 422 error if it is
    invalid.

    Tickets created using this endpoint must have a `via_id` parameter. See the following
    section for possible values.

    #### Zendesk Talk Integration Via IDs

    Tickets created using this endpoint must have one of the following `via_id` parameters:

    | ID       | Description
    | ---------| -------------
    | 44       | Voicemail
    | 45       | Phone call (inbound)
    | 46       | Phone call (outbound)

    ### Creating voicemail tickets
    #### Request parameters

    The POST request takes a mandatory `ticket` object that lists the values to set when the ticket is
    created.
    The ticket must have a `voice_comment` with the following values:

    | Name               | Type                  | Comment
    | ------------------ | ----------------------| -------
    | from               | string                | Incoming phone number
    | to                 | string                | Dialed phone number
    | recording_url      | string                | URL of the recording
    | started_at         | date                  | [ISO 8601](http://en.wikipedia.org/wiki/ISO_8601)
    timestamp of the call starting time
    | call_duration      | integer               | Duration in seconds of the call
    | answered_by_id     | integer               | The agent who answered the call
    | transcription_text | string                | Transcription of the call (optional)
    | location           | string                | Location of the caller (optional)

    Args:
        body (TicketCreateVoicemailTicketRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | TicketResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
