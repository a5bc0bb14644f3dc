from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.recrawl_document_body_crawl import RecrawlDocumentBodyCrawl


T = TypeVar("T", bound="RecrawlDocumentBody")


@_attrs_define
class RecrawlDocumentBody:
    crawl: RecrawlDocumentBodyCrawl | Unset = UNSET
    """ Optional `depth` and `max_pages` for **this recrawl only**; overrides stored crawl settings from document
    creation when provided. If omitted, the original crawl configuration is used.

    **What runs:** the same starting URL as the original crawl, links followed within these limits, fresh page
    content processed, existing vectors replaced when processing completes, and `crawl_count` / `last_crawled_at`
    updated (see the `202` payload and Get Document while status is `recrawling`).
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        crawl: dict[str, Any] | Unset = UNSET
        if not isinstance(self.crawl, Unset):
            crawl = self.crawl.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if crawl is not UNSET:
            field_dict["crawl"] = crawl

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.recrawl_document_body_crawl import RecrawlDocumentBodyCrawl

        d = dict(src_dict)
        _crawl = d.pop("crawl", UNSET)
        crawl: RecrawlDocumentBodyCrawl | Unset
        if isinstance(_crawl, Unset):
            crawl = UNSET
        else:
            crawl = RecrawlDocumentBodyCrawl.from_dict(_crawl)

        recrawl_document_body = cls(
            crawl=crawl,
        )

        recrawl_document_body.additional_properties = d
        return recrawl_document_body

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
