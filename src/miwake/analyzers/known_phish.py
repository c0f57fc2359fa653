"""Known phishing URLs: links that a phishing feed the user named already lists.

Owns the `known.*` findings. The feed itself (loading, normalising, the shared-host rule)
lives in `knowledge.feeds`; this analyzer only asks `Context.feed` about every clickable
link, form action and unwrapped redirect target. A listed URL is decisive; a listed host
is strong, since a feed also lists pages on sites that were hacked, which may later send
genuine mail. Host-level hits on a registered brand's own domains are ignored for that
reason.
"""

from __future__ import annotations

from miwake.analyzers.base import AnalyzerInfo, Target
from miwake.analyzers.links import unwrap
from miwake.knowledge.lookalike import lookalike_index
from miwake.message.types import Link
from miwake.message.urls import make_link
from miwake.model import Evidence, Finding

URL_LISTED = "known.url_listed"
HOST_LISTED = "known.host_listed"
MAX_EVIDENCE = 5
_CHECKED = frozenset({"html-a", "html-area", "text", "form"})


class KnownPhishAnalyzer:
    info = AnalyzerInfo(
        name="known",
        emits=frozenset({URL_LISTED, HOST_LISTED}),
        summary="Looks links up in the phishing URL feeds the user named (e.g. JPCERT/CC).",
    )

    def analyze(self, target: Target) -> list[Finding]:
        feed = target.context.feed
        if feed is None:
            return []
        index = lookalike_index(target.context.brands)
        msg = target.message
        links: list[Link] = [
            ln
            for ln in msg.links[: target.context.settings.limits.max_links_checked]
            if ln.source in _CHECKED and ln.host
        ]
        links.extend(make_link(f.action, "", "form", f.where) for f in msg.forms if f.action)
        hits: dict[str, list[Evidence]] = {URL_LISTED: [], HOST_LISTED: []}
        labels: dict[str, str] = {}
        counts = {URL_LISTED: 0, HOST_LISTED: 0}
        seen: set[str] = set()
        for link in links:
            for hop in (link, *unwrap(link)):
                if hop.url in seen or not hop.host:
                    continue
                seen.add(hop.url)
                found = feed.match(hop.url, hop.host)
                if found is None:
                    continue
                entry, label = found
                fid = URL_LISTED if "/" in entry else HOST_LISTED
                if fid == HOST_LISTED and index.owners(hop.host):
                    continue  # a brand's own host: the feed listed one abused page on it
                counts[fid] += 1
                if len(hits[fid]) < MAX_EVIDENCE:
                    hits[fid].append(
                        Evidence("link", link.text.strip()[:200], hop.url[:500], link.where)
                    )
                labels.setdefault(fid, label)
                break
        findings = []
        for fid in (URL_LISTED, HOST_LISTED):
            if hits[fid]:
                params = {"count": str(counts[fid]), "label": labels.get(fid, "") or "-"}
                findings.append(Finding(fid, 1.0, tuple(hits[fid]), params))
        if findings and findings[0].id == URL_LISTED and len(findings) == 2:
            findings = findings[:1]  # the URL hit says it all; the host hit would double-count
        return findings
