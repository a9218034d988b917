from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ticket_object_priority import TicketObjectPriority
from ..models.ticket_object_status import TicketObjectStatus
from ..models.ticket_object_type import TicketObjectType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.collaborator_object import CollaboratorObject
    from ..models.ticket_object_comment import TicketObjectComment
    from ..models.ticket_object_custom_fields_item import TicketObjectCustomFieldsItem
    from ..models.ticket_object_email_ccs import TicketObjectEmailCcs
    from ..models.ticket_object_followers import TicketObjectFollowers
    from ..models.ticket_object_metadata import TicketObjectMetadata
    from ..models.ticket_object_requester import TicketObjectRequester
    from ..models.ticket_object_satisfaction_rating import TicketObjectSatisfactionRating
    from ..models.ticket_object_via import TicketObjectVia
    from ..models.ticket_object_voice_comment import TicketObjectVoiceComment


T = TypeVar("T", bound="TicketObject")


@_attrs_define
class TicketObject:
    """
    Example:
        {'assignee_id': 235323, 'collaborator_ids': [35334, 234], 'created_at': '2009-07-20T22:55:29Z', 'custom_fields':
            [{'id': 27642, 'value': '745'}, {'id': 27648, 'value': 'yes'}], 'custom_status_id': 123, 'description': 'The
            fire is very colorful.', 'due_at': None, 'external_id': 'ahg35h3jh', 'follower_ids': [35334, 234],
            'from_messaging_channel': False, 'generated_timestamp': 1304553600, 'group_id': 98738, 'has_incidents': False,
            'id': 35436, 'organization_id': 509974, 'priority': 'high', 'problem_id': 9873764, 'raw_subject':
            '{{dc.printer_on_fire}}', 'recipient': 'support@company.com', 'requester_id': 20978392, 'satisfaction_rating':
            {'comment': 'Great support!', 'id': 1234, 'score': 'good'}, 'sharing_agreement_ids': [84432], 'status': 'open',
            'subject': 'Help, my printer is on fire!', 'submitter_id': 76872, 'tags': ['enterprise', 'other_tag'], 'type':
            'incident', 'updated_at': '2011-05-05T10:38:52Z', 'url':
            'https://company.zendesk.com/api/v2/tickets/35436.json', 'via': {'channel': 'web'}}

    Attributes:
        requester_id (int): The user who requested this ticket
        allow_attachments (bool | Unset): Permission for agents to add add attachments to a comment. Defaults to true
        allow_channelback (bool | Unset): Is false if channelback is disabled, true otherwise. Only applicable for
            channels framework ticket
        assignee_email (str | Unset): Write only. The email address of the agent to assign the ticket to
        assignee_id (int | Unset): The agent currently assigned to the ticket
        attribute_value_ids (list[int] | Unset): Write only. An array of the IDs of attribute values to be associated
            with the ticket
        brand_id (int | Unset): The id of the brand this ticket is associated with. See [Setting up multiple
            brands](https://support.zendesk.com/hc/en-us/articles/4408829476378)
        collaborator_ids (list[int] | Unset): The ids of users currently CC'ed on the ticket
        collaborators (list[CollaboratorObject] | Unset): POST requests only. Users to add as cc's when creating a
            ticket. See [Setting Collaborators](/documentation/ticketing/managing-tickets/creating-and-updating-
            tickets#setting-collaborators)
        comment (TicketObjectComment | Unset): Write only. An object that adds a comment to the ticket. See [Ticket
            comments](/api-reference/ticketing/tickets/ticket_comments/). To include an attachment with the comment, see
            [Attaching files](/documentation/ticketing/managing-tickets/creating-and-updating-tickets/#attaching-files). A
            ticket can contain up to 5000 comments in total, including both public and private comments. Once this limit is
            reached, any additional attempts to add comments results in a 422 error. The ticket can still be updated in
            other ways, provided that no new comments are added.
        created_at (datetime.datetime | Unset): When this record was created
        custom_fields (list[TicketObjectCustomFieldsItem] | Unset): Custom fields for the ticket. See [Setting custom
            field values](/documentation/ticketing/managing-tickets/creating-and-updating-tickets#setting-custom-field-
            values)
        custom_status_id (int | Unset): The custom ticket status id of the ticket. See [custom ticket statuses](#custom-
            ticket-statuses)
        description (str | Unset): Read-only first comment on the ticket. When [creating a ticket](#create-ticket), use
            `comment` to set the description. See [Description and first comment](#description-and-first-comment)
        due_at (datetime.datetime | None | Unset): If this is a ticket of type "task" it has a due date.  Due date
            format uses [ISO 8601](http://en.wikipedia.org/wiki/ISO_8601) format
        email_cc_ids (list[int] | Unset): The ids of agents or end users currently CC'ed on the ticket. Ignored when
            [CCs and followers](https://support.zendesk.com/hc/en-us/articles/360020585233) is not enabled
        email_ccs (TicketObjectEmailCcs | Unset): Write only. An array of objects that represents agent or end users
            email CCs to add or delete from the ticket. See [Setting email CCs](/documentation/ticketing/managing-
            tickets/creating-and-updating-tickets/#setting-email-ccs). Ignored when [CCs and
            followers](https://support.zendesk.com/hc/en-us/articles/360020585233) is not enabled
        external_id (str | Unset): An id you can use to link Zendesk Support tickets to local records
        follower_ids (list[int] | Unset): The ids of agents currently following the ticket. Ignored when [CCs and
            followers](https://support.zendesk.com/hc/en-us/articles/360020585233) is not enabled
        followers (TicketObjectFollowers | Unset): Write only. An array of objects that represents agent followers to
            add or delete from the ticket. See [Setting followers](/documentation/ticketing/managing-tickets/creating-and-
            updating-tickets/#setting-followers). Ignored when [CCs and followers](https://support.zendesk.com/hc/en-
            us/articles/360020585233) is not enabled
        followup_ids (list[int] | Unset): The ids of the followups created from this ticket. Ids are only visible once
            the ticket is closed
        forum_topic_id (int | Unset): The topic in the Zendesk Web portal this ticket originated from, if any. The Web
            portal is deprecated
        from_messaging_channel (bool | Unset): If true, the ticket's [via type](/documentation/ticketing/reference-
            guides/via-object-reference/) is a messaging channel.
        generated_timestamp (int | Unset): A Unix timestamp that represents the most accurate reading of when this
            record was last updated. It is updated for all ticket updates, including system updates
        group_id (int | Unset): The group this ticket is assigned to
        has_incidents (bool | Unset): Is true if a ticket is a problem type and has one or more incidents linked to it.
            Otherwise, the value is false.
        id (int | Unset): Automatically assigned when the ticket is created
        is_public (bool | Unset): Is true if any comments are public, false otherwise
        macro_id (int | Unset): Write only. A macro ID to be recorded in the ticket audit
        macro_ids (list[int] | Unset): POST requests only. List of macro IDs to be recorded in the ticket audit
        metadata (TicketObjectMetadata | Unset): Write only. Metadata for the audit. In the `audit` object, the data is
            specified in the `custom` property of the `metadata` object. See [Setting
            Metadata](/documentation/ticketing/managing-tickets/creating-and-updating-tickets/#setting-metadata)
        organization_id (int | Unset): The organization of the requester. You can only specify the ID of an organization
            associated with the requester. See [Organization Memberships](/api-
            reference/ticketing/organizations/organization_memberships/)
        priority (TicketObjectPriority | Unset): The urgency with which the ticket should be addressed
        problem_id (int | Unset): For tickets of type "incident", the ID of the problem the incident is linked to
        raw_subject (str | Unset): The dynamic content placeholder, if present, or the "subject" value, if not. See
            [Dynamic Content Items](/api-reference/ticketing/ticket-management/dynamic_content/)
        recipient (str | Unset): The original recipient e-mail address of the ticket. Notification emails for the ticket
            are sent from this address
        requester (TicketObjectRequester | Unset): Write only. See [Creating a ticket with a new
            requester](/documentation/ticketing/managing-tickets/creating-and-updating-tickets/#creating-a-ticket-with-a-
            new-requester)
        safe_update (bool | Unset): Write only. Optional boolean. When true and an `update_stamp` date is included,
            protects against ticket update collisions and returns a message to let you know if one occurs. See [Protecting
            against ticket update collisions](/documentation/ticketing/managing-tickets/creating-and-updating-
            tickets/#protecting-against-ticket-update-collisions). A value of false has the same effect as true. Omit the
            property to force the updates to not be safe
        satisfaction_rating (TicketObjectSatisfactionRating | Unset): The satisfaction rating of the ticket, if it
            exists, or the state of satisfaction, "offered" or "unoffered". The value is null for plan types that don't
            support CSAT
        sharing_agreement_ids (list[int] | Unset): The ids of the sharing agreements used for this ticket
        status (TicketObjectStatus | Unset): The state of the ticket.

            If your account has activated custom ticket statuses, this is the ticket's
            status category. See [custom ticket statuses](#custom-ticket-statuses)
        subject (str | Unset): The value of the subject field for this ticket. See [Subject](/api-
            reference/ticketing/tickets/tickets/#subject)
        submitter_id (int | Unset): The user who submitted the ticket. The submitter always becomes the author of the
            first comment on the ticket
        tags (list[str] | Unset): The array of tags applied to this ticket. Unless otherwise specified, the [set
            tag](/api-reference/ticketing/ticket-management/tags/#set-tags) behavior is used, which overwrites and replaces
            existing tags
        ticket_form_id (int | Unset): Enterprise only. The id of the ticket form to render for the ticket
        type_ (TicketObjectType | Unset): The type of this ticket
        updated_at (datetime.datetime | Unset): When this record last got updated. It is updated only if the update
            generates a [ticket event](#incremental-ticket-event-export)
        updated_stamp (str | Unset): Write only. Datetime of last update received from API. See the `safe_update`
            property
        url (str | Unset): The API url of this ticket
        via (TicketObjectVia | Unset): For more information, see the [Via object
            reference](/documentation/ticketing/reference-guides/via-object-reference)
        via_followup_source_id (int | Unset): POST requests only. The id of a closed ticket when creating a follow-up
            ticket. See [Creating a follow-up ticket](/documentation/ticketing/managing-tickets/creating-and-updating-
            tickets#creating-a-follow-up-ticket)
        via_id (int | Unset): Write only. For more information, see the [Via object
            reference](/documentation/ticketing/reference-guides/via-object-reference/)
        voice_comment (TicketObjectVoiceComment | Unset): Write only. See [Creating voicemail ticket](/api-
            reference/voice/talk-partner-edition-api/reference/#creating-voicemail-tickets)
    """

    requester_id: int
    allow_attachments: bool | Unset = UNSET
    allow_channelback: bool | Unset = UNSET
    assignee_email: str | Unset = UNSET
    assignee_id: int | Unset = UNSET
    attribute_value_ids: list[int] | Unset = UNSET
    brand_id: int | Unset = UNSET
    collaborator_ids: list[int] | Unset = UNSET
    collaborators: list[CollaboratorObject] | Unset = UNSET
    comment: TicketObjectComment | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    custom_fields: list[TicketObjectCustomFieldsItem] | Unset = UNSET
    custom_status_id: int | Unset = UNSET
    description: str | Unset = UNSET
    due_at: datetime.datetime | None | Unset = UNSET
    email_cc_ids: list[int] | Unset = UNSET
    email_ccs: TicketObjectEmailCcs | Unset = UNSET
    external_id: str | Unset = UNSET
    follower_ids: list[int] | Unset = UNSET
    followers: TicketObjectFollowers | Unset = UNSET
    followup_ids: list[int] | Unset = UNSET
    forum_topic_id: int | Unset = UNSET
    from_messaging_channel: bool | Unset = UNSET
    generated_timestamp: int | Unset = UNSET
    group_id: int | Unset = UNSET
    has_incidents: bool | Unset = UNSET
    id: int | Unset = UNSET
    is_public: bool | Unset = UNSET
    macro_id: int | Unset = UNSET
    macro_ids: list[int] | Unset = UNSET
    metadata: TicketObjectMetadata | Unset = UNSET
    organization_id: int | Unset = UNSET
    priority: TicketObjectPriority | Unset = UNSET
    problem_id: int | Unset = UNSET
    raw_subject: str | Unset = UNSET
    recipient: str | Unset = UNSET
    requester: TicketObjectRequester | Unset = UNSET
    safe_update: bool | Unset = UNSET
    satisfaction_rating: TicketObjectSatisfactionRating | Unset = UNSET
    sharing_agreement_ids: list[int] | Unset = UNSET
    status: TicketObjectStatus | Unset = UNSET
    subject: str | Unset = UNSET
    submitter_id: int | Unset = UNSET
    tags: list[str] | Unset = UNSET
    ticket_form_id: int | Unset = UNSET
    type_: TicketObjectType | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    updated_stamp: str | Unset = UNSET
    url: str | Unset = UNSET
    via: TicketObjectVia | Unset = UNSET
    via_followup_source_id: int | Unset = UNSET
    via_id: int | Unset = UNSET
    voice_comment: TicketObjectVoiceComment | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        requester_id = self.requester_id

        allow_attachments = self.allow_attachments

        allow_channelback = self.allow_channelback

        assignee_email = self.assignee_email

        assignee_id = self.assignee_id

        attribute_value_ids: list[int] | Unset = UNSET
        if not isinstance(self.attribute_value_ids, Unset):
            attribute_value_ids = self.attribute_value_ids

        brand_id = self.brand_id

        collaborator_ids: list[int] | Unset = UNSET
        if not isinstance(self.collaborator_ids, Unset):
            collaborator_ids = self.collaborator_ids

        collaborators: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.collaborators, Unset):
            collaborators = []
            for collaborators_item_data in self.collaborators:
                collaborators_item = collaborators_item_data.to_dict()
                collaborators.append(collaborators_item)

        comment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.comment, Unset):
            comment = self.comment.to_dict()

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        custom_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = []
            for custom_fields_item_data in self.custom_fields:
                custom_fields_item = custom_fields_item_data.to_dict()
                custom_fields.append(custom_fields_item)

        custom_status_id = self.custom_status_id

        description = self.description

        due_at: None | str | Unset
        if isinstance(self.due_at, Unset):
            due_at = UNSET
        elif isinstance(self.due_at, datetime.datetime):
            due_at = self.due_at.isoformat()
        else:
            due_at = self.due_at

        email_cc_ids: list[int] | Unset = UNSET
        if not isinstance(self.email_cc_ids, Unset):
            email_cc_ids = self.email_cc_ids

        email_ccs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.email_ccs, Unset):
            email_ccs = self.email_ccs.to_dict()

        external_id = self.external_id

        follower_ids: list[int] | Unset = UNSET
        if not isinstance(self.follower_ids, Unset):
            follower_ids = self.follower_ids

        followers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.followers, Unset):
            followers = self.followers.to_dict()

        followup_ids: list[int] | Unset = UNSET
        if not isinstance(self.followup_ids, Unset):
            followup_ids = self.followup_ids

        forum_topic_id = self.forum_topic_id

        from_messaging_channel = self.from_messaging_channel

        generated_timestamp = self.generated_timestamp

        group_id = self.group_id

        has_incidents = self.has_incidents

        id = self.id

        is_public = self.is_public

        macro_id = self.macro_id

        macro_ids: list[int] | Unset = UNSET
        if not isinstance(self.macro_ids, Unset):
            macro_ids = self.macro_ids

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        organization_id = self.organization_id

        priority: str | Unset = UNSET
        if not isinstance(self.priority, Unset):
            priority = self.priority.value

        problem_id = self.problem_id

        raw_subject = self.raw_subject

        recipient = self.recipient

        requester: dict[str, Any] | Unset = UNSET
        if not isinstance(self.requester, Unset):
            requester = self.requester.to_dict()

        safe_update = self.safe_update

        satisfaction_rating: dict[str, Any] | Unset = UNSET
        if not isinstance(self.satisfaction_rating, Unset):
            satisfaction_rating = self.satisfaction_rating.to_dict()

        sharing_agreement_ids: list[int] | Unset = UNSET
        if not isinstance(self.sharing_agreement_ids, Unset):
            sharing_agreement_ids = self.sharing_agreement_ids

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        subject = self.subject

        submitter_id = self.submitter_id

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        ticket_form_id = self.ticket_form_id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        updated_stamp = self.updated_stamp

        url = self.url

        via: dict[str, Any] | Unset = UNSET
        if not isinstance(self.via, Unset):
            via = self.via.to_dict()

        via_followup_source_id = self.via_followup_source_id

        via_id = self.via_id

        voice_comment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.voice_comment, Unset):
            voice_comment = self.voice_comment.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "requester_id": requester_id,
            }
        )
        if allow_attachments is not UNSET:
            field_dict["allow_attachments"] = allow_attachments
        if allow_channelback is not UNSET:
            field_dict["allow_channelback"] = allow_channelback
        if assignee_email is not UNSET:
            field_dict["assignee_email"] = assignee_email
        if assignee_id is not UNSET:
            field_dict["assignee_id"] = assignee_id
        if attribute_value_ids is not UNSET:
            field_dict["attribute_value_ids"] = attribute_value_ids
        if brand_id is not UNSET:
            field_dict["brand_id"] = brand_id
        if collaborator_ids is not UNSET:
            field_dict["collaborator_ids"] = collaborator_ids
        if collaborators is not UNSET:
            field_dict["collaborators"] = collaborators
        if comment is not UNSET:
            field_dict["comment"] = comment
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if custom_status_id is not UNSET:
            field_dict["custom_status_id"] = custom_status_id
        if description is not UNSET:
            field_dict["description"] = description
        if due_at is not UNSET:
            field_dict["due_at"] = due_at
        if email_cc_ids is not UNSET:
            field_dict["email_cc_ids"] = email_cc_ids
        if email_ccs is not UNSET:
            field_dict["email_ccs"] = email_ccs
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if follower_ids is not UNSET:
            field_dict["follower_ids"] = follower_ids
        if followers is not UNSET:
            field_dict["followers"] = followers
        if followup_ids is not UNSET:
            field_dict["followup_ids"] = followup_ids
        if forum_topic_id is not UNSET:
            field_dict["forum_topic_id"] = forum_topic_id
        if from_messaging_channel is not UNSET:
            field_dict["from_messaging_channel"] = from_messaging_channel
        if generated_timestamp is not UNSET:
            field_dict["generated_timestamp"] = generated_timestamp
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if has_incidents is not UNSET:
            field_dict["has_incidents"] = has_incidents
        if id is not UNSET:
            field_dict["id"] = id
        if is_public is not UNSET:
            field_dict["is_public"] = is_public
        if macro_id is not UNSET:
            field_dict["macro_id"] = macro_id
        if macro_ids is not UNSET:
            field_dict["macro_ids"] = macro_ids
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if priority is not UNSET:
            field_dict["priority"] = priority
        if problem_id is not UNSET:
            field_dict["problem_id"] = problem_id
        if raw_subject is not UNSET:
            field_dict["raw_subject"] = raw_subject
        if recipient is not UNSET:
            field_dict["recipient"] = recipient
        if requester is not UNSET:
            field_dict["requester"] = requester
        if safe_update is not UNSET:
            field_dict["safe_update"] = safe_update
        if satisfaction_rating is not UNSET:
            field_dict["satisfaction_rating"] = satisfaction_rating
        if sharing_agreement_ids is not UNSET:
            field_dict["sharing_agreement_ids"] = sharing_agreement_ids
        if status is not UNSET:
            field_dict["status"] = status
        if subject is not UNSET:
            field_dict["subject"] = subject
        if submitter_id is not UNSET:
            field_dict["submitter_id"] = submitter_id
        if tags is not UNSET:
            field_dict["tags"] = tags
        if ticket_form_id is not UNSET:
            field_dict["ticket_form_id"] = ticket_form_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if updated_stamp is not UNSET:
            field_dict["updated_stamp"] = updated_stamp
        if url is not UNSET:
            field_dict["url"] = url
        if via is not UNSET:
            field_dict["via"] = via
        if via_followup_source_id is not UNSET:
            field_dict["via_followup_source_id"] = via_followup_source_id
        if via_id is not UNSET:
            field_dict["via_id"] = via_id
        if voice_comment is not UNSET:
            field_dict["voice_comment"] = voice_comment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.collaborator_object import CollaboratorObject  # noqa: PLC0415
        from ..models.ticket_object_comment import TicketObjectComment  # noqa: PLC0415
        from ..models.ticket_object_custom_fields_item import (
            TicketObjectCustomFieldsItem,  # noqa: PLC0415
        )
        from ..models.ticket_object_email_ccs import TicketObjectEmailCcs  # noqa: PLC0415
        from ..models.ticket_object_followers import TicketObjectFollowers  # noqa: PLC0415
        from ..models.ticket_object_metadata import TicketObjectMetadata  # noqa: PLC0415
        from ..models.ticket_object_requester import TicketObjectRequester  # noqa: PLC0415
        from ..models.ticket_object_satisfaction_rating import (
            TicketObjectSatisfactionRating,  # noqa: PLC0415
        )
        from ..models.ticket_object_via import TicketObjectVia  # noqa: PLC0415
        from ..models.ticket_object_voice_comment import TicketObjectVoiceComment  # noqa: PLC0415

        d = dict(src_dict)
        requester_id = d.pop("requester_id")

        allow_attachments = d.pop("allow_attachments", UNSET)

        allow_channelback = d.pop("allow_channelback", UNSET)

        assignee_email = d.pop("assignee_email", UNSET)

        assignee_id = d.pop("assignee_id", UNSET)

        attribute_value_ids = cast(list[int], d.pop("attribute_value_ids", UNSET))

        brand_id = d.pop("brand_id", UNSET)

        collaborator_ids = cast(list[int], d.pop("collaborator_ids", UNSET))

        _collaborators = d.pop("collaborators", UNSET)
        collaborators: list[CollaboratorObject] | Unset = UNSET
        if _collaborators is not UNSET:
            collaborators = []
            for collaborators_item_data in _collaborators:
                collaborators_item = CollaboratorObject.from_dict(collaborators_item_data)

                collaborators.append(collaborators_item)

        _comment = d.pop("comment", UNSET)
        comment: TicketObjectComment | Unset
        if isinstance(_comment, Unset):
            comment = UNSET
        else:
            comment = TicketObjectComment.from_dict(_comment)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _custom_fields = d.pop("custom_fields", UNSET)
        custom_fields: list[TicketObjectCustomFieldsItem] | Unset = UNSET
        if _custom_fields is not UNSET:
            custom_fields = []
            for custom_fields_item_data in _custom_fields:
                custom_fields_item = TicketObjectCustomFieldsItem.from_dict(custom_fields_item_data)

                custom_fields.append(custom_fields_item)

        custom_status_id = d.pop("custom_status_id", UNSET)

        description = d.pop("description", UNSET)

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

        due_at = _parse_due_at(d.pop("due_at", UNSET))

        email_cc_ids = cast(list[int], d.pop("email_cc_ids", UNSET))

        _email_ccs = d.pop("email_ccs", UNSET)
        email_ccs: TicketObjectEmailCcs | Unset
        if isinstance(_email_ccs, Unset):
            email_ccs = UNSET
        else:
            email_ccs = TicketObjectEmailCcs.from_dict(_email_ccs)

        external_id = d.pop("external_id", UNSET)

        follower_ids = cast(list[int], d.pop("follower_ids", UNSET))

        _followers = d.pop("followers", UNSET)
        followers: TicketObjectFollowers | Unset
        if isinstance(_followers, Unset):
            followers = UNSET
        else:
            followers = TicketObjectFollowers.from_dict(_followers)

        followup_ids = cast(list[int], d.pop("followup_ids", UNSET))

        forum_topic_id = d.pop("forum_topic_id", UNSET)

        from_messaging_channel = d.pop("from_messaging_channel", UNSET)

        generated_timestamp = d.pop("generated_timestamp", UNSET)

        group_id = d.pop("group_id", UNSET)

        has_incidents = d.pop("has_incidents", UNSET)

        id = d.pop("id", UNSET)

        is_public = d.pop("is_public", UNSET)

        macro_id = d.pop("macro_id", UNSET)

        macro_ids = cast(list[int], d.pop("macro_ids", UNSET))

        _metadata = d.pop("metadata", UNSET)
        metadata: TicketObjectMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = TicketObjectMetadata.from_dict(_metadata)

        organization_id = d.pop("organization_id", UNSET)

        _priority = d.pop("priority", UNSET)
        priority: TicketObjectPriority | Unset
        if isinstance(_priority, Unset):
            priority = UNSET
        else:
            priority = TicketObjectPriority(_priority)

        problem_id = d.pop("problem_id", UNSET)

        raw_subject = d.pop("raw_subject", UNSET)

        recipient = d.pop("recipient", UNSET)

        _requester = d.pop("requester", UNSET)
        requester: TicketObjectRequester | Unset
        if isinstance(_requester, Unset):
            requester = UNSET
        else:
            requester = TicketObjectRequester.from_dict(_requester)

        safe_update = d.pop("safe_update", UNSET)

        _satisfaction_rating = d.pop("satisfaction_rating", UNSET)
        satisfaction_rating: TicketObjectSatisfactionRating | Unset
        if isinstance(_satisfaction_rating, Unset):
            satisfaction_rating = UNSET
        else:
            satisfaction_rating = TicketObjectSatisfactionRating.from_dict(_satisfaction_rating)

        sharing_agreement_ids = cast(list[int], d.pop("sharing_agreement_ids", UNSET))

        _status = d.pop("status", UNSET)
        status: TicketObjectStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = TicketObjectStatus(_status)

        subject = d.pop("subject", UNSET)

        submitter_id = d.pop("submitter_id", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        ticket_form_id = d.pop("ticket_form_id", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: TicketObjectType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = TicketObjectType(_type_)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        updated_stamp = d.pop("updated_stamp", UNSET)

        url = d.pop("url", UNSET)

        _via = d.pop("via", UNSET)
        via: TicketObjectVia | Unset
        if isinstance(_via, Unset):
            via = UNSET
        else:
            via = TicketObjectVia.from_dict(_via)

        via_followup_source_id = d.pop("via_followup_source_id", UNSET)

        via_id = d.pop("via_id", UNSET)

        _voice_comment = d.pop("voice_comment", UNSET)
        voice_comment: TicketObjectVoiceComment | Unset
        if isinstance(_voice_comment, Unset):
            voice_comment = UNSET
        else:
            voice_comment = TicketObjectVoiceComment.from_dict(_voice_comment)

        ticket_object = cls(
            requester_id=requester_id,
            allow_attachments=allow_attachments,
            allow_channelback=allow_channelback,
            assignee_email=assignee_email,
            assignee_id=assignee_id,
            attribute_value_ids=attribute_value_ids,
            brand_id=brand_id,
            collaborator_ids=collaborator_ids,
            collaborators=collaborators,
            comment=comment,
            created_at=created_at,
            custom_fields=custom_fields,
            custom_status_id=custom_status_id,
            description=description,
            due_at=due_at,
            email_cc_ids=email_cc_ids,
            email_ccs=email_ccs,
            external_id=external_id,
            follower_ids=follower_ids,
            followers=followers,
            followup_ids=followup_ids,
            forum_topic_id=forum_topic_id,
            from_messaging_channel=from_messaging_channel,
            generated_timestamp=generated_timestamp,
            group_id=group_id,
            has_incidents=has_incidents,
            id=id,
            is_public=is_public,
            macro_id=macro_id,
            macro_ids=macro_ids,
            metadata=metadata,
            organization_id=organization_id,
            priority=priority,
            problem_id=problem_id,
            raw_subject=raw_subject,
            recipient=recipient,
            requester=requester,
            safe_update=safe_update,
            satisfaction_rating=satisfaction_rating,
            sharing_agreement_ids=sharing_agreement_ids,
            status=status,
            subject=subject,
            submitter_id=submitter_id,
            tags=tags,
            ticket_form_id=ticket_form_id,
            type_=type_,
            updated_at=updated_at,
            updated_stamp=updated_stamp,
            url=url,
            via=via,
            via_followup_source_id=via_followup_source_id,
            via_id=via_id,
            voice_comment=voice_comment,
        )

        ticket_object.additional_properties = d
        return ticket_object

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
