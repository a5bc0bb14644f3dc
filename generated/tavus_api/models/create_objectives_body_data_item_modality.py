from typing import Literal

CreateObjectivesBodyDataItemModality = Literal["verbal", "visual"]

CREATE_OBJECTIVES_BODY_DATA_ITEM_MODALITY_VALUES: set[
    CreateObjectivesBodyDataItemModality
] = {
    "verbal",
    "visual",
}


def check_create_objectives_body_data_item_modality(
    value: str,
) -> CreateObjectivesBodyDataItemModality:
    if value in CREATE_OBJECTIVES_BODY_DATA_ITEM_MODALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_OBJECTIVES_BODY_DATA_ITEM_MODALITY_VALUES!r}"
    )
