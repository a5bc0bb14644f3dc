from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_document_body_crawl import CreateDocumentBodyCrawl


T = TypeVar("T", bound="CreateDocumentBody")


@_attrs_define
class CreateDocumentBody:
    document_url: str
    """ Direct URL to a file or a website for your [Knowledge Base](/sections/conversational-video-
    interface/knowledge-base). Submitting this URL starts processing **asynchronously**; the document can be used in
    conversations once processing completes, which may take **a few minutes** depending on file size.

    <Note>
    For now, our Knowledge Base only supports documents written in English and works best for conversations in
    English. We will be expanding our Knowledge Base language support soon.
    </Note>

    Maximum file size **50MB**. Supported file formats: `.pdf`, `.txt`, `.docx`, `.doc`, `.png`, `.jpg`, `.pptx`,
    `.csv`, and `.xlsx`. Website URLs are supported: a snapshot of the page is processed into document content; use
    the `crawl` object for multi-page crawling from a starting URL.
     """
    document_name: str | Unset = UNSET
    """ Optional name for the document. If not provided, a default name will be generated. """
    callback_url: str | Unset = UNSET
    """ Optional URL that receives status updates while the document processes asynchronously (e.g. started,
    processing, ready, error). """
    tags: list[str] | Unset = UNSET
    """ Optional tags to categorize the document for management and for use with document-based access in
    conversations. After the document is ready, attach it via `document_ids` on [Create Persona](/api-
    reference/personas/create-persona) or [Create Conversation](/api-reference/conversations/create-conversation).
     """
    crawl: CreateDocumentBodyCrawl | Unset = UNSET
    """ Optional configuration for website crawling. When provided with a website URL, the system follows links from
    the starting URL and processes multiple pages into a single document. Without this parameter, only the single
    page at the URL is scraped.

    **Rate limits:** at most **100** crawl documents per user, at most **5** concurrent crawls at any time, and a
    **1-hour cooldown** between recrawls of the same document.

    To fetch fresh content after a crawled document exists, use [Recrawl Document](/api-reference/documents/recrawl-
    document).
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        document_url = self.document_url

        document_name = self.document_name

        callback_url = self.callback_url

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        crawl: dict[str, Any] | Unset = UNSET
        if not isinstance(self.crawl, Unset):
            crawl = self.crawl.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "document_url": document_url,
            }
        )
        if document_name is not UNSET:
            field_dict["document_name"] = document_name
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if tags is not UNSET:
            field_dict["tags"] = tags
        if crawl is not UNSET:
            field_dict["crawl"] = crawl

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.create_document_body_crawl import CreateDocumentBodyCrawl

        d = dict(src_dict)
        document_url = d.pop("document_url")

        document_name = d.pop("document_name", UNSET)

        callback_url = d.pop("callback_url", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        _crawl = d.pop("crawl", UNSET)
        crawl: CreateDocumentBodyCrawl | Unset
        if isinstance(_crawl, Unset):
            crawl = UNSET
        else:
            crawl = CreateDocumentBodyCrawl.from_dict(_crawl)

        create_document_body = cls(
            document_url=document_url,
            document_name=document_name,
            callback_url=callback_url,
            tags=tags,
            crawl=crawl,
        )

        create_document_body.additional_properties = d
        return create_document_body

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
