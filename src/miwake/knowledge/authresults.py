"""Authentication-Results (RFC 8601) and ARC-Authentication-Results (RFC 8617) parsing.

Real headers bend the grammar: Microsoft omits the authserv-id and adds `action=`,
`compauth=` and trailing `;`, with no space after `;` (`header.d=none;dmarc=none`);
Proton writes one method per header; ARC comments hold brackets and `=`; some servers
put a method straight after the authserv-id without `;`. `authres` (strict) parses about
5% of the corpus headers as they are, so this is a small hand parser that never raises:
whatever it cannot read is dropped from the result and marked by `ok = False`.

Measured on the corpus (all 4,528 Authentication-Results, ARC-Authentication-Results and
X-Mailman-Original-Authentication-Results headers): see `tests/test_authresults.py` and
the helper report; the parser reads >99% with `ok = True`.
"""

from __future__ import annotations

from dataclasses import dataclass

from miwake import startcache

# Header values longer than this are cut: a genuine one is a few hundred bytes, and the
# cut bounds the work per header whatever the mail holds.
MAX_HEADER_CHARS = 8_192

# Methods registered with IANA (plus the vendor ones seen in real mail). A token
# `name=value` whose name is one of these starts a new result even without a `;`.
KNOWN_METHODS = frozenset(
    {
        "auth",
        "dkim",
        "domainkeys",
        "iprev",
        "sender-id",
        "spf",
        "dmarc",
        "arc",
        "compauth",
        "dkim-atps",
        "dkim-adsp",
        "vbr",
        "rrvs",
        "smime",
        "bimi",
        "dnswl",
        "x-dkim-atps",
        "x-tls",
        "x-ptr",
        "bestguesspass",
    }
)

_METHOD_RE = startcache.compile(r"^([a-z][a-z0-9_-]{0,40})(?:/(\d{1,3}))?=([a-z0-9_-]{0,40})$")
_INSTANCE_RE = startcache.compile(r"^i=(\d{1,3})$")
_AUTHSERV_RE = startcache.compile(r"^[^\s=;()\"]{1,255}$")
_EQ_SPACES = startcache.compile(r"[ \t]*=[ \t]*")
_QSPACE = "\ue000"  # a private-use character: str.split() treats \x1c-\x1f as spaces
_POLICY_IN_COMMENT = startcache.compile(r"\bp=([a-z]{1,12})\b")


@dataclass(frozen=True, slots=True)
class AuthResult:
    """One `method=result` with its properties (`header.from`, `smtp.mailfrom`, ...)."""

    method: str  # lower-cased: "spf", "dkim", "dmarc", "arc", "compauth", "auth", ...
    result: str  # lower-cased: "pass", "fail", "softfail", "none", "bestguesspass", ...
    props: tuple[tuple[str, str], ...] = ()  # (lower-cased key, value as written)
    reason: str = ""
    comment: str = ""  # the comments after the result, joined by " | "

    def get(self, key: str) -> str:
        """The first property `key` (e.g. "header.from"), "" when absent."""
        for k, v in self.props:
            if k == key:
                return v
        return ""

    def domain(self, key: str) -> str:
        """The domain in property `key`: `smtp.mailfrom=a@B.jp` -> `b.jp`."""
        value = self.get(key).strip().strip("<>").rstrip(".").lower()
        if "@" in value:
            value = value.rsplit("@", 1)[1]
        if value in ("", "none", "unknown"):
            return ""
        return value

    @property
    def dmarc_policy(self) -> str:
        """DMARC's published policy as the receiver reported it (`p=reject` in the
        comment, or `policy.published-domain-policy`); "" when not reported."""
        explicit = self.get("policy.published-domain-policy") or self.get("policy.dmarc")
        if explicit:
            return explicit.lower()
        m = _POLICY_IN_COMMENT.search(self.comment.lower())
        return m.group(1) if m else ""


@dataclass(frozen=True, slots=True)
class AuthResultsHeader:
    """One Authentication-Results header, as read."""

    authserv_id: str  # lower-cased; "" when the header has none (Microsoft)
    results: tuple[AuthResult, ...]
    instance: int = 0  # ARC `i=`; 0 for plain Authentication-Results
    ok: bool = True  # False when part of the header could not be read
    raw: str = ""

    def of(self, method: str) -> list[AuthResult]:
        return [r for r in self.results if r.method == method]


def _split(value: str) -> tuple[list[tuple[str, list[str]]], bool]:
    """Split at top-level `;` into (text without comments, comments) pairs.

    Comments nest and may hold `;`, `=` and brackets; quoted strings may hold anything.
    Returns ok=False when a comment or quote is left open.
    """
    segments: list[tuple[str, list[str]]] = []
    text: list[str] = []
    comments: list[str] = []
    comment: list[str] = []
    depth = 0
    quoted = False
    i = 0
    n = len(value)
    while i < n:
        c = value[i]
        if depth:
            if c == "\\" and i + 1 < n:
                comment.append(value[i + 1])
                i += 2
                continue
            if c == "(":
                depth += 1
            elif c == ")":
                depth -= 1
                if depth == 0:
                    comments.append("".join(comment).strip())
                    comment = []
                    text.append(" ")
                    i += 1
                    continue
            comment.append(c)
        elif quoted:
            if c == "\\" and i + 1 < n:
                text.append(value[i + 1])
                i += 2
                continue
            if c == '"':
                quoted = False
            else:
                # keep a quoted value one token: its spaces become _QSPACE until split
                text.append(_QSPACE if c in " \t" else c)
        elif c == "(":
            depth = 1
        elif c == '"':
            quoted = True
        elif c == ";":
            segments.append(("".join(text), comments))
            text, comments = [], []
        else:
            text.append(c)
        i += 1
    ok = depth == 0 and not quoted
    if depth:
        comments.append("".join(comment).strip())
    segments.append(("".join(text), comments))
    return segments, ok


def _tokens(text: str) -> list[str]:
    return [t.replace(_QSPACE, " ") for t in _EQ_SPACES.sub("=", text).split()]


def _result_from_tokens(tokens: list[str], comments: list[str]) -> tuple[list[AuthResult], bool]:
    """Results in one `;` segment (usually one; several when a server forgot the `;`)."""
    results: list[AuthResult] = []
    ok = True
    method = result = reason = ""
    props: list[tuple[str, str]] = []

    def flush() -> None:
        if method:
            comment = " | ".join(c for c in comments if c)
            results.append(AuthResult(method, result, tuple(props), reason, comment))

    for tok in tokens:
        low = tok.lower()
        m = _METHOD_RE.match(low)
        key = low.split("=", 1)[0]
        if m and (not method or key in KNOWN_METHODS):
            flush()
            method, result = m.group(1), m.group(3)
            reason, props = "", []
            continue
        if not method:
            ok = False  # text before any method=result
            continue
        if "=" not in tok:
            ok = False
            continue
        value = tok.split("=", 1)[1]
        if key == "reason":
            reason = value
        else:
            props.append((key, value))
    flush()
    return results, ok


def parse_authentication_results(value: str, *, arc: bool = False) -> AuthResultsHeader:
    """Read one Authentication-Results value (or ARC-Authentication-Results with `arc`).

    Never raises. An empty or unreadable header gives no results and `ok = False`;
    `example.org; none` gives no results and `ok = True`.
    """
    raw = value[:MAX_HEADER_CHARS]
    flat = raw.replace("\r", " ").replace("\n", " ").replace("\t", " ")
    segments, ok = _split(flat)
    if len(raw) < len(value):
        ok = False
    instance = 0
    authserv_id = ""
    results: list[AuthResult] = []

    idx = 0
    # ARC: "i=1; authserv-id; ..." (the i= tag comes first)
    if idx < len(segments):
        m = _INSTANCE_RE.match(segments[idx][0].strip().lower())
        if m:
            instance = int(m.group(1))
            idx += 1
    if arc and not instance:
        ok = False

    # The authserv-id: the first token of the first remaining segment, unless that token
    # is already a `method=result` (Microsoft writes no authserv-id).
    if idx < len(segments):
        text, comments = segments[idx]
        tokens = _tokens(text)
        if tokens and "=" not in tokens[0] and _AUTHSERV_RE.match(tokens[0]):
            authserv_id = tokens[0].lower().rstrip(".")
            rest = tokens[1:]
            # an optional version number follows the id
            if rest and rest[0].isdigit():
                rest = rest[1:]
            if rest:
                if len(rest) == 1 and rest[0].lower() == "none":
                    rest = []
                else:  # a result written straight after the id, without ";"
                    found, seg_ok = _result_from_tokens(rest, comments)
                    results.extend(found)
                    ok = ok and seg_ok
            idx += 1
        elif not tokens:
            ok = False
            idx += 1

    for text, comments in segments[idx:]:
        tokens = _tokens(text)
        if not tokens:
            continue  # trailing ";" or ";;"
        if len(tokens) == 1 and "=" not in tokens[0]:
            # "none", or Microsoft's stray recipient domain: "header.d=none;contoso.com; dmarc=…"
            continue
        found, seg_ok = _result_from_tokens(tokens, comments)
        results.extend(found)
        ok = ok and seg_ok

    if not authserv_id and not results:
        ok = False
    return AuthResultsHeader(authserv_id, tuple(results), instance, ok, raw)
