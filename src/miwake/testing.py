"""Test doubles shipped with the library, so that users' tests need no network either.

`FakeResolver` answers DNS TXT lookups from a dict; it satisfies
`miwake.analyzers.base.Resolver`:

    resolver = FakeResolver({"sel._domainkey.example.jp": ["v=DKIM1; k=rsa; p=MIIB..."],
                             "example.jp": ["v=spf1 ip4:192.0.2.0/24 -all"],
                             "_dmarc.example.jp": ["v=DMARC1; p=reject"]})
"""

from __future__ import annotations

from collections.abc import Mapping


class FakeResolver:
    """TXT records from a dict (name -> list of TXT strings); unknown names have none.

    Names are matched case-insensitively, with or without the trailing dot. Every name
    asked for is recorded in `queries`, so a test can check what was (not) looked up.
    """

    def __init__(self, records: Mapping[str, list[str]] | None = None) -> None:
        self._records = {_key(k): list(v) for k, v in (records or {}).items()}
        self.queries: list[str] = []

    def txt(self, name: str) -> list[str]:
        self.queries.append(name)
        return list(self._records.get(_key(name), []))


def _key(name: str) -> str:
    return name.strip().rstrip(".").lower()
