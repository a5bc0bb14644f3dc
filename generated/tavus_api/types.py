"""Contains some shared types for properties, and `Model`, the base of the generated models"""

import json
from collections.abc import Callable, Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, Any, BinaryIO, ClassVar, Generic, Literal, Self, TypeVar

from attrs import define


class Unset:
    def __bool__(self) -> Literal[False]:
        return False

    def __reduce__(self) -> str:
        return "UNSET"  # unpickled and copied as the one UNSET, so `x is UNSET` still holds


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


Parser = Callable[[Any], Any]


class _Field:
    """A field of a model read from its source mapping on first access, then kept on the instance."""

    __slots__ = ("key", "name", "parse")

    def __init__(self, name: str, key: str, parse: Parser | None) -> None:
        self.name, self.key, self.parse = name, key, parse

    def __get__(self, obj: Any, owner: Any = None) -> Any:
        if obj is None:
            return self
        state = obj.__dict__
        value = state["_src"].get(self.key)
        if value is not None and self.parse is not None:
            value = self.parse(value)
        state[self.name] = value  # shadows this (non-data) descriptor from now on
        return value


def _to_json(value: Any) -> Any:
    if isinstance(value, Model):
        return value.to_dict()
    if isinstance(value, (list, tuple)):
        return [_to_json(item) for item in value]
    if isinstance(value, Mapping):
        return {key: _to_json(item) for key, item in value.items()}
    return value


class Model:
    """Base of the generated models.

    A model made by `from_dict` keeps the source mapping (a shallow copy) and parses each field the
    first time it is read, so receiving a page of 100 personas costs about what decoding its JSON
    does. Every field reads `None` when the source does not have it; `fields_set` names the fields
    the source (or the constructor, or an assignment) gave, null ones included, which is how absent
    tells from null. Keys the model does not know are in `additional_properties`. `to_dict()` gives
    the wire shape back, `to_json()` as JSON; models are equal when their types and `to_dict()` are;
    the repr shows the fields that are set. Parsing is tolerant: a value of an unexpected type is
    kept as it came, never an error.
    """

    # python name -> (JSON key, parser of a nested model (or list of them), or None), per class
    _FIELDS: ClassVar[dict[str, tuple[str, Parser | None]]] = {}
    _NAMES: ClassVar[dict[str, str]] = {}  # JSON key -> python name
    _REQUIRED: ClassVar[
        tuple[str, ...]
    ] = ()  # JSON keys from_dict insists on (a resource's id)

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        for name, (key, parse) in cls._FIELDS.items():
            setattr(cls, name, _Field(name, key, parse))
        cls._NAMES = {key: name for name, (key, _) in cls._FIELDS.items()}

    def _init(
        self, values: Mapping[str, Any], additional_properties: Mapping[str, Any] | None
    ) -> None:
        state = self.__dict__
        state["_src"] = {}
        for name in self._FIELDS:
            state[name] = values[name]
        state["_set"] = frozenset(
            name for name in self._FIELDS if values[name] is not None
        )
        state["_extra"] = dict(additional_properties or {})

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}.from_dict needs a mapping, got {type(src_dict).__name__}"
            )
        for key in cls._REQUIRED:
            if key not in src_dict:
                raise KeyError(f"{cls.__name__} needs {key!r}")
        obj = cls.__new__(cls)
        obj.__dict__["_src"] = dict(src_dict)
        return obj

    def __setattr__(self, name: str, value: Any) -> None:
        if name in self._FIELDS:
            self.__dict__["_set"] = self.__dict__.get("_set", frozenset()) | {name}
        object.__setattr__(self, name, value)

    @property
    def fields_set(self) -> frozenset[str]:
        """The fields the source gave (null ones too), or that were set since: absent ones read None too."""
        state = self.__dict__
        names = self._NAMES
        given = frozenset(names[key] for key in state["_src"] if key in names)
        return given | state.get("_set", frozenset())

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The source's keys that the model does not know, as they came."""
        state = self.__dict__
        extra = state.get("_extra")
        if extra is None:
            extra = state["_extra"] = {
                k: v for k, v in state["_src"].items() if k not in self._NAMES
            }
        return extra

    def to_dict(self) -> dict[str, Any]:
        """The wire shape: the fields set (nested models as dicts), then the additional properties."""
        given = self.fields_set
        out = {
            key: _to_json(getattr(self, name))
            for name, (key, _) in self._FIELDS.items()
            if name in given
        }
        out.update(
            (key, _to_json(value)) for key, value in self.additional_properties.items()
        )
        return out

    def to_json(self) -> str:
        return json.dumps(self.to_dict())

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self.to_dict() == other.to_dict()  # type: ignore[attr-defined]

    __hash__ = None  # type: ignore[assignment]  # mutable

    def __repr__(self) -> str:
        given = self.fields_set
        parts = [
            f"{name}={getattr(self, name)!r}" for name in self._FIELDS if name in given
        ]
        if self.additional_properties:
            parts.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(parts)})"


__all__ = ["UNSET", "File", "FileTypes", "Model", "RequestFiles", "Response", "Unset"]
