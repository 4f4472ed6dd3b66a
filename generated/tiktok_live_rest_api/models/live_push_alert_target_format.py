from typing import Literal

LivePushAlertTargetFormat = Literal[-1, 0, 1]

LIVE_PUSH_ALERT_TARGET_FORMAT_VALUES: set[LivePushAlertTargetFormat] = {
    -1,
    0,
    1,
}


def check_live_push_alert_target_format(value: int) -> LivePushAlertTargetFormat:
    if value in LIVE_PUSH_ALERT_TARGET_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIVE_PUSH_ALERT_TARGET_FORMAT_VALUES!r}"
    )
