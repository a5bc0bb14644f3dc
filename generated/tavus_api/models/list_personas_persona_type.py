from typing import Literal

ListPersonasPersonaType = Literal["system", "user"]

LIST_PERSONAS_PERSONA_TYPE_VALUES: set[ListPersonasPersonaType] = {
    "system",
    "user",
}


def check_list_personas_persona_type(value: str) -> ListPersonasPersonaType:
    if value in LIST_PERSONAS_PERSONA_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_PERSONAS_PERSONA_TYPE_VALUES!r}"
    )
