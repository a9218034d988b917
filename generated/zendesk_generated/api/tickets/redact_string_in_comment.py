from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ticket_comment_redact_request import TicketCommentRedactRequest
from ...models.ticket_comment_response import TicketCommentResponse
from ...types import Response


def _get_kwargs(
    ticket_id: int,
    ticket_comment_id: int,
    *,
    body: TicketCommentRedactRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v2/tickets/{ticket_id}/comments/{ticket_comment_id}/redact".format(
            ticket_id=quote(str(ticket_id), safe=""),
            ticket_comment_id=quote(str(ticket_comment_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> TicketCommentResponse | None:
    if response.status_code == 200:
        response_200 = TicketCommentResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[TicketCommentResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    ticket_id: int,
    ticket_comment_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: TicketCommentRedactRequest,
) -> Response[TicketCommentResponse]:
    """Redact String in Comment

     Permanently removes words or strings from a ticket comment. Specify the string to redact in an
    object with a `text` property. Example: `'{"text": "987-65-4320"}'`. The characters of the word or
    string are replaced by the ▇ symbol.

    If the comment was made by email, the endpoint also attempts to redact the string from the original
    email retained by Zendesk for audit purposes.

    **Note**: If you use the rich text editor, support for redacting formatted text (bold, italics,
    hyperlinks) is limited.

    Redaction is permanent. You can't undo the redaction or see *what* was removed. Once a ticket is
    closed, you can no longer redact strings from its comments.

    To use this endpoint, the "Agents can delete tickets" option must be enabled in the Zendesk Support
    admin interface at **Admin** > **Settings** > **Agents**.

    #### Allowed For

    * Agents

    Args:
        ticket_id (int):
        ticket_comment_id (int):
        body (TicketCommentRedactRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TicketCommentResponse]
    """

    kwargs = _get_kwargs(
        ticket_id=ticket_id,
        ticket_comment_id=ticket_comment_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    ticket_id: int,
    ticket_comment_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: TicketCommentRedactRequest,
) -> TicketCommentResponse | None:
    """Redact String in Comment

     Permanently removes words or strings from a ticket comment. Specify the string to redact in an
    object with a `text` property. Example: `'{"text": "987-65-4320"}'`. The characters of the word or
    string are replaced by the ▇ symbol.

    If the comment was made by email, the endpoint also attempts to redact the string from the original
    email retained by Zendesk for audit purposes.

    **Note**: If you use the rich text editor, support for redacting formatted text (bold, italics,
    hyperlinks) is limited.

    Redaction is permanent. You can't undo the redaction or see *what* was removed. Once a ticket is
    closed, you can no longer redact strings from its comments.

    To use this endpoint, the "Agents can delete tickets" option must be enabled in the Zendesk Support
    admin interface at **Admin** > **Settings** > **Agents**.

    #### Allowed For

    * Agents

    Args:
        ticket_id (int):
        ticket_comment_id (int):
        body (TicketCommentRedactRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TicketCommentResponse
    """

    return sync_detailed(
        ticket_id=ticket_id,
        ticket_comment_id=ticket_comment_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    ticket_id: int,
    ticket_comment_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: TicketCommentRedactRequest,
) -> Response[TicketCommentResponse]:
    """Redact String in Comment

     Permanently removes words or strings from a ticket comment. Specify the string to redact in an
    object with a `text` property. Example: `'{"text": "987-65-4320"}'`. The characters of the word or
    string are replaced by the ▇ symbol.

    If the comment was made by email, the endpoint also attempts to redact the string from the original
    email retained by Zendesk for audit purposes.

    **Note**: If you use the rich text editor, support for redacting formatted text (bold, italics,
    hyperlinks) is limited.

    Redaction is permanent. You can't undo the redaction or see *what* was removed. Once a ticket is
    closed, you can no longer redact strings from its comments.

    To use this endpoint, the "Agents can delete tickets" option must be enabled in the Zendesk Support
    admin interface at **Admin** > **Settings** > **Agents**.

    #### Allowed For

    * Agents

    Args:
        ticket_id (int):
        ticket_comment_id (int):
        body (TicketCommentRedactRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TicketCommentResponse]
    """

    kwargs = _get_kwargs(
        ticket_id=ticket_id,
        ticket_comment_id=ticket_comment_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    ticket_id: int,
    ticket_comment_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: TicketCommentRedactRequest,
) -> TicketCommentResponse | None:
    """Redact String in Comment

     Permanently removes words or strings from a ticket comment. Specify the string to redact in an
    object with a `text` property. Example: `'{"text": "987-65-4320"}'`. The characters of the word or
    string are replaced by the ▇ symbol.

    If the comment was made by email, the endpoint also attempts to redact the string from the original
    email retained by Zendesk for audit purposes.

    **Note**: If you use the rich text editor, support for redacting formatted text (bold, italics,
    hyperlinks) is limited.

    Redaction is permanent. You can't undo the redaction or see *what* was removed. Once a ticket is
    closed, you can no longer redact strings from its comments.

    To use this endpoint, the "Agents can delete tickets" option must be enabled in the Zendesk Support
    admin interface at **Admin** > **Settings** > **Agents**.

    #### Allowed For

    * Agents

    Args:
        ticket_id (int):
        ticket_comment_id (int):
        body (TicketCommentRedactRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TicketCommentResponse
    """

    return (
        await asyncio_detailed(
            ticket_id=ticket_id,
            ticket_comment_id=ticket_comment_id,
            client=client,
            body=body,
        )
    ).parsed
