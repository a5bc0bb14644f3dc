"""docs/interactions.md is real code: its blocks run; the tool-calling loop answers a tool call with a
`respond` that a stand-in for `client.conversations` receives, and, against the fake, that
`send_app_message` really delivers (tests/typing/test_docs_snippets.py type-checks the page)."""

from __future__ import annotations

import json
import re
import textwrap
from typing import Any

import pytest
import respx

import tavus
from tavus import interactions
from tavus.interactions._protocol import EVENTS, MESSAGES
from tavus.testing import FakeTavus
from tests.conftest import ROOT
from tests.interactions._contract import INTERACTIONS

PAGE = ROOT / "docs" / "interactions.md"
REFERENCE = ROOT / "docs" / "reference" / "interactions.md"
# Every ```python block, top-level or indented in an admonition, in page order.
BLOCK = re.compile(r"^( *)```python\n(.*?)^\1```", flags=re.S | re.M)
# The title of the page's warning while the method was missing (gone since it exists).
PENDING = "Not in this release yet"
TOOL_CALL = INTERACTIONS["tool_call"]["example"]


def blocks() -> list[str]:
    return [textwrap.dedent(code) for _, code in BLOCK.findall(PAGE.read_text(encoding="utf-8"))]


def test_the_page_has_the_loop_the_builders_and_parse() -> None:
    code = blocks()
    assert len(code) == 5
    assert "def answer_tool_call" in code[0]
    assert "client.conversations.send_app_message(conversation_id, reply)" in code[1]
    assert not any("client.request(" in block for block in code)
    text = PAGE.read_text(encoding="utf-8")
    for name in ("respond", "echo", "interrupt", "append_llm_context", "overwrite_llm_context", "sensitivity"):
        assert f"`{name}(conversation_id" in text, name
    assert "### `UnknownEvent`" in text


def test_the_page_no_longer_says_send_app_message_is_missing() -> None:
    text = PAGE.read_text(encoding="utf-8")
    assert PENDING not in text
    assert "!!! warning" not in text
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "is not in this release" not in readme
    assert "client.conversations.send_app_message(conversation_id, reply)" in readme


class StandInConversations:
    """Records what `send_app_message` sends, without a conversation to send it to."""

    def __init__(self) -> None:
        self.sent: list[tuple[str, dict[str, Any]]] = []

    def send_app_message(self, conversation_id: str, message: interactions.Message) -> None:
        self.sent.append((conversation_id, message.to_dict()))


@pytest.fixture
def page(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """The page's blocks run in order in one namespace, as a reader would paste them, with a
    stand-in for `client.conversations` (the client itself is real: nothing is sent)."""
    monkeypatch.setenv("TAVUS_API_KEY", "test-key")
    namespace: dict[str, Any] = {}
    for i, code in enumerate(blocks()):
        exec(compile(code, f"docs/interactions.md block {i}", "exec"), namespace)
    namespace["stand_in"] = StandInConversations()
    namespace["client"].conversations = namespace["stand_in"]
    return namespace


def test_the_loop_answers_a_tool_call_with_respond(page: dict[str, Any]) -> None:
    page["on_app_message"](TOOL_CALL, "c123")
    [(conversation_id, body)] = page["stand_in"].sent
    assert conversation_id == "c123"
    assert body == {
        "message_type": "conversation",
        "event_type": "conversation.respond",
        "conversation_id": "c123",
        "properties": {"text": "(The get_weather tool returned: sunny and 21 °C in NYC.)"},
    }
    assert isinstance(interactions.parse(body), interactions.RespondMessage)


def test_the_loop_reports_an_unknown_tool_and_ignores_what_is_no_tool_call(
    page: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    unknown_tool = {**TOOL_CALL, "properties": {"name": "book_flight", "arguments": "{}"}}
    page["on_app_message"](json.dumps(unknown_tool).encode(), "c1")
    assert page["stand_in"].sent[0][1]["properties"] == {"text": "(The tool book_flight is not available.)"}
    for other in (INTERACTIONS["utterance"]["example"], {"event_type": "app.custom"}, {"type": "chat"}, "not json"):
        page["on_app_message"](other, "c1")
    assert len(page["stand_in"].sent) == 1
    assert "ignored: event_type: is required" in capsys.readouterr().out


def test_the_loop_s_reply_reaches_the_conversation(page: dict[str, Any]) -> None:
    """The page's `on_app_message`, with its real client pointed at the fake: the fake records the reply."""
    with FakeTavus() as fake, fake.client() as client:
        conversation = client.conversations.create(face_id=FakeTavus.STOCK_REPLICA_ID)
        page["client"] = client
        page["on_app_message"](
            {**TOOL_CALL, "conversation_id": conversation.conversation_id}, conversation.conversation_id
        )
        [sent] = fake.app_messages(conversation.conversation_id)
    assert sent["event_type"] == "conversation.respond"
    assert sent["conversation_id"] == conversation.conversation_id
    assert sent["properties"] == {"text": "(The get_weather tool returned: sunny and 21 °C in NYC.)"}


def test_send_app_message_sends_the_message_as_the_body() -> None:
    client = tavus.Tavus(api_key="k", base_url="https://tavus.test", max_retries=0)
    message = interactions.respond("c123", text="hi")
    with respx.mock(base_url="https://tavus.test") as mock:
        route = mock.post("/v2/conversations/c123/send-app-message").respond(200)
        assert client.conversations.send_app_message("c123", message) is None
    request = route.calls.last.request
    assert json.loads(request.content) == message.to_dict()
    assert request.headers["x-api-key"] == "k"


def test_the_reference_page_names_every_class() -> None:
    text = REFERENCE.read_text(encoding="utf-8")
    assert "::: tavus.interactions" in text
    for cls in {**MESSAGES, **EVENTS}.values():
        assert f"`{cls.__name__}`" in text, cls.__name__
