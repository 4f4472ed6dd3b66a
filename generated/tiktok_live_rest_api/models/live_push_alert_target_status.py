from typing import Literal

LivePushAlertTargetStatus = Literal[-1, 0, 1, 4]

LIVE_PUSH_ALERT_TARGET_STATUS_VALUES: set[LivePushAlertTargetStatus] = {
    -1,
    0,
    1,
    4,
}


def check_live_push_alert_target_status(value: int) -> LivePushAlertTargetStatus:
    if value in LIVE_PUSH_ALERT_TARGET_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIVE_PUSH_ALERT_TARGET_STATUS_VALUES!r}"
    )
