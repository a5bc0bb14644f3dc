from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.recrawl_document_response_202_crawl_config_type_0 import (
        RecrawlDocumentResponse202CrawlConfigType0,
    )


T = TypeVar("T", bound="RecrawlDocumentResponse202")


@_attrs_define
class RecrawlDocumentResponse202:
    document_id: None | str | Unset = UNSET
    """ Unique identifier for the document """
    document_name: None | str | Unset = UNSET
    """ Name of the document """
    document_url: None | str | Unset = UNSET
    """ URL of the document """
    status: None | str | Unset = UNSET
    """ After a successful recrawl request, typically **`recrawling`** until processing completes, then **`ready`**
    or **`error`**. Other values: `started`, `processing`. """
    progress: int | None | Unset = UNSET
    """ Processing progress as a percentage (0-100). Null when processing has not started or is complete. """
    error_message: None | str | Unset = UNSET
    """ Error code indicating why processing failed. Only present when status is `error`. Possible values include:
    `file_download_failed`, `file_format_unsupported`, `file_size_too_large`, `file_empty`, `invalid_file_url`,
    `document_processing_failed`, `website_processing_failed`, `chunking_failed`, `embedding_failed`,
    `vector_store_failed`, `contact_support`. """
    created_at: None | str | Unset = UNSET
    """ ISO 8601 timestamp of when the document was created """
    updated_at: None | str | Unset = UNSET
    """ ISO 8601 timestamp of when the document was last updated """
    callback_url: None | str | Unset = UNSET
    """ If set on [Create Document](/api-reference/documents/create-document), Tavus POSTs status updates here while
    this recrawl runs through completion. """
    tags: list[str] | None | Unset = UNSET
    """ Array of document tags """
    crawl_config: None | RecrawlDocumentResponse202CrawlConfigType0 | Unset = UNSET
    """ The crawl configuration being used for the recrawl """
    crawled_urls: list[str] | None | Unset = UNSET
    """ List of URLs from the previous crawl (will be updated when recrawl completes) """
    last_crawled_at: None | str | Unset = UNSET
    """ ISO 8601 timestamp of the previous crawl """
    crawl_count: int | None | Unset = UNSET
    """ Number of times the document has been crawled (will increment when recrawl completes) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.recrawl_document_response_202_crawl_config_type_0 import (
            RecrawlDocumentResponse202CrawlConfigType0,
        )

        document_id: None | str | Unset
        if isinstance(self.document_id, Unset):
            document_id = UNSET
        else:
            document_id = self.document_id

        document_name: None | str | Unset
        if isinstance(self.document_name, Unset):
            document_name = UNSET
        else:
            document_name = self.document_name

        document_url: None | str | Unset
        if isinstance(self.document_url, Unset):
            document_url = UNSET
        else:
            document_url = self.document_url

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        progress: int | None | Unset
        if isinstance(self.progress, Unset):
            progress = UNSET
        else:
            progress = self.progress

        error_message: None | str | Unset
        if isinstance(self.error_message, Unset):
            error_message = UNSET
        else:
            error_message = self.error_message

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

        callback_url: None | str | Unset
        if isinstance(self.callback_url, Unset):
            callback_url = UNSET
        else:
            callback_url = self.callback_url

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        crawl_config: dict[str, Any] | None | Unset
        if isinstance(self.crawl_config, Unset):
            crawl_config = UNSET
        elif isinstance(self.crawl_config, RecrawlDocumentResponse202CrawlConfigType0):
            crawl_config = self.crawl_config.to_dict()
        else:
            crawl_config = self.crawl_config

        crawled_urls: list[str] | None | Unset
        if isinstance(self.crawled_urls, Unset):
            crawled_urls = UNSET
        elif isinstance(self.crawled_urls, list):
            crawled_urls = self.crawled_urls

        else:
            crawled_urls = self.crawled_urls

        last_crawled_at: None | str | Unset
        if isinstance(self.last_crawled_at, Unset):
            last_crawled_at = UNSET
        else:
            last_crawled_at = self.last_crawled_at

        crawl_count: int | None | Unset
        if isinstance(self.crawl_count, Unset):
            crawl_count = UNSET
        else:
            crawl_count = self.crawl_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if document_id is not UNSET:
            field_dict["document_id"] = document_id
        if document_name is not UNSET:
            field_dict["document_name"] = document_name
        if document_url is not UNSET:
            field_dict["document_url"] = document_url
        if status is not UNSET:
            field_dict["status"] = status
        if progress is not UNSET:
            field_dict["progress"] = progress
        if error_message is not UNSET:
            field_dict["error_message"] = error_message
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if tags is not UNSET:
            field_dict["tags"] = tags
        if crawl_config is not UNSET:
            field_dict["crawl_config"] = crawl_config
        if crawled_urls is not UNSET:
            field_dict["crawled_urls"] = crawled_urls
        if last_crawled_at is not UNSET:
            field_dict["last_crawled_at"] = last_crawled_at
        if crawl_count is not UNSET:
            field_dict["crawl_count"] = crawl_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.recrawl_document_response_202_crawl_config_type_0 import (
            RecrawlDocumentResponse202CrawlConfigType0,
        )

        d = dict(src_dict)

        def _parse_document_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        document_id = _parse_document_id(d.pop("document_id", UNSET))

        def _parse_document_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        document_name = _parse_document_name(d.pop("document_name", UNSET))

        def _parse_document_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        document_url = _parse_document_url(d.pop("document_url", UNSET))

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_progress(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        progress = _parse_progress(d.pop("progress", UNSET))

        def _parse_error_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_message = _parse_error_message(d.pop("error_message", UNSET))

        def _parse_created_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_updated_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        def _parse_callback_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        callback_url = _parse_callback_url(d.pop("callback_url", UNSET))

        def _parse_tags(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tags_type_0 = cast(list[str], data)

                return tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        tags = _parse_tags(d.pop("tags", UNSET))

        def _parse_crawl_config(
            data: object,
        ) -> None | RecrawlDocumentResponse202CrawlConfigType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                crawl_config_type_0 = (
                    RecrawlDocumentResponse202CrawlConfigType0.from_dict(data)
                )

                return crawl_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RecrawlDocumentResponse202CrawlConfigType0 | Unset, data)

        crawl_config = _parse_crawl_config(d.pop("crawl_config", UNSET))

        def _parse_crawled_urls(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                crawled_urls_type_0 = cast(list[str], data)

                return crawled_urls_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        crawled_urls = _parse_crawled_urls(d.pop("crawled_urls", UNSET))

        def _parse_last_crawled_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_crawled_at = _parse_last_crawled_at(d.pop("last_crawled_at", UNSET))

        def _parse_crawl_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        crawl_count = _parse_crawl_count(d.pop("crawl_count", UNSET))

        recrawl_document_response_202 = cls(
            document_id=document_id,
            document_name=document_name,
            document_url=document_url,
            status=status,
            progress=progress,
            error_message=error_message,
            created_at=created_at,
            updated_at=updated_at,
            callback_url=callback_url,
            tags=tags,
            crawl_config=crawl_config,
            crawled_urls=crawled_urls,
            last_crawled_at=last_crawled_at,
            crawl_count=crawl_count,
        )

        recrawl_document_response_202.additional_properties = d
        return recrawl_document_response_202

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
