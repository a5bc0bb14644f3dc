from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GenerateVideoBodyProperties")


@_attrs_define
class GenerateVideoBodyProperties:
    background_scroll: bool | Unset = UNSET
    """ If `background_url` is provided, this option may be configured.

    If set to `true`, the background video will scroll down through the website. If set to `false`, the background
    video will display the top of the website.

    The default is `true`.
     """
    background_scroll_type: str | Unset = UNSET
    """ If `background_url` is provided and `background_scroll` is set to `true`, this option may be configured.

    This parameter defines the scroll pattern if `background_scroll` is set to `true`.

    There are two options: `human`, `smooth`.

    The `human` scroll type is the default type and mimics a human scrolling through the webpage, briefly stopping
    at certain intervals to give a natural appearance. The `smooth` scroll type scroll in a uniform manner all the
    way down the website without stopping.

    The default is `human`.
     """
    background_scroll_depth: str | Unset = UNSET
    """ If `background_url` is provided and `background_scroll` is set to `true`, this option may be configured.

     This parameter defines how far down the webpage the background video will scroll.

     There are two options: `middle`, `bottom`.

     The `middle` depth option will stop scrolling once the middle of the webpage has been hit. The `bottom` will
    scroll the webpage all the way to the bottom of the page.

     The default is `middle`.
     """
    background_scroll_return: str | Unset = UNSET
    """ If `background_url` is provided and `background_scroll` is set to `true`, this option may be configured.

    This parameter defines the scrolling behavior once the webpage has been scrolled to the depth specified by the
    `background_scroll_depth` parameter.

    There are two options: `return`, `halt`.

    The `return` option will scroll back up once the webpage has reached `background_scroll_depth`. The `halt`
    option will pause the background video at the location specified in `background_scroll_depth`.

    The default is `return`.
     """
    start_with_wave: bool | Unset = UNSET
    """ If set to true, the video will start with a wave animation. This is only supported for select stock
    replicas.

    The default is `true`.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        background_scroll = self.background_scroll

        background_scroll_type = self.background_scroll_type

        background_scroll_depth = self.background_scroll_depth

        background_scroll_return = self.background_scroll_return

        start_with_wave = self.start_with_wave

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if background_scroll is not UNSET:
            field_dict["background_scroll"] = background_scroll
        if background_scroll_type is not UNSET:
            field_dict["background_scroll_type"] = background_scroll_type
        if background_scroll_depth is not UNSET:
            field_dict["background_scroll_depth"] = background_scroll_depth
        if background_scroll_return is not UNSET:
            field_dict["background_scroll_return"] = background_scroll_return
        if start_with_wave is not UNSET:
            field_dict["start_with_wave"] = start_with_wave

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        background_scroll = d.pop("background_scroll", UNSET)

        background_scroll_type = d.pop("background_scroll_type", UNSET)

        background_scroll_depth = d.pop("background_scroll_depth", UNSET)

        background_scroll_return = d.pop("background_scroll_return", UNSET)

        start_with_wave = d.pop("start_with_wave", UNSET)

        generate_video_body_properties = cls(
            background_scroll=background_scroll,
            background_scroll_type=background_scroll_type,
            background_scroll_depth=background_scroll_depth,
            background_scroll_return=background_scroll_return,
            start_with_wave=start_with_wave,
        )

        generate_video_body_properties.additional_properties = d
        return generate_video_body_properties

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
