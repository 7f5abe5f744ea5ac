"""The OpenAPI document served at /openapi.json, kept by hand.

Not Starlette's SchemaGenerator: it only gathers YAML written into each endpoint's docstring,
so the schemas would still be written by hand, spread over the handlers and parsed at run
time. One dict here is the whole contract in one place; tests/api check that every route is
in it and that its request fields are the ones the handlers accept.
"""

from __future__ import annotations

from typing import Any

VERSION = "1"

_TEXT = {"type": "string"}
_INT = {"type": "integer"}
_FLAG = {"type": "boolean"}
_ANY_OBJECT = {"type": "object"}


def _body(properties: dict[str, Any], required: list[str] | None = None) -> dict[str, Any]:
    schema: dict[str, Any] = {
        "type": "object",
        "properties": properties,
        "additionalProperties": False,
    }
    if required:
        schema["required"] = required
    return {"required": True, "content": {"application/json": {"schema": schema}}}


# The request bodies, field by field (the handlers in api/app.py accept exactly these).
BODIES: dict[str, dict[str, Any]] = {
    "/v1/members": _body(
        {
            "name": _TEXT,
            "phone": _TEXT,
            "birthday": {**_TEXT, "description": "Jalali 1370/05/21 or Gregorian 1991-08-12"},
            "national_code": _TEXT,
            "referrer": {**_TEXT, "description": "card or phone of who referred them"},
            "joined": {**_TEXT, "description": "when they joined (default: now)"},
            "email": _TEXT,
            "no_messages": _FLAG,
            "notes": _TEXT,
        },
        ["name", "phone"],
    ),
    "/v1/credit": _body(
        {
            "card": _TEXT,
            "phone": _TEXT,
            "amount_rials": {**_INT, "description": "the purchase in Rials (before a coupon)"},
            "receipt": _TEXT,
            "coupon": _TEXT,
            "at": {**_TEXT, "description": "a past purchase: local date and time"},
        },
        ["amount_rials"],
    ),
    "/v1/redeem": _body({"card": _TEXT, "phone": _TEXT, "reward": _TEXT}, ["reward"]),
    "/v1/refund": _body(
        {
            "receipt": _TEXT,
            "entry": _INT,
            "amount_rials": {**_INT, "description": "a partial refund (default: all)"},
            "preview": {**_FLAG, "description": "say what it would do, change nothing"},
        }
    ),
    "/v1/void-redemption": _body({"entry": _INT, "preview": _FLAG}, ["entry"]),
    "/v1/pending": _body(
        {
            "amount_rials": {**_INT, "description": "the sale in Rials, as the till rang it up"},
            "receipt": _TEXT,
            "counter": {
                **_TEXT,
                "description": "the counter whose window shows it (default: this program's)",
            },
        },
        ["amount_rials"],
    ),
}

_ERROR = {
    "description": "refused: the error's code, its sentence and parameters",
    "content": {
        "application/json": {
            "schema": {
                "type": "object",
                "properties": {
                    "error": {
                        "type": "object",
                        "properties": {"code": _TEXT, "message": _TEXT, "params": _ANY_OBJECT},
                    }
                },
            }
        }
    },
}
_ERRORS = {
    "400": {**_ERROR, "description": "bad input (a field, a type, JSON, no Idempotency-Key)"},
    "401": {**_ERROR, "description": "no token, or an unknown or revoked one"},
    "403": {**_ERROR, "description": "the staff member (or the POS) may not do this"},
    "404": {**_ERROR, "description": "no such member, receipt, entry or reward"},
    "409": {**_ERROR, "description": "refused by the club's rules, or a reused key"},
    "413": {**_ERROR, "description": "body larger than 64 KiB"},
    "503": {**_ERROR, "description": "the database cannot be used now"},
}
_OK = {"200": {"description": "the command line's JSON for the same command"}}
_LANG = {
    "name": "lang",
    "in": "query",
    "schema": {"enum": ["fa", "en"]},
    "description": "language of error messages (or Accept-Language)",
}
_REF = {
    "name": "ref",
    "in": "path",
    "required": True,
    "schema": _TEXT,
    "description": "card or phone",
}
_ID = {"name": "id", "in": "path", "required": True, "schema": _INT}
_POSTED = {
    "201": {"description": "the purchase waits at the counter"},
    "200": {"description": "the same Idempotency-Key again: the purchase posted first"},
}
_WRITE_HEADERS = [
    {
        "name": "Idempotency-Key",
        "in": "header",
        "required": True,
        "schema": _TEXT,
        "description": "the operation id: the same key again returns the first result "
        '("replayed": true); a key used for another request is refused (409)',
    },
    {
        "name": "X-Staff",
        "in": "header",
        "schema": _TEXT,
        "description": "staff account (UTF-8, percent-encoded)",
    },
    {"name": "X-Staff-Pin", "in": "header", "schema": _TEXT, "description": "that account's PIN"},
]


def _read(summary: str, *parameters: dict[str, Any]) -> dict[str, Any]:
    return {
        "get": {
            "summary": summary,
            "parameters": [*parameters, _LANG],
            "responses": {**_OK, **_ERRORS},
        }
    }


def _write(path: str, summary: str) -> dict[str, Any]:
    return {
        "summary": summary,
        "parameters": [*_WRITE_HEADERS, _LANG],
        "requestBody": BODIES[path],
        "responses": {**_OK, **_ERRORS},
    }


def openapi_document() -> dict[str, Any]:
    members = _read(
        "find members by card, phone (or its last digits) or name",
        {"name": "q", "in": "query", "schema": _TEXT},
        {"name": "limit", "in": "query", "schema": _INT},
    )
    members["post"] = _write("/v1/members", "register a member")
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "LoyaltyDesk local API",
            "version": VERSION,
            "description": "The counter's work for a POS on the same computer or network. "
            "Amounts are integer Rials; field names are the command line's --json ones.",
        },
        "components": {"securitySchemes": {"token": {"type": "http", "scheme": "bearer"}}},
        "security": [{"token": []}],
        "paths": {
            "/v1/members": members,
            "/v1/members/{ref}": _read("one member", _REF),
            "/v1/members/{ref}/statement": _read("a member's ledger", _REF),
            "/v1/rewards": _read(
                "the reward catalogue and the earning rule",
                {"name": "all", "in": "query", "schema": _FLAG},
            ),
            "/v1/credit": {"post": _write("/v1/credit", "credit a purchase")},
            "/v1/redeem": {"post": _write("/v1/redeem", "redeem a reward")},
            "/v1/refund": {"post": _write("/v1/refund", "refund a purchase (or preview it)")},
            "/v1/void-redemption": {
                "post": _write("/v1/void-redemption", "give a redemption's points back")
            },
            "/v1/pending": {
                "post": {
                    **_write("/v1/pending", "a sale waiting at the counter for its member's card"),
                    "responses": {**_POSTED, **_ERRORS},
                }
            },
            "/v1/pending/{id}": {
                **_read("a waiting sale: waiting, credited (to whom) or cancelled", _ID),
                "delete": {
                    "summary": "cancel a waiting sale (voided at the till)",
                    "parameters": [_ID, *_WRITE_HEADERS, _LANG],
                    "responses": {**_OK, **_ERRORS},
                },
            },
        },
    }
