"""Contains all the data models used in inputs/outputs

Each model is imported on first use (PEP 562), so importing one model, or an endpoint module, does not import
them all. Type checkers see the usual imports.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .account_scopes import AccountScopes
    from .account_with_permissions_safe import AccountWithPermissionsSafe
    from .accounts_table_request_limits import AccountsTableRequestLimits
    from .agency_apply_url_response import AgencyApplyUrlResponse
    from .agency_catalog_entry import AgencyCatalogEntry
    from .agency_catalog_entry_response import AgencyCatalogEntryResponse
    from .agency_catalog_search_response import AgencyCatalogSearchResponse
    from .alert_response_shape import AlertResponseShape
    from .alert_target_response_shape import AlertTargetResponseShape
    from .alert_target_response_shape_metadata import AlertTargetResponseShapeMetadata
    from .api_key import ApiKey
    from .available_dates_response import AvailableDatesResponse
    from .available_rankings_response import AvailableRankingsResponse
    from .available_rankings_response_regions import AvailableRankingsResponseRegions
    from .available_webcast_rank_name import AvailableWebcastRankName
    from .bulk_live_check_request import BulkLiveCheckRequest
    from .bulk_live_check_request_with_session import BulkLiveCheckRequestWithSession
    from .bulk_live_check_response import BulkLiveCheckResponse
    from .captcha_credits_response import CaptchaCreditsResponse
    from .complete_icon_captcha_body import CompleteIconCaptchaBody
    from .complete_puzzle_captcha_body import CompletePuzzleCaptchaBody
    from .complete_shapes_captcha_body import CompleteShapesCaptchaBody
    from .complete_whirl_captcha_body import CompleteWhirlCaptchaBody
    from .create_alert_body import CreateAlertBody
    from .create_alert_response import CreateAlertResponse
    from .create_alert_target_payload import CreateAlertTargetPayload
    from .create_alert_target_payload_metadata import CreateAlertTargetPayloadMetadata
    from .create_alert_target_response import CreateAlertTargetResponse
    from .create_jwt_response import CreateJWTResponse
    from .create_key_payload import CreateKeyPayload
    from .create_key_response import CreateKeyResponse
    from .creator_id_type import CreatorIdType
    from .decrypt_ec_data_body import DecryptEcDataBody
    from .decrypt_ec_data_response import DecryptEcDataResponse
    from .decrypt_ec_data_response_data import DecryptEcDataResponseData
    from .decrypt_str_data_body import DecryptStrDataBody
    from .decrypt_str_data_response import DecryptStrDataResponse
    from .decrypt_str_data_response_data import DecryptStrDataResponseData
    from .decrypt_x_dynosaur_body import DecryptXDynosaurBody
    from .decrypt_x_dynosaur_response import DecryptXDynosaurResponse
    from .decrypt_x_dynosaur_response_data import DecryptXDynosaurResponseData
    from .decrypt_x_gnarly_body import DecryptXGnarlyBody
    from .decrypt_x_gnarly_response import DecryptXGnarlyResponse
    from .decrypt_x_gnarly_response_data import DecryptXGnarlyResponseData
    from .delete_alert_response import DeleteAlertResponse
    from .delete_alert_target_response import DeleteAlertTargetResponse
    from .delete_key_delete_by import DeleteKeyDeleteBy
    from .delete_key_response import DeleteKeyResponse
    from .error_response import ErrorResponse
    from .exchange_token_request import ExchangeTokenRequest
    from .exchange_token_request_grant_type import ExchangeTokenRequestGrantType
    from .get_key_retrieve_by import GetKeyRetrieveBy
    from .get_public_client_response import GetPublicClientResponse
    from .gift_catalog_order_by import GiftCatalogOrderBy
    from .gift_gallery_progress_item import GiftGalleryProgressItem
    from .gift_gallery_sponsor_info import GiftGallerySponsorInfo
    from .gift_override import GiftOverride
    from .gift_override_gift_sponsor_info import GiftOverrideGiftSponsorInfo
    from .hashtag_list_api_response import HashtagListAPIResponse
    from .hosts_response import HostsResponse
    from .icon_captcha_response import IconCaptchaResponse
    from .icons_result import IconsResult
    from .introspect_request_body import IntrospectRequestBody
    from .introspect_request_body_token_type_hint import (
        IntrospectRequestBodyTokenTypeHint,
    )
    from .introspection_response import IntrospectionResponse
    from .introspection_response_token_type import IntrospectionResponseTokenType
    from .jwt_api_access import JWTApiAccess
    from .jwt_cdn_access import JWTCdnAccess
    from .jwt_configuration import JWTConfiguration
    from .jwt_configuration_metadata import JWTConfigurationMetadata
    from .jwt_configuration_metadata_extra import JWTConfigurationMetadataExtra
    from .jwt_configuration_metadata_version import JWTConfigurationMetadataVersion
    from .jwt_configuration_web_socket_data import JWTConfigurationWebSocketData
    from .jwt_web_socket_access import JWTWebSocketAccess
    from .leaderboard_response import LeaderboardResponse
    from .leaderboard_row import LeaderboardRow
    from .leaderboard_row_live_status import LeaderboardRowLiveStatus
    from .leaderboard_row_user import LeaderboardRowUser
    from .legacy_jwt_configuration import LegacyJWTConfiguration
    from .list_alert_targets_response import ListAlertTargetsResponse
    from .list_alerts_response import ListAlertsResponse
    from .list_keys_response import ListKeysResponse
    from .live_analytics_user_interactions_api_response import (
        LiveAnalyticsUserInteractionsAPIResponse,
    )
    from .live_analytics_video_detail_api_response import (
        LiveAnalyticsVideoDetailAPIResponse,
    )
    from .live_analytics_video_list_api_response import (
        LiveAnalyticsVideoListAPIResponse,
    )
    from .live_push_alert_target_format import LivePushAlertTargetFormat
    from .live_push_alert_target_status import LivePushAlertTargetStatus
    from .mute_duration import MuteDuration
    from .normal_gift_item import NormalGiftItem
    from .normal_gift_item_biz_extra import NormalGiftItemBizExtra
    from .o_auth_client_mode import OAuthClientMode
    from .o_auth_introspect_response import OAuthIntrospectResponse
    from .o_auth_revoke_response import OAuthRevokeResponse
    from .o_auth_scope import OAuthScope
    from .o_auth_token_response import OAuthTokenResponse
    from .o_auth_user_info_response import OAuthUserInfoResponse
    from .peer_presence import PeerPresence
    from .peer_presence_type import PeerPresenceType
    from .peer_role import PeerRole
    from .pip_response import PipResponse
    from .point import Point
    from .pooled_proxy_region import PooledProxyRegion
    from .proxy_sign_result import ProxySignResult
    from .proxy_sign_result_cookies_item import ProxySignResultCookiesItem
    from .proxy_sign_result_request_headers import ProxySignResultRequestHeaders
    from .proxy_sign_result_tokens import ProxySignResultTokens
    from .public_o_auth_client_info import PublicOAuthClientInfo
    from .puzzle_captcha_response import PuzzleCaptchaResponse
    from .puzzle_result import PuzzleResult
    from .ranking_league_level import RankingLeagueLevel
    from .ranking_league_name import RankingLeagueName
    from .rate_limit_info import RateLimitInfo
    from .rate_limit_type import RateLimitType
    from .rate_limits_response import RateLimitsResponse
    from .region_overview import RegionOverview
    from .region_overview_leagues_item import RegionOverviewLeaguesItem
    from .region_overview_rankings_item import RegionOverviewRankingsItem
    from .region_ranking_entry import RegionRankingEntry
    from .region_ranking_user import RegionRankingUser
    from .retrieve_account_response import RetrieveAccountResponse
    from .retrieve_agent_hosts_response import RetrieveAgentHostsResponse
    from .retrieve_alert_response import RetrieveAlertResponse
    from .retrieve_alert_response_creator import RetrieveAlertResponseCreator
    from .retrieve_key_response import RetrieveKeyResponse
    from .retrieve_tik_tok_user_basic_response import RetrieveTikTokUserBasicResponse
    from .retrieve_tik_tok_user_info_response import RetrieveTikTokUserInfoResponse
    from .retrieve_tik_tok_users_catalog_numeric_id_response import (
        RetrieveTikTokUsersCatalogNumericIdResponse,
    )
    from .retrieve_tik_tok_users_catalog_username_response import (
        RetrieveTikTokUsersCatalogUsernameResponse,
    )
    from .retrieve_tik_tok_video_basic_response import RetrieveTikTokVideoBasicResponse
    from .retrieve_tik_tok_video_detailed_response import (
        RetrieveTikTokVideoDetailedResponse,
    )
    from .retrieve_tik_tok_video_thumbnail_response import (
        RetrieveTikTokVideoThumbnailResponse,
    )
    from .retrieve_web_socket_route_response import RetrieveWebSocketRouteResponse
    from .retrieve_web_sockets_route_response import RetrieveWebSocketsRouteResponse
    from .retrieve_webcast_anchor_events_response import (
        RetrieveWebcastAnchorEventsResponse,
    )
    from .retrieve_webcast_event_response import RetrieveWebcastEventResponse
    from .retrieve_webcast_gifts_webcast_language import (
        RetrieveWebcastGiftsWebcastLanguage,
    )
    from .retrieve_webcast_rankings_rank_type import RetrieveWebcastRankingsRankType
    from .revoke_request_body import RevokeRequestBody
    from .revoke_request_body_token_type_hint import RevokeRequestBodyTokenTypeHint
    from .room_add_sensitive_word_api_response import RoomAddSensitiveWordAPIResponse
    from .room_admin_update_api_response import RoomAdminUpdateAPIResponse
    from .room_comments_toggle_api_response import RoomCommentsToggleAPIResponse
    from .room_del_sensitive_word_api_response import RoomDelSensitiveWordAPIResponse
    from .room_get_sensitive_words_api_response import RoomGetSensitiveWordsAPIResponse
    from .room_gifts_response import RoomGiftsResponse
    from .room_gifts_result import RoomGiftsResult
    from .room_gifts_result_gift_overrides import RoomGiftsResultGiftOverrides
    from .room_gifts_result_panel_refresh_data import RoomGiftsResultPanelRefreshData
    from .room_id_response import RoomIdResponse
    from .room_info_by_room_id_response import RoomInfoByRoomIdResponse
    from .room_info_fetch_api_route import RoomInfoFetchApiRoute
    from .room_info_response import RoomInfoResponse
    from .room_kick_user_api_response import RoomKickUserAPIResponse
    from .room_kicked_users_api_response import RoomKickedUsersAPIResponse
    from .room_media_response import RoomMediaResponse
    from .room_moderators_api_response import RoomModeratorsAPIResponse
    from .room_mute_user_api_response import RoomMuteUserAPIResponse
    from .room_muted_users_api_response import RoomMutedUsersAPIResponse
    from .room_resolution_detail import RoomResolutionDetail
    from .room_resolution_reason import RoomResolutionReason
    from .room_unkick_user_api_response import RoomUnkickUserAPIResponse
    from .room_unmute_user_api_response import RoomUnmuteUserAPIResponse
    from .route_image_source import RouteImageSource
    from .search_tik_tok_users_catalog_response import SearchTikTokUsersCatalogResponse
    from .search_user_response import SearchUserResponse
    from .search_user_result import SearchUserResult
    from .send_chat_request import SendChatRequest
    from .send_chat_request_with_session import SendChatRequestWithSession
    from .send_chat_response import SendChatResponse
    from .shapes_captcha_response import ShapesCaptchaResponse
    from .shapes_result import ShapesResult
    from .sign_url_method import SignUrlMethod
    from .sign_url_request import SignUrlRequest
    from .sign_url_response import SignUrlResponse
    from .sign_url_type import SignUrlType
    from .signed_jwt_configuration import SignedJWTConfiguration
    from .signed_jwt_configuration_extra import SignedJWTConfigurationExtra
    from .signed_jwt_configuration_web_socket_data import (
        SignedJWTConfigurationWebSocketData,
    )
    from .stable_stream_quality import StableStreamQuality
    from .stable_stream_type import StableStreamType
    from .stable_stream_url import StableStreamUrl
    from .stable_tik_tok_live_user import StableTikTokLiveUser
    from .stable_tik_tok_live_user_raw import StableTikTokLiveUserRaw
    from .stable_tik_tok_room import StableTikTokRoom
    from .stable_tik_tok_room_user import StableTikTokRoomUser
    from .stable_webcast_user_earnings_output import StableWebcastUserEarningsOutput
    from .stable_webcast_user_earnings_output_earnings_estimate_currency import (
        StableWebcastUserEarningsOutputEarningsEstimateCurrency,
    )
    from .test_alert_target_response import TestAlertTargetResponse
    from .tik_tok_catalog_user import TikTokCatalogUser
    from .tik_tok_gifts_server_gift import TikTokGiftsServerGift
    from .tik_tok_o_auth_user_info import TikTokOAuthUserInfo
    from .tik_tok_sign_live_client import TikTokSignLiveClient
    from .tik_tok_user_basic_extra_info import TikTokUserBasicExtraInfo
    from .tik_tok_user_basic_user import TikTokUserBasicUser
    from .tik_tok_user_info_by_id import TikTokUserInfoById
    from .tik_tok_user_info_by_id_follow_info import TikTokUserInfoByIdFollowInfo
    from .tik_tok_user_info_by_id_image import TikTokUserInfoByIdImage
    from .tik_tok_video_basic_author import TikTokVideoBasicAuthor
    from .tik_tok_video_basic_music import TikTokVideoBasicMusic
    from .tik_tok_video_basic_video import TikTokVideoBasicVideo
    from .tik_tok_video_detailed_author import TikTokVideoDetailedAuthor
    from .tik_tok_video_detailed_music import TikTokVideoDetailedMusic
    from .tik_tok_video_detailed_statistics import TikTokVideoDetailedStatistics
    from .tik_tok_video_detailed_video import TikTokVideoDetailedVideo
    from .tik_tok_video_detailed_video_data import TikTokVideoDetailedVideoData
    from .tik_tok_video_detailed_video_data_headers import (
        TikTokVideoDetailedVideoDataHeaders,
    )
    from .token_error_response import TokenErrorResponse
    from .token_response import TokenResponse
    from .token_response_token_type import TokenResponseTokenType
    from .update_key_payload import UpdateKeyPayload
    from .update_key_response import UpdateKeyResponse
    from .update_key_update_by import UpdateKeyUpdateBy
    from .user_catalog_search_match import UserCatalogSearchMatch
    from .user_day_history_point import UserDayHistoryPoint
    from .user_day_history_response import UserDayHistoryResponse
    from .user_day_history_response_user import UserDayHistoryResponseUser
    from .user_history_point import UserHistoryPoint
    from .user_history_response import UserHistoryResponse
    from .user_history_response_user import UserHistoryResponseUser
    from .user_leaderboards_response import UserLeaderboardsResponse
    from .user_leaderboards_response_leaderboards import (
        UserLeaderboardsResponseLeaderboards,
    )
    from .validate_refresh_request import ValidateRefreshRequest
    from .validate_refresh_response import ValidateRefreshResponse
    from .web_socket_state import WebSocketState
    from .webcast_event import WebcastEvent
    from .webcast_event_host import WebcastEventHost
    from .webcast_event_image import WebcastEventImage
    from .webcast_event_list_item import WebcastEventListItem
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
    from .webcast_feed_response_room_data_stats_user_count_composition import (
        WebcastFeedResponseRoomDataStatsUserCountComposition,
    )
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
    from .webcast_feed_response_stream_url_flv_pull_url_params import (
        WebcastFeedResponseStreamUrlFlvPullUrlParams,
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
    from .webcast_feed_route_output import WebcastFeedRouteOutput
    from .webcast_feed_route_response import WebcastFeedRouteResponse
    from .webcast_fetch_platform import WebcastFetchPlatform
    from .webcast_gift_gallery_data import WebcastGiftGalleryData
    from .webcast_gift_gallery_data_anchor_ranking_league import (
        WebcastGiftGalleryDataAnchorRankingLeague,
    )
    from .webcast_gift_gallery_data_current_user_progress import (
        WebcastGiftGalleryDataCurrentUserProgress,
    )
    from .webcast_gift_gallery_response import WebcastGiftGalleryResponse
    from .webcast_gift_response import WebcastGiftResponse
    from .webcast_gift_search_response import WebcastGiftSearchResponse
    from .webcast_giftcatalog_response import WebcastGiftcatalogResponse
    from .webcast_gifts_response import WebcastGiftsResponse
    from .webcast_hashtag_list_response import WebcastHashtagListResponse
    from .webcast_hashtag_list_response_data import WebcastHashtagListResponseData
    from .webcast_hashtag_list_response_extra import WebcastHashtagListResponseExtra
    from .webcast_hashtag_list_response_game_category import (
        WebcastHashtagListResponseGameCategory,
    )
    from .webcast_hashtag_list_response_game_tag import (
        WebcastHashtagListResponseGameTag,
    )
    from .webcast_hashtag_list_response_hashtag import WebcastHashtagListResponseHashtag
    from .webcast_hashtag_list_response_hashtag_simple import (
        WebcastHashtagListResponseHashtagSimple,
    )
    from .webcast_hashtag_list_response_image import WebcastHashtagListResponseImage
    from .webcast_hashtag_list_route_output import WebcastHashtagListRouteOutput
    from .webcast_is_live_output import WebcastIsLiveOutput
    from .webcast_is_live_output_data import WebcastIsLiveOutputData
    from .webcast_is_live_output_data_additional_property import (
        WebcastIsLiveOutputDataAdditionalProperty,
    )
    from .webcast_language import WebcastLanguage
    from .webcast_live_analytics_user_interactions_response import (
        WebcastLiveAnalyticsUserInteractionsResponse,
    )
    from .webcast_live_analytics_user_interactions_response_comment import (
        WebcastLiveAnalyticsUserInteractionsResponseComment,
    )
    from .webcast_live_analytics_user_interactions_response_data import (
        WebcastLiveAnalyticsUserInteractionsResponseData,
    )
    from .webcast_live_analytics_user_interactions_response_enigma_info import (
        WebcastLiveAnalyticsUserInteractionsResponseEnigmaInfo,
    )
    from .webcast_live_analytics_user_interactions_response_extra import (
        WebcastLiveAnalyticsUserInteractionsResponseExtra,
    )
    from .webcast_live_analytics_user_interactions_response_image import (
        WebcastLiveAnalyticsUserInteractionsResponseImage,
    )
    from .webcast_live_analytics_user_interactions_response_pay_grade import (
        WebcastLiveAnalyticsUserInteractionsResponsePayGrade,
    )
    from .webcast_live_analytics_user_interactions_response_user import (
        WebcastLiveAnalyticsUserInteractionsResponseUser,
    )
    from .webcast_live_analytics_user_interactions_response_user_attr import (
        WebcastLiveAnalyticsUserInteractionsResponseUserAttr,
    )
    from .webcast_live_analytics_user_interactions_response_user_attr_admin_permissions import (
        WebcastLiveAnalyticsUserInteractionsResponseUserAttrAdminPermissions,
    )
    from .webcast_live_analytics_user_interactions_route_output import (
        WebcastLiveAnalyticsUserInteractionsRouteOutput,
    )
    from .webcast_live_analytics_video_detail_response import (
        WebcastLiveAnalyticsVideoDetailResponse,
    )
    from .webcast_live_analytics_video_detail_response_analytics import (
        WebcastLiveAnalyticsVideoDetailResponseAnalytics,
    )
    from .webcast_live_analytics_video_detail_response_average_watch_time import (
        WebcastLiveAnalyticsVideoDetailResponseAverageWatchTime,
    )
    from .webcast_live_analytics_video_detail_response_behavior_summary import (
        WebcastLiveAnalyticsVideoDetailResponseBehaviorSummary,
    )
    from .webcast_live_analytics_video_detail_response_cohost_summary import (
        WebcastLiveAnalyticsVideoDetailResponseCohostSummary,
    )
    from .webcast_live_analytics_video_detail_response_comments_info import (
        WebcastLiveAnalyticsVideoDetailResponseCommentsInfo,
    )
    from .webcast_live_analytics_video_detail_response_data import (
        WebcastLiveAnalyticsVideoDetailResponseData,
    )
    from .webcast_live_analytics_video_detail_response_detailed_metrics import (
        WebcastLiveAnalyticsVideoDetailResponseDetailedMetrics,
    )
    from .webcast_live_analytics_video_detail_response_diamonds_details import (
        WebcastLiveAnalyticsVideoDetailResponseDiamondsDetails,
    )
    from .webcast_live_analytics_video_detail_response_earnings import (
        WebcastLiveAnalyticsVideoDetailResponseEarnings,
    )
    from .webcast_live_analytics_video_detail_response_extra import (
        WebcastLiveAnalyticsVideoDetailResponseExtra,
    )
    from .webcast_live_analytics_video_detail_response_follower_metric import (
        WebcastLiveAnalyticsVideoDetailResponseFollowerMetric,
    )
    from .webcast_live_analytics_video_detail_response_interaction import (
        WebcastLiveAnalyticsVideoDetailResponseInteraction,
    )
    from .webcast_live_analytics_video_detail_response_multi_guest_summary import (
        WebcastLiveAnalyticsVideoDetailResponseMultiGuestSummary,
    )
    from .webcast_live_analytics_video_detail_response_new_analytics import (
        WebcastLiveAnalyticsVideoDetailResponseNewAnalytics,
    )
    from .webcast_live_analytics_video_detail_response_new_earnings import (
        WebcastLiveAnalyticsVideoDetailResponseNewEarnings,
    )
    from .webcast_live_analytics_video_detail_response_new_interaction import (
        WebcastLiveAnalyticsVideoDetailResponseNewInteraction,
    )
    from .webcast_live_analytics_video_detail_response_new_views import (
        WebcastLiveAnalyticsVideoDetailResponseNewViews,
    )
    from .webcast_live_analytics_video_detail_response_region_entry import (
        WebcastLiveAnalyticsVideoDetailResponseRegionEntry,
    )
    from .webcast_live_analytics_video_detail_response_traffic_conversion import (
        WebcastLiveAnalyticsVideoDetailResponseTrafficConversion,
    )
    from .webcast_live_analytics_video_detail_response_traffic_info import (
        WebcastLiveAnalyticsVideoDetailResponseTrafficInfo,
    )
    from .webcast_live_analytics_video_detail_response_traffic_total import (
        WebcastLiveAnalyticsVideoDetailResponseTrafficTotal,
    )
    from .webcast_live_analytics_video_detail_response_video_recomm_info import (
        WebcastLiveAnalyticsVideoDetailResponseVideoRecommInfo,
    )
    from .webcast_live_analytics_video_detail_response_viewer_info import (
        WebcastLiveAnalyticsVideoDetailResponseViewerInfo,
    )
    from .webcast_live_analytics_video_detail_response_viewer_portrait import (
        WebcastLiveAnalyticsVideoDetailResponseViewerPortrait,
    )
    from .webcast_live_analytics_video_detail_response_viewers_age import (
        WebcastLiveAnalyticsVideoDetailResponseViewersAge,
    )
    from .webcast_live_analytics_video_detail_response_viewers_gender import (
        WebcastLiveAnalyticsVideoDetailResponseViewersGender,
    )
    from .webcast_live_analytics_video_detail_response_viewers_region import (
        WebcastLiveAnalyticsVideoDetailResponseViewersRegion,
    )
    from .webcast_live_analytics_video_detail_response_views import (
        WebcastLiveAnalyticsVideoDetailResponseViews,
    )
    from .webcast_live_analytics_video_detail_response_views_by_section import (
        WebcastLiveAnalyticsVideoDetailResponseViewsBySection,
    )
    from .webcast_live_analytics_video_detail_response_watcher_rank import (
        WebcastLiveAnalyticsVideoDetailResponseWatcherRank,
    )
    from .webcast_live_analytics_video_detail_response_watcher_rank_user import (
        WebcastLiveAnalyticsVideoDetailResponseWatcherRankUser,
    )
    from .webcast_live_analytics_video_detail_route_output import (
        WebcastLiveAnalyticsVideoDetailRouteOutput,
    )
    from .webcast_live_analytics_video_list_response import (
        WebcastLiveAnalyticsVideoListResponse,
    )
    from .webcast_live_analytics_video_list_response_data import (
        WebcastLiveAnalyticsVideoListResponseData,
    )
    from .webcast_live_analytics_video_list_response_extra import (
        WebcastLiveAnalyticsVideoListResponseExtra,
    )
    from .webcast_live_analytics_video_list_response_video import (
        WebcastLiveAnalyticsVideoListResponseVideo,
    )
    from .webcast_live_analytics_video_list_route_output import (
        WebcastLiveAnalyticsVideoListRouteOutput,
    )
    from .webcast_region_rankings_output import WebcastRegionRankingsOutput
    from .webcast_region_rankings_response import WebcastRegionRankingsResponse
    from .webcast_room_add_sensitive_word_response import (
        WebcastRoomAddSensitiveWordResponse,
    )
    from .webcast_room_add_sensitive_word_response_data import (
        WebcastRoomAddSensitiveWordResponseData,
    )
    from .webcast_room_add_sensitive_word_response_data_words_item import (
        WebcastRoomAddSensitiveWordResponseDataWordsItem,
    )
    from .webcast_room_add_sensitive_word_response_extra import (
        WebcastRoomAddSensitiveWordResponseExtra,
    )
    from .webcast_room_add_sensitive_word_route_output import (
        WebcastRoomAddSensitiveWordRouteOutput,
    )
    from .webcast_room_admin_list_response import WebcastRoomAdminListResponse
    from .webcast_room_admin_list_response_admin import (
        WebcastRoomAdminListResponseAdmin,
    )
    from .webcast_room_admin_list_response_admin_admin_permissions import (
        WebcastRoomAdminListResponseAdminAdminPermissions,
    )
    from .webcast_room_admin_list_response_extra import (
        WebcastRoomAdminListResponseExtra,
    )
    from .webcast_room_admin_list_response_image import (
        WebcastRoomAdminListResponseImage,
    )
    from .webcast_room_admin_list_route_output import WebcastRoomAdminListRouteOutput
    from .webcast_room_admin_update_response import WebcastRoomAdminUpdateResponse
    from .webcast_room_admin_update_response_data import (
        WebcastRoomAdminUpdateResponseData,
    )
    from .webcast_room_admin_update_response_extra import (
        WebcastRoomAdminUpdateResponseExtra,
    )
    from .webcast_room_admin_update_route_output import (
        WebcastRoomAdminUpdateRouteOutput,
    )
    from .webcast_room_comments_toggle_response import WebcastRoomCommentsToggleResponse
    from .webcast_room_comments_toggle_response_data import (
        WebcastRoomCommentsToggleResponseData,
    )
    from .webcast_room_comments_toggle_response_extra import (
        WebcastRoomCommentsToggleResponseExtra,
    )
    from .webcast_room_comments_toggle_route_output import (
        WebcastRoomCommentsToggleRouteOutput,
    )
    from .webcast_room_del_sensitive_word_response import (
        WebcastRoomDelSensitiveWordResponse,
    )
    from .webcast_room_del_sensitive_word_response_data import (
        WebcastRoomDelSensitiveWordResponseData,
    )
    from .webcast_room_del_sensitive_word_response_extra import (
        WebcastRoomDelSensitiveWordResponseExtra,
    )
    from .webcast_room_del_sensitive_word_route_output import (
        WebcastRoomDelSensitiveWordRouteOutput,
    )
    from .webcast_room_get_sensitive_word_response import (
        WebcastRoomGetSensitiveWordResponse,
    )
    from .webcast_room_get_sensitive_word_response_data import (
        WebcastRoomGetSensitiveWordResponseData,
    )
    from .webcast_room_get_sensitive_word_response_data_words_item import (
        WebcastRoomGetSensitiveWordResponseDataWordsItem,
    )
    from .webcast_room_get_sensitive_word_response_extra import (
        WebcastRoomGetSensitiveWordResponseExtra,
    )
    from .webcast_room_get_sensitive_word_route_output import (
        WebcastRoomGetSensitiveWordRouteOutput,
    )
    from .webcast_room_info_from_html_route_response import (
        WebcastRoomInfoFromHtmlRouteResponse,
    )
    from .webcast_room_kick_user_response import WebcastRoomKickUserResponse
    from .webcast_room_kick_user_response_data import WebcastRoomKickUserResponseData
    from .webcast_room_kick_user_response_extra import WebcastRoomKickUserResponseExtra
    from .webcast_room_kick_user_route_output import WebcastRoomKickUserRouteOutput
    from .webcast_room_kicked_users_response import WebcastRoomKickedUsersResponse
    from .webcast_room_kicked_users_response_data_item import (
        WebcastRoomKickedUsersResponseDataItem,
    )
    from .webcast_room_kicked_users_response_extra import (
        WebcastRoomKickedUsersResponseExtra,
    )
    from .webcast_room_kicked_users_route_output import (
        WebcastRoomKickedUsersRouteOutput,
    )
    from .webcast_room_mute_user_response import WebcastRoomMuteUserResponse
    from .webcast_room_mute_user_response_data import WebcastRoomMuteUserResponseData
    from .webcast_room_mute_user_response_extra import WebcastRoomMuteUserResponseExtra
    from .webcast_room_mute_user_route_output import WebcastRoomMuteUserRouteOutput
    from .webcast_room_muted_users_response import WebcastRoomMutedUsersResponse
    from .webcast_room_muted_users_response_badge import (
        WebcastRoomMutedUsersResponseBadge,
    )
    from .webcast_room_muted_users_response_badge_background import (
        WebcastRoomMutedUsersResponseBadgeBackground,
    )
    from .webcast_room_muted_users_response_badge_combine import (
        WebcastRoomMutedUsersResponseBadgeCombine,
    )
    from .webcast_room_muted_users_response_badge_text import (
        WebcastRoomMutedUsersResponseBadgeText,
    )
    from .webcast_room_muted_users_response_enigma_info import (
        WebcastRoomMutedUsersResponseEnigmaInfo,
    )
    from .webcast_room_muted_users_response_extra import (
        WebcastRoomMutedUsersResponseExtra,
    )
    from .webcast_room_muted_users_response_follow_info import (
        WebcastRoomMutedUsersResponseFollowInfo,
    )
    from .webcast_room_muted_users_response_image import (
        WebcastRoomMutedUsersResponseImage,
    )
    from .webcast_room_muted_users_response_pay_grade import (
        WebcastRoomMutedUsersResponsePayGrade,
    )
    from .webcast_room_muted_users_response_privilege_log_extra import (
        WebcastRoomMutedUsersResponsePrivilegeLogExtra,
    )
    from .webcast_room_muted_users_response_user import (
        WebcastRoomMutedUsersResponseUser,
    )
    from .webcast_room_muted_users_response_user_attr import (
        WebcastRoomMutedUsersResponseUserAttr,
    )
    from .webcast_room_muted_users_response_user_attr_admin_permissions import (
        WebcastRoomMutedUsersResponseUserAttrAdminPermissions,
    )
    from .webcast_room_muted_users_route_output import WebcastRoomMutedUsersRouteOutput
    from .webcast_room_rankings_output import WebcastRoomRankingsOutput
    from .webcast_room_rankings_rank import WebcastRoomRankingsRank
    from .webcast_room_rankings_response import WebcastRoomRankingsResponse
    from .webcast_room_rankings_user import WebcastRoomRankingsUser
    from .webcast_room_send_chat_response import WebcastRoomSendChatResponse
    from .webcast_room_send_chat_response_data import WebcastRoomSendChatResponseData
    from .webcast_room_send_chat_response_extra import WebcastRoomSendChatResponseExtra
    from .webcast_room_unkick_user_response import WebcastRoomUnkickUserResponse
    from .webcast_room_unkick_user_response_data import (
        WebcastRoomUnkickUserResponseData,
    )
    from .webcast_room_unkick_user_response_extra import (
        WebcastRoomUnkickUserResponseExtra,
    )
    from .webcast_room_unkick_user_route_output import WebcastRoomUnkickUserRouteOutput
    from .webcast_room_unmute_user_response import WebcastRoomUnmuteUserResponse
    from .webcast_room_unmute_user_response_data import (
        WebcastRoomUnmuteUserResponseData,
    )
    from .webcast_room_unmute_user_response_extra import (
        WebcastRoomUnmuteUserResponseExtra,
    )
    from .webcast_room_unmute_user_route_output import WebcastRoomUnmuteUserRouteOutput
    from .webcast_user_earnings_output_period import WebcastUserEarningsOutputPeriod
    from .webcast_user_earnings_response import WebcastUserEarningsResponse
    from .webcast_user_id_response import WebcastUserIdResponse
    from .whirl_captcha_response import WhirlCaptchaResponse
    from .whirl_result import WhirlResult
    from .x_dynosaur_header import XDynosaurHeader
    from .x_dynosaur_script_version import XDynosaurScriptVersion
    from .x_gnarly_script_version import XGnarlyScriptVersion

_MODULES = {
    "AccountScopes": ".account_scopes",
    "AccountWithPermissionsSafe": ".account_with_permissions_safe",
    "AccountsTableRequestLimits": ".accounts_table_request_limits",
    "AgencyApplyUrlResponse": ".agency_apply_url_response",
    "AgencyCatalogEntry": ".agency_catalog_entry",
    "AgencyCatalogEntryResponse": ".agency_catalog_entry_response",
    "AgencyCatalogSearchResponse": ".agency_catalog_search_response",
    "AlertResponseShape": ".alert_response_shape",
    "AlertTargetResponseShape": ".alert_target_response_shape",
    "AlertTargetResponseShapeMetadata": ".alert_target_response_shape_metadata",
    "ApiKey": ".api_key",
    "AvailableDatesResponse": ".available_dates_response",
    "AvailableRankingsResponse": ".available_rankings_response",
    "AvailableRankingsResponseRegions": ".available_rankings_response_regions",
    "AvailableWebcastRankName": ".available_webcast_rank_name",
    "BulkLiveCheckRequest": ".bulk_live_check_request",
    "BulkLiveCheckRequestWithSession": ".bulk_live_check_request_with_session",
    "BulkLiveCheckResponse": ".bulk_live_check_response",
    "CaptchaCreditsResponse": ".captcha_credits_response",
    "CompleteIconCaptchaBody": ".complete_icon_captcha_body",
    "CompletePuzzleCaptchaBody": ".complete_puzzle_captcha_body",
    "CompleteShapesCaptchaBody": ".complete_shapes_captcha_body",
    "CompleteWhirlCaptchaBody": ".complete_whirl_captcha_body",
    "CreateAlertBody": ".create_alert_body",
    "CreateAlertResponse": ".create_alert_response",
    "CreateAlertTargetPayload": ".create_alert_target_payload",
    "CreateAlertTargetPayloadMetadata": ".create_alert_target_payload_metadata",
    "CreateAlertTargetResponse": ".create_alert_target_response",
    "CreateJWTResponse": ".create_jwt_response",
    "CreateKeyPayload": ".create_key_payload",
    "CreateKeyResponse": ".create_key_response",
    "CreatorIdType": ".creator_id_type",
    "DecryptEcDataBody": ".decrypt_ec_data_body",
    "DecryptEcDataResponse": ".decrypt_ec_data_response",
    "DecryptEcDataResponseData": ".decrypt_ec_data_response_data",
    "DecryptStrDataBody": ".decrypt_str_data_body",
    "DecryptStrDataResponse": ".decrypt_str_data_response",
    "DecryptStrDataResponseData": ".decrypt_str_data_response_data",
    "DecryptXDynosaurBody": ".decrypt_x_dynosaur_body",
    "DecryptXDynosaurResponse": ".decrypt_x_dynosaur_response",
    "DecryptXDynosaurResponseData": ".decrypt_x_dynosaur_response_data",
    "DecryptXGnarlyBody": ".decrypt_x_gnarly_body",
    "DecryptXGnarlyResponse": ".decrypt_x_gnarly_response",
    "DecryptXGnarlyResponseData": ".decrypt_x_gnarly_response_data",
    "DeleteAlertResponse": ".delete_alert_response",
    "DeleteAlertTargetResponse": ".delete_alert_target_response",
    "DeleteKeyDeleteBy": ".delete_key_delete_by",
    "DeleteKeyResponse": ".delete_key_response",
    "ErrorResponse": ".error_response",
    "ExchangeTokenRequest": ".exchange_token_request",
    "ExchangeTokenRequestGrantType": ".exchange_token_request_grant_type",
    "GetKeyRetrieveBy": ".get_key_retrieve_by",
    "GetPublicClientResponse": ".get_public_client_response",
    "GiftCatalogOrderBy": ".gift_catalog_order_by",
    "GiftGalleryProgressItem": ".gift_gallery_progress_item",
    "GiftGallerySponsorInfo": ".gift_gallery_sponsor_info",
    "GiftOverride": ".gift_override",
    "GiftOverrideGiftSponsorInfo": ".gift_override_gift_sponsor_info",
    "HashtagListAPIResponse": ".hashtag_list_api_response",
    "HostsResponse": ".hosts_response",
    "IconCaptchaResponse": ".icon_captcha_response",
    "IconsResult": ".icons_result",
    "IntrospectRequestBody": ".introspect_request_body",
    "IntrospectRequestBodyTokenTypeHint": ".introspect_request_body_token_type_hint",
    "IntrospectionResponse": ".introspection_response",
    "IntrospectionResponseTokenType": ".introspection_response_token_type",
    "JWTApiAccess": ".jwt_api_access",
    "JWTCdnAccess": ".jwt_cdn_access",
    "JWTConfiguration": ".jwt_configuration",
    "JWTConfigurationMetadata": ".jwt_configuration_metadata",
    "JWTConfigurationMetadataExtra": ".jwt_configuration_metadata_extra",
    "JWTConfigurationMetadataVersion": ".jwt_configuration_metadata_version",
    "JWTConfigurationWebSocketData": ".jwt_configuration_web_socket_data",
    "JWTWebSocketAccess": ".jwt_web_socket_access",
    "LeaderboardResponse": ".leaderboard_response",
    "LeaderboardRow": ".leaderboard_row",
    "LeaderboardRowLiveStatus": ".leaderboard_row_live_status",
    "LeaderboardRowUser": ".leaderboard_row_user",
    "LegacyJWTConfiguration": ".legacy_jwt_configuration",
    "ListAlertTargetsResponse": ".list_alert_targets_response",
    "ListAlertsResponse": ".list_alerts_response",
    "ListKeysResponse": ".list_keys_response",
    "LiveAnalyticsUserInteractionsAPIResponse": ".live_analytics_user_interactions_api_response",
    "LiveAnalyticsVideoDetailAPIResponse": ".live_analytics_video_detail_api_response",
    "LiveAnalyticsVideoListAPIResponse": ".live_analytics_video_list_api_response",
    "LivePushAlertTargetFormat": ".live_push_alert_target_format",
    "LivePushAlertTargetStatus": ".live_push_alert_target_status",
    "MuteDuration": ".mute_duration",
    "NormalGiftItem": ".normal_gift_item",
    "NormalGiftItemBizExtra": ".normal_gift_item_biz_extra",
    "OAuthClientMode": ".o_auth_client_mode",
    "OAuthIntrospectResponse": ".o_auth_introspect_response",
    "OAuthRevokeResponse": ".o_auth_revoke_response",
    "OAuthScope": ".o_auth_scope",
    "OAuthTokenResponse": ".o_auth_token_response",
    "OAuthUserInfoResponse": ".o_auth_user_info_response",
    "PeerPresence": ".peer_presence",
    "PeerPresenceType": ".peer_presence_type",
    "PeerRole": ".peer_role",
    "PipResponse": ".pip_response",
    "Point": ".point",
    "PooledProxyRegion": ".pooled_proxy_region",
    "ProxySignResult": ".proxy_sign_result",
    "ProxySignResultCookiesItem": ".proxy_sign_result_cookies_item",
    "ProxySignResultRequestHeaders": ".proxy_sign_result_request_headers",
    "ProxySignResultTokens": ".proxy_sign_result_tokens",
    "PublicOAuthClientInfo": ".public_o_auth_client_info",
    "PuzzleCaptchaResponse": ".puzzle_captcha_response",
    "PuzzleResult": ".puzzle_result",
    "RankingLeagueLevel": ".ranking_league_level",
    "RankingLeagueName": ".ranking_league_name",
    "RateLimitInfo": ".rate_limit_info",
    "RateLimitType": ".rate_limit_type",
    "RateLimitsResponse": ".rate_limits_response",
    "RegionOverview": ".region_overview",
    "RegionOverviewLeaguesItem": ".region_overview_leagues_item",
    "RegionOverviewRankingsItem": ".region_overview_rankings_item",
    "RegionRankingEntry": ".region_ranking_entry",
    "RegionRankingUser": ".region_ranking_user",
    "RetrieveAccountResponse": ".retrieve_account_response",
    "RetrieveAgentHostsResponse": ".retrieve_agent_hosts_response",
    "RetrieveAlertResponse": ".retrieve_alert_response",
    "RetrieveAlertResponseCreator": ".retrieve_alert_response_creator",
    "RetrieveKeyResponse": ".retrieve_key_response",
    "RetrieveTikTokUserBasicResponse": ".retrieve_tik_tok_user_basic_response",
    "RetrieveTikTokUserInfoResponse": ".retrieve_tik_tok_user_info_response",
    "RetrieveTikTokUsersCatalogNumericIdResponse": ".retrieve_tik_tok_users_catalog_numeric_id_response",
    "RetrieveTikTokUsersCatalogUsernameResponse": ".retrieve_tik_tok_users_catalog_username_response",
    "RetrieveTikTokVideoBasicResponse": ".retrieve_tik_tok_video_basic_response",
    "RetrieveTikTokVideoDetailedResponse": ".retrieve_tik_tok_video_detailed_response",
    "RetrieveTikTokVideoThumbnailResponse": ".retrieve_tik_tok_video_thumbnail_response",
    "RetrieveWebSocketRouteResponse": ".retrieve_web_socket_route_response",
    "RetrieveWebSocketsRouteResponse": ".retrieve_web_sockets_route_response",
    "RetrieveWebcastAnchorEventsResponse": ".retrieve_webcast_anchor_events_response",
    "RetrieveWebcastEventResponse": ".retrieve_webcast_event_response",
    "RetrieveWebcastGiftsWebcastLanguage": ".retrieve_webcast_gifts_webcast_language",
    "RetrieveWebcastRankingsRankType": ".retrieve_webcast_rankings_rank_type",
    "RevokeRequestBody": ".revoke_request_body",
    "RevokeRequestBodyTokenTypeHint": ".revoke_request_body_token_type_hint",
    "RoomAddSensitiveWordAPIResponse": ".room_add_sensitive_word_api_response",
    "RoomAdminUpdateAPIResponse": ".room_admin_update_api_response",
    "RoomCommentsToggleAPIResponse": ".room_comments_toggle_api_response",
    "RoomDelSensitiveWordAPIResponse": ".room_del_sensitive_word_api_response",
    "RoomGetSensitiveWordsAPIResponse": ".room_get_sensitive_words_api_response",
    "RoomGiftsResponse": ".room_gifts_response",
    "RoomGiftsResult": ".room_gifts_result",
    "RoomGiftsResultGiftOverrides": ".room_gifts_result_gift_overrides",
    "RoomGiftsResultPanelRefreshData": ".room_gifts_result_panel_refresh_data",
    "RoomIdResponse": ".room_id_response",
    "RoomInfoByRoomIdResponse": ".room_info_by_room_id_response",
    "RoomInfoFetchApiRoute": ".room_info_fetch_api_route",
    "RoomInfoResponse": ".room_info_response",
    "RoomKickUserAPIResponse": ".room_kick_user_api_response",
    "RoomKickedUsersAPIResponse": ".room_kicked_users_api_response",
    "RoomMediaResponse": ".room_media_response",
    "RoomModeratorsAPIResponse": ".room_moderators_api_response",
    "RoomMuteUserAPIResponse": ".room_mute_user_api_response",
    "RoomMutedUsersAPIResponse": ".room_muted_users_api_response",
    "RoomResolutionDetail": ".room_resolution_detail",
    "RoomResolutionReason": ".room_resolution_reason",
    "RoomUnkickUserAPIResponse": ".room_unkick_user_api_response",
    "RoomUnmuteUserAPIResponse": ".room_unmute_user_api_response",
    "RouteImageSource": ".route_image_source",
    "SearchTikTokUsersCatalogResponse": ".search_tik_tok_users_catalog_response",
    "SearchUserResponse": ".search_user_response",
    "SearchUserResult": ".search_user_result",
    "SendChatRequest": ".send_chat_request",
    "SendChatRequestWithSession": ".send_chat_request_with_session",
    "SendChatResponse": ".send_chat_response",
    "ShapesCaptchaResponse": ".shapes_captcha_response",
    "ShapesResult": ".shapes_result",
    "SignUrlMethod": ".sign_url_method",
    "SignUrlRequest": ".sign_url_request",
    "SignUrlResponse": ".sign_url_response",
    "SignUrlType": ".sign_url_type",
    "SignedJWTConfiguration": ".signed_jwt_configuration",
    "SignedJWTConfigurationExtra": ".signed_jwt_configuration_extra",
    "SignedJWTConfigurationWebSocketData": ".signed_jwt_configuration_web_socket_data",
    "StableStreamQuality": ".stable_stream_quality",
    "StableStreamType": ".stable_stream_type",
    "StableStreamUrl": ".stable_stream_url",
    "StableTikTokLiveUser": ".stable_tik_tok_live_user",
    "StableTikTokLiveUserRaw": ".stable_tik_tok_live_user_raw",
    "StableTikTokRoom": ".stable_tik_tok_room",
    "StableTikTokRoomUser": ".stable_tik_tok_room_user",
    "StableWebcastUserEarningsOutput": ".stable_webcast_user_earnings_output",
    "StableWebcastUserEarningsOutputEarningsEstimateCurrency": ".stable_webcast_user_earnings_output_earnings_estimate_currency",
    "TestAlertTargetResponse": ".test_alert_target_response",
    "TikTokCatalogUser": ".tik_tok_catalog_user",
    "TikTokGiftsServerGift": ".tik_tok_gifts_server_gift",
    "TikTokOAuthUserInfo": ".tik_tok_o_auth_user_info",
    "TikTokSignLiveClient": ".tik_tok_sign_live_client",
    "TikTokUserBasicExtraInfo": ".tik_tok_user_basic_extra_info",
    "TikTokUserBasicUser": ".tik_tok_user_basic_user",
    "TikTokUserInfoById": ".tik_tok_user_info_by_id",
    "TikTokUserInfoByIdFollowInfo": ".tik_tok_user_info_by_id_follow_info",
    "TikTokUserInfoByIdImage": ".tik_tok_user_info_by_id_image",
    "TikTokVideoBasicAuthor": ".tik_tok_video_basic_author",
    "TikTokVideoBasicMusic": ".tik_tok_video_basic_music",
    "TikTokVideoBasicVideo": ".tik_tok_video_basic_video",
    "TikTokVideoDetailedAuthor": ".tik_tok_video_detailed_author",
    "TikTokVideoDetailedMusic": ".tik_tok_video_detailed_music",
    "TikTokVideoDetailedStatistics": ".tik_tok_video_detailed_statistics",
    "TikTokVideoDetailedVideo": ".tik_tok_video_detailed_video",
    "TikTokVideoDetailedVideoData": ".tik_tok_video_detailed_video_data",
    "TikTokVideoDetailedVideoDataHeaders": ".tik_tok_video_detailed_video_data_headers",
    "TokenErrorResponse": ".token_error_response",
    "TokenResponse": ".token_response",
    "TokenResponseTokenType": ".token_response_token_type",
    "UpdateKeyPayload": ".update_key_payload",
    "UpdateKeyResponse": ".update_key_response",
    "UpdateKeyUpdateBy": ".update_key_update_by",
    "UserCatalogSearchMatch": ".user_catalog_search_match",
    "UserDayHistoryPoint": ".user_day_history_point",
    "UserDayHistoryResponse": ".user_day_history_response",
    "UserDayHistoryResponseUser": ".user_day_history_response_user",
    "UserHistoryPoint": ".user_history_point",
    "UserHistoryResponse": ".user_history_response",
    "UserHistoryResponseUser": ".user_history_response_user",
    "UserLeaderboardsResponse": ".user_leaderboards_response",
    "UserLeaderboardsResponseLeaderboards": ".user_leaderboards_response_leaderboards",
    "ValidateRefreshRequest": ".validate_refresh_request",
    "ValidateRefreshResponse": ".validate_refresh_response",
    "WebSocketState": ".web_socket_state",
    "WebcastEvent": ".webcast_event",
    "WebcastEventHost": ".webcast_event_host",
    "WebcastEventImage": ".webcast_event_image",
    "WebcastEventListItem": ".webcast_event_list_item",
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
    "WebcastFeedResponseRoomDataStatsUserCountComposition": ".webcast_feed_response_room_data_stats_user_count_composition",
    "WebcastFeedResponseRoomDataStreamUrlFilteredInfo": ".webcast_feed_response_room_data_stream_url_filtered_info",
    "WebcastFeedResponseRoomDataTaxonomyTagInfo": ".webcast_feed_response_room_data_taxonomy_tag_info",
    "WebcastFeedResponseStreamUrl": ".webcast_feed_response_stream_url",
    "WebcastFeedResponseStreamUrlFlvPullUrl": ".webcast_feed_response_stream_url_flv_pull_url",
    "WebcastFeedResponseStreamUrlFlvPullUrlParams": ".webcast_feed_response_stream_url_flv_pull_url_params",
    "WebcastFeedResponseStreamUrlLiveCoreSdkData": ".webcast_feed_response_stream_url_live_core_sdk_data",
    "WebcastFeedResponseStreamUrlLiveCoreSdkDataPullData": ".webcast_feed_response_stream_url_live_core_sdk_data_pull_data",
    "WebcastFeedResponseStreamUrlLiveCoreSdkDataPullDataOptions": ".webcast_feed_response_stream_url_live_core_sdk_data_pull_data_options",
    "WebcastFeedResponseStreamUrlLiveCoreSdkDataPullDataOptionsDefaultQuality": ".webcast_feed_response_stream_url_live_core_sdk_data_pull_data_options_default_quality",
    "WebcastFeedResponseUser": ".webcast_feed_response_user",
    "WebcastFeedResponseUserFollowInfo": ".webcast_feed_response_user_follow_info",
    "WebcastFeedResponseUserOwnRoom": ".webcast_feed_response_user_own_room",
    "WebcastFeedResponseUserPayGrade": ".webcast_feed_response_user_pay_grade",
    "WebcastFeedResponseUserUserAttr": ".webcast_feed_response_user_user_attr",
    "WebcastFeedRouteOutput": ".webcast_feed_route_output",
    "WebcastFeedRouteResponse": ".webcast_feed_route_response",
    "WebcastFetchPlatform": ".webcast_fetch_platform",
    "WebcastGiftGalleryData": ".webcast_gift_gallery_data",
    "WebcastGiftGalleryDataAnchorRankingLeague": ".webcast_gift_gallery_data_anchor_ranking_league",
    "WebcastGiftGalleryDataCurrentUserProgress": ".webcast_gift_gallery_data_current_user_progress",
    "WebcastGiftGalleryResponse": ".webcast_gift_gallery_response",
    "WebcastGiftResponse": ".webcast_gift_response",
    "WebcastGiftSearchResponse": ".webcast_gift_search_response",
    "WebcastGiftcatalogResponse": ".webcast_giftcatalog_response",
    "WebcastGiftsResponse": ".webcast_gifts_response",
    "WebcastHashtagListResponse": ".webcast_hashtag_list_response",
    "WebcastHashtagListResponseData": ".webcast_hashtag_list_response_data",
    "WebcastHashtagListResponseExtra": ".webcast_hashtag_list_response_extra",
    "WebcastHashtagListResponseGameCategory": ".webcast_hashtag_list_response_game_category",
    "WebcastHashtagListResponseGameTag": ".webcast_hashtag_list_response_game_tag",
    "WebcastHashtagListResponseHashtag": ".webcast_hashtag_list_response_hashtag",
    "WebcastHashtagListResponseHashtagSimple": ".webcast_hashtag_list_response_hashtag_simple",
    "WebcastHashtagListResponseImage": ".webcast_hashtag_list_response_image",
    "WebcastHashtagListRouteOutput": ".webcast_hashtag_list_route_output",
    "WebcastIsLiveOutput": ".webcast_is_live_output",
    "WebcastIsLiveOutputData": ".webcast_is_live_output_data",
    "WebcastIsLiveOutputDataAdditionalProperty": ".webcast_is_live_output_data_additional_property",
    "WebcastLanguage": ".webcast_language",
    "WebcastLiveAnalyticsUserInteractionsResponse": ".webcast_live_analytics_user_interactions_response",
    "WebcastLiveAnalyticsUserInteractionsResponseComment": ".webcast_live_analytics_user_interactions_response_comment",
    "WebcastLiveAnalyticsUserInteractionsResponseData": ".webcast_live_analytics_user_interactions_response_data",
    "WebcastLiveAnalyticsUserInteractionsResponseEnigmaInfo": ".webcast_live_analytics_user_interactions_response_enigma_info",
    "WebcastLiveAnalyticsUserInteractionsResponseExtra": ".webcast_live_analytics_user_interactions_response_extra",
    "WebcastLiveAnalyticsUserInteractionsResponseImage": ".webcast_live_analytics_user_interactions_response_image",
    "WebcastLiveAnalyticsUserInteractionsResponsePayGrade": ".webcast_live_analytics_user_interactions_response_pay_grade",
    "WebcastLiveAnalyticsUserInteractionsResponseUser": ".webcast_live_analytics_user_interactions_response_user",
    "WebcastLiveAnalyticsUserInteractionsResponseUserAttr": ".webcast_live_analytics_user_interactions_response_user_attr",
    "WebcastLiveAnalyticsUserInteractionsResponseUserAttrAdminPermissions": ".webcast_live_analytics_user_interactions_response_user_attr_admin_permissions",
    "WebcastLiveAnalyticsUserInteractionsRouteOutput": ".webcast_live_analytics_user_interactions_route_output",
    "WebcastLiveAnalyticsVideoDetailResponse": ".webcast_live_analytics_video_detail_response",
    "WebcastLiveAnalyticsVideoDetailResponseAnalytics": ".webcast_live_analytics_video_detail_response_analytics",
    "WebcastLiveAnalyticsVideoDetailResponseAverageWatchTime": ".webcast_live_analytics_video_detail_response_average_watch_time",
    "WebcastLiveAnalyticsVideoDetailResponseBehaviorSummary": ".webcast_live_analytics_video_detail_response_behavior_summary",
    "WebcastLiveAnalyticsVideoDetailResponseCohostSummary": ".webcast_live_analytics_video_detail_response_cohost_summary",
    "WebcastLiveAnalyticsVideoDetailResponseCommentsInfo": ".webcast_live_analytics_video_detail_response_comments_info",
    "WebcastLiveAnalyticsVideoDetailResponseData": ".webcast_live_analytics_video_detail_response_data",
    "WebcastLiveAnalyticsVideoDetailResponseDetailedMetrics": ".webcast_live_analytics_video_detail_response_detailed_metrics",
    "WebcastLiveAnalyticsVideoDetailResponseDiamondsDetails": ".webcast_live_analytics_video_detail_response_diamonds_details",
    "WebcastLiveAnalyticsVideoDetailResponseEarnings": ".webcast_live_analytics_video_detail_response_earnings",
    "WebcastLiveAnalyticsVideoDetailResponseExtra": ".webcast_live_analytics_video_detail_response_extra",
    "WebcastLiveAnalyticsVideoDetailResponseFollowerMetric": ".webcast_live_analytics_video_detail_response_follower_metric",
    "WebcastLiveAnalyticsVideoDetailResponseInteraction": ".webcast_live_analytics_video_detail_response_interaction",
    "WebcastLiveAnalyticsVideoDetailResponseMultiGuestSummary": ".webcast_live_analytics_video_detail_response_multi_guest_summary",
    "WebcastLiveAnalyticsVideoDetailResponseNewAnalytics": ".webcast_live_analytics_video_detail_response_new_analytics",
    "WebcastLiveAnalyticsVideoDetailResponseNewEarnings": ".webcast_live_analytics_video_detail_response_new_earnings",
    "WebcastLiveAnalyticsVideoDetailResponseNewInteraction": ".webcast_live_analytics_video_detail_response_new_interaction",
    "WebcastLiveAnalyticsVideoDetailResponseNewViews": ".webcast_live_analytics_video_detail_response_new_views",
    "WebcastLiveAnalyticsVideoDetailResponseRegionEntry": ".webcast_live_analytics_video_detail_response_region_entry",
    "WebcastLiveAnalyticsVideoDetailResponseTrafficConversion": ".webcast_live_analytics_video_detail_response_traffic_conversion",
    "WebcastLiveAnalyticsVideoDetailResponseTrafficInfo": ".webcast_live_analytics_video_detail_response_traffic_info",
    "WebcastLiveAnalyticsVideoDetailResponseTrafficTotal": ".webcast_live_analytics_video_detail_response_traffic_total",
    "WebcastLiveAnalyticsVideoDetailResponseVideoRecommInfo": ".webcast_live_analytics_video_detail_response_video_recomm_info",
    "WebcastLiveAnalyticsVideoDetailResponseViewerInfo": ".webcast_live_analytics_video_detail_response_viewer_info",
    "WebcastLiveAnalyticsVideoDetailResponseViewerPortrait": ".webcast_live_analytics_video_detail_response_viewer_portrait",
    "WebcastLiveAnalyticsVideoDetailResponseViewersAge": ".webcast_live_analytics_video_detail_response_viewers_age",
    "WebcastLiveAnalyticsVideoDetailResponseViewersGender": ".webcast_live_analytics_video_detail_response_viewers_gender",
    "WebcastLiveAnalyticsVideoDetailResponseViewersRegion": ".webcast_live_analytics_video_detail_response_viewers_region",
    "WebcastLiveAnalyticsVideoDetailResponseViews": ".webcast_live_analytics_video_detail_response_views",
    "WebcastLiveAnalyticsVideoDetailResponseViewsBySection": ".webcast_live_analytics_video_detail_response_views_by_section",
    "WebcastLiveAnalyticsVideoDetailResponseWatcherRank": ".webcast_live_analytics_video_detail_response_watcher_rank",
    "WebcastLiveAnalyticsVideoDetailResponseWatcherRankUser": ".webcast_live_analytics_video_detail_response_watcher_rank_user",
    "WebcastLiveAnalyticsVideoDetailRouteOutput": ".webcast_live_analytics_video_detail_route_output",
    "WebcastLiveAnalyticsVideoListResponse": ".webcast_live_analytics_video_list_response",
    "WebcastLiveAnalyticsVideoListResponseData": ".webcast_live_analytics_video_list_response_data",
    "WebcastLiveAnalyticsVideoListResponseExtra": ".webcast_live_analytics_video_list_response_extra",
    "WebcastLiveAnalyticsVideoListResponseVideo": ".webcast_live_analytics_video_list_response_video",
    "WebcastLiveAnalyticsVideoListRouteOutput": ".webcast_live_analytics_video_list_route_output",
    "WebcastRegionRankingsOutput": ".webcast_region_rankings_output",
    "WebcastRegionRankingsResponse": ".webcast_region_rankings_response",
    "WebcastRoomAddSensitiveWordResponse": ".webcast_room_add_sensitive_word_response",
    "WebcastRoomAddSensitiveWordResponseData": ".webcast_room_add_sensitive_word_response_data",
    "WebcastRoomAddSensitiveWordResponseDataWordsItem": ".webcast_room_add_sensitive_word_response_data_words_item",
    "WebcastRoomAddSensitiveWordResponseExtra": ".webcast_room_add_sensitive_word_response_extra",
    "WebcastRoomAddSensitiveWordRouteOutput": ".webcast_room_add_sensitive_word_route_output",
    "WebcastRoomAdminListResponse": ".webcast_room_admin_list_response",
    "WebcastRoomAdminListResponseAdmin": ".webcast_room_admin_list_response_admin",
    "WebcastRoomAdminListResponseAdminAdminPermissions": ".webcast_room_admin_list_response_admin_admin_permissions",
    "WebcastRoomAdminListResponseExtra": ".webcast_room_admin_list_response_extra",
    "WebcastRoomAdminListResponseImage": ".webcast_room_admin_list_response_image",
    "WebcastRoomAdminListRouteOutput": ".webcast_room_admin_list_route_output",
    "WebcastRoomAdminUpdateResponse": ".webcast_room_admin_update_response",
    "WebcastRoomAdminUpdateResponseData": ".webcast_room_admin_update_response_data",
    "WebcastRoomAdminUpdateResponseExtra": ".webcast_room_admin_update_response_extra",
    "WebcastRoomAdminUpdateRouteOutput": ".webcast_room_admin_update_route_output",
    "WebcastRoomCommentsToggleResponse": ".webcast_room_comments_toggle_response",
    "WebcastRoomCommentsToggleResponseData": ".webcast_room_comments_toggle_response_data",
    "WebcastRoomCommentsToggleResponseExtra": ".webcast_room_comments_toggle_response_extra",
    "WebcastRoomCommentsToggleRouteOutput": ".webcast_room_comments_toggle_route_output",
    "WebcastRoomDelSensitiveWordResponse": ".webcast_room_del_sensitive_word_response",
    "WebcastRoomDelSensitiveWordResponseData": ".webcast_room_del_sensitive_word_response_data",
    "WebcastRoomDelSensitiveWordResponseExtra": ".webcast_room_del_sensitive_word_response_extra",
    "WebcastRoomDelSensitiveWordRouteOutput": ".webcast_room_del_sensitive_word_route_output",
    "WebcastRoomGetSensitiveWordResponse": ".webcast_room_get_sensitive_word_response",
    "WebcastRoomGetSensitiveWordResponseData": ".webcast_room_get_sensitive_word_response_data",
    "WebcastRoomGetSensitiveWordResponseDataWordsItem": ".webcast_room_get_sensitive_word_response_data_words_item",
    "WebcastRoomGetSensitiveWordResponseExtra": ".webcast_room_get_sensitive_word_response_extra",
    "WebcastRoomGetSensitiveWordRouteOutput": ".webcast_room_get_sensitive_word_route_output",
    "WebcastRoomInfoFromHtmlRouteResponse": ".webcast_room_info_from_html_route_response",
    "WebcastRoomKickUserResponse": ".webcast_room_kick_user_response",
    "WebcastRoomKickUserResponseData": ".webcast_room_kick_user_response_data",
    "WebcastRoomKickUserResponseExtra": ".webcast_room_kick_user_response_extra",
    "WebcastRoomKickUserRouteOutput": ".webcast_room_kick_user_route_output",
    "WebcastRoomKickedUsersResponse": ".webcast_room_kicked_users_response",
    "WebcastRoomKickedUsersResponseDataItem": ".webcast_room_kicked_users_response_data_item",
    "WebcastRoomKickedUsersResponseExtra": ".webcast_room_kicked_users_response_extra",
    "WebcastRoomKickedUsersRouteOutput": ".webcast_room_kicked_users_route_output",
    "WebcastRoomMuteUserResponse": ".webcast_room_mute_user_response",
    "WebcastRoomMuteUserResponseData": ".webcast_room_mute_user_response_data",
    "WebcastRoomMuteUserResponseExtra": ".webcast_room_mute_user_response_extra",
    "WebcastRoomMuteUserRouteOutput": ".webcast_room_mute_user_route_output",
    "WebcastRoomMutedUsersResponse": ".webcast_room_muted_users_response",
    "WebcastRoomMutedUsersResponseBadge": ".webcast_room_muted_users_response_badge",
    "WebcastRoomMutedUsersResponseBadgeBackground": ".webcast_room_muted_users_response_badge_background",
    "WebcastRoomMutedUsersResponseBadgeCombine": ".webcast_room_muted_users_response_badge_combine",
    "WebcastRoomMutedUsersResponseBadgeText": ".webcast_room_muted_users_response_badge_text",
    "WebcastRoomMutedUsersResponseEnigmaInfo": ".webcast_room_muted_users_response_enigma_info",
    "WebcastRoomMutedUsersResponseExtra": ".webcast_room_muted_users_response_extra",
    "WebcastRoomMutedUsersResponseFollowInfo": ".webcast_room_muted_users_response_follow_info",
    "WebcastRoomMutedUsersResponseImage": ".webcast_room_muted_users_response_image",
    "WebcastRoomMutedUsersResponsePayGrade": ".webcast_room_muted_users_response_pay_grade",
    "WebcastRoomMutedUsersResponsePrivilegeLogExtra": ".webcast_room_muted_users_response_privilege_log_extra",
    "WebcastRoomMutedUsersResponseUser": ".webcast_room_muted_users_response_user",
    "WebcastRoomMutedUsersResponseUserAttr": ".webcast_room_muted_users_response_user_attr",
    "WebcastRoomMutedUsersResponseUserAttrAdminPermissions": ".webcast_room_muted_users_response_user_attr_admin_permissions",
    "WebcastRoomMutedUsersRouteOutput": ".webcast_room_muted_users_route_output",
    "WebcastRoomRankingsOutput": ".webcast_room_rankings_output",
    "WebcastRoomRankingsRank": ".webcast_room_rankings_rank",
    "WebcastRoomRankingsResponse": ".webcast_room_rankings_response",
    "WebcastRoomRankingsUser": ".webcast_room_rankings_user",
    "WebcastRoomSendChatResponse": ".webcast_room_send_chat_response",
    "WebcastRoomSendChatResponseData": ".webcast_room_send_chat_response_data",
    "WebcastRoomSendChatResponseExtra": ".webcast_room_send_chat_response_extra",
    "WebcastRoomUnkickUserResponse": ".webcast_room_unkick_user_response",
    "WebcastRoomUnkickUserResponseData": ".webcast_room_unkick_user_response_data",
    "WebcastRoomUnkickUserResponseExtra": ".webcast_room_unkick_user_response_extra",
    "WebcastRoomUnkickUserRouteOutput": ".webcast_room_unkick_user_route_output",
    "WebcastRoomUnmuteUserResponse": ".webcast_room_unmute_user_response",
    "WebcastRoomUnmuteUserResponseData": ".webcast_room_unmute_user_response_data",
    "WebcastRoomUnmuteUserResponseExtra": ".webcast_room_unmute_user_response_extra",
    "WebcastRoomUnmuteUserRouteOutput": ".webcast_room_unmute_user_route_output",
    "WebcastUserEarningsOutputPeriod": ".webcast_user_earnings_output_period",
    "WebcastUserEarningsResponse": ".webcast_user_earnings_response",
    "WebcastUserIdResponse": ".webcast_user_id_response",
    "WhirlCaptchaResponse": ".whirl_captcha_response",
    "WhirlResult": ".whirl_result",
    "XDynosaurHeader": ".x_dynosaur_header",
    "XDynosaurScriptVersion": ".x_dynosaur_script_version",
    "XGnarlyScriptVersion": ".x_gnarly_script_version",
}

__all__ = (
    "AccountScopes",
    "AccountWithPermissionsSafe",
    "AccountsTableRequestLimits",
    "AgencyApplyUrlResponse",
    "AgencyCatalogEntry",
    "AgencyCatalogEntryResponse",
    "AgencyCatalogSearchResponse",
    "AlertResponseShape",
    "AlertTargetResponseShape",
    "AlertTargetResponseShapeMetadata",
    "ApiKey",
    "AvailableDatesResponse",
    "AvailableRankingsResponse",
    "AvailableRankingsResponseRegions",
    "AvailableWebcastRankName",
    "BulkLiveCheckRequest",
    "BulkLiveCheckRequestWithSession",
    "BulkLiveCheckResponse",
    "CaptchaCreditsResponse",
    "CompleteIconCaptchaBody",
    "CompletePuzzleCaptchaBody",
    "CompleteShapesCaptchaBody",
    "CompleteWhirlCaptchaBody",
    "CreateAlertBody",
    "CreateAlertResponse",
    "CreateAlertTargetPayload",
    "CreateAlertTargetPayloadMetadata",
    "CreateAlertTargetResponse",
    "CreateJWTResponse",
    "CreateKeyPayload",
    "CreateKeyResponse",
    "CreatorIdType",
    "DecryptEcDataBody",
    "DecryptEcDataResponse",
    "DecryptEcDataResponseData",
    "DecryptStrDataBody",
    "DecryptStrDataResponse",
    "DecryptStrDataResponseData",
    "DecryptXDynosaurBody",
    "DecryptXDynosaurResponse",
    "DecryptXDynosaurResponseData",
    "DecryptXGnarlyBody",
    "DecryptXGnarlyResponse",
    "DecryptXGnarlyResponseData",
    "DeleteAlertResponse",
    "DeleteAlertTargetResponse",
    "DeleteKeyDeleteBy",
    "DeleteKeyResponse",
    "ErrorResponse",
    "ExchangeTokenRequest",
    "ExchangeTokenRequestGrantType",
    "GetKeyRetrieveBy",
    "GetPublicClientResponse",
    "GiftCatalogOrderBy",
    "GiftGalleryProgressItem",
    "GiftGallerySponsorInfo",
    "GiftOverride",
    "GiftOverrideGiftSponsorInfo",
    "HashtagListAPIResponse",
    "HostsResponse",
    "IconCaptchaResponse",
    "IconsResult",
    "IntrospectRequestBody",
    "IntrospectRequestBodyTokenTypeHint",
    "IntrospectionResponse",
    "IntrospectionResponseTokenType",
    "JWTApiAccess",
    "JWTCdnAccess",
    "JWTConfiguration",
    "JWTConfigurationMetadata",
    "JWTConfigurationMetadataExtra",
    "JWTConfigurationMetadataVersion",
    "JWTConfigurationWebSocketData",
    "JWTWebSocketAccess",
    "LeaderboardResponse",
    "LeaderboardRow",
    "LeaderboardRowLiveStatus",
    "LeaderboardRowUser",
    "LegacyJWTConfiguration",
    "ListAlertTargetsResponse",
    "ListAlertsResponse",
    "ListKeysResponse",
    "LiveAnalyticsUserInteractionsAPIResponse",
    "LiveAnalyticsVideoDetailAPIResponse",
    "LiveAnalyticsVideoListAPIResponse",
    "LivePushAlertTargetFormat",
    "LivePushAlertTargetStatus",
    "MuteDuration",
    "NormalGiftItem",
    "NormalGiftItemBizExtra",
    "OAuthClientMode",
    "OAuthIntrospectResponse",
    "OAuthRevokeResponse",
    "OAuthScope",
    "OAuthTokenResponse",
    "OAuthUserInfoResponse",
    "PeerPresence",
    "PeerPresenceType",
    "PeerRole",
    "PipResponse",
    "Point",
    "PooledProxyRegion",
    "ProxySignResult",
    "ProxySignResultCookiesItem",
    "ProxySignResultRequestHeaders",
    "ProxySignResultTokens",
    "PublicOAuthClientInfo",
    "PuzzleCaptchaResponse",
    "PuzzleResult",
    "RankingLeagueLevel",
    "RankingLeagueName",
    "RateLimitInfo",
    "RateLimitType",
    "RateLimitsResponse",
    "RegionOverview",
    "RegionOverviewLeaguesItem",
    "RegionOverviewRankingsItem",
    "RegionRankingEntry",
    "RegionRankingUser",
    "RetrieveAccountResponse",
    "RetrieveAgentHostsResponse",
    "RetrieveAlertResponse",
    "RetrieveAlertResponseCreator",
    "RetrieveKeyResponse",
    "RetrieveTikTokUserBasicResponse",
    "RetrieveTikTokUserInfoResponse",
    "RetrieveTikTokUsersCatalogNumericIdResponse",
    "RetrieveTikTokUsersCatalogUsernameResponse",
    "RetrieveTikTokVideoBasicResponse",
    "RetrieveTikTokVideoDetailedResponse",
    "RetrieveTikTokVideoThumbnailResponse",
    "RetrieveWebSocketRouteResponse",
    "RetrieveWebSocketsRouteResponse",
    "RetrieveWebcastAnchorEventsResponse",
    "RetrieveWebcastEventResponse",
    "RetrieveWebcastGiftsWebcastLanguage",
    "RetrieveWebcastRankingsRankType",
    "RevokeRequestBody",
    "RevokeRequestBodyTokenTypeHint",
    "RoomAddSensitiveWordAPIResponse",
    "RoomAdminUpdateAPIResponse",
    "RoomCommentsToggleAPIResponse",
    "RoomDelSensitiveWordAPIResponse",
    "RoomGetSensitiveWordsAPIResponse",
    "RoomGiftsResponse",
    "RoomGiftsResult",
    "RoomGiftsResultGiftOverrides",
    "RoomGiftsResultPanelRefreshData",
    "RoomIdResponse",
    "RoomInfoByRoomIdResponse",
    "RoomInfoFetchApiRoute",
    "RoomInfoResponse",
    "RoomKickUserAPIResponse",
    "RoomKickedUsersAPIResponse",
    "RoomMediaResponse",
    "RoomModeratorsAPIResponse",
    "RoomMuteUserAPIResponse",
    "RoomMutedUsersAPIResponse",
    "RoomResolutionDetail",
    "RoomResolutionReason",
    "RoomUnkickUserAPIResponse",
    "RoomUnmuteUserAPIResponse",
    "RouteImageSource",
    "SearchTikTokUsersCatalogResponse",
    "SearchUserResponse",
    "SearchUserResult",
    "SendChatRequest",
    "SendChatRequestWithSession",
    "SendChatResponse",
    "ShapesCaptchaResponse",
    "ShapesResult",
    "SignUrlMethod",
    "SignUrlRequest",
    "SignUrlResponse",
    "SignUrlType",
    "SignedJWTConfiguration",
    "SignedJWTConfigurationExtra",
    "SignedJWTConfigurationWebSocketData",
    "StableStreamQuality",
    "StableStreamType",
    "StableStreamUrl",
    "StableTikTokLiveUser",
    "StableTikTokLiveUserRaw",
    "StableTikTokRoom",
    "StableTikTokRoomUser",
    "StableWebcastUserEarningsOutput",
    "StableWebcastUserEarningsOutputEarningsEstimateCurrency",
    "TestAlertTargetResponse",
    "TikTokCatalogUser",
    "TikTokGiftsServerGift",
    "TikTokOAuthUserInfo",
    "TikTokSignLiveClient",
    "TikTokUserBasicExtraInfo",
    "TikTokUserBasicUser",
    "TikTokUserInfoById",
    "TikTokUserInfoByIdFollowInfo",
    "TikTokUserInfoByIdImage",
    "TikTokVideoBasicAuthor",
    "TikTokVideoBasicMusic",
    "TikTokVideoBasicVideo",
    "TikTokVideoDetailedAuthor",
    "TikTokVideoDetailedMusic",
    "TikTokVideoDetailedStatistics",
    "TikTokVideoDetailedVideo",
    "TikTokVideoDetailedVideoData",
    "TikTokVideoDetailedVideoDataHeaders",
    "TokenErrorResponse",
    "TokenResponse",
    "TokenResponseTokenType",
    "UpdateKeyPayload",
    "UpdateKeyResponse",
    "UpdateKeyUpdateBy",
    "UserCatalogSearchMatch",
    "UserDayHistoryPoint",
    "UserDayHistoryResponse",
    "UserDayHistoryResponseUser",
    "UserHistoryPoint",
    "UserHistoryResponse",
    "UserHistoryResponseUser",
    "UserLeaderboardsResponse",
    "UserLeaderboardsResponseLeaderboards",
    "ValidateRefreshRequest",
    "ValidateRefreshResponse",
    "WebSocketState",
    "WebcastEvent",
    "WebcastEventHost",
    "WebcastEventImage",
    "WebcastEventListItem",
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
    "WebcastFeedResponseRoomDataStatsUserCountComposition",
    "WebcastFeedResponseRoomDataStreamUrlFilteredInfo",
    "WebcastFeedResponseRoomDataTaxonomyTagInfo",
    "WebcastFeedResponseStreamUrl",
    "WebcastFeedResponseStreamUrlFlvPullUrl",
    "WebcastFeedResponseStreamUrlFlvPullUrlParams",
    "WebcastFeedResponseStreamUrlLiveCoreSdkData",
    "WebcastFeedResponseStreamUrlLiveCoreSdkDataPullData",
    "WebcastFeedResponseStreamUrlLiveCoreSdkDataPullDataOptions",
    "WebcastFeedResponseStreamUrlLiveCoreSdkDataPullDataOptionsDefaultQuality",
    "WebcastFeedResponseUser",
    "WebcastFeedResponseUserFollowInfo",
    "WebcastFeedResponseUserOwnRoom",
    "WebcastFeedResponseUserPayGrade",
    "WebcastFeedResponseUserUserAttr",
    "WebcastFeedRouteOutput",
    "WebcastFeedRouteResponse",
    "WebcastFetchPlatform",
    "WebcastGiftGalleryData",
    "WebcastGiftGalleryDataAnchorRankingLeague",
    "WebcastGiftGalleryDataCurrentUserProgress",
    "WebcastGiftGalleryResponse",
    "WebcastGiftResponse",
    "WebcastGiftSearchResponse",
    "WebcastGiftcatalogResponse",
    "WebcastGiftsResponse",
    "WebcastHashtagListResponse",
    "WebcastHashtagListResponseData",
    "WebcastHashtagListResponseExtra",
    "WebcastHashtagListResponseGameCategory",
    "WebcastHashtagListResponseGameTag",
    "WebcastHashtagListResponseHashtag",
    "WebcastHashtagListResponseHashtagSimple",
    "WebcastHashtagListResponseImage",
    "WebcastHashtagListRouteOutput",
    "WebcastIsLiveOutput",
    "WebcastIsLiveOutputData",
    "WebcastIsLiveOutputDataAdditionalProperty",
    "WebcastLanguage",
    "WebcastLiveAnalyticsUserInteractionsResponse",
    "WebcastLiveAnalyticsUserInteractionsResponseComment",
    "WebcastLiveAnalyticsUserInteractionsResponseData",
    "WebcastLiveAnalyticsUserInteractionsResponseEnigmaInfo",
    "WebcastLiveAnalyticsUserInteractionsResponseExtra",
    "WebcastLiveAnalyticsUserInteractionsResponseImage",
    "WebcastLiveAnalyticsUserInteractionsResponsePayGrade",
    "WebcastLiveAnalyticsUserInteractionsResponseUser",
    "WebcastLiveAnalyticsUserInteractionsResponseUserAttr",
    "WebcastLiveAnalyticsUserInteractionsResponseUserAttrAdminPermissions",
    "WebcastLiveAnalyticsUserInteractionsRouteOutput",
    "WebcastLiveAnalyticsVideoDetailResponse",
    "WebcastLiveAnalyticsVideoDetailResponseAnalytics",
    "WebcastLiveAnalyticsVideoDetailResponseAverageWatchTime",
    "WebcastLiveAnalyticsVideoDetailResponseBehaviorSummary",
    "WebcastLiveAnalyticsVideoDetailResponseCohostSummary",
    "WebcastLiveAnalyticsVideoDetailResponseCommentsInfo",
    "WebcastLiveAnalyticsVideoDetailResponseData",
    "WebcastLiveAnalyticsVideoDetailResponseDetailedMetrics",
    "WebcastLiveAnalyticsVideoDetailResponseDiamondsDetails",
    "WebcastLiveAnalyticsVideoDetailResponseEarnings",
    "WebcastLiveAnalyticsVideoDetailResponseExtra",
    "WebcastLiveAnalyticsVideoDetailResponseFollowerMetric",
    "WebcastLiveAnalyticsVideoDetailResponseInteraction",
    "WebcastLiveAnalyticsVideoDetailResponseMultiGuestSummary",
    "WebcastLiveAnalyticsVideoDetailResponseNewAnalytics",
    "WebcastLiveAnalyticsVideoDetailResponseNewEarnings",
    "WebcastLiveAnalyticsVideoDetailResponseNewInteraction",
    "WebcastLiveAnalyticsVideoDetailResponseNewViews",
    "WebcastLiveAnalyticsVideoDetailResponseRegionEntry",
    "WebcastLiveAnalyticsVideoDetailResponseTrafficConversion",
    "WebcastLiveAnalyticsVideoDetailResponseTrafficInfo",
    "WebcastLiveAnalyticsVideoDetailResponseTrafficTotal",
    "WebcastLiveAnalyticsVideoDetailResponseVideoRecommInfo",
    "WebcastLiveAnalyticsVideoDetailResponseViewerInfo",
    "WebcastLiveAnalyticsVideoDetailResponseViewerPortrait",
    "WebcastLiveAnalyticsVideoDetailResponseViewersAge",
    "WebcastLiveAnalyticsVideoDetailResponseViewersGender",
    "WebcastLiveAnalyticsVideoDetailResponseViewersRegion",
    "WebcastLiveAnalyticsVideoDetailResponseViews",
    "WebcastLiveAnalyticsVideoDetailResponseViewsBySection",
    "WebcastLiveAnalyticsVideoDetailResponseWatcherRank",
    "WebcastLiveAnalyticsVideoDetailResponseWatcherRankUser",
    "WebcastLiveAnalyticsVideoDetailRouteOutput",
    "WebcastLiveAnalyticsVideoListResponse",
    "WebcastLiveAnalyticsVideoListResponseData",
    "WebcastLiveAnalyticsVideoListResponseExtra",
    "WebcastLiveAnalyticsVideoListResponseVideo",
    "WebcastLiveAnalyticsVideoListRouteOutput",
    "WebcastRegionRankingsOutput",
    "WebcastRegionRankingsResponse",
    "WebcastRoomAddSensitiveWordResponse",
    "WebcastRoomAddSensitiveWordResponseData",
    "WebcastRoomAddSensitiveWordResponseDataWordsItem",
    "WebcastRoomAddSensitiveWordResponseExtra",
    "WebcastRoomAddSensitiveWordRouteOutput",
    "WebcastRoomAdminListResponse",
    "WebcastRoomAdminListResponseAdmin",
    "WebcastRoomAdminListResponseAdminAdminPermissions",
    "WebcastRoomAdminListResponseExtra",
    "WebcastRoomAdminListResponseImage",
    "WebcastRoomAdminListRouteOutput",
    "WebcastRoomAdminUpdateResponse",
    "WebcastRoomAdminUpdateResponseData",
    "WebcastRoomAdminUpdateResponseExtra",
    "WebcastRoomAdminUpdateRouteOutput",
    "WebcastRoomCommentsToggleResponse",
    "WebcastRoomCommentsToggleResponseData",
    "WebcastRoomCommentsToggleResponseExtra",
    "WebcastRoomCommentsToggleRouteOutput",
    "WebcastRoomDelSensitiveWordResponse",
    "WebcastRoomDelSensitiveWordResponseData",
    "WebcastRoomDelSensitiveWordResponseExtra",
    "WebcastRoomDelSensitiveWordRouteOutput",
    "WebcastRoomGetSensitiveWordResponse",
    "WebcastRoomGetSensitiveWordResponseData",
    "WebcastRoomGetSensitiveWordResponseDataWordsItem",
    "WebcastRoomGetSensitiveWordResponseExtra",
    "WebcastRoomGetSensitiveWordRouteOutput",
    "WebcastRoomInfoFromHtmlRouteResponse",
    "WebcastRoomKickUserResponse",
    "WebcastRoomKickUserResponseData",
    "WebcastRoomKickUserResponseExtra",
    "WebcastRoomKickUserRouteOutput",
    "WebcastRoomKickedUsersResponse",
    "WebcastRoomKickedUsersResponseDataItem",
    "WebcastRoomKickedUsersResponseExtra",
    "WebcastRoomKickedUsersRouteOutput",
    "WebcastRoomMuteUserResponse",
    "WebcastRoomMuteUserResponseData",
    "WebcastRoomMuteUserResponseExtra",
    "WebcastRoomMuteUserRouteOutput",
    "WebcastRoomMutedUsersResponse",
    "WebcastRoomMutedUsersResponseBadge",
    "WebcastRoomMutedUsersResponseBadgeBackground",
    "WebcastRoomMutedUsersResponseBadgeCombine",
    "WebcastRoomMutedUsersResponseBadgeText",
    "WebcastRoomMutedUsersResponseEnigmaInfo",
    "WebcastRoomMutedUsersResponseExtra",
    "WebcastRoomMutedUsersResponseFollowInfo",
    "WebcastRoomMutedUsersResponseImage",
    "WebcastRoomMutedUsersResponsePayGrade",
    "WebcastRoomMutedUsersResponsePrivilegeLogExtra",
    "WebcastRoomMutedUsersResponseUser",
    "WebcastRoomMutedUsersResponseUserAttr",
    "WebcastRoomMutedUsersResponseUserAttrAdminPermissions",
    "WebcastRoomMutedUsersRouteOutput",
    "WebcastRoomRankingsOutput",
    "WebcastRoomRankingsRank",
    "WebcastRoomRankingsResponse",
    "WebcastRoomRankingsUser",
    "WebcastRoomSendChatResponse",
    "WebcastRoomSendChatResponseData",
    "WebcastRoomSendChatResponseExtra",
    "WebcastRoomUnkickUserResponse",
    "WebcastRoomUnkickUserResponseData",
    "WebcastRoomUnkickUserResponseExtra",
    "WebcastRoomUnkickUserRouteOutput",
    "WebcastRoomUnmuteUserResponse",
    "WebcastRoomUnmuteUserResponseData",
    "WebcastRoomUnmuteUserResponseExtra",
    "WebcastRoomUnmuteUserRouteOutput",
    "WebcastUserEarningsOutputPeriod",
    "WebcastUserEarningsResponse",
    "WebcastUserIdResponse",
    "WhirlCaptchaResponse",
    "WhirlResult",
    "XDynosaurHeader",
    "XDynosaurScriptVersion",
    "XGnarlyScriptVersion",
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
