from typing import Literal

ListFacesFaceType = Literal["system", "user"]

LIST_FACES_FACE_TYPE_VALUES: set[ListFacesFaceType] = {
    "system",
    "user",
}


def check_list_faces_face_type(value: str) -> ListFacesFaceType:
    if value in LIST_FACES_FACE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_FACES_FACE_TYPE_VALUES!r}"
    )
