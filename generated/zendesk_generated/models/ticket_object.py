from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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
        allow_attachments (bool | None | Unset): Permission for agents to add add attachments to a comment. Defaults to
            true
        allow_channelback (bool | None | Unset): Is false if channelback is disabled, true otherwise. Only applicable
            for channels framework ticket
        assignee_email (None | str | Unset): Write only. The email address of the agent to assign the ticket to
        assignee_id (int | None | Unset): The agent currently assigned to the ticket
        attribute_value_ids (list[int] | None | Unset): Write only. An array of the IDs of attribute values to be
            associated with the ticket
        brand_id (int | None | Unset): The id of the brand this ticket is associated with. See [Setting up multiple
            brands](https://support.zendesk.com/hc/en-us/articles/4408829476378)
        collaborator_ids (list[int] | None | Unset): The ids of users currently CC'ed on the ticket
        collaborators (list[CollaboratorObject] | None | Unset): POST requests only. Users to add as cc's when creating
            a ticket. See [Setting Collaborators](/documentation/ticketing/managing-tickets/creating-and-updating-
            tickets#setting-collaborators)
        comment (None | TicketObjectCommentType0 | Unset): Write only. An object that adds a comment to the ticket. See
            [Ticket comments](/api-reference/ticketing/tickets/ticket_comments/). To include an attachment with the comment,
            see [Attaching files](/documentation/ticketing/managing-tickets/creating-and-updating-tickets/#attaching-files).
            A ticket can contain up to 5000 comments in total, including both public and private comments. Once this limit
            is reached, any additional attempts to add comments results in a 422 error. The ticket can still be updated in
            other ways, provided that no new comments are added.
        created_at (datetime.datetime | None | Unset): When this record was created
        custom_fields (list[CustomFieldValue] | None | Unset): Custom fields for the ticket. See [Setting custom field
            values](/documentation/ticketing/managing-tickets/creating-and-updating-tickets#setting-custom-field-values)
        custom_status_id (int | None | Unset): The custom ticket status id of the ticket. See [custom ticket
            statuses](#custom-ticket-statuses)
        description (None | str | Unset): Read-only first comment on the ticket. When [creating a ticket](#create-
            ticket), use `comment` to set the description. See [Description and first comment](#description-and-first-
            comment)
        due_at (datetime.datetime | None | Unset): If this is a ticket of type "task" it has a due date.  Due date
            format uses [ISO 8601](http://en.wikipedia.org/wiki/ISO_8601) format
        email_cc_ids (list[int] | None | Unset): The ids of agents or end users currently CC'ed on the ticket. Ignored
            when [CCs and followers](https://support.zendesk.com/hc/en-us/articles/360020585233) is not enabled
        email_ccs (None | TicketObjectEmailCcsType0 | Unset): Write only. An array of objects that represents agent or
            end users email CCs to add or delete from the ticket. See [Setting email CCs](/documentation/ticketing/managing-
            tickets/creating-and-updating-tickets/#setting-email-ccs). Ignored when [CCs and
            followers](https://support.zendesk.com/hc/en-us/articles/360020585233) is not enabled
        external_id (None | str | Unset): An id you can use to link Zendesk Support tickets to local records
        follower_ids (list[int] | None | Unset): The ids of agents currently following the ticket. Ignored when [CCs and
            followers](https://support.zendesk.com/hc/en-us/articles/360020585233) is not enabled
        followers (None | TicketObjectFollowersType0 | Unset): Write only. An array of objects that represents agent
            followers to add or delete from the ticket. See [Setting followers](/documentation/ticketing/managing-
            tickets/creating-and-updating-tickets/#setting-followers). Ignored when [CCs and
            followers](https://support.zendesk.com/hc/en-us/articles/360020585233) is not enabled
        followup_ids (list[int] | None | Unset): The ids of the followups created from this ticket. Ids are only visible
            once the ticket is closed
        forum_topic_id (int | None | Unset): The topic in the Zendesk Web portal this ticket originated from, if any.
            The Web portal is deprecated
        from_messaging_channel (bool | None | Unset): If true, the ticket's [via
            type](/documentation/ticketing/reference-guides/via-object-reference/) is a messaging channel.
        generated_timestamp (int | None | Unset): A Unix timestamp that represents the most accurate reading of when
            this record was last updated. It is updated for all ticket updates, including system updates
        group_id (int | None | Unset): The group this ticket is assigned to
        has_incidents (bool | None | Unset): Is true if a ticket is a problem type and has one or more incidents linked
            to it. Otherwise, the value is false.
        id (int | None | Unset): Automatically assigned when the ticket is created
        is_public (bool | None | Unset): Is true if any comments are public, false otherwise
        macro_id (int | None | Unset): Write only. A macro ID to be recorded in the ticket audit
        macro_ids (list[int] | None | Unset): POST requests only. List of macro IDs to be recorded in the ticket audit
        metadata (None | TicketObjectMetadataType0 | Unset): Write only. Metadata for the audit. In the `audit` object,
            the data is specified in the `custom` property of the `metadata` object. See [Setting
            Metadata](/documentation/ticketing/managing-tickets/creating-and-updating-tickets/#setting-metadata)
        organization_id (int | None | Unset): The organization of the requester. You can only specify the ID of an
            organization associated with the requester. See [Organization Memberships](/api-
            reference/ticketing/organizations/organization_memberships/)
        priority (None | str | Unset): The urgency with which the ticket should be addressed

            Known values (others may appear): urgent, high, normal, low
        problem_id (int | None | Unset): For tickets of type "incident", the ID of the problem the incident is linked to
        raw_subject (None | str | Unset): The dynamic content placeholder, if present, or the "subject" value, if not.
            See [Dynamic Content Items](/api-reference/ticketing/ticket-management/dynamic_content/)
        recipient (None | str | Unset): The original recipient e-mail address of the ticket. Notification emails for the
            ticket are sent from this address
        requester (None | TicketObjectRequesterType0 | Unset): Write only. See [Creating a ticket with a new
            requester](/documentation/ticketing/managing-tickets/creating-and-updating-tickets/#creating-a-ticket-with-a-
            new-requester)
        requester_id (int | None | Unset): The user who requested this ticket
        safe_update (bool | None | Unset): Write only. Optional boolean. When true and an `update_stamp` date is
            included, protects against ticket update collisions and returns a message to let you know if one occurs. See
            [Protecting against ticket update collisions](/documentation/ticketing/managing-tickets/creating-and-updating-
            tickets/#protecting-against-ticket-update-collisions). A value of false has the same effect as true. Omit the
            property to force the updates to not be safe
        satisfaction_rating (None | TicketObjectSatisfactionRatingType0 | Unset): The satisfaction rating of the ticket,
            if it exists, or the state of satisfaction, "offered" or "unoffered". The value is null for plan types that
            don't support CSAT
        sharing_agreement_ids (list[int] | None | Unset): The ids of the sharing agreements used for this ticket
        status (None | str | Unset): The state of the ticket.

            If your account has activated custom ticket statuses, this is the ticket's
            status category. See [custom ticket statuses](#custom-ticket-statuses)

            Known values (others may appear): new, open, pending, hold, solved, closed
        subject (None | str | Unset): The value of the subject field for this ticket. See [Subject](/api-
            reference/ticketing/tickets/tickets/#subject)
        submitter_id (int | None | Unset): The user who submitted the ticket. The submitter always becomes the author of
            the first comment on the ticket
        tags (list[str] | None | Unset): The array of tags applied to this ticket. Unless otherwise specified, the [set
            tag](/api-reference/ticketing/ticket-management/tags/#set-tags) behavior is used, which overwrites and replaces
            existing tags
        ticket_form_id (int | None | Unset): Enterprise only. The id of the ticket form to render for the ticket
        type_ (None | str | Unset): The type of this ticket

            Known values (others may appear): problem, incident, question, task
        updated_at (datetime.datetime | None | Unset): When this record last got updated. It is updated only if the
            update generates a [ticket event](#incremental-ticket-event-export)
        updated_stamp (None | str | Unset): Write only. Datetime of last update received from API. See the `safe_update`
            property
        url (None | str | Unset): The API url of this ticket
        via (None | TicketObjectViaType0 | Unset): For more information, see the [Via object
            reference](/documentation/ticketing/reference-guides/via-object-reference)
        via_followup_source_id (int | None | Unset): POST requests only. The id of a closed ticket when creating a
            follow-up ticket. See [Creating a follow-up ticket](/documentation/ticketing/managing-tickets/creating-and-
            updating-tickets#creating-a-follow-up-ticket)
        via_id (int | None | Unset): Write only. For more information, see the [Via object
            reference](/documentation/ticketing/reference-guides/via-object-reference/)
        voice_comment (None | TicketObjectVoiceCommentType0 | Unset): Write only. See [Creating voicemail ticket](/api-
            reference/voice/talk-partner-edition-api/reference/#creating-voicemail-tickets)
        fields (list[CustomFieldValue] | None | Unset): Legacy alias of custom_fields (same values), sent on reads
    """

    allow_attachments: bool | None | Unset = UNSET
    allow_channelback: bool | None | Unset = UNSET
    assignee_email: None | str | Unset = UNSET
    assignee_id: int | None | Unset = UNSET
    attribute_value_ids: list[int] | None | Unset = UNSET
    brand_id: int | None | Unset = UNSET
    collaborator_ids: list[int] | None | Unset = UNSET
    collaborators: list[CollaboratorObject] | None | Unset = UNSET
    comment: None | TicketObjectCommentType0 | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    custom_fields: list[CustomFieldValue] | None | Unset = UNSET
    custom_status_id: int | None | Unset = UNSET
    description: None | str | Unset = UNSET
    due_at: datetime.datetime | None | Unset = UNSET
    email_cc_ids: list[int] | None | Unset = UNSET
    email_ccs: None | TicketObjectEmailCcsType0 | Unset = UNSET
    external_id: None | str | Unset = UNSET
    follower_ids: list[int] | None | Unset = UNSET
    followers: None | TicketObjectFollowersType0 | Unset = UNSET
    followup_ids: list[int] | None | Unset = UNSET
    forum_topic_id: int | None | Unset = UNSET
    from_messaging_channel: bool | None | Unset = UNSET
    generated_timestamp: int | None | Unset = UNSET
    group_id: int | None | Unset = UNSET
    has_incidents: bool | None | Unset = UNSET
    id: int | None | Unset = UNSET
    is_public: bool | None | Unset = UNSET
    macro_id: int | None | Unset = UNSET
    macro_ids: list[int] | None | Unset = UNSET
    metadata: None | TicketObjectMetadataType0 | Unset = UNSET
    organization_id: int | None | Unset = UNSET
    priority: None | str | Unset = UNSET
    problem_id: int | None | Unset = UNSET
    raw_subject: None | str | Unset = UNSET
    recipient: None | str | Unset = UNSET
    requester: None | TicketObjectRequesterType0 | Unset = UNSET
    requester_id: int | None | Unset = UNSET
    safe_update: bool | None | Unset = UNSET
    satisfaction_rating: None | TicketObjectSatisfactionRatingType0 | Unset = UNSET
    sharing_agreement_ids: list[int] | None | Unset = UNSET
    status: None | str | Unset = UNSET
    subject: None | str | Unset = UNSET
    submitter_id: int | None | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    ticket_form_id: int | None | Unset = UNSET
    type_: None | str | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    updated_stamp: None | str | Unset = UNSET
    url: None | str | Unset = UNSET
    via: None | TicketObjectViaType0 | Unset = UNSET
    via_followup_source_id: int | None | Unset = UNSET
    via_id: int | None | Unset = UNSET
    voice_comment: None | TicketObjectVoiceCommentType0 | Unset = UNSET
    fields: list[CustomFieldValue] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allow_attachments: bool | None | Unset
        if isinstance(self.allow_attachments, Unset):
            allow_attachments = UNSET
        else:
            allow_attachments = self.allow_attachments

        allow_channelback: bool | None | Unset
        if isinstance(self.allow_channelback, Unset):
            allow_channelback = UNSET
        else:
            allow_channelback = self.allow_channelback

        assignee_email: None | str | Unset
        if isinstance(self.assignee_email, Unset):
            assignee_email = UNSET
        else:
            assignee_email = self.assignee_email

        assignee_id: int | None | Unset
        if isinstance(self.assignee_id, Unset):
            assignee_id = UNSET
        else:
            assignee_id = self.assignee_id

        attribute_value_ids: list[int] | None | Unset
        if isinstance(self.attribute_value_ids, Unset):
            attribute_value_ids = UNSET
        elif isinstance(self.attribute_value_ids, list):
            attribute_value_ids = self.attribute_value_ids

        else:
            attribute_value_ids = self.attribute_value_ids

        brand_id: int | None | Unset
        if isinstance(self.brand_id, Unset):
            brand_id = UNSET
        else:
            brand_id = self.brand_id

        collaborator_ids: list[int] | None | Unset
        if isinstance(self.collaborator_ids, Unset):
            collaborator_ids = UNSET
        elif isinstance(self.collaborator_ids, list):
            collaborator_ids = self.collaborator_ids

        else:
            collaborator_ids = self.collaborator_ids

        collaborators: list[dict[str, Any]] | None | Unset
        if isinstance(self.collaborators, Unset):
            collaborators = UNSET
        elif isinstance(self.collaborators, list):
            collaborators = []
            for collaborators_type_0_item_data in self.collaborators:
                collaborators_type_0_item = collaborators_type_0_item_data.to_dict()
                collaborators.append(collaborators_type_0_item)

        else:
            collaborators = self.collaborators

        comment: dict[str, Any] | None | Unset
        if isinstance(self.comment, Unset):
            comment = UNSET
        elif isinstance(self.comment, TicketObjectCommentType0):
            comment = self.comment.to_dict()
        else:
            comment = self.comment

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        custom_fields: list[dict[str, Any]] | None | Unset
        if isinstance(self.custom_fields, Unset):
            custom_fields = UNSET
        elif isinstance(self.custom_fields, list):
            custom_fields = []
            for custom_fields_type_0_item_data in self.custom_fields:
                custom_fields_type_0_item = custom_fields_type_0_item_data.to_dict()
                custom_fields.append(custom_fields_type_0_item)

        else:
            custom_fields = self.custom_fields

        custom_status_id: int | None | Unset
        if isinstance(self.custom_status_id, Unset):
            custom_status_id = UNSET
        else:
            custom_status_id = self.custom_status_id

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        due_at: None | str | Unset
        if isinstance(self.due_at, Unset):
            due_at = UNSET
        elif isinstance(self.due_at, datetime.datetime):
            due_at = self.due_at.isoformat()
        else:
            due_at = self.due_at

        email_cc_ids: list[int] | None | Unset
        if isinstance(self.email_cc_ids, Unset):
            email_cc_ids = UNSET
        elif isinstance(self.email_cc_ids, list):
            email_cc_ids = self.email_cc_ids

        else:
            email_cc_ids = self.email_cc_ids

        email_ccs: dict[str, Any] | None | Unset
        if isinstance(self.email_ccs, Unset):
            email_ccs = UNSET
        elif isinstance(self.email_ccs, TicketObjectEmailCcsType0):
            email_ccs = self.email_ccs.to_dict()
        else:
            email_ccs = self.email_ccs

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        follower_ids: list[int] | None | Unset
        if isinstance(self.follower_ids, Unset):
            follower_ids = UNSET
        elif isinstance(self.follower_ids, list):
            follower_ids = self.follower_ids

        else:
            follower_ids = self.follower_ids

        followers: dict[str, Any] | None | Unset
        if isinstance(self.followers, Unset):
            followers = UNSET
        elif isinstance(self.followers, TicketObjectFollowersType0):
            followers = self.followers.to_dict()
        else:
            followers = self.followers

        followup_ids: list[int] | None | Unset
        if isinstance(self.followup_ids, Unset):
            followup_ids = UNSET
        elif isinstance(self.followup_ids, list):
            followup_ids = self.followup_ids

        else:
            followup_ids = self.followup_ids

        forum_topic_id: int | None | Unset
        if isinstance(self.forum_topic_id, Unset):
            forum_topic_id = UNSET
        else:
            forum_topic_id = self.forum_topic_id

        from_messaging_channel: bool | None | Unset
        if isinstance(self.from_messaging_channel, Unset):
            from_messaging_channel = UNSET
        else:
            from_messaging_channel = self.from_messaging_channel

        generated_timestamp: int | None | Unset
        if isinstance(self.generated_timestamp, Unset):
            generated_timestamp = UNSET
        else:
            generated_timestamp = self.generated_timestamp

        group_id: int | None | Unset
        if isinstance(self.group_id, Unset):
            group_id = UNSET
        else:
            group_id = self.group_id

        has_incidents: bool | None | Unset
        if isinstance(self.has_incidents, Unset):
            has_incidents = UNSET
        else:
            has_incidents = self.has_incidents

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        is_public: bool | None | Unset
        if isinstance(self.is_public, Unset):
            is_public = UNSET
        else:
            is_public = self.is_public

        macro_id: int | None | Unset
        if isinstance(self.macro_id, Unset):
            macro_id = UNSET
        else:
            macro_id = self.macro_id

        macro_ids: list[int] | None | Unset
        if isinstance(self.macro_ids, Unset):
            macro_ids = UNSET
        elif isinstance(self.macro_ids, list):
            macro_ids = self.macro_ids

        else:
            macro_ids = self.macro_ids

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, TicketObjectMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        organization_id: int | None | Unset
        if isinstance(self.organization_id, Unset):
            organization_id = UNSET
        else:
            organization_id = self.organization_id

        priority: None | str | Unset
        if isinstance(self.priority, Unset):
            priority = UNSET
        else:
            priority = self.priority

        problem_id: int | None | Unset
        if isinstance(self.problem_id, Unset):
            problem_id = UNSET
        else:
            problem_id = self.problem_id

        raw_subject: None | str | Unset
        if isinstance(self.raw_subject, Unset):
            raw_subject = UNSET
        else:
            raw_subject = self.raw_subject

        recipient: None | str | Unset
        if isinstance(self.recipient, Unset):
            recipient = UNSET
        else:
            recipient = self.recipient

        requester: dict[str, Any] | None | Unset
        if isinstance(self.requester, Unset):
            requester = UNSET
        elif isinstance(self.requester, TicketObjectRequesterType0):
            requester = self.requester.to_dict()
        else:
            requester = self.requester

        requester_id: int | None | Unset
        if isinstance(self.requester_id, Unset):
            requester_id = UNSET
        else:
            requester_id = self.requester_id

        safe_update: bool | None | Unset
        if isinstance(self.safe_update, Unset):
            safe_update = UNSET
        else:
            safe_update = self.safe_update

        satisfaction_rating: dict[str, Any] | None | Unset
        if isinstance(self.satisfaction_rating, Unset):
            satisfaction_rating = UNSET
        elif isinstance(self.satisfaction_rating, TicketObjectSatisfactionRatingType0):
            satisfaction_rating = self.satisfaction_rating.to_dict()
        else:
            satisfaction_rating = self.satisfaction_rating

        sharing_agreement_ids: list[int] | None | Unset
        if isinstance(self.sharing_agreement_ids, Unset):
            sharing_agreement_ids = UNSET
        elif isinstance(self.sharing_agreement_ids, list):
            sharing_agreement_ids = self.sharing_agreement_ids

        else:
            sharing_agreement_ids = self.sharing_agreement_ids

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        subject: None | str | Unset
        if isinstance(self.subject, Unset):
            subject = UNSET
        else:
            subject = self.subject

        submitter_id: int | None | Unset
        if isinstance(self.submitter_id, Unset):
            submitter_id = UNSET
        else:
            submitter_id = self.submitter_id

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        ticket_form_id: int | None | Unset
        if isinstance(self.ticket_form_id, Unset):
            ticket_form_id = UNSET
        else:
            ticket_form_id = self.ticket_form_id

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        updated_stamp: None | str | Unset
        if isinstance(self.updated_stamp, Unset):
            updated_stamp = UNSET
        else:
            updated_stamp = self.updated_stamp

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        via: dict[str, Any] | None | Unset
        if isinstance(self.via, Unset):
            via = UNSET
        elif isinstance(self.via, TicketObjectViaType0):
            via = self.via.to_dict()
        else:
            via = self.via

        via_followup_source_id: int | None | Unset
        if isinstance(self.via_followup_source_id, Unset):
            via_followup_source_id = UNSET
        else:
            via_followup_source_id = self.via_followup_source_id

        via_id: int | None | Unset
        if isinstance(self.via_id, Unset):
            via_id = UNSET
        else:
            via_id = self.via_id

        voice_comment: dict[str, Any] | None | Unset
        if isinstance(self.voice_comment, Unset):
            voice_comment = UNSET
        elif isinstance(self.voice_comment, TicketObjectVoiceCommentType0):
            voice_comment = self.voice_comment.to_dict()
        else:
            voice_comment = self.voice_comment

        fields: list[dict[str, Any]] | None | Unset
        if isinstance(self.fields, Unset):
            fields = UNSET
        elif isinstance(self.fields, list):
            fields = []
            for fields_type_0_item_data in self.fields:
                fields_type_0_item = fields_type_0_item_data.to_dict()
                fields.append(fields_type_0_item)

        else:
            fields = self.fields

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
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
        if requester_id is not UNSET:
            field_dict["requester_id"] = requester_id
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
        if fields is not UNSET:
            field_dict["fields"] = fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        allow_attachments = d.pop("allow_attachments", UNSET)

        allow_channelback = d.pop("allow_channelback", UNSET)

        assignee_email = d.pop("assignee_email", UNSET)

        assignee_id = d.pop("assignee_id", UNSET)

        attribute_value_ids = d.pop("attribute_value_ids", UNSET)

        brand_id = d.pop("brand_id", UNSET)

        collaborator_ids = d.pop("collaborator_ids", UNSET)

        collaborators = d.pop("collaborators", UNSET)
        if collaborators is not None and collaborators is not UNSET:
            collaborators = _parse_collaborators(collaborators)

        comment = d.pop("comment", UNSET)
        if comment is not None and comment is not UNSET:
            comment = _parse_comment(comment)

        created_at = d.pop("created_at", UNSET)
        if created_at is not None and created_at is not UNSET:
            created_at = _parse_created_at(created_at)

        custom_fields = d.pop("custom_fields", UNSET)
        if custom_fields is not None and custom_fields is not UNSET:
            custom_fields = _parse_custom_fields(custom_fields)

        custom_status_id = d.pop("custom_status_id", UNSET)

        description = d.pop("description", UNSET)

        due_at = d.pop("due_at", UNSET)
        if due_at is not None and due_at is not UNSET:
            due_at = _parse_due_at(due_at)

        email_cc_ids = d.pop("email_cc_ids", UNSET)

        email_ccs = d.pop("email_ccs", UNSET)
        if email_ccs is not None and email_ccs is not UNSET:
            email_ccs = _parse_email_ccs(email_ccs)

        external_id = d.pop("external_id", UNSET)

        follower_ids = d.pop("follower_ids", UNSET)

        followers = d.pop("followers", UNSET)
        if followers is not None and followers is not UNSET:
            followers = _parse_followers(followers)

        followup_ids = d.pop("followup_ids", UNSET)

        forum_topic_id = d.pop("forum_topic_id", UNSET)

        from_messaging_channel = d.pop("from_messaging_channel", UNSET)

        generated_timestamp = d.pop("generated_timestamp", UNSET)

        group_id = d.pop("group_id", UNSET)

        has_incidents = d.pop("has_incidents", UNSET)

        id = d.pop("id", UNSET)

        is_public = d.pop("is_public", UNSET)

        macro_id = d.pop("macro_id", UNSET)

        macro_ids = d.pop("macro_ids", UNSET)

        metadata = d.pop("metadata", UNSET)
        if metadata is not None and metadata is not UNSET:
            metadata = _parse_metadata(metadata)

        organization_id = d.pop("organization_id", UNSET)

        priority = d.pop("priority", UNSET)

        problem_id = d.pop("problem_id", UNSET)

        raw_subject = d.pop("raw_subject", UNSET)

        recipient = d.pop("recipient", UNSET)

        requester = d.pop("requester", UNSET)
        if requester is not None and requester is not UNSET:
            requester = _parse_requester(requester)

        requester_id = d.pop("requester_id", UNSET)

        safe_update = d.pop("safe_update", UNSET)

        satisfaction_rating = d.pop("satisfaction_rating", UNSET)
        if satisfaction_rating is not None and satisfaction_rating is not UNSET:
            satisfaction_rating = _parse_satisfaction_rating(satisfaction_rating)

        sharing_agreement_ids = d.pop("sharing_agreement_ids", UNSET)

        status = d.pop("status", UNSET)

        subject = d.pop("subject", UNSET)

        submitter_id = d.pop("submitter_id", UNSET)

        tags = d.pop("tags", UNSET)

        ticket_form_id = d.pop("ticket_form_id", UNSET)

        type_ = d.pop("type", UNSET)

        updated_at = d.pop("updated_at", UNSET)
        if updated_at is not None and updated_at is not UNSET:
            updated_at = _parse_updated_at(updated_at)

        updated_stamp = d.pop("updated_stamp", UNSET)

        url = d.pop("url", UNSET)

        via = d.pop("via", UNSET)
        if via is not None and via is not UNSET:
            via = _parse_via(via)

        via_followup_source_id = d.pop("via_followup_source_id", UNSET)

        via_id = d.pop("via_id", UNSET)

        voice_comment = d.pop("voice_comment", UNSET)
        if voice_comment is not None and voice_comment is not UNSET:
            voice_comment = _parse_voice_comment(voice_comment)

        fields = d.pop("fields", UNSET)
        if fields is not None and fields is not UNSET:
            fields = _parse_fields(fields)

        ticket_object = cls(
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
            requester_id=requester_id,
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
            fields=fields,
        )

        ticket_object.additional_properties = d
        return ticket_object

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("allow_attachments", self.allow_attachments),
                ("allow_channelback", self.allow_channelback),
                ("assignee_email", self.assignee_email),
                ("assignee_id", self.assignee_id),
                ("attribute_value_ids", self.attribute_value_ids),
                ("brand_id", self.brand_id),
                ("collaborator_ids", self.collaborator_ids),
                ("collaborators", self.collaborators),
                ("comment", self.comment),
                ("created_at", self.created_at),
                ("custom_fields", self.custom_fields),
                ("custom_status_id", self.custom_status_id),
                ("description", self.description),
                ("due_at", self.due_at),
                ("email_cc_ids", self.email_cc_ids),
                ("email_ccs", self.email_ccs),
                ("external_id", self.external_id),
                ("follower_ids", self.follower_ids),
                ("followers", self.followers),
                ("followup_ids", self.followup_ids),
                ("forum_topic_id", self.forum_topic_id),
                ("from_messaging_channel", self.from_messaging_channel),
                ("generated_timestamp", self.generated_timestamp),
                ("group_id", self.group_id),
                ("has_incidents", self.has_incidents),
                ("id", self.id),
                ("is_public", self.is_public),
                ("macro_id", self.macro_id),
                ("macro_ids", self.macro_ids),
                ("metadata", self.metadata),
                ("organization_id", self.organization_id),
                ("priority", self.priority),
                ("problem_id", self.problem_id),
                ("raw_subject", self.raw_subject),
                ("recipient", self.recipient),
                ("requester", self.requester),
                ("requester_id", self.requester_id),
                ("safe_update", self.safe_update),
                ("satisfaction_rating", self.satisfaction_rating),
                ("sharing_agreement_ids", self.sharing_agreement_ids),
                ("status", self.status),
                ("subject", self.subject),
                ("submitter_id", self.submitter_id),
                ("tags", self.tags),
                ("ticket_form_id", self.ticket_form_id),
                ("type_", self.type_),
                ("updated_at", self.updated_at),
                ("updated_stamp", self.updated_stamp),
                ("url", self.url),
                ("via", self.via),
                ("via_followup_source_id", self.via_followup_source_id),
                ("via_id", self.via_id),
                ("voice_comment", self.voice_comment),
                ("fields", self.fields),
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


def _parse_collaborators(data: object) -> list[CollaboratorObject] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        collaborators_type_0 = []
        _collaborators_type_0 = data
        for collaborators_type_0_item_data in _collaborators_type_0:
            collaborators_type_0_item = CollaboratorObject.from_dict(collaborators_type_0_item_data)

            collaborators_type_0.append(collaborators_type_0_item)

        return collaborators_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(list[CollaboratorObject] | None | Unset, data)


def _parse_comment(data: object) -> None | TicketObjectCommentType0 | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        comment_type_0 = TicketObjectCommentType0.from_dict(data)

        return comment_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | TicketObjectCommentType0 | Unset, data)


def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        created_at_type_0 = datetime.datetime.fromisoformat(data)

        return created_at_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(datetime.datetime | None | Unset, data)


def _parse_custom_fields(data: object) -> list[CustomFieldValue] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        custom_fields_type_0 = []
        _custom_fields_type_0 = data
        for custom_fields_type_0_item_data in _custom_fields_type_0:
            custom_fields_type_0_item = CustomFieldValue.from_dict(custom_fields_type_0_item_data)

            custom_fields_type_0.append(custom_fields_type_0_item)

        return custom_fields_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(list[CustomFieldValue] | None | Unset, data)


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


def _parse_email_ccs(data: object) -> None | TicketObjectEmailCcsType0 | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        email_ccs_type_0 = TicketObjectEmailCcsType0.from_dict(data)

        return email_ccs_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | TicketObjectEmailCcsType0 | Unset, data)


def _parse_followers(data: object) -> None | TicketObjectFollowersType0 | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        followers_type_0 = TicketObjectFollowersType0.from_dict(data)

        return followers_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | TicketObjectFollowersType0 | Unset, data)


def _parse_metadata(data: object) -> None | TicketObjectMetadataType0 | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        metadata_type_0 = TicketObjectMetadataType0.from_dict(data)

        return metadata_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | TicketObjectMetadataType0 | Unset, data)


def _parse_requester(data: object) -> None | TicketObjectRequesterType0 | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        requester_type_0 = TicketObjectRequesterType0.from_dict(data)

        return requester_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | TicketObjectRequesterType0 | Unset, data)


def _parse_satisfaction_rating(data: object) -> None | TicketObjectSatisfactionRatingType0 | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        satisfaction_rating_type_0 = TicketObjectSatisfactionRatingType0.from_dict(data)

        return satisfaction_rating_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | TicketObjectSatisfactionRatingType0 | Unset, data)


def _parse_updated_at(data: object) -> datetime.datetime | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        updated_at_type_0 = datetime.datetime.fromisoformat(data)

        return updated_at_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(datetime.datetime | None | Unset, data)


def _parse_via(data: object) -> None | TicketObjectViaType0 | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        via_type_0 = TicketObjectViaType0.from_dict(data)

        return via_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | TicketObjectViaType0 | Unset, data)


def _parse_voice_comment(data: object) -> None | TicketObjectVoiceCommentType0 | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        voice_comment_type_0 = TicketObjectVoiceCommentType0.from_dict(data)

        return voice_comment_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | TicketObjectVoiceCommentType0 | Unset, data)


def _parse_fields(data: object) -> list[CustomFieldValue] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        fields_type_0 = []
        _fields_type_0 = data
        for fields_type_0_item_data in _fields_type_0:
            fields_type_0_item = CustomFieldValue.from_dict(fields_type_0_item_data)

            fields_type_0.append(fields_type_0_item)

        return fields_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(list[CustomFieldValue] | None | Unset, data)


from ..models.collaborator_object import CollaboratorObject
from ..models.custom_field_value import CustomFieldValue
from ..models.ticket_object_comment_type_0 import TicketObjectCommentType0
from ..models.ticket_object_email_ccs_type_0 import TicketObjectEmailCcsType0
from ..models.ticket_object_followers_type_0 import TicketObjectFollowersType0
from ..models.ticket_object_metadata_type_0 import TicketObjectMetadataType0
from ..models.ticket_object_requester_type_0 import TicketObjectRequesterType0
from ..models.ticket_object_satisfaction_rating_type_0 import (
    TicketObjectSatisfactionRatingType0,
)
from ..models.ticket_object_via_type_0 import TicketObjectViaType0
from ..models.ticket_object_voice_comment_type_0 import TicketObjectVoiceCommentType0
