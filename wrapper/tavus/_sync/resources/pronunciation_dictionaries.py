# Generated from the async code in wrapper/tavus/_async/ by tools/unasync.py (make sync). Do not edit.
"""`client.pronunciation_dictionaries`: how a persona's voice says brand names and terms."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any, Unpack

from tavus_api.api.pronunciation_dictionaries import (
    create_pronunciation_dictionary,
    delete_pronunciation_dictionary,
    get_pronunciation_dictionary,
    list_pronunciation_dictionaries,
    patch_pronunciation_dictionary,
)
from tavus_api.models.list_pronunciation_dictionaries_response_200 import ListPronunciationDictionariesResponse200
from tavus_api.models.patch_pronunciation_dictionary_body_item import PatchPronunciationDictionaryBodyItem
from tavus_api.models.pronunciation_dictionary import PronunciationDictionary

from ..._call import RequestOptions
from ..._pagination import Paging
from ..._raw import to_raw
from ..pagination import Page
from ._base import APIResource

if TYPE_CHECKING:  # the request-side TypedDicts, for type checkers only (importing them loads every layer)
    from ...types import PronunciationRuleParam

__all__ = ["PronunciationDictionaries", "PronunciationDictionariesWithRawResponse"]

# page: "Zero-based page number." (default 0); limit: "Number of results per page. Range: 1-100." (default 10).
PAGING = Paging(first_page=0, default_limit=10)


class PronunciationDictionaries(APIResource):
    """Pronunciation dictionaries: rules (alias or IPA) applied by the persona's TTS engine."""

    @cached_property
    def with_raw_response(self) -> PronunciationDictionariesWithRawResponse:
        """These methods, returning the `RawResponse` (status, headers, body; `.parse()`)."""
        return PronunciationDictionariesWithRawResponse(self)

    def create(
        self,
        *,
        name: str,
        rules: Sequence[PronunciationRuleParam | Mapping[str, Any]] | None = None,
        **options: Unpack[RequestOptions],
    ) -> PronunciationDictionary:
        """Create Pronunciation Dictionary: `name` (at most 255 characters) and `rules`, each a dict
        of `text` (at most 200 characters, no two rules alike), `pronunciation` (at most 500),
        `type` (alias or ipa) and optional `case_sensitive`, `word_boundaries`."""
        return self._call(create_pronunciation_dictionary, PronunciationDictionary, locals())

    def list(
        self,
        *,
        limit: int | None = None,
        page: int | None = None,
        sort: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Page[PronunciationDictionary]:
        """List Pronunciation Dictionaries: one page (0-based `page`, as the contract documents it;
        `limit` 1-100), `sort` asc or desc by creation. Iterating the page walks every page."""
        return self._page(list_pronunciation_dictionaries, ListPronunciationDictionariesResponse200, locals(), PAGING)

    def iter(
        self, *, limit: int | None = None, sort: str | None = None, **options: Unpack[RequestOptions]
    ) -> Iterator[PronunciationDictionary]:
        """Every pronunciation dictionary, fetched page by page as the iteration goes."""
        return self._iter(list_pronunciation_dictionaries, ListPronunciationDictionariesResponse200, locals(), PAGING)

    def get(self, dictionary_id: str, **options: Unpack[RequestOptions]) -> PronunciationDictionary:
        """Get Pronunciation Dictionary, with all its rules."""
        return self._call(get_pronunciation_dictionary, PronunciationDictionary, locals())

    def update(
        self,
        dictionary_id: str,
        operations: Sequence[dict[str, Any] | PatchPronunciationDictionaryBodyItem] | None = None,
        *,
        name: str | None = None,
        rules: Sequence[PronunciationRuleParam | Mapping[str, Any]] | None = None,
        **options: Unpack[RequestOptions],
    ) -> PronunciationDictionary | None:
        """Update Pronunciation Dictionary with RFC 6902 JSON Patch `operations` on `/name` and
        `/rules`, or, for the common case, the fields to replace: `update(dictionary_id, name="...")`.
        `rules` replaces the whole list. Returns the updated dictionary, or None when the API answers
        304 (the operations changed nothing)."""
        return self._patch(
            patch_pronunciation_dictionary, PronunciationDictionary, locals(),
            create_pronunciation_dictionary,
        )  # fmt: skip

    def delete(self, dictionary_id: str, **options: Unpack[RequestOptions]) -> None:
        """Delete Pronunciation Dictionary: it is also removed from every persona that uses it."""
        return self._call(delete_pronunciation_dictionary, None, locals())


class PronunciationDictionariesWithRawResponse:
    """`client.pronunciation_dictionaries.with_raw_response`: each API method returns its `RawResponse`."""

    def __init__(self, dictionaries: PronunciationDictionaries) -> None:
        self.create = to_raw(dictionaries.create)
        self.list = to_raw(dictionaries.list)
        self.get = to_raw(dictionaries.get)
        self.update = to_raw(dictionaries.update)
        self.delete = to_raw(dictionaries.delete)
