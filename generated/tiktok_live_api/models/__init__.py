"""Contains all the data models used in inputs/outputs

Each model is imported on first use (PEP 562), so importing one model, or an endpoint module, does not import
them all. Type checkers see the usual imports.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .account import Account
    from .account_config import AccountConfig
    from .account_scopes import AccountScopes
    from .account_with_permissions_safe import AccountWithPermissionsSafe
    from .accounts_table_request_limits import AccountsTableRequestLimits
    from .alert import Alert
    from .alert_config import AlertConfig
    from .alert_target import AlertTarget
    from .alert_target_config import AlertTargetConfig
    from .alert_target_config_metadata import AlertTargetConfigMetadata
    from .alert_target_format import AlertTargetFormat
    from .alert_target_status import AlertTargetStatus
    from .api_key import ApiKey
    from .api_key_config import ApiKeyConfig
    from .bulk_live_check_request import BulkLiveCheckRequest
    from .bulk_live_check_response import BulkLiveCheckResponse
    from .bulk_live_check_result import BulkLiveCheckResult
    from .bulk_live_check_result_data import BulkLiveCheckResultData
    from .bulk_live_check_result_data_additional_property import (
        BulkLiveCheckResultDataAdditionalProperty,
    )
    from .captcha_credits_response import CaptchaCreditsResponse
    from .count_sign_usage import CountSignUsage
    from .create_alert_request import CreateAlertRequest
    from .create_alert_response import CreateAlertResponse
    from .create_alert_target_payload import CreateAlertTargetPayload
    from .create_alert_target_payload_metadata import CreateAlertTargetPayloadMetadata
    from .create_alert_target_response import CreateAlertTargetResponse
    from .create_jwt_response import CreateJWTResponse
    from .create_key_payload import CreateKeyPayload
    from .create_key_response import CreateKeyResponse
    from .delete_alert_response import DeleteAlertResponse
    from .delete_alert_target_response import DeleteAlertTargetResponse
    from .delete_key_delete_by import DeleteKeyDeleteBy
    from .delete_key_response import DeleteKeyResponse
    from .earnings_period import EarningsPeriod
    from .error_response import ErrorResponse
    from .feed_region import FeedRegion
    from .feed_response import FeedResponse
    from .feed_result import FeedResult
    from .get_key_retrieve_by import GetKeyRetrieveBy
    from .get_sign_usage_response import GetSignUsageResponse
    from .gift_info import GiftInfo
    from .gift_info_data import GiftInfoData
    from .gift_info_response import GiftInfoResponse
    from .hosts_response import HostsResponse
    from .icon_captcha_request import IconCaptchaRequest
    from .icon_captcha_response import IconCaptchaResponse
    from .icon_solution import IconSolution
    from .icons_result import IconsResult
    from .jwt_config import JWTConfig
    from .jwt_config_web_socket_data import JWTConfigWebSocketData
    from .jwt_create_config import JWTCreateConfig
    from .jwt_create_config_web_socket_data import JWTCreateConfigWebSocketData
    from .list_alert_targets_response import ListAlertTargetsResponse
    from .list_alerts_response import ListAlertsResponse
    from .list_keys_response import ListKeysResponse
    from .live_room import LiveRoom
    from .live_room_data import LiveRoomData
    from .live_room_data_raw import LiveRoomDataRaw
    from .live_user import LiveUser
    from .load_shedding import LoadShedding
    from .peer_presence import PeerPresence
    from .peer_presence_type import PeerPresenceType
    from .peer_role import PeerRole
    from .point import Point
    from .proxy_region import ProxyRegion
    from .puzzle_captcha_request import PuzzleCaptchaRequest
    from .puzzle_captcha_response import PuzzleCaptchaResponse
    from .puzzle_result import PuzzleResult
    from .puzzle_solution import PuzzleSolution
    from .ranking_entry import RankingEntry
    from .ranking_entry_user import RankingEntryUser
    from .rankings import Rankings
    from .rankings_response import RankingsResponse
    from .rate_limit_window import RateLimitWindow
    from .rate_limits_response import RateLimitsResponse
    from .retrieve_account_response import RetrieveAccountResponse
    from .retrieve_agent_hosts_response import RetrieveAgentHostsResponse
    from .retrieve_aggregate_usage_period import RetrieveAggregateUsagePeriod
    from .retrieve_aggregate_usage_response import RetrieveAggregateUsageResponse
    from .retrieve_aggregate_usage_response_usage import (
        RetrieveAggregateUsageResponseUsage,
    )
    from .retrieve_aggregate_usage_response_usage_additional_property import (
        RetrieveAggregateUsageResponseUsageAdditionalProperty,
    )
    from .retrieve_alert_response import RetrieveAlertResponse
    from .retrieve_alert_response_creator import RetrieveAlertResponseCreator
    from .retrieve_key_response import RetrieveKeyResponse
    from .retrieve_webcast_rankings_rank_type import RetrieveWebcastRankingsRankType
    from .room_id_response import RoomIdResponse
    from .room_info_response import RoomInfoResponse
    from .room_media_response import RoomMediaResponse
    from .send_chat_request import SendChatRequest
    from .send_chat_response import SendChatResponse
    from .send_chat_response_data import SendChatResponseData
    from .shapes_captcha_request import ShapesCaptchaRequest
    from .shapes_captcha_response import ShapesCaptchaResponse
    from .shapes_result import ShapesResult
    from .shapes_solution import ShapesSolution
    from .sign_log_public import SignLogPublic
    from .sign_url_method import SignUrlMethod
    from .sign_url_request import SignUrlRequest
    from .sign_url_response import SignUrlResponse
    from .sign_url_type import SignUrlType
    from .signed_url import SignedUrl
    from .stream_type import StreamType
    from .string_map import StringMap
    from .test_alert_target_response import TestAlertTargetResponse
    from .update_key_payload import UpdateKeyPayload
    from .update_key_response import UpdateKeyResponse
    from .update_key_update_by import UpdateKeyUpdateBy
    from .user_earnings import UserEarnings
    from .user_earnings_earnings_estimate_currency_type_1 import (
        UserEarningsEarningsEstimateCurrencyType1,
    )
    from .user_earnings_earnings_estimate_currency_type_2_type_1 import (
        UserEarningsEarningsEstimateCurrencyType2Type1,
    )
    from .user_earnings_earnings_estimate_currency_type_3_type_1 import (
        UserEarningsEarningsEstimateCurrencyType3Type1,
    )
    from .user_earnings_response import UserEarningsResponse
    from .webcast_feed_response import WebcastFeedResponse
    from .webcast_feed_response_extra import WebcastFeedResponseExtra
    from .webcast_feed_response_extra_banner import WebcastFeedResponseExtraBanner
    from .webcast_feed_response_extra_log_pb import WebcastFeedResponseExtraLogPb
    from .webcast_feed_response_hashtag import WebcastFeedResponseHashtag
    from .webcast_feed_response_hashtag_image import WebcastFeedResponseHashtagImage
    from .webcast_feed_response_image import WebcastFeedResponseImage
    from .webcast_feed_response_item import WebcastFeedResponseItem
    from .webcast_feed_response_item_flare_info import WebcastFeedResponseItemFlareInfo
    from .webcast_feed_response_room_data import WebcastFeedResponseRoomData
    from .webcast_feed_response_room_data_blurred_cover import (
        WebcastFeedResponseRoomDataBlurredCover,
    )
    from .webcast_feed_response_room_data_commerce_info import (
        WebcastFeedResponseRoomDataCommerceInfo,
    )
    from .webcast_feed_response_room_data_feed_room_label import (
        WebcastFeedResponseRoomDataFeedRoomLabel,
    )
    from .webcast_feed_response_room_data_game_tag_detail import (
        WebcastFeedResponseRoomDataGameTagDetail,
    )
    from .webcast_feed_response_room_data_multi_stream_url import (
        WebcastFeedResponseRoomDataMultiStreamUrl,
    )
    from .webcast_feed_response_room_data_rectangle_cover_img import (
        WebcastFeedResponseRoomDataRectangleCoverImg,
    )
    from .webcast_feed_response_room_data_room_auth import (
        WebcastFeedResponseRoomDataRoomAuth,
    )
    from .webcast_feed_response_room_data_square_cover_img import (
        WebcastFeedResponseRoomDataSquareCoverImg,
    )
    from .webcast_feed_response_room_data_stats import WebcastFeedResponseRoomDataStats
    from .webcast_feed_response_room_data_stream_url_filtered_info import (
        WebcastFeedResponseRoomDataStreamUrlFilteredInfo,
    )
    from .webcast_feed_response_room_data_taxonomy_tag_info import (
        WebcastFeedResponseRoomDataTaxonomyTagInfo,
    )
    from .webcast_feed_response_stream_url import WebcastFeedResponseStreamUrl
    from .webcast_feed_response_stream_url_flv_pull_url import (
        WebcastFeedResponseStreamUrlFlvPullUrl,
    )
    from .webcast_feed_response_stream_url_live_core_sdk_data import (
        WebcastFeedResponseStreamUrlLiveCoreSdkData,
    )
    from .webcast_feed_response_stream_url_live_core_sdk_data_pull_data import (
        WebcastFeedResponseStreamUrlLiveCoreSdkDataPullData,
    )
    from .webcast_feed_response_stream_url_live_core_sdk_data_pull_data_options import (
        WebcastFeedResponseStreamUrlLiveCoreSdkDataPullDataOptions,
    )
    from .webcast_feed_response_stream_url_live_core_sdk_data_pull_data_options_default_quality import (
        WebcastFeedResponseStreamUrlLiveCoreSdkDataPullDataOptionsDefaultQuality,
    )
    from .webcast_feed_response_user import WebcastFeedResponseUser
    from .webcast_feed_response_user_follow_info import (
        WebcastFeedResponseUserFollowInfo,
    )
    from .webcast_feed_response_user_own_room import WebcastFeedResponseUserOwnRoom
    from .webcast_feed_response_user_pay_grade import WebcastFeedResponseUserPayGrade
    from .webcast_feed_response_user_user_attr import WebcastFeedResponseUserUserAttr
    from .webcast_fetch_platform import WebcastFetchPlatform
    from .whirl_captcha_request import WhirlCaptchaRequest
    from .whirl_captcha_response import WhirlCaptchaResponse
    from .whirl_result import WhirlResult
    from .whirl_solution import WhirlSolution

_MODULES = {
    "Account": ".account",
    "AccountConfig": ".account_config",
    "AccountScopes": ".account_scopes",
    "AccountWithPermissionsSafe": ".account_with_permissions_safe",
    "AccountsTableRequestLimits": ".accounts_table_request_limits",
    "Alert": ".alert",
    "AlertConfig": ".alert_config",
    "AlertTarget": ".alert_target",
    "AlertTargetConfig": ".alert_target_config",
    "AlertTargetConfigMetadata": ".alert_target_config_metadata",
    "AlertTargetFormat": ".alert_target_format",
    "AlertTargetStatus": ".alert_target_status",
    "ApiKey": ".api_key",
    "ApiKeyConfig": ".api_key_config",
    "BulkLiveCheckRequest": ".bulk_live_check_request",
    "BulkLiveCheckResponse": ".bulk_live_check_response",
    "BulkLiveCheckResult": ".bulk_live_check_result",
    "BulkLiveCheckResultData": ".bulk_live_check_result_data",
    "BulkLiveCheckResultDataAdditionalProperty": ".bulk_live_check_result_data_additional_property",
    "CaptchaCreditsResponse": ".captcha_credits_response",
    "CountSignUsage": ".count_sign_usage",
    "CreateAlertRequest": ".create_alert_request",
    "CreateAlertResponse": ".create_alert_response",
    "CreateAlertTargetPayload": ".create_alert_target_payload",
    "CreateAlertTargetPayloadMetadata": ".create_alert_target_payload_metadata",
    "CreateAlertTargetResponse": ".create_alert_target_response",
    "CreateJWTResponse": ".create_jwt_response",
    "CreateKeyPayload": ".create_key_payload",
    "CreateKeyResponse": ".create_key_response",
    "DeleteAlertResponse": ".delete_alert_response",
    "DeleteAlertTargetResponse": ".delete_alert_target_response",
    "DeleteKeyDeleteBy": ".delete_key_delete_by",
    "DeleteKeyResponse": ".delete_key_response",
    "EarningsPeriod": ".earnings_period",
    "ErrorResponse": ".error_response",
    "FeedRegion": ".feed_region",
    "FeedResponse": ".feed_response",
    "FeedResult": ".feed_result",
    "GetKeyRetrieveBy": ".get_key_retrieve_by",
    "GetSignUsageResponse": ".get_sign_usage_response",
    "GiftInfo": ".gift_info",
    "GiftInfoData": ".gift_info_data",
    "GiftInfoResponse": ".gift_info_response",
    "HostsResponse": ".hosts_response",
    "IconCaptchaRequest": ".icon_captcha_request",
    "IconCaptchaResponse": ".icon_captcha_response",
    "IconSolution": ".icon_solution",
    "IconsResult": ".icons_result",
    "JWTConfig": ".jwt_config",
    "JWTConfigWebSocketData": ".jwt_config_web_socket_data",
    "JWTCreateConfig": ".jwt_create_config",
    "JWTCreateConfigWebSocketData": ".jwt_create_config_web_socket_data",
    "ListAlertTargetsResponse": ".list_alert_targets_response",
    "ListAlertsResponse": ".list_alerts_response",
    "ListKeysResponse": ".list_keys_response",
    "LiveRoom": ".live_room",
    "LiveRoomData": ".live_room_data",
    "LiveRoomDataRaw": ".live_room_data_raw",
    "LiveUser": ".live_user",
    "LoadShedding": ".load_shedding",
    "PeerPresence": ".peer_presence",
    "PeerPresenceType": ".peer_presence_type",
    "PeerRole": ".peer_role",
    "Point": ".point",
    "ProxyRegion": ".proxy_region",
    "PuzzleCaptchaRequest": ".puzzle_captcha_request",
    "PuzzleCaptchaResponse": ".puzzle_captcha_response",
    "PuzzleResult": ".puzzle_result",
    "PuzzleSolution": ".puzzle_solution",
    "RankingEntry": ".ranking_entry",
    "RankingEntryUser": ".ranking_entry_user",
    "Rankings": ".rankings",
    "RankingsResponse": ".rankings_response",
    "RateLimitWindow": ".rate_limit_window",
    "RateLimitsResponse": ".rate_limits_response",
    "RetrieveAccountResponse": ".retrieve_account_response",
    "RetrieveAgentHostsResponse": ".retrieve_agent_hosts_response",
    "RetrieveAggregateUsagePeriod": ".retrieve_aggregate_usage_period",
    "RetrieveAggregateUsageResponse": ".retrieve_aggregate_usage_response",
    "RetrieveAggregateUsageResponseUsage": ".retrieve_aggregate_usage_response_usage",
    "RetrieveAggregateUsageResponseUsageAdditionalProperty": ".retrieve_aggregate_usage_response_usage_additional_property",
    "RetrieveAlertResponse": ".retrieve_alert_response",
    "RetrieveAlertResponseCreator": ".retrieve_alert_response_creator",
    "RetrieveKeyResponse": ".retrieve_key_response",
    "RetrieveWebcastRankingsRankType": ".retrieve_webcast_rankings_rank_type",
    "RoomIdResponse": ".room_id_response",
    "RoomInfoResponse": ".room_info_response",
    "RoomMediaResponse": ".room_media_response",
    "SendChatRequest": ".send_chat_request",
    "SendChatResponse": ".send_chat_response",
    "SendChatResponseData": ".send_chat_response_data",
    "ShapesCaptchaRequest": ".shapes_captcha_request",
    "ShapesCaptchaResponse": ".shapes_captcha_response",
    "ShapesResult": ".shapes_result",
    "ShapesSolution": ".shapes_solution",
    "SignLogPublic": ".sign_log_public",
    "SignUrlMethod": ".sign_url_method",
    "SignUrlRequest": ".sign_url_request",
    "SignUrlResponse": ".sign_url_response",
    "SignUrlType": ".sign_url_type",
    "SignedUrl": ".signed_url",
    "StreamType": ".stream_type",
    "StringMap": ".string_map",
    "TestAlertTargetResponse": ".test_alert_target_response",
    "UpdateKeyPayload": ".update_key_payload",
    "UpdateKeyResponse": ".update_key_response",
    "UpdateKeyUpdateBy": ".update_key_update_by",
    "UserEarnings": ".user_earnings",
    "UserEarningsEarningsEstimateCurrencyType1": ".user_earnings_earnings_estimate_currency_type_1",
    "UserEarningsEarningsEstimateCurrencyType2Type1": ".user_earnings_earnings_estimate_currency_type_2_type_1",
    "UserEarningsEarningsEstimateCurrencyType3Type1": ".user_earnings_earnings_estimate_currency_type_3_type_1",
    "UserEarningsResponse": ".user_earnings_response",
    "WebcastFeedResponse": ".webcast_feed_response",
    "WebcastFeedResponseExtra": ".webcast_feed_response_extra",
    "WebcastFeedResponseExtraBanner": ".webcast_feed_response_extra_banner",
    "WebcastFeedResponseExtraLogPb": ".webcast_feed_response_extra_log_pb",
    "WebcastFeedResponseHashtag": ".webcast_feed_response_hashtag",
    "WebcastFeedResponseHashtagImage": ".webcast_feed_response_hashtag_image",
    "WebcastFeedResponseImage": ".webcast_feed_response_image",
    "WebcastFeedResponseItem": ".webcast_feed_response_item",
    "WebcastFeedResponseItemFlareInfo": ".webcast_feed_response_item_flare_info",
    "WebcastFeedResponseRoomData": ".webcast_feed_response_room_data",
    "WebcastFeedResponseRoomDataBlurredCover": ".webcast_feed_response_room_data_blurred_cover",
    "WebcastFeedResponseRoomDataCommerceInfo": ".webcast_feed_response_room_data_commerce_info",
    "WebcastFeedResponseRoomDataFeedRoomLabel": ".webcast_feed_response_room_data_feed_room_label",
    "WebcastFeedResponseRoomDataGameTagDetail": ".webcast_feed_response_room_data_game_tag_detail",
    "WebcastFeedResponseRoomDataMultiStreamUrl": ".webcast_feed_response_room_data_multi_stream_url",
    "WebcastFeedResponseRoomDataRectangleCoverImg": ".webcast_feed_response_room_data_rectangle_cover_img",
    "WebcastFeedResponseRoomDataRoomAuth": ".webcast_feed_response_room_data_room_auth",
    "WebcastFeedResponseRoomDataSquareCoverImg": ".webcast_feed_response_room_data_square_cover_img",
    "WebcastFeedResponseRoomDataStats": ".webcast_feed_response_room_data_stats",
    "WebcastFeedResponseRoomDataStreamUrlFilteredInfo": ".webcast_feed_response_room_data_stream_url_filtered_info",
    "WebcastFeedResponseRoomDataTaxonomyTagInfo": ".webcast_feed_response_room_data_taxonomy_tag_info",
    "WebcastFeedResponseStreamUrl": ".webcast_feed_response_stream_url",
    "WebcastFeedResponseStreamUrlFlvPullUrl": ".webcast_feed_response_stream_url_flv_pull_url",
    "WebcastFeedResponseStreamUrlLiveCoreSdkData": ".webcast_feed_response_stream_url_live_core_sdk_data",
    "WebcastFeedResponseStreamUrlLiveCoreSdkDataPullData": ".webcast_feed_response_stream_url_live_core_sdk_data_pull_data",
    "WebcastFeedResponseStreamUrlLiveCoreSdkDataPullDataOptions": ".webcast_feed_response_stream_url_live_core_sdk_data_pull_data_options",
    "WebcastFeedResponseStreamUrlLiveCoreSdkDataPullDataOptionsDefaultQuality": ".webcast_feed_response_stream_url_live_core_sdk_data_pull_data_options_default_quality",
    "WebcastFeedResponseUser": ".webcast_feed_response_user",
    "WebcastFeedResponseUserFollowInfo": ".webcast_feed_response_user_follow_info",
    "WebcastFeedResponseUserOwnRoom": ".webcast_feed_response_user_own_room",
    "WebcastFeedResponseUserPayGrade": ".webcast_feed_response_user_pay_grade",
    "WebcastFeedResponseUserUserAttr": ".webcast_feed_response_user_user_attr",
    "WebcastFetchPlatform": ".webcast_fetch_platform",
    "WhirlCaptchaRequest": ".whirl_captcha_request",
    "WhirlCaptchaResponse": ".whirl_captcha_response",
    "WhirlResult": ".whirl_result",
    "WhirlSolution": ".whirl_solution",
}

__all__ = (
    "Account",
    "AccountConfig",
    "AccountScopes",
    "AccountWithPermissionsSafe",
    "AccountsTableRequestLimits",
    "Alert",
    "AlertConfig",
    "AlertTarget",
    "AlertTargetConfig",
    "AlertTargetConfigMetadata",
    "AlertTargetFormat",
    "AlertTargetStatus",
    "ApiKey",
    "ApiKeyConfig",
    "BulkLiveCheckRequest",
    "BulkLiveCheckResponse",
    "BulkLiveCheckResult",
    "BulkLiveCheckResultData",
    "BulkLiveCheckResultDataAdditionalProperty",
    "CaptchaCreditsResponse",
    "CountSignUsage",
    "CreateAlertRequest",
    "CreateAlertResponse",
    "CreateAlertTargetPayload",
    "CreateAlertTargetPayloadMetadata",
    "CreateAlertTargetResponse",
    "CreateJWTResponse",
    "CreateKeyPayload",
    "CreateKeyResponse",
    "DeleteAlertResponse",
    "DeleteAlertTargetResponse",
    "DeleteKeyDeleteBy",
    "DeleteKeyResponse",
    "EarningsPeriod",
    "ErrorResponse",
    "FeedRegion",
    "FeedResponse",
    "FeedResult",
    "GetKeyRetrieveBy",
    "GetSignUsageResponse",
    "GiftInfo",
    "GiftInfoData",
    "GiftInfoResponse",
    "HostsResponse",
    "IconCaptchaRequest",
    "IconCaptchaResponse",
    "IconSolution",
    "IconsResult",
    "JWTConfig",
    "JWTConfigWebSocketData",
    "JWTCreateConfig",
    "JWTCreateConfigWebSocketData",
    "ListAlertTargetsResponse",
    "ListAlertsResponse",
    "ListKeysResponse",
    "LiveRoom",
    "LiveRoomData",
    "LiveRoomDataRaw",
    "LiveUser",
    "LoadShedding",
    "PeerPresence",
    "PeerPresenceType",
    "PeerRole",
    "Point",
    "ProxyRegion",
    "PuzzleCaptchaRequest",
    "PuzzleCaptchaResponse",
    "PuzzleResult",
    "PuzzleSolution",
    "RankingEntry",
    "RankingEntryUser",
    "Rankings",
    "RankingsResponse",
    "RateLimitWindow",
    "RateLimitsResponse",
    "RetrieveAccountResponse",
    "RetrieveAgentHostsResponse",
    "RetrieveAggregateUsagePeriod",
    "RetrieveAggregateUsageResponse",
    "RetrieveAggregateUsageResponseUsage",
    "RetrieveAggregateUsageResponseUsageAdditionalProperty",
    "RetrieveAlertResponse",
    "RetrieveAlertResponseCreator",
    "RetrieveKeyResponse",
    "RetrieveWebcastRankingsRankType",
    "RoomIdResponse",
    "RoomInfoResponse",
    "RoomMediaResponse",
    "SendChatRequest",
    "SendChatResponse",
    "SendChatResponseData",
    "ShapesCaptchaRequest",
    "ShapesCaptchaResponse",
    "ShapesResult",
    "ShapesSolution",
    "SignLogPublic",
    "SignUrlMethod",
    "SignUrlRequest",
    "SignUrlResponse",
    "SignUrlType",
    "SignedUrl",
    "StreamType",
    "StringMap",
    "TestAlertTargetResponse",
    "UpdateKeyPayload",
    "UpdateKeyResponse",
    "UpdateKeyUpdateBy",
    "UserEarnings",
    "UserEarningsEarningsEstimateCurrencyType1",
    "UserEarningsEarningsEstimateCurrencyType2Type1",
    "UserEarningsEarningsEstimateCurrencyType3Type1",
    "UserEarningsResponse",
    "WebcastFeedResponse",
    "WebcastFeedResponseExtra",
    "WebcastFeedResponseExtraBanner",
    "WebcastFeedResponseExtraLogPb",
    "WebcastFeedResponseHashtag",
    "WebcastFeedResponseHashtagImage",
    "WebcastFeedResponseImage",
    "WebcastFeedResponseItem",
    "WebcastFeedResponseItemFlareInfo",
    "WebcastFeedResponseRoomData",
    "WebcastFeedResponseRoomDataBlurredCover",
    "WebcastFeedResponseRoomDataCommerceInfo",
    "WebcastFeedResponseRoomDataFeedRoomLabel",
    "WebcastFeedResponseRoomDataGameTagDetail",
    "WebcastFeedResponseRoomDataMultiStreamUrl",
    "WebcastFeedResponseRoomDataRectangleCoverImg",
    "WebcastFeedResponseRoomDataRoomAuth",
    "WebcastFeedResponseRoomDataSquareCoverImg",
    "WebcastFeedResponseRoomDataStats",
    "WebcastFeedResponseRoomDataStreamUrlFilteredInfo",
    "WebcastFeedResponseRoomDataTaxonomyTagInfo",
    "WebcastFeedResponseStreamUrl",
    "WebcastFeedResponseStreamUrlFlvPullUrl",
    "WebcastFeedResponseStreamUrlLiveCoreSdkData",
    "WebcastFeedResponseStreamUrlLiveCoreSdkDataPullData",
    "WebcastFeedResponseStreamUrlLiveCoreSdkDataPullDataOptions",
    "WebcastFeedResponseStreamUrlLiveCoreSdkDataPullDataOptionsDefaultQuality",
    "WebcastFeedResponseUser",
    "WebcastFeedResponseUserFollowInfo",
    "WebcastFeedResponseUserOwnRoom",
    "WebcastFeedResponseUserPayGrade",
    "WebcastFeedResponseUserUserAttr",
    "WebcastFetchPlatform",
    "WhirlCaptchaRequest",
    "WhirlCaptchaResponse",
    "WhirlResult",
    "WhirlSolution",
)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_MODULES})
