"""Where each operationId of the spec lives in the SDK: (resource attribute, method name).

The coverage test compares this table and the clients with the spec's operationIds, so a
regenerated spec with a new operation fails, naming it, until it is wrapped here.
"""

from __future__ import annotations

__all__ = ["OPERATIONS"]

OPERATIONS: dict[str, tuple[str, str]] = {
    "createReplica": ("replicas", "create"),
    "listReplicas": ("replicas", "list"),
    "getReplica": ("replicas", "get"),
    "deleteReplica": ("replicas", "delete"),
    "renameReplica": ("replicas", "rename"),
    "generateVideo": ("videos", "create"),
    "listVideos": ("videos", "list"),
    "getVideo": ("videos", "get"),
    "deleteVideo": ("videos", "delete"),
    "renameVideo": ("videos", "rename"),
    "createConversation": ("conversations", "create"),
    "listConversations": ("conversations", "list"),
    "getConversation": ("conversations", "get"),
    "deleteConversation": ("conversations", "delete"),
    "endConversation": ("conversations", "end"),
    "createPersona": ("personas", "create"),
    "listPersonas": ("personas", "list"),
    "getPersona": ("personas", "get"),
    "patchPersona": ("personas", "update"),
    "deletePersona": ("personas", "delete"),
    "createDocument": ("documents", "create"),
    "listDocuments": ("documents", "list"),
    "getDocument": ("documents", "get"),
    "patchDocument": ("documents", "update"),
    "deleteDocument": ("documents", "delete"),
    "recrawlDocument": ("documents", "recrawl"),
    "createGuardrails": ("guardrails", "create"),
    "getGuardrails": ("guardrails", "list"),
    "getGuardrail": ("guardrails", "get"),
    "patchGuardrails": ("guardrails", "update"),
    "deleteGuardrails": ("guardrails", "delete"),
    "createObjectives": ("objectives", "create"),
    "getObjectives": ("objectives", "list"),
    "getObjective": ("objectives", "get"),
    "patchObjective": ("objectives", "update"),
    "deleteObjective": ("objectives", "delete"),
}
