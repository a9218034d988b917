from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ticket_update_input_priority import TicketUpdateInputPriority
from ..models.ticket_update_input_status import TicketUpdateInputStatus
from ..models.ticket_update_input_type import TicketUpdateInputType
from ..types import UNSET, Unset

T = TypeVar("T", bound="TicketsUpdateManyItem")


@_attrs_define
class TicketsUpdateManyItem:
    """
    Attributes:
        id (int): The ticket to update
        additional_collaborators (list[CollaboratorObjectWrite] | Unset): An array of numeric IDs, emails, or objects
            containing name and email properties. See [Setting Collaborators](/api-
            reference/ticketing/tickets/tickets/#setting-collaborators). An email notification is sent to them when the
            ticket is updated
        assignee_email (str | Unset): The email address of the agent to assign the ticket to
        assignee_id (int | Unset): The agent currently assigned to the ticket
        attribute_value_ids (list[int] | Unset): An array of the IDs of attribute values to be associated with the
            ticket
        collaborator_ids (list[int] | Unset): The ids of users currently CC'ed on the ticket
        comment (TicketCommentObjectWrite | Unset):
        custom_fields (list[CustomFieldValueWrite] | Unset): Custom fields for the ticket. See [Setting custom field
            values](/documentation/ticketing/managing-tickets/creating-and-updating-tickets#setting-custom-field-values)
        custom_status_id (int | Unset): The custom ticket status id of the ticket. See [custom ticket statuses](#custom-
            ticket-statuses)
        due_at (datetime.datetime | None | Unset): If this is a ticket of type "task" it has a due date.  Due date
            format uses [ISO 8601](http://en.wikipedia.org/wiki/ISO_8601) format.
        email_ccs (list[EmailCCObject] | Unset): An array of objects that represent agent or end users email CCs to add
            or delete from the ticket. See [Setting email CCs](/documentation/ticketing/managing-tickets/creating-and-
            updating-tickets#setting-email-ccs)
        external_id (str | Unset): An id you can use to link Zendesk Support tickets to local records
        followers (list[FollowerObject] | Unset): An array of objects that represent agent followers to add or delete
            from the ticket. See [Setting followers](/documentation/ticketing/managing-tickets/creating-and-updating-
            tickets#setting-followers)
        group_id (int | Unset): The group this ticket is assigned to
        organization_id (int | Unset): The organization of the requester. You can only specify the ID of an organization
            associated with the requester. See [Organization Memberships](/api-
            reference/ticketing/organizations/organization_memberships/)
        priority (TicketUpdateInputPriority | Unset): The urgency with which the ticket should be addressed.
        problem_id (int | Unset): For tickets of type "incident", the ID of the problem the incident is linked to
        requester_id (int | Unset): The user who requested this ticket
        safe_update (bool | Unset): Optional boolean. Prevents updates with outdated ticket data (`updated_stamp`
            property required when true)
        sharing_agreement_ids (list[int] | Unset): An array of the numeric IDs of sharing agreements. Note that this
            replaces any existing agreements
        status (TicketUpdateInputStatus | Unset): The state of the ticket.

            If your account has activated custom ticket statuses, this is the ticket's
            status category. See [custom ticket statuses](#custom-ticket-statuses).
        subject (str | Unset): The value of the subject field for this ticket
        tags (list[str] | Unset): The array of tags applied to this ticket
        type_ (TicketUpdateInputType | Unset): The type of this ticket.
        updated_stamp (datetime.datetime | Unset): Datetime of last update received from API. See the safe_update
            property
    """

    id: int
    additional_collaborators: list[CollaboratorObjectWrite] | Unset = UNSET
    assignee_email: str | Unset = UNSET
    assignee_id: int | Unset = UNSET
    attribute_value_ids: list[int] | Unset = UNSET
    collaborator_ids: list[int] | Unset = UNSET
    comment: TicketCommentObjectWrite | Unset = UNSET
    custom_fields: list[CustomFieldValueWrite] | Unset = UNSET
    custom_status_id: int | Unset = UNSET
    due_at: datetime.datetime | None | Unset = UNSET
    email_ccs: list[EmailCCObject] | Unset = UNSET
    external_id: str | Unset = UNSET
    followers: list[FollowerObject] | Unset = UNSET
    group_id: int | Unset = UNSET
    organization_id: int | Unset = UNSET
    priority: TicketUpdateInputPriority | Unset = UNSET
    problem_id: int | Unset = UNSET
    requester_id: int | Unset = UNSET
    safe_update: bool | Unset = UNSET
    sharing_agreement_ids: list[int] | Unset = UNSET
    status: TicketUpdateInputStatus | Unset = UNSET
    subject: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    type_: TicketUpdateInputType | Unset = UNSET
    updated_stamp: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        additional_collaborators: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.additional_collaborators, Unset):
            additional_collaborators = []
            for additional_collaborators_item_data in self.additional_collaborators:
                additional_collaborators_item = additional_collaborators_item_data.to_dict()
                additional_collaborators.append(additional_collaborators_item)

        assignee_email = self.assignee_email

        assignee_id = self.assignee_id

        attribute_value_ids: list[int] | Unset = UNSET
        if not isinstance(self.attribute_value_ids, Unset):
            attribute_value_ids = self.attribute_value_ids

        collaborator_ids: list[int] | Unset = UNSET
        if not isinstance(self.collaborator_ids, Unset):
            collaborator_ids = self.collaborator_ids

        comment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.comment, Unset):
            comment = self.comment.to_dict()

        custom_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = []
            for custom_fields_item_data in self.custom_fields:
                custom_fields_item = custom_fields_item_data.to_dict()
                custom_fields.append(custom_fields_item)

        custom_status_id = self.custom_status_id

        due_at: None | str | Unset
        if isinstance(self.due_at, Unset):
            due_at = UNSET
        elif isinstance(self.due_at, datetime.datetime):
            due_at = self.due_at.isoformat()
        else:
            due_at = self.due_at

        email_ccs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.email_ccs, Unset):
            email_ccs = []
            for email_ccs_item_data in self.email_ccs:
                email_ccs_item = email_ccs_item_data.to_dict()
                email_ccs.append(email_ccs_item)

        external_id = self.external_id

        followers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.followers, Unset):
            followers = []
            for followers_item_data in self.followers:
                followers_item = followers_item_data.to_dict()
                followers.append(followers_item)

        group_id = self.group_id

        organization_id = self.organization_id

        priority: str | Unset = UNSET
        if not isinstance(self.priority, Unset):
            priority = self.priority.value

        problem_id = self.problem_id

        requester_id = self.requester_id

        safe_update = self.safe_update

        sharing_agreement_ids: list[int] | Unset = UNSET
        if not isinstance(self.sharing_agreement_ids, Unset):
            sharing_agreement_ids = self.sharing_agreement_ids

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        subject = self.subject

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        updated_stamp: str | Unset = UNSET
        if not isinstance(self.updated_stamp, Unset):
            updated_stamp = self.updated_stamp.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if additional_collaborators is not UNSET:
            field_dict["additional_collaborators"] = additional_collaborators
        if assignee_email is not UNSET:
            field_dict["assignee_email"] = assignee_email
        if assignee_id is not UNSET:
            field_dict["assignee_id"] = assignee_id
        if attribute_value_ids is not UNSET:
            field_dict["attribute_value_ids"] = attribute_value_ids
        if collaborator_ids is not UNSET:
            field_dict["collaborator_ids"] = collaborator_ids
        if comment is not UNSET:
            field_dict["comment"] = comment
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if custom_status_id is not UNSET:
            field_dict["custom_status_id"] = custom_status_id
        if due_at is not UNSET:
            field_dict["due_at"] = due_at
        if email_ccs is not UNSET:
            field_dict["email_ccs"] = email_ccs
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if followers is not UNSET:
            field_dict["followers"] = followers
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if priority is not UNSET:
            field_dict["priority"] = priority
        if problem_id is not UNSET:
            field_dict["problem_id"] = problem_id
        if requester_id is not UNSET:
            field_dict["requester_id"] = requester_id
        if safe_update is not UNSET:
            field_dict["safe_update"] = safe_update
        if sharing_agreement_ids is not UNSET:
            field_dict["sharing_agreement_ids"] = sharing_agreement_ids
        if status is not UNSET:
            field_dict["status"] = status
        if subject is not UNSET:
            field_dict["subject"] = subject
        if tags is not UNSET:
            field_dict["tags"] = tags
        if type_ is not UNSET:
            field_dict["type"] = type_
        if updated_stamp is not UNSET:
            field_dict["updated_stamp"] = updated_stamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        _additional_collaborators = d.pop("additional_collaborators", UNSET)
        additional_collaborators: list[CollaboratorObjectWrite] | Unset = UNSET
        if _additional_collaborators is not UNSET:
            additional_collaborators = []
            for additional_collaborators_item_data in _additional_collaborators:
                additional_collaborators_item = CollaboratorObjectWrite.from_dict(
                    additional_collaborators_item_data
                )

                additional_collaborators.append(additional_collaborators_item)

        assignee_email = d.pop("assignee_email", UNSET)

        assignee_id = d.pop("assignee_id", UNSET)

        attribute_value_ids = cast(list[int], d.pop("attribute_value_ids", UNSET))

        collaborator_ids = cast(list[int], d.pop("collaborator_ids", UNSET))

        _comment = d.pop("comment", UNSET)
        comment: TicketCommentObjectWrite | Unset
        if isinstance(_comment, Unset):
            comment = UNSET
        else:
            comment = TicketCommentObjectWrite.from_dict(_comment)

        _custom_fields = d.pop("custom_fields", UNSET)
        custom_fields: list[CustomFieldValueWrite] | Unset = UNSET
        if _custom_fields is not UNSET:
            custom_fields = []
            for custom_fields_item_data in _custom_fields:
                custom_fields_item = CustomFieldValueWrite.from_dict(custom_fields_item_data)

                custom_fields.append(custom_fields_item)

        custom_status_id = d.pop("custom_status_id", UNSET)

        due_at = d.pop("due_at", UNSET)
        if due_at is not None and due_at is not UNSET:
            due_at = _parse_due_at(due_at)

        _email_ccs = d.pop("email_ccs", UNSET)
        email_ccs: list[EmailCCObject] | Unset = UNSET
        if _email_ccs is not UNSET:
            email_ccs = []
            for email_ccs_item_data in _email_ccs:
                email_ccs_item = EmailCCObject.from_dict(email_ccs_item_data)

                email_ccs.append(email_ccs_item)

        external_id = d.pop("external_id", UNSET)

        _followers = d.pop("followers", UNSET)
        followers: list[FollowerObject] | Unset = UNSET
        if _followers is not UNSET:
            followers = []
            for followers_item_data in _followers:
                followers_item = FollowerObject.from_dict(followers_item_data)

                followers.append(followers_item)

        group_id = d.pop("group_id", UNSET)

        organization_id = d.pop("organization_id", UNSET)

        _priority = d.pop("priority", UNSET)
        priority: TicketUpdateInputPriority | Unset
        if isinstance(_priority, Unset):
            priority = UNSET
        else:
            priority = TicketUpdateInputPriority(_priority)

        problem_id = d.pop("problem_id", UNSET)

        requester_id = d.pop("requester_id", UNSET)

        safe_update = d.pop("safe_update", UNSET)

        sharing_agreement_ids = cast(list[int], d.pop("sharing_agreement_ids", UNSET))

        _status = d.pop("status", UNSET)
        status: TicketUpdateInputStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = TicketUpdateInputStatus(_status)

        subject = d.pop("subject", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        _type_ = d.pop("type", UNSET)
        type_: TicketUpdateInputType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = TicketUpdateInputType(_type_)

        _updated_stamp = d.pop("updated_stamp", UNSET)
        updated_stamp: datetime.datetime | Unset
        if isinstance(_updated_stamp, Unset):
            updated_stamp = UNSET
        else:
            updated_stamp = datetime.datetime.fromisoformat(_updated_stamp)

        tickets_update_many_item = cls(
            id=id,
            additional_collaborators=additional_collaborators,
            assignee_email=assignee_email,
            assignee_id=assignee_id,
            attribute_value_ids=attribute_value_ids,
            collaborator_ids=collaborator_ids,
            comment=comment,
            custom_fields=custom_fields,
            custom_status_id=custom_status_id,
            due_at=due_at,
            email_ccs=email_ccs,
            external_id=external_id,
            followers=followers,
            group_id=group_id,
            organization_id=organization_id,
            priority=priority,
            problem_id=problem_id,
            requester_id=requester_id,
            safe_update=safe_update,
            sharing_agreement_ids=sharing_agreement_ids,
            status=status,
            subject=subject,
            tags=tags,
            type_=type_,
            updated_stamp=updated_stamp,
        )

        tickets_update_many_item.additional_properties = d
        return tickets_update_many_item

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("id", self.id),
                ("additional_collaborators", self.additional_collaborators),
                ("assignee_email", self.assignee_email),
                ("assignee_id", self.assignee_id),
                ("attribute_value_ids", self.attribute_value_ids),
                ("collaborator_ids", self.collaborator_ids),
                ("comment", self.comment),
                ("custom_fields", self.custom_fields),
                ("custom_status_id", self.custom_status_id),
                ("due_at", self.due_at),
                ("email_ccs", self.email_ccs),
                ("external_id", self.external_id),
                ("followers", self.followers),
                ("group_id", self.group_id),
                ("organization_id", self.organization_id),
                ("priority", self.priority),
                ("problem_id", self.problem_id),
                ("requester_id", self.requester_id),
                ("safe_update", self.safe_update),
                ("sharing_agreement_ids", self.sharing_agreement_ids),
                ("status", self.status),
                ("subject", self.subject),
                ("tags", self.tags),
                ("type_", self.type_),
                ("updated_stamp", self.updated_stamp),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _parse_due_at(data: object) -> datetime.datetime | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        due_at_type_0 = datetime.datetime.fromisoformat(data)

        return due_at_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(datetime.datetime | None | Unset, data)


from ..models.collaborator_object_write import CollaboratorObjectWrite
from ..models.custom_field_value_write import CustomFieldValueWrite
from ..models.email_cc_object import EmailCCObject
from ..models.follower_object import FollowerObject
from ..models.ticket_comment_object_write import TicketCommentObjectWrite
