from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bulk_skill_based_routing_attribute_values_request import (
    BulkSkillBasedRoutingAttributeValuesRequest,
)
from ...models.job_status_response import JobStatusResponse
from ...models.skill_based_routing_attribute_values_error import (
    SkillBasedRoutingAttributeValuesError,
)
from ...types import Response


def _get_kwargs(
    *,
    body: BulkSkillBasedRoutingAttributeValuesRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v2/routing/agents/instance_values/job",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> JobStatusResponse | SkillBasedRoutingAttributeValuesError | None:
    if response.status_code == 200:
        response_200 = JobStatusResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = SkillBasedRoutingAttributeValuesError.from_dict(response.json())

        return response_400

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[JobStatusResponse | SkillBasedRoutingAttributeValuesError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BulkSkillBasedRoutingAttributeValuesRequest,
) -> Response[JobStatusResponse | SkillBasedRoutingAttributeValuesError]:
    """Bulk Set Agent Attribute Values Job

     Adds, replaces or removes multiple attributes for up to 100 agents.

    #### Allowed For
    * Admins
    * [Agents in custom role with permission to manage skills](https://support.zendesk.com/hc/en-
    us/articles/4408882153882-Creating-custom-roles-and-assigning-agents)

    #### Available Parameters

    The request takes a data object with the following properties:
    | Name       | Type   | Required | Description
    |
    | ---------- | ------ | -------- |
    ------------------------------------------------------------------------------------------------- |
    | action     | string | true     | The action to perform on the attribute values. One of the
    following: "upsert", "update", "delete" |
    | attributes | object | true     | The attribute values to update. See [Attribute
    Values](#attribute-values)                         |
    | items      | array  | true     | The list of agent ids
    |

    Action can be one of the following:
      * upsert: Adds new attribute values to the agents
      * update: Replaces all the current attribute values of the agents with the new values
      * delete: Removes specified attribute values from the agents

    This endpoint returns a `job_status` [JSON object](/api-reference/ticketing/ticket-
    management/job_statuses/#json-format) and queues a background job to do the work. Use the [Show Job
    Status](/api-reference/ticketing/ticket-management/job_statuses/#show-job-status) endpoint to check
    for the job's completion.

    Args:
        body (BulkSkillBasedRoutingAttributeValuesRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[JobStatusResponse | SkillBasedRoutingAttributeValuesError]
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
    body: BulkSkillBasedRoutingAttributeValuesRequest,
) -> JobStatusResponse | SkillBasedRoutingAttributeValuesError | None:
    """Bulk Set Agent Attribute Values Job

     Adds, replaces or removes multiple attributes for up to 100 agents.

    #### Allowed For
    * Admins
    * [Agents in custom role with permission to manage skills](https://support.zendesk.com/hc/en-
    us/articles/4408882153882-Creating-custom-roles-and-assigning-agents)

    #### Available Parameters

    The request takes a data object with the following properties:
    | Name       | Type   | Required | Description
    |
    | ---------- | ------ | -------- |
    ------------------------------------------------------------------------------------------------- |
    | action     | string | true     | The action to perform on the attribute values. One of the
    following: "upsert", "update", "delete" |
    | attributes | object | true     | The attribute values to update. See [Attribute
    Values](#attribute-values)                         |
    | items      | array  | true     | The list of agent ids
    |

    Action can be one of the following:
      * upsert: Adds new attribute values to the agents
      * update: Replaces all the current attribute values of the agents with the new values
      * delete: Removes specified attribute values from the agents

    This endpoint returns a `job_status` [JSON object](/api-reference/ticketing/ticket-
    management/job_statuses/#json-format) and queues a background job to do the work. Use the [Show Job
    Status](/api-reference/ticketing/ticket-management/job_statuses/#show-job-status) endpoint to check
    for the job's completion.

    Args:
        body (BulkSkillBasedRoutingAttributeValuesRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JobStatusResponse | SkillBasedRoutingAttributeValuesError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BulkSkillBasedRoutingAttributeValuesRequest,
) -> Response[JobStatusResponse | SkillBasedRoutingAttributeValuesError]:
    """Bulk Set Agent Attribute Values Job

     Adds, replaces or removes multiple attributes for up to 100 agents.

    #### Allowed For
    * Admins
    * [Agents in custom role with permission to manage skills](https://support.zendesk.com/hc/en-
    us/articles/4408882153882-Creating-custom-roles-and-assigning-agents)

    #### Available Parameters

    The request takes a data object with the following properties:
    | Name       | Type   | Required | Description
    |
    | ---------- | ------ | -------- |
    ------------------------------------------------------------------------------------------------- |
    | action     | string | true     | The action to perform on the attribute values. One of the
    following: "upsert", "update", "delete" |
    | attributes | object | true     | The attribute values to update. See [Attribute
    Values](#attribute-values)                         |
    | items      | array  | true     | The list of agent ids
    |

    Action can be one of the following:
      * upsert: Adds new attribute values to the agents
      * update: Replaces all the current attribute values of the agents with the new values
      * delete: Removes specified attribute values from the agents

    This endpoint returns a `job_status` [JSON object](/api-reference/ticketing/ticket-
    management/job_statuses/#json-format) and queues a background job to do the work. Use the [Show Job
    Status](/api-reference/ticketing/ticket-management/job_statuses/#show-job-status) endpoint to check
    for the job's completion.

    Args:
        body (BulkSkillBasedRoutingAttributeValuesRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[JobStatusResponse | SkillBasedRoutingAttributeValuesError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: BulkSkillBasedRoutingAttributeValuesRequest,
) -> JobStatusResponse | SkillBasedRoutingAttributeValuesError | None:
    """Bulk Set Agent Attribute Values Job

     Adds, replaces or removes multiple attributes for up to 100 agents.

    #### Allowed For
    * Admins
    * [Agents in custom role with permission to manage skills](https://support.zendesk.com/hc/en-
    us/articles/4408882153882-Creating-custom-roles-and-assigning-agents)

    #### Available Parameters

    The request takes a data object with the following properties:
    | Name       | Type   | Required | Description
    |
    | ---------- | ------ | -------- |
    ------------------------------------------------------------------------------------------------- |
    | action     | string | true     | The action to perform on the attribute values. One of the
    following: "upsert", "update", "delete" |
    | attributes | object | true     | The attribute values to update. See [Attribute
    Values](#attribute-values)                         |
    | items      | array  | true     | The list of agent ids
    |

    Action can be one of the following:
      * upsert: Adds new attribute values to the agents
      * update: Replaces all the current attribute values of the agents with the new values
      * delete: Removes specified attribute values from the agents

    This endpoint returns a `job_status` [JSON object](/api-reference/ticketing/ticket-
    management/job_statuses/#json-format) and queues a background job to do the work. Use the [Show Job
    Status](/api-reference/ticketing/ticket-management/job_statuses/#show-job-status) endpoint to check
    for the job's completion.

    Args:
        body (BulkSkillBasedRoutingAttributeValuesRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JobStatusResponse | SkillBasedRoutingAttributeValuesError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
