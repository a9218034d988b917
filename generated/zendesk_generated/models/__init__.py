"""Contains all the data models used in inputs/outputs"""

from .attachment_base_object import AttachmentBaseObject
from .attachment_object import AttachmentObject
from .attachment_response import AttachmentResponse
from .attachment_thumbnails import AttachmentThumbnails
from .audit_object import AuditObject
from .audit_object_events_item import AuditObjectEventsItem
from .audit_object_metadata import AuditObjectMetadata
from .bulk_skill_based_routing_attribute_value_job import (
    BulkSkillBasedRoutingAttributeValueJob,
)
from .bulk_skill_based_routing_attribute_value_job_attributes import (
    BulkSkillBasedRoutingAttributeValueJobAttributes,
)
from .bulk_skill_based_routing_attribute_values_job import (
    BulkSkillBasedRoutingAttributeValuesJob,
)
from .collaborator_object import CollaboratorObject
from .conversation_log_object import ConversationLogObject
from .conversation_log_object_attachments_item import (
    ConversationLogObjectAttachmentsItem,
)
from .conversation_log_object_author import ConversationLogObjectAuthor
from .conversation_log_object_author_type import ConversationLogObjectAuthorType
from .conversation_log_object_content import ConversationLogObjectContent
from .conversation_log_object_metadata import ConversationLogObjectMetadata
from .conversation_log_response import ConversationLogResponse
from .conversation_log_response_links import ConversationLogResponseLinks
from .conversation_log_response_meta import ConversationLogResponseMeta
from .count_tickets_response_200 import CountTicketsResponse200
from .count_tickets_response_200_count import CountTicketsResponse200Count
from .create_resource_result import CreateResourceResult
from .cursor_based_export_incremental_tickets_response import (
    CursorBasedExportIncrementalTicketsResponse,
)
from .custom_field_object import CustomFieldObject
from .custom_field_object_relationship_filter import CustomFieldObjectRelationshipFilter
from .custom_field_option_object import CustomFieldOptionObject
from .email_cc_object import EmailCCObject
from .email_cc_object_action import EmailCCObjectAction
from .failed_result import FailedResult
from .follower_object import FollowerObject
from .follower_object_action import FollowerObjectAction
from .incremental_skill_based_routing import IncrementalSkillBasedRouting
from .incremental_skill_based_routing_attribute import (
    IncrementalSkillBasedRoutingAttribute,
)
from .incremental_skill_based_routing_attribute_value import (
    IncrementalSkillBasedRoutingAttributeValue,
)
from .incremental_skill_based_routing_instance_value import (
    IncrementalSkillBasedRoutingInstanceValue,
)
from .job_status_object import JobStatusObject
from .job_status_object_results_type_1 import JobStatusObjectResultsType1
from .job_status_response import JobStatusResponse
from .list_skips_for_ticket_sort_order import ListSkipsForTicketSortOrder
from .list_skips_sort_order import ListSkipsSortOrder
from .list_ticket_collaborators_response import ListTicketCollaboratorsResponse
from .list_ticket_email_c_cs_response import ListTicketEmailCCsResponse
from .list_ticket_followers_response import ListTicketFollowersResponse
from .list_ticket_incidents_response import ListTicketIncidentsResponse
from .list_ticket_skips_sort_order import ListTicketSkipsSortOrder
from .macro_apply_ticket_response import MacroApplyTicketResponse
from .macro_apply_ticket_response_result import MacroApplyTicketResponseResult
from .macro_apply_ticket_response_result_ticket import (
    MacroApplyTicketResponseResultTicket,
)
from .macro_apply_ticket_response_result_ticket_comment import (
    MacroApplyTicketResponseResultTicketComment,
)
from .macro_apply_ticket_response_result_ticket_fields import (
    MacroApplyTicketResponseResultTicketFields,
)
from .many_skill_based_routing_attribute_values import (
    ManySkillBasedRoutingAttributeValues,
)
from .many_skill_based_routing_attribute_values_response import (
    ManySkillBasedRoutingAttributeValuesResponse,
)
from .satisfaction_rating_object import SatisfactionRatingObject
from .satisfaction_rating_response import SatisfactionRatingResponse
from .skill_based_routing_attribute_definitions import (
    SkillBasedRoutingAttributeDefinitions,
)
from .skill_based_routing_attribute_definitions_definitions import (
    SkillBasedRoutingAttributeDefinitionsDefinitions,
)
from .skill_based_routing_attribute_definitions_definitions_conditions_all_item import (
    SkillBasedRoutingAttributeDefinitionsDefinitionsConditionsAllItem,
)
from .skill_based_routing_attribute_definitions_definitions_conditions_any_item import (
    SkillBasedRoutingAttributeDefinitionsDefinitionsConditionsAnyItem,
)
from .skill_based_routing_attribute_object import SkillBasedRoutingAttributeObject
from .skill_based_routing_attribute_response import SkillBasedRoutingAttributeResponse
from .skill_based_routing_attribute_value_object import (
    SkillBasedRoutingAttributeValueObject,
)
from .skill_based_routing_attribute_value_response import (
    SkillBasedRoutingAttributeValueResponse,
)
from .skill_based_routing_attribute_values_error import (
    SkillBasedRoutingAttributeValuesError,
)
from .skill_based_routing_attribute_values_error_error import (
    SkillBasedRoutingAttributeValuesErrorError,
)
from .skill_based_routing_attribute_values_response import (
    SkillBasedRoutingAttributeValuesResponse,
)
from .skill_based_routing_attributes_response import SkillBasedRoutingAttributesResponse
from .skill_based_routing_ticket_fulfilled_response import (
    SkillBasedRoutingTicketFulfilledResponse,
)
from .tags_by_object_id_response import TagsByObjectIdResponse
from .ticket_audit_object import TicketAuditObject
from .ticket_audit_object_events_item import TicketAuditObjectEventsItem
from .ticket_audit_object_metadata import TicketAuditObjectMetadata
from .ticket_audit_response import TicketAuditResponse
from .ticket_audit_via_object import TicketAuditViaObject
from .ticket_audit_via_object_source import TicketAuditViaObjectSource
from .ticket_audits_count_response import TicketAuditsCountResponse
from .ticket_audits_count_response_count import TicketAuditsCountResponseCount
from .ticket_audits_response_none_cursor import TicketAuditsResponseNoneCursor
from .ticket_bulk_import_request import TicketBulkImportRequest
from .ticket_comment_object import TicketCommentObject
from .ticket_comment_object_metadata import TicketCommentObjectMetadata
from .ticket_comment_response import TicketCommentResponse
from .ticket_comments_count_response import TicketCommentsCountResponse
from .ticket_comments_count_response_count import TicketCommentsCountResponseCount
from .ticket_comments_response import TicketCommentsResponse
from .ticket_create_input import TicketCreateInput
from .ticket_create_request import TicketCreateRequest
from .ticket_create_voicemail_ticket_input import TicketCreateVoicemailTicketInput
from .ticket_create_voicemail_ticket_input_priority import (
    TicketCreateVoicemailTicketInputPriority,
)
from .ticket_create_voicemail_ticket_input_via_id import (
    TicketCreateVoicemailTicketInputViaId,
)
from .ticket_create_voicemail_ticket_request import TicketCreateVoicemailTicketRequest
from .ticket_create_voicemail_ticket_voice_comment_input import (
    TicketCreateVoicemailTicketVoiceCommentInput,
)
from .ticket_import_input import TicketImportInput
from .ticket_import_input_comments_item import TicketImportInputCommentsItem
from .ticket_import_request import TicketImportRequest
from .ticket_merge_input import TicketMergeInput
from .ticket_object import TicketObject
from .ticket_object_comment import TicketObjectComment
from .ticket_object_custom_fields_item import TicketObjectCustomFieldsItem
from .ticket_object_email_ccs import TicketObjectEmailCcs
from .ticket_object_followers import TicketObjectFollowers
from .ticket_object_metadata import TicketObjectMetadata
from .ticket_object_priority import TicketObjectPriority
from .ticket_object_requester import TicketObjectRequester
from .ticket_object_satisfaction_rating import TicketObjectSatisfactionRating
from .ticket_object_status import TicketObjectStatus
from .ticket_object_type import TicketObjectType
from .ticket_object_via import TicketObjectVia
from .ticket_object_via_source import TicketObjectViaSource
from .ticket_object_voice_comment import TicketObjectVoiceComment
from .ticket_related_information import TicketRelatedInformation
from .ticket_response import TicketResponse
from .ticket_skip_creation import TicketSkipCreation
from .ticket_skip_object import TicketSkipObject
from .ticket_skips_response import TicketSkipsResponse
from .ticket_update_input import TicketUpdateInput
from .ticket_update_input_priority import TicketUpdateInputPriority
from .ticket_update_input_status import TicketUpdateInputStatus
from .ticket_update_input_type import TicketUpdateInputType
from .ticket_update_request import TicketUpdateRequest
from .ticket_update_response import TicketUpdateResponse
from .tickets_create_request import TicketsCreateRequest
from .tickets_response import TicketsResponse
from .time_based_export_incremental_tickets_response import (
    TimeBasedExportIncrementalTicketsResponse,
)
from .twitter_channel_twicket_status_response import TwitterChannelTwicketStatusResponse
from .twitter_channel_twicket_status_response_statuses_item import (
    TwitterChannelTwicketStatusResponseStatusesItem,
)
from .update_resource_result import UpdateResourceResult
from .via_object import ViaObject
from .via_object_source import ViaObjectSource
from .via_object_source_from import ViaObjectSourceFrom
from .via_object_source_to import ViaObjectSourceTo

__all__ = (
    "AttachmentBaseObject",
    "AttachmentObject",
    "AttachmentResponse",
    "AttachmentThumbnails",
    "AuditObject",
    "AuditObjectEventsItem",
    "AuditObjectMetadata",
    "BulkSkillBasedRoutingAttributeValueJob",
    "BulkSkillBasedRoutingAttributeValueJobAttributes",
    "BulkSkillBasedRoutingAttributeValuesJob",
    "CollaboratorObject",
    "ConversationLogObject",
    "ConversationLogObjectAttachmentsItem",
    "ConversationLogObjectAuthor",
    "ConversationLogObjectAuthorType",
    "ConversationLogObjectContent",
    "ConversationLogObjectMetadata",
    "ConversationLogResponse",
    "ConversationLogResponseLinks",
    "ConversationLogResponseMeta",
    "CountTicketsResponse200",
    "CountTicketsResponse200Count",
    "CreateResourceResult",
    "CursorBasedExportIncrementalTicketsResponse",
    "CustomFieldObject",
    "CustomFieldObjectRelationshipFilter",
    "CustomFieldOptionObject",
    "EmailCCObject",
    "EmailCCObjectAction",
    "FailedResult",
    "FollowerObject",
    "FollowerObjectAction",
    "IncrementalSkillBasedRouting",
    "IncrementalSkillBasedRoutingAttribute",
    "IncrementalSkillBasedRoutingAttributeValue",
    "IncrementalSkillBasedRoutingInstanceValue",
    "JobStatusObject",
    "JobStatusObjectResultsType1",
    "JobStatusResponse",
    "ListSkipsForTicketSortOrder",
    "ListSkipsSortOrder",
    "ListTicketCollaboratorsResponse",
    "ListTicketEmailCCsResponse",
    "ListTicketFollowersResponse",
    "ListTicketIncidentsResponse",
    "ListTicketSkipsSortOrder",
    "MacroApplyTicketResponse",
    "MacroApplyTicketResponseResult",
    "MacroApplyTicketResponseResultTicket",
    "MacroApplyTicketResponseResultTicketComment",
    "MacroApplyTicketResponseResultTicketFields",
    "ManySkillBasedRoutingAttributeValues",
    "ManySkillBasedRoutingAttributeValuesResponse",
    "SatisfactionRatingObject",
    "SatisfactionRatingResponse",
    "SkillBasedRoutingAttributeDefinitions",
    "SkillBasedRoutingAttributeDefinitionsDefinitions",
    "SkillBasedRoutingAttributeDefinitionsDefinitionsConditionsAllItem",
    "SkillBasedRoutingAttributeDefinitionsDefinitionsConditionsAnyItem",
    "SkillBasedRoutingAttributeObject",
    "SkillBasedRoutingAttributeResponse",
    "SkillBasedRoutingAttributesResponse",
    "SkillBasedRoutingAttributeValueObject",
    "SkillBasedRoutingAttributeValueResponse",
    "SkillBasedRoutingAttributeValuesError",
    "SkillBasedRoutingAttributeValuesErrorError",
    "SkillBasedRoutingAttributeValuesResponse",
    "SkillBasedRoutingTicketFulfilledResponse",
    "TagsByObjectIdResponse",
    "TicketAuditObject",
    "TicketAuditObjectEventsItem",
    "TicketAuditObjectMetadata",
    "TicketAuditResponse",
    "TicketAuditsCountResponse",
    "TicketAuditsCountResponseCount",
    "TicketAuditsResponseNoneCursor",
    "TicketAuditViaObject",
    "TicketAuditViaObjectSource",
    "TicketBulkImportRequest",
    "TicketCommentObject",
    "TicketCommentObjectMetadata",
    "TicketCommentResponse",
    "TicketCommentsCountResponse",
    "TicketCommentsCountResponseCount",
    "TicketCommentsResponse",
    "TicketCreateInput",
    "TicketCreateRequest",
    "TicketCreateVoicemailTicketInput",
    "TicketCreateVoicemailTicketInputPriority",
    "TicketCreateVoicemailTicketInputViaId",
    "TicketCreateVoicemailTicketRequest",
    "TicketCreateVoicemailTicketVoiceCommentInput",
    "TicketImportInput",
    "TicketImportInputCommentsItem",
    "TicketImportRequest",
    "TicketMergeInput",
    "TicketObject",
    "TicketObjectComment",
    "TicketObjectCustomFieldsItem",
    "TicketObjectEmailCcs",
    "TicketObjectFollowers",
    "TicketObjectMetadata",
    "TicketObjectPriority",
    "TicketObjectRequester",
    "TicketObjectSatisfactionRating",
    "TicketObjectStatus",
    "TicketObjectType",
    "TicketObjectVia",
    "TicketObjectViaSource",
    "TicketObjectVoiceComment",
    "TicketRelatedInformation",
    "TicketResponse",
    "TicketsCreateRequest",
    "TicketSkipCreation",
    "TicketSkipObject",
    "TicketSkipsResponse",
    "TicketsResponse",
    "TicketUpdateInput",
    "TicketUpdateInputPriority",
    "TicketUpdateInputStatus",
    "TicketUpdateInputType",
    "TicketUpdateRequest",
    "TicketUpdateResponse",
    "TimeBasedExportIncrementalTicketsResponse",
    "TwitterChannelTwicketStatusResponse",
    "TwitterChannelTwicketStatusResponseStatusesItem",
    "UpdateResourceResult",
    "ViaObject",
    "ViaObjectSource",
    "ViaObjectSourceFrom",
    "ViaObjectSourceTo",
)
