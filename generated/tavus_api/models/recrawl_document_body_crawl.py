from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RecrawlDocumentBodyCrawl")


@_attrs_define
class RecrawlDocumentBodyCrawl:
    """Optional `depth` and `max_pages` for **this recrawl only**; overrides stored crawl settings from document creation
    when provided. If omitted, the original crawl configuration is used.

    **What runs:** the same starting URL as the original crawl, links followed within these limits, fresh page content
    processed, existing vectors replaced when processing completes, and `crawl_count` / `last_crawled_at` updated (see
    the `202` payload and Get Document while status is `recrawling`).

    """

    depth: int | Unset = UNSET
    """ How many levels deep to follow links from the starting URL (1-10). A depth of 1 means only pages directly
    linked from the starting URL. """
    max_pages: int | Unset = UNSET
    """ Maximum number of pages to crawl (1-100). Processing stops once this limit is reached. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        depth = self.depth

        max_pages = self.max_pages

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if depth is not UNSET:
            field_dict["depth"] = depth
        if max_pages is not UNSET:
            field_dict["max_pages"] = max_pages

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        depth = d.pop("depth", UNSET)

        max_pages = d.pop("max_pages", UNSET)

        recrawl_document_body_crawl = cls(
            depth=depth,
            max_pages=max_pages,
        )

        recrawl_document_body_crawl.additional_properties = d
        return recrawl_document_body_crawl

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
