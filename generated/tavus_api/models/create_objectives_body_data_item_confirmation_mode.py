from typing import Literal

CreateObjectivesBodyDataItemConfirmationMode = Literal["auto", "manual"]

CREATE_OBJECTIVES_BODY_DATA_ITEM_CONFIRMATION_MODE_VALUES: set[
    CreateObjectivesBodyDataItemConfirmationMode
] = {
    "auto",
    "manual",
}


def check_create_objectives_body_data_item_confirmation_mode(
    value: str,
) -> CreateObjectivesBodyDataItemConfirmationMode:
    if value in CREATE_OBJECTIVES_BODY_DATA_ITEM_CONFIRMATION_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_OBJECTIVES_BODY_DATA_ITEM_CONFIRMATION_MODE_VALUES!r}"
    )
