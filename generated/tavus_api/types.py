"""Contains some shared types for properties, and `Model`, the base of the generated models"""

import json
from collections.abc import Callable, Mapping, MutableMapping
from dataclasses import dataclass
from http import HTTPStatus
from typing import IO, Any, BinaryIO, ClassVar, Generic, Literal, Self, TypeVar


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


@dataclass(slots=True)
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@dataclass(slots=True)
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
        value = obj._src.get(self.key)
        if value is not None and self.parse is not None:
            value = self.parse(value)
        obj.__dict__[self.name] = (
            value  # shadows this (non-data) descriptor from now on
        )
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
    the source gave, null ones included (which is how absent tells from null), and those given a
    value by the constructor or an assignment since. Keys the model does not know are in `additional_properties`. `to_dict()` gives
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

    # The source mapping lives in a slot (a page's items are made by the hundred; a slot store is the
    # cheapest); fields read from it, values assigned and the additional properties go to __dict__.
    __slots__ = ("__dict__", "_src")
    _src: dict[str, Any]

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        for name, (key, parse) in cls._FIELDS.items():
            setattr(cls, name, _Field(name, key, parse))
        cls._NAMES = {key: name for name, (key, _) in cls._FIELDS.items()}

    def _init(
        self, values: Mapping[str, Any], additional_properties: Mapping[str, Any] | None
    ) -> None:
        self._src = {}
        state = self.__dict__
        for name in self._FIELDS:
            state[name] = values[name]
        state["_extra"] = dict(additional_properties or {})

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is dict:
            return _adopt(cls, src_dict.copy())
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}.from_dict needs a mapping, got {type(src_dict).__name__}"
            )
        return _adopt(cls, dict(src_dict))

    @property
    def fields_set(self) -> frozenset[str]:
        """The fields the source gave (null ones too), and those holding a value given since; the
        others read None too. (Setting an absent field to None leaves it out, as in the constructor.)"""
        names = self._NAMES
        given = {names[key] for key in self._src if key in names}
        state = self.__dict__
        given.update(name for name in self._FIELDS if state.get(name) is not None)
        return frozenset(given)

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The source's keys that the model does not know, as they came."""
        state = self.__dict__
        extra = state.get("_extra")
        if extra is None:
            extra = state["_extra"] = {
                k: v for k, v in self._src.items() if k not in self._NAMES
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


M = TypeVar("M", bound=Model)
_new = object.__new__


def _adopt(cls: type[M], src: dict[str, Any]) -> M:
    """A `cls` over `src`, which it now owns (fields are read from it on first access)."""
    for key in cls._REQUIRED:
        if key not in src:
            raise KeyError(f"{cls.__name__} needs {key!r}")
    obj = _new(cls)
    obj._src = src
    return obj


def parse_models(cls: type[M], items: list[Any]) -> list[M | Any]:
    """`parse_model` of each item of a list, in one loop (a page's items: the hot path of a list call)."""
    required = cls._REQUIRED
    out: list[M | Any] = []
    append = out.append
    for item in items:
        if type(item) is dict:
            for key in required:
                if key not in item:
                    raise KeyError(f"{cls.__name__} needs {key!r}")
            obj = _new(cls)
            obj._src = item
            append(obj)
        else:
            append(parse_model(cls, item))
    return out


def parse_model(cls: type[M], value: Any) -> M | Any:
    """A nested value as a `cls` when it is an object, else as it came (parsing is tolerant).

    A dict inside a model's source is adopted, not copied: it belongs to that source already, and
    this is the step a page of 100 items repeats 100 times."""
    if type(value) is dict:
        return _adopt(cls, value)
    if isinstance(value, Mapping):
        return cls.from_dict(value)
    return value


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "Model",
    "RequestFiles",
    "Response",
    "Unset",
    "parse_model",
    "parse_models",
]
