"""Contains all the data models used in inputs/outputs"""

from .attachment_base_object import AttachmentBaseObject
from .attachment_object import AttachmentObject
from .attachment_response import AttachmentResponse
from .attachment_thumbnails import AttachmentThumbnails
from .audit_object import AuditObject
from .audit_object_events_type_0_item import AuditObjectEventsType0Item
from .audit_object_metadata_type_0 import AuditObjectMetadataType0
from .bulk_skill_based_routing_attribute_value_job import (
    BulkSkillBasedRoutingAttributeValueJob,
)
from .bulk_skill_based_routing_attribute_value_job_attributes import (
    BulkSkillBasedRoutingAttributeValueJobAttributes,
)
from .bulk_skill_based_routing_attribute_values_request import (
    BulkSkillBasedRoutingAttributeValuesRequest,
)
from .collaborator_object import CollaboratorObject
from .collaborator_object_write import CollaboratorObjectWrite
from .conversation_log_object import ConversationLogObject
from .conversation_log_object_attachments_type_0_item import (
    ConversationLogObjectAttachmentsType0Item,
)
from .conversation_log_object_author_type_0 import ConversationLogObjectAuthorType0
from .conversation_log_object_content_type_0 import ConversationLogObjectContentType0
from .conversation_log_object_metadata_type_0 import ConversationLogObjectMetadataType0
from .conversation_log_response import ConversationLogResponse
from .cursor_based_export_incremental_tickets_response import (
    CursorBasedExportIncrementalTicketsResponse,
)
from .cursor_pagination_links import CursorPaginationLinks
from .cursor_pagination_meta import CursorPaginationMeta
from .custom_field_value import CustomFieldValue
from .custom_field_value_write import CustomFieldValueWrite
from .email_cc_object import EmailCCObject
from .email_cc_object_action import EmailCCObjectAction
from .follower_object import FollowerObject
from .follower_object_action import FollowerObjectAction
from .group_object import GroupObject
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
from .job_status_result_object import JobStatusResultObject
from .list_skips_for_ticket_sort_order import ListSkipsForTicketSortOrder
from .list_skips_sort_order import ListSkipsSortOrder
from .list_ticket_collaborators_response import ListTicketCollaboratorsResponse
from .list_ticket_email_c_cs_response import ListTicketEmailCCsResponse
from .list_ticket_followers_response import ListTicketFollowersResponse
from .list_ticket_incidents_response import ListTicketIncidentsResponse
from .list_ticket_skips_sort_order import ListTicketSkipsSortOrder
from .macro_apply_ticket_response import MacroApplyTicketResponse
from .macro_apply_ticket_response_result_type_0 import (
    MacroApplyTicketResponseResultType0,
)
from .macro_apply_ticket_response_result_type_0_ticket_type_0 import (
    MacroApplyTicketResponseResultType0TicketType0,
)
from .macro_apply_ticket_response_result_type_0_ticket_type_0_comment_type_0 import (
    MacroApplyTicketResponseResultType0TicketType0CommentType0,
)
from .macro_apply_ticket_response_result_type_0_ticket_type_0_fields_type_0 import (
    MacroApplyTicketResponseResultType0TicketType0FieldsType0,
)
from .many_skill_based_routing_attribute_values import (
    ManySkillBasedRoutingAttributeValues,
)
from .many_skill_based_routing_attribute_values_response import (
    ManySkillBasedRoutingAttributeValuesResponse,
)
from .organization_object import OrganizationObject
from .organization_object_organization_fields_type_0 import (
    OrganizationObjectOrganizationFieldsType0,
)
from .satisfaction_rating_create_request import SatisfactionRatingCreateRequest
from .satisfaction_rating_input import SatisfactionRatingInput
from .satisfaction_rating_object import SatisfactionRatingObject
from .satisfaction_rating_response import SatisfactionRatingResponse
from .skill_based_routing_attribute_definitions import (
    SkillBasedRoutingAttributeDefinitions,
)
from .skill_based_routing_attribute_definitions_definitions_type_0 import (
    SkillBasedRoutingAttributeDefinitionsDefinitionsType0,
)
from .skill_based_routing_attribute_definitions_definitions_type_0_conditions_all_type_0_item import (
    SkillBasedRoutingAttributeDefinitionsDefinitionsType0ConditionsAllType0Item,
)
from .skill_based_routing_attribute_definitions_definitions_type_0_conditions_any_type_0_item import (
    SkillBasedRoutingAttributeDefinitionsDefinitionsType0ConditionsAnyType0Item,
)
from .skill_based_routing_attribute_input import SkillBasedRoutingAttributeInput
from .skill_based_routing_attribute_object import SkillBasedRoutingAttributeObject
from .skill_based_routing_attribute_request import SkillBasedRoutingAttributeRequest
from .skill_based_routing_attribute_response import SkillBasedRoutingAttributeResponse
from .skill_based_routing_attribute_value_input import (
    SkillBasedRoutingAttributeValueInput,
)
from .skill_based_routing_attribute_value_object import (
    SkillBasedRoutingAttributeValueObject,
)
from .skill_based_routing_attribute_value_object_write import (
    SkillBasedRoutingAttributeValueObjectWrite,
)
from .skill_based_routing_attribute_value_request import (
    SkillBasedRoutingAttributeValueRequest,
)
from .skill_based_routing_attribute_value_response import (
    SkillBasedRoutingAttributeValueResponse,
)
from .skill_based_routing_attribute_values_error import (
    SkillBasedRoutingAttributeValuesError,
)
from .skill_based_routing_attribute_values_error_error_type_0 import (
    SkillBasedRoutingAttributeValuesErrorErrorType0,
)
from .skill_based_routing_attribute_values_response import (
    SkillBasedRoutingAttributeValuesResponse,
)
from .skill_based_routing_attributes_response import SkillBasedRoutingAttributesResponse
from .skill_based_routing_instance_values_request import (
    SkillBasedRoutingInstanceValuesRequest,
)
from .skill_based_routing_ticket_fulfilled_response import (
    SkillBasedRoutingTicketFulfilledResponse,
)
from .tags_by_object_id_response import TagsByObjectIdResponse
from .ticket_audit_object import TicketAuditObject
from .ticket_audit_object_events_type_0_item import TicketAuditObjectEventsType0Item
from .ticket_audit_object_metadata_type_0 import TicketAuditObjectMetadataType0
from .ticket_audit_response import TicketAuditResponse
from .ticket_audit_via_object import TicketAuditViaObject
from .ticket_audit_via_object_source_type_0 import TicketAuditViaObjectSourceType0
from .ticket_audits_count_response import TicketAuditsCountResponse
from .ticket_audits_count_response_count_type_0 import (
    TicketAuditsCountResponseCountType0,
)
from .ticket_audits_response_none_cursor import TicketAuditsResponseNoneCursor
from .ticket_bulk_import_request import TicketBulkImportRequest
from .ticket_comment_object import TicketCommentObject
from .ticket_comment_object_metadata_type_0 import TicketCommentObjectMetadataType0
from .ticket_comment_object_write import TicketCommentObjectWrite
from .ticket_comment_redact_request import TicketCommentRedactRequest
from .ticket_comment_response import TicketCommentResponse
from .ticket_comments_count_response import TicketCommentsCountResponse
from .ticket_comments_count_response_count_type_0 import (
    TicketCommentsCountResponseCountType0,
)
from .ticket_comments_response import TicketCommentsResponse
from .ticket_count_response import TicketCountResponse
from .ticket_count_response_count_type_0 import TicketCountResponseCountType0
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
from .ticket_from_tweet_input import TicketFromTweetInput
from .ticket_from_tweet_request import TicketFromTweetRequest
from .ticket_import_input import TicketImportInput
from .ticket_import_input_comments_item import TicketImportInputCommentsItem
from .ticket_import_request import TicketImportRequest
from .ticket_merge_input import TicketMergeInput
from .ticket_object import TicketObject
from .ticket_object_comment_type_0 import TicketObjectCommentType0
from .ticket_object_email_ccs_type_0 import TicketObjectEmailCcsType0
from .ticket_object_followers_type_0 import TicketObjectFollowersType0
from .ticket_object_metadata_type_0 import TicketObjectMetadataType0
from .ticket_object_requester_type_0 import TicketObjectRequesterType0
from .ticket_object_satisfaction_rating_type_0 import (
    TicketObjectSatisfactionRatingType0,
)
from .ticket_object_via_type_0 import TicketObjectViaType0
from .ticket_object_via_type_0_source_type_0 import TicketObjectViaType0SourceType0
from .ticket_object_via_type_0_source_type_0_from_type_0 import (
    TicketObjectViaType0SourceType0FromType0,
)
from .ticket_object_via_type_0_source_type_0_to_type_0 import (
    TicketObjectViaType0SourceType0ToType0,
)
from .ticket_object_voice_comment_type_0 import TicketObjectVoiceCommentType0
from .ticket_related_information import TicketRelatedInformation
from .ticket_response import TicketResponse
from .ticket_skip_create_request import TicketSkipCreateRequest
from .ticket_skip_creation import TicketSkipCreation
from .ticket_skip_input import TicketSkipInput
from .ticket_skip_object import TicketSkipObject
from .ticket_skips_response import TicketSkipsResponse
from .ticket_tags_request import TicketTagsRequest
from .ticket_update_input import TicketUpdateInput
from .ticket_update_input_priority import TicketUpdateInputPriority
from .ticket_update_input_status import TicketUpdateInputStatus
from .ticket_update_input_type import TicketUpdateInputType
from .ticket_update_request import TicketUpdateRequest
from .ticket_update_response import TicketUpdateResponse
from .ticket_user_summary import TicketUserSummary
from .tickets_create_request import TicketsCreateRequest
from .tickets_response import TicketsResponse
from .tickets_update_many_item import TicketsUpdateManyItem
from .tickets_update_many_request import TicketsUpdateManyRequest
from .time_based_export_incremental_tickets_response import (
    TimeBasedExportIncrementalTicketsResponse,
)
from .twitter_channel_twicket_status_response import TwitterChannelTwicketStatusResponse
from .twitter_channel_twicket_status_response_statuses_type_0_item import (
    TwitterChannelTwicketStatusResponseStatusesType0Item,
)
from .user_for_admin import UserForAdmin
from .user_for_admin_photo_type_0 import UserForAdminPhotoType0
from .user_for_admin_user_fields_type_0 import UserForAdminUserFieldsType0
from .via_object import ViaObject
from .via_object_source_type_0 import ViaObjectSourceType0
from .via_object_source_type_0_from_type_0 import ViaObjectSourceType0FromType0
from .via_object_source_type_0_to_type_0 import ViaObjectSourceType0ToType0
from .via_object_write import ViaObjectWrite
from .via_object_write_source import ViaObjectWriteSource
from .via_object_write_source_from import ViaObjectWriteSourceFrom
from .via_object_write_source_to import ViaObjectWriteSourceTo

__all__ = (
    "AttachmentBaseObject",
    "AttachmentObject",
    "AttachmentResponse",
    "AttachmentThumbnails",
    "AuditObject",
    "AuditObjectEventsType0Item",
    "AuditObjectMetadataType0",
    "BulkSkillBasedRoutingAttributeValueJob",
    "BulkSkillBasedRoutingAttributeValueJobAttributes",
    "BulkSkillBasedRoutingAttributeValuesRequest",
    "CollaboratorObject",
    "CollaboratorObjectWrite",
    "ConversationLogObject",
    "ConversationLogObjectAttachmentsType0Item",
    "ConversationLogObjectAuthorType0",
    "ConversationLogObjectContentType0",
    "ConversationLogObjectMetadataType0",
    "ConversationLogResponse",
    "CursorBasedExportIncrementalTicketsResponse",
    "CursorPaginationLinks",
    "CursorPaginationMeta",
    "CustomFieldValue",
    "CustomFieldValueWrite",
    "EmailCCObject",
    "EmailCCObjectAction",
    "FollowerObject",
    "FollowerObjectAction",
    "GroupObject",
    "IncrementalSkillBasedRouting",
    "IncrementalSkillBasedRoutingAttribute",
    "IncrementalSkillBasedRoutingAttributeValue",
    "IncrementalSkillBasedRoutingInstanceValue",
    "JobStatusObject",
    "JobStatusObjectResultsType1",
    "JobStatusResponse",
    "JobStatusResultObject",
    "ListSkipsForTicketSortOrder",
    "ListSkipsSortOrder",
    "ListTicketCollaboratorsResponse",
    "ListTicketEmailCCsResponse",
    "ListTicketFollowersResponse",
    "ListTicketIncidentsResponse",
    "ListTicketSkipsSortOrder",
    "MacroApplyTicketResponse",
    "MacroApplyTicketResponseResultType0",
    "MacroApplyTicketResponseResultType0TicketType0",
    "MacroApplyTicketResponseResultType0TicketType0CommentType0",
    "MacroApplyTicketResponseResultType0TicketType0FieldsType0",
    "ManySkillBasedRoutingAttributeValues",
    "ManySkillBasedRoutingAttributeValuesResponse",
    "OrganizationObject",
    "OrganizationObjectOrganizationFieldsType0",
    "SatisfactionRatingCreateRequest",
    "SatisfactionRatingInput",
    "SatisfactionRatingObject",
    "SatisfactionRatingResponse",
    "SkillBasedRoutingAttributeDefinitions",
    "SkillBasedRoutingAttributeDefinitionsDefinitionsType0",
    "SkillBasedRoutingAttributeDefinitionsDefinitionsType0ConditionsAllType0Item",
    "SkillBasedRoutingAttributeDefinitionsDefinitionsType0ConditionsAnyType0Item",
    "SkillBasedRoutingAttributeInput",
    "SkillBasedRoutingAttributeObject",
    "SkillBasedRoutingAttributeRequest",
    "SkillBasedRoutingAttributeResponse",
    "SkillBasedRoutingAttributesResponse",
    "SkillBasedRoutingAttributeValueInput",
    "SkillBasedRoutingAttributeValueObject",
    "SkillBasedRoutingAttributeValueObjectWrite",
    "SkillBasedRoutingAttributeValueRequest",
    "SkillBasedRoutingAttributeValueResponse",
    "SkillBasedRoutingAttributeValuesError",
    "SkillBasedRoutingAttributeValuesErrorErrorType0",
    "SkillBasedRoutingAttributeValuesResponse",
    "SkillBasedRoutingInstanceValuesRequest",
    "SkillBasedRoutingTicketFulfilledResponse",
    "TagsByObjectIdResponse",
    "TicketAuditObject",
    "TicketAuditObjectEventsType0Item",
    "TicketAuditObjectMetadataType0",
    "TicketAuditResponse",
    "TicketAuditsCountResponse",
    "TicketAuditsCountResponseCountType0",
    "TicketAuditsResponseNoneCursor",
    "TicketAuditViaObject",
    "TicketAuditViaObjectSourceType0",
    "TicketBulkImportRequest",
    "TicketCommentObject",
    "TicketCommentObjectMetadataType0",
    "TicketCommentObjectWrite",
    "TicketCommentRedactRequest",
    "TicketCommentResponse",
    "TicketCommentsCountResponse",
    "TicketCommentsCountResponseCountType0",
    "TicketCommentsResponse",
    "TicketCountResponse",
    "TicketCountResponseCountType0",
    "TicketCreateInput",
    "TicketCreateRequest",
    "TicketCreateVoicemailTicketInput",
    "TicketCreateVoicemailTicketInputPriority",
    "TicketCreateVoicemailTicketInputViaId",
    "TicketCreateVoicemailTicketRequest",
    "TicketCreateVoicemailTicketVoiceCommentInput",
    "TicketFromTweetInput",
    "TicketFromTweetRequest",
    "TicketImportInput",
    "TicketImportInputCommentsItem",
    "TicketImportRequest",
    "TicketMergeInput",
    "TicketObject",
    "TicketObjectCommentType0",
    "TicketObjectEmailCcsType0",
    "TicketObjectFollowersType0",
    "TicketObjectMetadataType0",
    "TicketObjectRequesterType0",
    "TicketObjectSatisfactionRatingType0",
    "TicketObjectViaType0",
    "TicketObjectViaType0SourceType0",
    "TicketObjectViaType0SourceType0FromType0",
    "TicketObjectViaType0SourceType0ToType0",
    "TicketObjectVoiceCommentType0",
    "TicketRelatedInformation",
    "TicketResponse",
    "TicketsCreateRequest",
    "TicketSkipCreateRequest",
    "TicketSkipCreation",
    "TicketSkipInput",
    "TicketSkipObject",
    "TicketSkipsResponse",
    "TicketsResponse",
    "TicketsUpdateManyItem",
    "TicketsUpdateManyRequest",
    "TicketTagsRequest",
    "TicketUpdateInput",
    "TicketUpdateInputPriority",
    "TicketUpdateInputStatus",
    "TicketUpdateInputType",
    "TicketUpdateRequest",
    "TicketUpdateResponse",
    "TicketUserSummary",
    "TimeBasedExportIncrementalTicketsResponse",
    "TwitterChannelTwicketStatusResponse",
    "TwitterChannelTwicketStatusResponseStatusesType0Item",
    "UserForAdmin",
    "UserForAdminPhotoType0",
    "UserForAdminUserFieldsType0",
    "ViaObject",
    "ViaObjectSourceType0",
    "ViaObjectSourceType0FromType0",
    "ViaObjectSourceType0ToType0",
    "ViaObjectWrite",
    "ViaObjectWriteSource",
    "ViaObjectWriteSourceFrom",
    "ViaObjectWriteSourceTo",
)
