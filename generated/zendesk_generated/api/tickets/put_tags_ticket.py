from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.tags_by_object_id_response import TagsByObjectIdResponse
from ...models.ticket_tags_request import TicketTagsRequest
from ...types import Response


def _get_kwargs(
    ticket_id: int,
    *,
    body: TicketTagsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v2/tickets/{ticket_id}/tags".format(
            ticket_id=quote(str(ticket_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> TagsByObjectIdResponse | None:
    if response.status_code == 200:
        response_200 = TagsByObjectIdResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[TagsByObjectIdResponse]:
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
    body: TicketTagsRequest,
) -> Response[TagsByObjectIdResponse]:
    """Add Tags

     You can also add tags to multiple tickets with the [Update Many
    Tickets](/api-reference/ticketing/tickets/tickets/#update-many-tickets) endpoint.

    #### Safe Update

    If the same ticket is updated by multiple API requests at
    the same time, some tags could be lost because of ticket
    update collisions. Include `updated_stamp` and `safe_update`
    properties in the request body to make a safe update.

    For `updated_stamp`, retrieve and specify the ticket's
    latest `updated_at` timestamp. The tag update only occurs
    if the `updated_stamp` timestamp matches the ticket's
    actual `updated_at` timestamp at the time of the request.
    If the timestamps don't match (in other words, if the
    ticket was updated since you retrieved the ticket's
    last `updated_at` timestamp), the request returns a
    409 Conflict error.

    #### Example

    ```js
    {
      "tags": ["customer"],
      "updated_stamp":"2019-09-12T21:45:16Z",
      "safe_update":"true"
    }
    ```

    For details, see [Protecting against ticket update collisions](/api-
    reference/ticketing/tickets/tickets/#protecting-against-ticket-update-collisions).

    #### Allowed For

    * Agents

    Args:
        ticket_id (int):
        body (TicketTagsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TagsByObjectIdResponse]
    """

    kwargs = _get_kwargs(
        ticket_id=ticket_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    ticket_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: TicketTagsRequest,
) -> TagsByObjectIdResponse | None:
    """Add Tags

     You can also add tags to multiple tickets with the [Update Many
    Tickets](/api-reference/ticketing/tickets/tickets/#update-many-tickets) endpoint.

    #### Safe Update

    If the same ticket is updated by multiple API requests at
    the same time, some tags could be lost because of ticket
    update collisions. Include `updated_stamp` and `safe_update`
    properties in the request body to make a safe update.

    For `updated_stamp`, retrieve and specify the ticket's
    latest `updated_at` timestamp. The tag update only occurs
    if the `updated_stamp` timestamp matches the ticket's
    actual `updated_at` timestamp at the time of the request.
    If the timestamps don't match (in other words, if the
    ticket was updated since you retrieved the ticket's
    last `updated_at` timestamp), the request returns a
    409 Conflict error.

    #### Example

    ```js
    {
      "tags": ["customer"],
      "updated_stamp":"2019-09-12T21:45:16Z",
      "safe_update":"true"
    }
    ```

    For details, see [Protecting against ticket update collisions](/api-
    reference/ticketing/tickets/tickets/#protecting-against-ticket-update-collisions).

    #### Allowed For

    * Agents

    Args:
        ticket_id (int):
        body (TicketTagsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TagsByObjectIdResponse
    """

    return sync_detailed(
        ticket_id=ticket_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    ticket_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: TicketTagsRequest,
) -> Response[TagsByObjectIdResponse]:
    """Add Tags

     You can also add tags to multiple tickets with the [Update Many
    Tickets](/api-reference/ticketing/tickets/tickets/#update-many-tickets) endpoint.

    #### Safe Update

    If the same ticket is updated by multiple API requests at
    the same time, some tags could be lost because of ticket
    update collisions. Include `updated_stamp` and `safe_update`
    properties in the request body to make a safe update.

    For `updated_stamp`, retrieve and specify the ticket's
    latest `updated_at` timestamp. The tag update only occurs
    if the `updated_stamp` timestamp matches the ticket's
    actual `updated_at` timestamp at the time of the request.
    If the timestamps don't match (in other words, if the
    ticket was updated since you retrieved the ticket's
    last `updated_at` timestamp), the request returns a
    409 Conflict error.

    #### Example

    ```js
    {
      "tags": ["customer"],
      "updated_stamp":"2019-09-12T21:45:16Z",
      "safe_update":"true"
    }
    ```

    For details, see [Protecting against ticket update collisions](/api-
    reference/ticketing/tickets/tickets/#protecting-against-ticket-update-collisions).

    #### Allowed For

    * Agents

    Args:
        ticket_id (int):
        body (TicketTagsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TagsByObjectIdResponse]
    """

    kwargs = _get_kwargs(
        ticket_id=ticket_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    ticket_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: TicketTagsRequest,
) -> TagsByObjectIdResponse | None:
    """Add Tags

     You can also add tags to multiple tickets with the [Update Many
    Tickets](/api-reference/ticketing/tickets/tickets/#update-many-tickets) endpoint.

    #### Safe Update

    If the same ticket is updated by multiple API requests at
    the same time, some tags could be lost because of ticket
    update collisions. Include `updated_stamp` and `safe_update`
    properties in the request body to make a safe update.

    For `updated_stamp`, retrieve and specify the ticket's
    latest `updated_at` timestamp. The tag update only occurs
    if the `updated_stamp` timestamp matches the ticket's
    actual `updated_at` timestamp at the time of the request.
    If the timestamps don't match (in other words, if the
    ticket was updated since you retrieved the ticket's
    last `updated_at` timestamp), the request returns a
    409 Conflict error.

    #### Example

    ```js
    {
      "tags": ["customer"],
      "updated_stamp":"2019-09-12T21:45:16Z",
      "safe_update":"true"
    }
    ```

    For details, see [Protecting against ticket update collisions](/api-
    reference/ticketing/tickets/tickets/#protecting-against-ticket-update-collisions).

    #### Allowed For

    * Agents

    Args:
        ticket_id (int):
        body (TicketTagsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TagsByObjectIdResponse
    """

    return (
        await asyncio_detailed(
            ticket_id=ticket_id,
            client=client,
            body=body,
        )
    ).parsed
