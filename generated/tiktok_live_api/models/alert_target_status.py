from typing import Literal

AlertTargetStatus = Literal[0, 1, 4]

ALERT_TARGET_STATUS_VALUES: set[AlertTargetStatus] = {
    0,
    1,
    4,
}


def check_alert_target_status(value: int) -> AlertTargetStatus:
    if value in ALERT_TARGET_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ALERT_TARGET_STATUS_VALUES!r}"
    )
