from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.job_status_response import JobStatusResponse
from ...models.ticket_merge_input import TicketMergeInput
from ...types import UNSET, Response, Unset


def _get_kwargs(
    ticket_id: int,
    *,
    body: TicketMergeInput | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v2/tickets/{ticket_id}/merge".format(
            ticket_id=quote(str(ticket_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> JobStatusResponse | None:
    if response.status_code == 200:
        response_200 = JobStatusResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[JobStatusResponse]:
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
    body: TicketMergeInput | Unset = UNSET,
) -> Response[JobStatusResponse]:
    """Merge Tickets into Target Ticket

     Merges one or more tickets into the ticket with the specified id.

    See [Merging tickets](https://support.zendesk.com/hc/en-us/articles/203690916)
    in the Support Help Center for ticket merging rules.

    Any attachment to the source ticket is copied to the target ticket.

    This endpoint returns a `job_status` [JSON object](/api-reference/ticketing/ticket-
    management/job_statuses/#json-format) and queues a background job to do the work. Use the [Show Job
    Status](/api-reference/ticketing/ticket-management/job_statuses/#show-job-status) endpoint to check
    for the job's completion. Only a certain number of jobs can be queued or running at the same time.
    See [Job limit](/api-reference/introduction/rate-limits/#job-limit) for more information.

    #### Allowed For

    * Agents

    Agents in the Enterprise account must have merge permissions.
    See [Creating custom roles and assigning agents (Enterprise)](https://support.zendesk.com/hc/en-
    us/articles/203662026)
    in the Support Help Center.

    #### Available parameters

    The request takes a data object with the following properties:

    | Name                     | Type    | Required | Comments
    |
    | ------------------------ | ------- | -------- |
    ------------------------------------------------------- |
    | ids                      | array   | yes      | Ids of tickets to merge into the target ticket
    |
    | target_comment           | string  | no       | Private comment to add to the target ticket. This
    comment is optional but strongly recommended |
    | source_comment           | string  | no       | Private comment to add to the source ticket. This
    comment is optional but strongly recommended |
    | target_comment_is_public | boolean | no       | Whether comments in the target ticket are public
    or private   |
    | source_comment_is_public | boolean | no       | Whether comments in the source tickets are public
    or private |

    `target_comment` and `source_comment` can be used to provide a reason for the merge for
    recordkeeping purposes. If the source ticket has attachments, they are included in `target_comment`.

    Comments are private and can't be modified in the following cases:

      * Any of the sources or target tickets are private
      * Any of the sources or target tickets were created through X (formerly Twitter), Facebook or the
    Channel framework

    In any other case, comments default to private but can be modified with the comment privacy
    parameters.

    Args:
        ticket_id (int):
        body (TicketMergeInput | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[JobStatusResponse]
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
    body: TicketMergeInput | Unset = UNSET,
) -> JobStatusResponse | None:
    """Merge Tickets into Target Ticket

     Merges one or more tickets into the ticket with the specified id.

    See [Merging tickets](https://support.zendesk.com/hc/en-us/articles/203690916)
    in the Support Help Center for ticket merging rules.

    Any attachment to the source ticket is copied to the target ticket.

    This endpoint returns a `job_status` [JSON object](/api-reference/ticketing/ticket-
    management/job_statuses/#json-format) and queues a background job to do the work. Use the [Show Job
    Status](/api-reference/ticketing/ticket-management/job_statuses/#show-job-status) endpoint to check
    for the job's completion. Only a certain number of jobs can be queued or running at the same time.
    See [Job limit](/api-reference/introduction/rate-limits/#job-limit) for more information.

    #### Allowed For

    * Agents

    Agents in the Enterprise account must have merge permissions.
    See [Creating custom roles and assigning agents (Enterprise)](https://support.zendesk.com/hc/en-
    us/articles/203662026)
    in the Support Help Center.

    #### Available parameters

    The request takes a data object with the following properties:

    | Name                     | Type    | Required | Comments
    |
    | ------------------------ | ------- | -------- |
    ------------------------------------------------------- |
    | ids                      | array   | yes      | Ids of tickets to merge into the target ticket
    |
    | target_comment           | string  | no       | Private comment to add to the target ticket. This
    comment is optional but strongly recommended |
    | source_comment           | string  | no       | Private comment to add to the source ticket. This
    comment is optional but strongly recommended |
    | target_comment_is_public | boolean | no       | Whether comments in the target ticket are public
    or private   |
    | source_comment_is_public | boolean | no       | Whether comments in the source tickets are public
    or private |

    `target_comment` and `source_comment` can be used to provide a reason for the merge for
    recordkeeping purposes. If the source ticket has attachments, they are included in `target_comment`.

    Comments are private and can't be modified in the following cases:

      * Any of the sources or target tickets are private
      * Any of the sources or target tickets were created through X (formerly Twitter), Facebook or the
    Channel framework

    In any other case, comments default to private but can be modified with the comment privacy
    parameters.

    Args:
        ticket_id (int):
        body (TicketMergeInput | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JobStatusResponse
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
    body: TicketMergeInput | Unset = UNSET,
) -> Response[JobStatusResponse]:
    """Merge Tickets into Target Ticket

     Merges one or more tickets into the ticket with the specified id.

    See [Merging tickets](https://support.zendesk.com/hc/en-us/articles/203690916)
    in the Support Help Center for ticket merging rules.

    Any attachment to the source ticket is copied to the target ticket.

    This endpoint returns a `job_status` [JSON object](/api-reference/ticketing/ticket-
    management/job_statuses/#json-format) and queues a background job to do the work. Use the [Show Job
    Status](/api-reference/ticketing/ticket-management/job_statuses/#show-job-status) endpoint to check
    for the job's completion. Only a certain number of jobs can be queued or running at the same time.
    See [Job limit](/api-reference/introduction/rate-limits/#job-limit) for more information.

    #### Allowed For

    * Agents

    Agents in the Enterprise account must have merge permissions.
    See [Creating custom roles and assigning agents (Enterprise)](https://support.zendesk.com/hc/en-
    us/articles/203662026)
    in the Support Help Center.

    #### Available parameters

    The request takes a data object with the following properties:

    | Name                     | Type    | Required | Comments
    |
    | ------------------------ | ------- | -------- |
    ------------------------------------------------------- |
    | ids                      | array   | yes      | Ids of tickets to merge into the target ticket
    |
    | target_comment           | string  | no       | Private comment to add to the target ticket. This
    comment is optional but strongly recommended |
    | source_comment           | string  | no       | Private comment to add to the source ticket. This
    comment is optional but strongly recommended |
    | target_comment_is_public | boolean | no       | Whether comments in the target ticket are public
    or private   |
    | source_comment_is_public | boolean | no       | Whether comments in the source tickets are public
    or private |

    `target_comment` and `source_comment` can be used to provide a reason for the merge for
    recordkeeping purposes. If the source ticket has attachments, they are included in `target_comment`.

    Comments are private and can't be modified in the following cases:

      * Any of the sources or target tickets are private
      * Any of the sources or target tickets were created through X (formerly Twitter), Facebook or the
    Channel framework

    In any other case, comments default to private but can be modified with the comment privacy
    parameters.

    Args:
        ticket_id (int):
        body (TicketMergeInput | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[JobStatusResponse]
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
    body: TicketMergeInput | Unset = UNSET,
) -> JobStatusResponse | None:
    """Merge Tickets into Target Ticket

     Merges one or more tickets into the ticket with the specified id.

    See [Merging tickets](https://support.zendesk.com/hc/en-us/articles/203690916)
    in the Support Help Center for ticket merging rules.

    Any attachment to the source ticket is copied to the target ticket.

    This endpoint returns a `job_status` [JSON object](/api-reference/ticketing/ticket-
    management/job_statuses/#json-format) and queues a background job to do the work. Use the [Show Job
    Status](/api-reference/ticketing/ticket-management/job_statuses/#show-job-status) endpoint to check
    for the job's completion. Only a certain number of jobs can be queued or running at the same time.
    See [Job limit](/api-reference/introduction/rate-limits/#job-limit) for more information.

    #### Allowed For

    * Agents

    Agents in the Enterprise account must have merge permissions.
    See [Creating custom roles and assigning agents (Enterprise)](https://support.zendesk.com/hc/en-
    us/articles/203662026)
    in the Support Help Center.

    #### Available parameters

    The request takes a data object with the following properties:

    | Name                     | Type    | Required | Comments
    |
    | ------------------------ | ------- | -------- |
    ------------------------------------------------------- |
    | ids                      | array   | yes      | Ids of tickets to merge into the target ticket
    |
    | target_comment           | string  | no       | Private comment to add to the target ticket. This
    comment is optional but strongly recommended |
    | source_comment           | string  | no       | Private comment to add to the source ticket. This
    comment is optional but strongly recommended |
    | target_comment_is_public | boolean | no       | Whether comments in the target ticket are public
    or private   |
    | source_comment_is_public | boolean | no       | Whether comments in the source tickets are public
    or private |

    `target_comment` and `source_comment` can be used to provide a reason for the merge for
    recordkeeping purposes. If the source ticket has attachments, they are included in `target_comment`.

    Comments are private and can't be modified in the following cases:

      * Any of the sources or target tickets are private
      * Any of the sources or target tickets were created through X (formerly Twitter), Facebook or the
    Channel framework

    In any other case, comments default to private but can be modified with the comment privacy
    parameters.

    Args:
        ticket_id (int):
        body (TicketMergeInput | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JobStatusResponse
    """

    return (
        await asyncio_detailed(
            ticket_id=ticket_id,
            client=client,
            body=body,
        )
    ).parsed
