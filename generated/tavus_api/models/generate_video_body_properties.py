from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

from ..types import Model


class GenerateVideoBodyProperties(Model):
    background_scroll: bool | None
    """ If `background_url` is provided, this option may be configured.

    If set to `true`, the background video will scroll down through the website. If set to `false`, the background
    video will display the top of the website.

    The default is `true`.
     """
    background_scroll_type: str | None
    """ If `background_url` is provided and `background_scroll` is set to `true`, this option may be configured.

    This parameter defines the scroll pattern if `background_scroll` is set to `true`.

    There are two options: `human`, `smooth`.

    The `human` scroll type is the default type and mimics a human scrolling through the webpage, briefly stopping
    at certain intervals to give a natural appearance. The `smooth` scroll type scroll in a uniform manner all the
    way down the website without stopping.

    The default is `human`.
     """
    background_scroll_depth: str | None
    """ If `background_url` is provided and `background_scroll` is set to `true`, this option may be configured.

     This parameter defines how far down the webpage the background video will scroll.

     There are two options: `middle`, `bottom`.

     The `middle` depth option will stop scrolling once the middle of the webpage has been hit. The `bottom` will
    scroll the webpage all the way to the bottom of the page.

     The default is `middle`.
     """
    background_scroll_return: str | None
    """ If `background_url` is provided and `background_scroll` is set to `true`, this option may be configured.

    This parameter defines the scrolling behavior once the webpage has been scrolled to the depth specified by the
    `background_scroll_depth` parameter.

    There are two options: `return`, `halt`.

    The `return` option will scroll back up once the webpage has reached `background_scroll_depth`. The `halt`
    option will pause the background video at the location specified in `background_scroll_depth`.

    The default is `return`.
     """
    start_with_wave: bool | None
    """ If set to true, the video will start with a wave animation. This is only supported for select stock
    replicas.

    The default is `true`.
     """

    _FIELDS = {
        "background_scroll": ("background_scroll", None),
        "background_scroll_type": ("background_scroll_type", None),
        "background_scroll_depth": ("background_scroll_depth", None),
        "background_scroll_return": ("background_scroll_return", None),
        "start_with_wave": ("start_with_wave", None),
    }

    def __init__(
        self,
        *,
        background_scroll: bool | None = None,
        background_scroll_type: str | None = None,
        background_scroll_depth: str | None = None,
        background_scroll_return: str | None = None,
        start_with_wave: bool | None = None,
        additional_properties: Mapping[str, Any] | None = None,
    ) -> None:
        values = {
            "background_scroll": background_scroll,
            "background_scroll_type": background_scroll_type,
            "background_scroll_depth": background_scroll_depth,
            "background_scroll_return": background_scroll_return,
            "start_with_wave": start_with_wave,
        }
        self._init(values, additional_properties)


# The request-side form: a dict with the model's keys, for type checkers (total=False: each key may
# be left out; a required one is `Required`). Functional syntax, so any JSON key can be a key.
GenerateVideoBodyPropertiesParam = TypedDict(
    "GenerateVideoBodyPropertiesParam",
    {
        "background_scroll": "bool",
        "background_scroll_type": "str",
        "background_scroll_depth": "str",
        "background_scroll_return": "str",
        "start_with_wave": "bool",
    },
    total=False,
)
