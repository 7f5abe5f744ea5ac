"""The local HTTP API's application: what the command line does at the counter, for a POS.

Each request is checked here (token, body size, JSON, field names and types) and handed to
the same service call the command line makes; its answer is the command line's JSON
(cli/jsonout.py), and a refusal is the same error code with its sentence in the language
the request asks for. The services' blocking work runs in Starlette's thread pool, so one
slow database call does not hold up the other tills.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import hmac
import json
import logging
import threading
import time
import urllib.parse
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from loyaltydesk.api.openapi import BODIES, openapi_document
from loyaltydesk.cli import jsonout
from loyaltydesk.cli.text import TextOutput
from loyaltydesk.domain.api_tokens import ApiToken, Refusals
from loyaltydesk.domain.dates import parse_local_datetime
from loyaltydesk.domain.errors import (
    DomainError,
    InvalidInput,
    NotFound,
    NotPermitted,
    Refused,
    StorageError,
)
from loyaltydesk.domain.staff import Actor
from loyaltydesk.i18n.display import Display
from loyaltydesk.settings import LANGUAGES
from loyaltydesk.ui.error_text import error_text

if TYPE_CHECKING:
    from loyaltydesk.bootstrap import Services
    from loyaltydesk.ui.translations import LanguageSwitch

log = logging.getLogger(__name__)
T = TypeVar("T")

# A POS sends a few hundred bytes; the cap is checked before anything is parsed.
MAX_BODY = 64 * 1024
# Bad tokens from one client: the first few are answered at once (a mistyped setting), then
# each answer waits a little longer, so guessing is slow and a misconfigured till is still
# told soon what is wrong.
FREE_FAILURES = 5
DELAY_STEP = 0.2
MAX_DELAY = 3.0
FORGET_AFTER = 15 * 60.0  # seconds without a bad token before a client starts afresh
_TRACKED_CLIENTS = 10_000

# Statuses by the kind of refusal, as the command line's exit codes sort them.
_AUTH_CODES = {"api.token_missing", "api.token_invalid"}
_STATUS_BY_CODE = {"api.body_too_large": 413, "api.no_such_path": 404}


def status_of(error: DomainError) -> int:
    if error.code in _AUTH_CODES:
        return 401
    if error.code in _STATUS_BY_CODE:
        return _STATUS_BY_CODE[error.code]
    if isinstance(error, NotPermitted):
        return 403
    if isinstance(error, NotFound):
        return 404
    if isinstance(error, Refused):
        return 409
    if isinstance(error, StorageError):
        return 503
    if isinstance(error, InvalidInput):
        return 400
    return 500  # a device error: nothing the API itself drives


@dataclass
class _Failures:
    """Bad tokens per client address (in memory: a restart forgives)."""

    counts: dict[str, tuple[int, float]] = field(default_factory=dict)

    def failed(self, client: str) -> float:
        """Count a failure; the delay before answering it."""
        now = time.monotonic()
        count, last = self.counts.get(client, (0, now))
        if now - last > FORGET_AFTER:
            count = 0
        if len(self.counts) >= _TRACKED_CLIENTS and client not in self.counts:
            self.counts.clear()  # a flood from many addresses: start counting again
        self.counts[client] = (count + 1, now)
        if count + 1 == FREE_FAILURES + 1:
            log.warning("API: %s sent %d bad tokens; slowing its answers", client, count + 1)
        return min(MAX_DELAY, DELAY_STEP * max(0, count + 1 - FREE_FAILURES))

    def succeeded(self, client: str) -> None:
        self.counts.pop(client, None)


# -- reading a request ---------------------------------------------------------------------

_TYPES = {"string": str, "integer": int, "boolean": bool}
_TYPE_CODES = {str: "api.not_text", int: "api.not_whole_number", bool: "api.not_flag"}


async def _fields(request: Request, path: str) -> _Fields:
    """The body's fields, checked against the OpenAPI document's schema for ``path`` (one
    contract, one place): an unknown name is refused, so a POS's typo ("ammount") is not
    silently ignored; null is taken as absent."""
    body = await _body(request)
    schema = BODIES[path]["content"]["application/json"]["schema"]
    spec = {name: _TYPES[p["type"]] for name, p in schema["properties"].items()}
    for name in body:
        if name not in spec:
            raise InvalidInput("api.unknown_field", key=name)
    values = _Fields()
    for name, kind in spec.items():
        value = body.get(name)
        if value is None:
            if name in schema.get("required", ()):
                raise InvalidInput("api.missing_field", key=name)
            continue
        # bool is an int in Python; JSON's true is not a number of Rials.
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise InvalidInput(_TYPE_CODES[kind], key=name)
        values[name] = value
    return values


class _Fields(dict[str, Any]):
    def ref(self) -> str:
        """The member's card or phone: exactly one of them."""
        given = [self[k] for k in ("card", "phone") if k in self]
        if len(given) != 1:
            raise InvalidInput("api.card_or_phone")
        return str(given[0])


async def _body(request: Request) -> dict[str, Any]:
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > MAX_BODY:
        raise InvalidInput("api.body_too_large", limit=MAX_BODY)
    data = bytearray()
    async for chunk in request.stream():
        data += chunk
        if len(data) > MAX_BODY:
            raise InvalidInput("api.body_too_large", limit=MAX_BODY)
    try:
        body = json.loads(bytes(data) or b"{}")
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise InvalidInput("api.bad_json") from None
    if not isinstance(body, dict):
        raise InvalidInput("api.bad_json")
    return body


def _language(request: Request, default: str) -> str:
    asked = request.query_params.get("lang")
    if asked in LANGUAGES:
        return asked
    for part in request.headers.get("accept-language", "").split(","):
        tag = part.split(";")[0].strip().lower()[:2]
        if tag in LANGUAGES:
            return tag
    return default


def _header_text(request: Request, name: str) -> str | None:
    """A header as UTF-8: HTTP headers carry Latin-1 only, so a Persian staff name comes
    percent-encoded (X-Staff: %D8%B3%D8%A7%D8%B1%D8%A7)."""
    value = request.headers.get(name)
    return urllib.parse.unquote(value) if value else None


# -- the application -----------------------------------------------------------------------


@dataclass
class _Call:
    """One request, authenticated: who is asking (a POS's token, or None for this computer's
    command line, handed over by cli/handoff.py), in which language."""

    request: Request
    token: ApiToken | None
    language: str


Handler = Callable[["ApiApp", _Call], Awaitable[tuple[int, Any]]]


class ApiApp:
    def __init__(
        self,
        services: Services,
        languages: LanguageSwitch,
        changed: Callable[[int], None] | None = None,
        local_secret: str | None = None,
    ) -> None:
        self.services = services
        # This run's secret, in the data folder's running file (loyaltydesk/running.py).
        self.local_secret = local_secret
        # Told the member whose points a request changed: the window beside it shows them.
        self.changed = changed or (lambda _member_id: None)
        self.settings = services.settings
        self.languages = languages
        self.failures = _Failures()
        # Replaced whole on the server's thread, read by the window's: no lock needed.
        self.refused = Refusals()

    def display(self, language: str) -> TextOutput:
        s = self.settings
        return TextOutput(language, s.currency, s.zone, s.calendar or None)

    async def work(self, job: Callable[[], T]) -> T:
        return await run_in_threadpool(job)

    def error_response(self, error: DomainError, language: str) -> JSONResponse:
        s = self.settings
        shown = Display(language, s.currency, s.zone, s.calendar or None)
        with self.languages.speaking(language):
            message = error_text(error, shown, screen=False)
        params = {
            k: v if isinstance(v, int | str | bool) else str(v) for k, v in error.params.items()
        }
        body = {"error": {"code": error.code, "message": message, "params": params}}
        return JSONResponse(body, status_code=status_of(error))

    def actor(self, call: _Call) -> Actor:
        """Whom the trail names: the POS (its token's name is the counter), and the staff
        member it names with X-Staff and X-Staff-Pin; without one, the POS itself, which a
        club with staff accounts lets do nothing that needs a signed-in person."""
        branch = self.settings.branch_name
        staff = _header_text(call.request, "x-staff")
        if call.token is None:
            # The command line of this computer: who it says, as the command line has it.
            return self.services.staff.script_actor(
                staff or "",
                _header_text(call.request, "x-staff-pin"),
                _header_text(call.request, "x-counter") or self.settings.counter,
                branch=branch,
            )
        if not staff:
            return Actor(call.token.name, call.token.name, branch=branch)
        pin = _header_text(call.request, "x-staff-pin")
        if not pin:
            raise InvalidInput("api.staff_pin_missing", name=staff)
        # A right PIN is checked once and then trusted a while (services/staff.SCRIPT_TRUST).
        return self.services.staff.sign_in(staff, pin, call.token.name, branch=branch, shift=False)

    def endpoint(self, handler: Handler) -> Callable[[Request], Awaitable[Response]]:
        async def run(request: Request) -> Response:
            language = _language(request, self.settings.language)
            client = request.client.host if request.client else "?"
            try:
                token = await self.authenticate(request, client)
                status, data = await handler(self, _Call(request, token, language))
            except DomainError as error:
                return self.error_response(error, language)
            except Exception:
                log.exception("API: unexpected error in %s %s", request.method, request.url.path)
                return self.error_response(DomainError("api.unexpected"), language)
            return JSONResponse(data, status_code=status)

        return run

    async def authenticate(self, request: Request, client: str) -> ApiToken | None:
        scheme, _, secret = request.headers.get("authorization", "").partition(" ")
        given = secret.strip() if scheme.lower() == "bearer" else ""
        if self.local_secret and hmac.compare_digest(given.encode(), self.local_secret.encode()):
            return None
        tokens = self.services.api_tokens
        trusted = tokens.trusted(given) if given else None
        if trusted is not None:
            return trusted  # asked a moment ago: no database, no thread
        try:
            token = await self.work(lambda: tokens.check(given or None))
        except NotPermitted:
            self.refused = self.refused.one_more(dt.datetime.now(dt.UTC), client)
            delay = self.failures.failed(client)
            if delay:
                await asyncio.sleep(delay)
            raise
        self.failures.succeeded(client)
        return token


async def _until_gone(request: Request, gone: threading.Event) -> None:
    """Set ``gone`` when the caller closes its connection (its body was read already, so
    the next message is that, or nothing until the answer is sent)."""
    while (await request.receive())["type"] != "http.disconnect":
        pass
    gone.set()


def _op_id(call: _Call) -> str:
    """The Idempotency-Key: the operation id the service is given, so a retry is done once."""
    key = call.request.headers.get("idempotency-key")
    if key is None:
        raise InvalidInput("api.idempotency_key_missing")
    return key  # the service checks it (empty, too long, unprintable) as it checks --op-id


# -- the endpoints -------------------------------------------------------------------------


async def find_members(app: ApiApp, call: _Call) -> tuple[int, Any]:
    query = call.request.query_params
    unknown = set(query) - {"q", "limit", "lang"}
    if unknown:
        raise InvalidInput("api.unknown_field", key=sorted(unknown)[0])
    text = query.get("q", "")
    limit_text = query.get("limit", "20")
    # A minus sign is still a number: "-1" is told the range the service allows.
    if not limit_text.removeprefix("-").isdigit():
        raise InvalidInput("api.not_whole_number", key="limit")
    limit = int(limit_text)
    hits = await app.work(lambda: app.services.membership.find(text, limit=limit))
    return 200, [jsonout.hit(h) for h in hits]


async def show_member(app: ApiApp, call: _Call) -> tuple[int, Any]:
    ref = call.request.path_params["ref"]
    view = await app.work(lambda: app.services.membership.resolve(ref))
    return 200, jsonout.member(view)


async def statement(app: ApiApp, call: _Call) -> tuple[int, Any]:
    ref = call.request.path_params["ref"]
    membership = app.services.membership
    result = await app.work(lambda: membership.statement(membership.resolve(ref).id))
    with app.languages.speaking(call.language):
        return 200, jsonout.statement(result, app.display(call.language).how)


async def rewards(app: ApiApp, call: _Call) -> tuple[int, Any]:
    include_all = call.request.query_params.get("all", "") in ("1", "true")
    rules = app.services.rules
    listed, rule = await app.work(
        lambda: (rules.rewards(include_inactive=include_all), rules.earn_rule())
    )
    return 200, {"rule": jsonout.rule(rule), "rewards": [jsonout.reward(r) for r in listed]}


async def register(app: ApiApp, call: _Call) -> tuple[int, Any]:
    f = await _fields(call.request, "/v1/members")
    op_id = _op_id(call)
    zone = app.settings.zone

    def job() -> Any:
        joined = parse_local_datetime(f["joined"], zone) if "joined" in f else None
        return app.services.membership.register(
            op_id,
            name=f["name"],
            phone=f["phone"],
            actor=app.actor(call),
            birthday=f.get("birthday"),
            national_code=f.get("national_code"),
            referrer=f.get("referrer"),
            joined_at=joined,
            email=f.get("email"),
            opted_out=f.get("no_messages", False),
            notes=f.get("notes"),
        )

    result = await app.work(job)
    return 200, jsonout.registered(result)


async def credit(app: ApiApp, call: _Call) -> tuple[int, Any]:
    f = await _fields(call.request, "/v1/credit")
    ref = f.ref()
    op_id = _op_id(call)
    zone = app.settings.zone
    gone = threading.Event()

    def job() -> Any:
        at = parse_local_datetime(f["at"], zone) if "at" in f else None
        return app.services.counter.credit_member(
            op_id,
            ref,
            f["amount_rials"],
            app.actor(call),
            receipt_no=f.get("receipt"),
            at=at,
            coupon=f.get("coupon"),
            wanted=lambda: not gone.is_set(),
        )

    # A POS (or a command line handed over) that gives up while the sale waits for the
    # database is not answered, and its sale is not saved: a retry under a new id is then
    # its only credit, as when the command line itself is killed while it waits.
    watch = asyncio.create_task(_until_gone(call.request, gone))
    try:
        result = await app.work(job)
    finally:
        watch.cancel()
    app.changed(result.member.id)
    data = jsonout.credit(result)
    if result.coupon is not None:
        with app.languages.speaking(call.language):
            data["coupon"] = jsonout.coupon(result.coupon, app.display(call.language).coupon_terms)
    return 200, data


async def redeem(app: ApiApp, call: _Call) -> tuple[int, Any]:
    f = await _fields(call.request, "/v1/redeem")
    ref = f.ref()
    op_id = _op_id(call)

    def job() -> Any:
        actor = app.actor(call)
        member = app.services.membership.resolve(ref)
        return app.services.counter.redeem(op_id, member.id, f["reward"], actor)

    redeemed = await app.work(job)
    app.changed(redeemed.member.id)
    return 200, jsonout.redeem(redeemed)


async def refund(app: ApiApp, call: _Call) -> tuple[int, Any]:
    f = await _fields(call.request, "/v1/refund")
    counter = app.services.counter
    which = {"receipt_no": f.get("receipt"), "entry_id": f.get("entry")}
    if f.get("preview"):
        preview = await app.work(
            lambda: counter.preview_refund(**which, amount_rials=f.get("amount_rials"))
        )
        return 200, jsonout.refund_preview(preview)
    op_id = _op_id(call)
    result = await app.work(
        lambda: counter.refund(op_id, app.actor(call), **which, amount_rials=f.get("amount_rials"))
    )
    app.changed(result.preview.member.id)
    return 200, jsonout.refund(result)


async def void_redemption(app: ApiApp, call: _Call) -> tuple[int, Any]:
    f = await _fields(call.request, "/v1/void-redemption")
    counter = app.services.counter
    if f.get("preview"):
        return 200, jsonout.void_preview(await app.work(lambda: counter.preview_void(f["entry"])))
    op_id = _op_id(call)
    result = await app.work(lambda: counter.void_redemption(op_id, f["entry"], app.actor(call)))
    app.changed(result.preview.member.id)
    return 200, jsonout.void(result)


async def post_pending(app: ApiApp, call: _Call) -> tuple[int, Any]:
    """A sale without its member: it waits at the counter (this program's, or the one the
    body names) until the cashier scans the card."""
    f = await _fields(call.request, "/v1/pending")
    key = _op_id(call)

    def job() -> Any:
        return app.services.till.post(
            key,
            f["amount_rials"],
            f.get("counter", app.settings.counter),
            app.actor(call),
            receipt_no=f.get("receipt"),
        )

    posted = await app.work(job)
    # 201 for a new purchase, as a POS retrying can tell a replay from its own first post.
    status = 200 if posted.replayed else 201
    return status, jsonout.till_purchase(posted.purchase, replayed=posted.replayed)


def _pending_id(call: _Call) -> int:
    text = call.request.path_params["id"]
    if not text.isascii() or not text.isdigit():
        raise InvalidInput("api.not_whole_number", key="id")
    return int(text)


async def show_pending(app: ApiApp, call: _Call) -> tuple[int, Any]:
    purchase_id = _pending_id(call)
    purchase = await app.work(lambda: app.services.till.status(purchase_id))
    return 200, jsonout.till_purchase(purchase)


async def cancel_pending(app: ApiApp, call: _Call) -> tuple[int, Any]:
    """The sale was voided at the till: it no longer waits (refused once it was credited:
    a refund takes the points back then)."""
    purchase_id = _pending_id(call)
    key = _op_id(call)

    def job() -> Any:
        return app.services.till.cancel(key, purchase_id, app.actor(call))

    cancelled, replayed = await app.work(job)
    return 200, jsonout.till_purchase(cancelled, replayed=replayed)


def build_app(
    services: Services,
    languages: LanguageSwitch,
    changed: Callable[[int], None] | None = None,
    local_secret: str | None = None,
) -> Starlette:
    api = ApiApp(services, languages, changed, local_secret)

    async def openapi(_request: Request) -> Response:
        return JSONResponse(openapi_document())

    async def http_error(request: Request, exc: Exception) -> Response:
        """Starlette's own 404 and 405, as JSON errors like every other answer."""
        language = _language(request, services.settings.language)
        status = exc.status_code if isinstance(exc, HTTPException) else 500
        code = "api.method_not_allowed" if status == 405 else "api.no_such_path"
        response = api.error_response(DomainError(code, key=request.url.path), language)
        response.status_code = status
        return response

    routes = [
        Route("/openapi.json", openapi, methods=["GET"]),
        Route("/v1/members", api.endpoint(find_members), methods=["GET"]),
        Route("/v1/members", api.endpoint(register), methods=["POST"]),
        Route("/v1/members/{ref}", api.endpoint(show_member), methods=["GET"]),
        Route("/v1/members/{ref}/statement", api.endpoint(statement), methods=["GET"]),
        Route("/v1/credit", api.endpoint(credit), methods=["POST"]),
        Route("/v1/redeem", api.endpoint(redeem), methods=["POST"]),
        Route("/v1/refund", api.endpoint(refund), methods=["POST"]),
        Route("/v1/void-redemption", api.endpoint(void_redemption), methods=["POST"]),
        Route("/v1/rewards", api.endpoint(rewards), methods=["GET"]),
        Route("/v1/pending", api.endpoint(post_pending), methods=["POST"]),
        Route("/v1/pending/{id}", api.endpoint(show_pending), methods=["GET"]),
        Route("/v1/pending/{id}", api.endpoint(cancel_pending), methods=["DELETE"]),
    ]
    application = Starlette(routes=routes, exception_handlers={HTTPException: http_error})
    application.state.api = api  # what the server beside the window reports (refusals)
    return application
