from typing import Literal

AlertTargetFormat = Literal[1]

ALERT_TARGET_FORMAT_VALUES: set[AlertTargetFormat] = {
    1,
}


def check_alert_target_format(value: int) -> AlertTargetFormat:
    if value in ALERT_TARGET_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ALERT_TARGET_FORMAT_VALUES!r}"
    )
