from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.attachment_response import AttachmentResponse
from ...types import Response


def _get_kwargs(
    ticket_id: int,
    comment_id: int,
    attachment_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v2/tickets/{ticket_id}/comments/{comment_id}/attachments/{attachment_id}/redact".format(
            ticket_id=quote(str(ticket_id), safe=""),
            comment_id=quote(str(comment_id), safe=""),
            attachment_id=quote(str(attachment_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AttachmentResponse | None:
    if response.status_code == 200:
        response_200 = AttachmentResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AttachmentResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    ticket_id: int,
    comment_id: int,
    attachment_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[AttachmentResponse]:
    """Redact Comment Attachment

     Redaction allows you to permanently remove attachments from an existing comment on a ticket. Once
    removed from a comment, the attachment is replaced with an empty "redacted.txt" file.

    The redaction is permanent. It is not possible to undo redaction or see what was removed. Once a
    ticket is closed, redacting its attachments is no longer possible.

    Also, if you want to redact an inline attachment, you can use the `include_inline_images` parameter
    in the [List Comments](/api-reference/ticketing/tickets/ticket_comments/#list-comments) operation to
    obtain the inline attachment ID, and use it in the request URL.

    #### Allowed For

    * Admins
    * Agents when [deleting tickets is enabled for agents on professional
    accounts](https://support.zendesk.com/hc/en-us/articles/360002128107)
    * Agents assigned to a custom role with permissions to redact ticket content (Enterprise only)

    Args:
        ticket_id (int):
        comment_id (int):
        attachment_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AttachmentResponse]
    """

    kwargs = _get_kwargs(
        ticket_id=ticket_id,
        comment_id=comment_id,
        attachment_id=attachment_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    ticket_id: int,
    comment_id: int,
    attachment_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> AttachmentResponse | None:
    """Redact Comment Attachment

     Redaction allows you to permanently remove attachments from an existing comment on a ticket. Once
    removed from a comment, the attachment is replaced with an empty "redacted.txt" file.

    The redaction is permanent. It is not possible to undo redaction or see what was removed. Once a
    ticket is closed, redacting its attachments is no longer possible.

    Also, if you want to redact an inline attachment, you can use the `include_inline_images` parameter
    in the [List Comments](/api-reference/ticketing/tickets/ticket_comments/#list-comments) operation to
    obtain the inline attachment ID, and use it in the request URL.

    #### Allowed For

    * Admins
    * Agents when [deleting tickets is enabled for agents on professional
    accounts](https://support.zendesk.com/hc/en-us/articles/360002128107)
    * Agents assigned to a custom role with permissions to redact ticket content (Enterprise only)

    Args:
        ticket_id (int):
        comment_id (int):
        attachment_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AttachmentResponse
    """

    return sync_detailed(
        ticket_id=ticket_id,
        comment_id=comment_id,
        attachment_id=attachment_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    ticket_id: int,
    comment_id: int,
    attachment_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[AttachmentResponse]:
    """Redact Comment Attachment

     Redaction allows you to permanently remove attachments from an existing comment on a ticket. Once
    removed from a comment, the attachment is replaced with an empty "redacted.txt" file.

    The redaction is permanent. It is not possible to undo redaction or see what was removed. Once a
    ticket is closed, redacting its attachments is no longer possible.

    Also, if you want to redact an inline attachment, you can use the `include_inline_images` parameter
    in the [List Comments](/api-reference/ticketing/tickets/ticket_comments/#list-comments) operation to
    obtain the inline attachment ID, and use it in the request URL.

    #### Allowed For

    * Admins
    * Agents when [deleting tickets is enabled for agents on professional
    accounts](https://support.zendesk.com/hc/en-us/articles/360002128107)
    * Agents assigned to a custom role with permissions to redact ticket content (Enterprise only)

    Args:
        ticket_id (int):
        comment_id (int):
        attachment_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AttachmentResponse]
    """

    kwargs = _get_kwargs(
        ticket_id=ticket_id,
        comment_id=comment_id,
        attachment_id=attachment_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    ticket_id: int,
    comment_id: int,
    attachment_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> AttachmentResponse | None:
    """Redact Comment Attachment

     Redaction allows you to permanently remove attachments from an existing comment on a ticket. Once
    removed from a comment, the attachment is replaced with an empty "redacted.txt" file.

    The redaction is permanent. It is not possible to undo redaction or see what was removed. Once a
    ticket is closed, redacting its attachments is no longer possible.

    Also, if you want to redact an inline attachment, you can use the `include_inline_images` parameter
    in the [List Comments](/api-reference/ticketing/tickets/ticket_comments/#list-comments) operation to
    obtain the inline attachment ID, and use it in the request URL.

    #### Allowed For

    * Admins
    * Agents when [deleting tickets is enabled for agents on professional
    accounts](https://support.zendesk.com/hc/en-us/articles/360002128107)
    * Agents assigned to a custom role with permissions to redact ticket content (Enterprise only)

    Args:
        ticket_id (int):
        comment_id (int):
        attachment_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AttachmentResponse
    """

    return (
        await asyncio_detailed(
            ticket_id=ticket_id,
            comment_id=comment_id,
            attachment_id=attachment_id,
            client=client,
        )
    ).parsed
