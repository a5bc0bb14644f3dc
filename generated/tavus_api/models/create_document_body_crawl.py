from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateDocumentBodyCrawl")


@_attrs_define
class CreateDocumentBodyCrawl:
    """Optional configuration for website crawling. When provided with a website URL, the system follows links from the
    starting URL and processes multiple pages into a single document. Without this parameter, only the single page at
    the URL is scraped.

    **Rate limits:** at most **100** crawl documents per user, at most **5** concurrent crawls at any time, and a
    **1-hour cooldown** between recrawls of the same document.

    To fetch fresh content after a crawled document exists, use [Recrawl Document](/api-reference/documents/recrawl-
    document).

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

        create_document_body_crawl = cls(
            depth=depth,
            max_pages=max_pages,
        )

        create_document_body_crawl.additional_properties = d
        return create_document_body_crawl

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
