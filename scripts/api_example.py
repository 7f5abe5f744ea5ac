"""A tiny client of LoyaltyDesk's local HTTP API, in plain Python (urllib only): a starting
point for a POS integrator. See README, "The till's POS: the local HTTP API".

    python scripts/api_example.py --token TOKEN find 0912
    python scripts/api_example.py --token TOKEN credit 09121234567 2500000 --receipt 1042
    python scripts/api_example.py --token TOKEN redeem 09121234567 "Free drink"
    python scripts/api_example.py --token TOKEN pending 2500000 --receipt 8812
    python scripts/api_example.py --token TOKEN pending-status 1
    python scripts/api_example.py --token TOKEN pending-cancel 1

The Idempotency-Key is made from the till and the receipt number, so running the same
credit again (a timeout, a crash) credits it once.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import urllib.error
import urllib.parse
import urllib.request
import uuid
from typing import Any


def call(
    base: str, token: str, method: str, path: str, body: Any = None, key: str | None = None
) -> tuple[int, Any]:
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    if key is not None:
        headers["Idempotency-Key"] = key
    data = None if body is None else json.dumps(body).encode("utf-8")
    request = urllib.request.Request(base + path, data=data, method=method, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:  # a refusal: its JSON says why
        return error.code, json.loads(error.read())


def member(ref: str) -> dict[str, str]:
    """The API finds a member by either; the field says which it is to the reader (our
    cards are 12 digits, an Iranian mobile 11)."""
    return {"card" if len(ref) == 12 else "phone": ref}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default="http://127.0.0.1:8765")
    parser.add_argument("--token", default=os.environ.get("LOYALTYDESK_API_TOKEN"))
    parser.add_argument("--till", default="till-1", help="part of each Idempotency-Key")
    commands = parser.add_subparsers(dest="command", required=True)
    find = commands.add_parser("find")
    find.add_argument("text")
    credit = commands.add_parser("credit")
    credit.add_argument("ref", help="card or phone")
    credit.add_argument("amount_rials", type=int)
    credit.add_argument("--receipt")
    redeem = commands.add_parser("redeem")
    redeem.add_argument("ref")
    redeem.add_argument("reward")
    # A sale without its member: the counter shows it until the cashier scans the card.
    pending = commands.add_parser("pending")
    pending.add_argument("amount_rials", type=int)
    pending.add_argument("--receipt")
    for name in ("pending-status", "pending-cancel"):
        commands.add_parser(name).add_argument("id", type=int)
    args = parser.parse_args()
    if not args.token:
        parser.error("give --token (or LOYALTYDESK_API_TOKEN)")

    if args.command == "find":
        query = urllib.parse.urlencode({"q": args.text})
        status, answer = call(args.url, args.token, "GET", f"/v1/members?{query}")
    elif args.command == "credit":
        body: dict[str, Any] = {**member(args.ref), "amount_rials": args.amount_rials}
        if args.receipt:
            body["receipt"] = args.receipt
        key = f"{args.till}-sale-{args.receipt}" if args.receipt else str(uuid.uuid4())
        status, answer = call(args.url, args.token, "POST", "/v1/credit", body, key)
    elif args.command == "pending":
        body = {"amount_rials": args.amount_rials}
        if args.receipt:
            body["receipt"] = args.receipt
        key = f"{args.till}-pending-{args.receipt}" if args.receipt else str(uuid.uuid4())
        status, answer = call(args.url, args.token, "POST", "/v1/pending", body, key)
    elif args.command == "pending-status":
        status, answer = call(args.url, args.token, "GET", f"/v1/pending/{args.id}")
    elif args.command == "pending-cancel":
        key = f"{args.till}-cancel-{args.id}"
        status, answer = call(args.url, args.token, "DELETE", f"/v1/pending/{args.id}", key=key)
    else:
        body = {**member(args.ref), "reward": args.reward}
        status, answer = call(args.url, args.token, "POST", "/v1/redeem", body, str(uuid.uuid4()))
    print(json.dumps(answer, ensure_ascii=False, indent=2))
    return 0 if status in (200, 201) else 1


if __name__ == "__main__":
    sys.exit(main())
