"""Attachments that run, install or disguise themselves, and HTML attachments that are
phishing pages (HTML smuggling, local login forms).

Only names, content types, the decoded HTML of HTML attachments and the member names of
ZIP archives (their central directory, readable even when the members are encrypted) are
read: nothing is extracted (an encrypted archive cannot be, which is exactly why attackers
send the password in the mail text).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from miwake import startcache
from miwake.analyzers.base import AnalyzerInfo, Target
from miwake.message.types import Attachment, ParsedMessage
from miwake.model import Evidence, Finding

EXECUTABLE = "attachment.executable"
DISK_IMAGE = "attachment.disk_image"
DISGUISED = "attachment.disguised_name"
HTML = "attachment.html"
HTML_FORM = "attachment.html_form"
MACRO = "attachment.macro_document"
ARCHIVE_PASSWORD = "attachment.archive_password"

# Opening these runs code or changes the device's settings (iOS/macOS .mobileconfig).
_EXECUTABLE_EXT = frozenset(
    [
        "exe",
        "scr",
        "com",
        "pif",
        "bat",
        "cmd",
        "vbs",
        "vbe",
        "js",
        "jse",
        "wsf",
        "wsh",
        "hta",
        "msi",
        "msp",
        "ps1",
        "psm1",
        "jar",
        "lnk",
        "cpl",
        "reg",
        "dll",
        "msc",
        "appref-ms",
        "application",
        "gadget",
        "inf",
        "scf",
        "sct",
        "chm",
        "apk",
        "xll",
        "wll",
        "mobileconfig",
        "appx",
        "msix",
        "appinstaller",
        "library-ms",
        "search-ms",
        "settingcontent-ms",
    ]
)
_DISK_IMAGE_EXT = frozenset(["iso", "img", "vhd", "vhdx", "udf", "dmg"])
_HTML_EXT = frozenset(["html", "htm", "shtml", "xhtml", "mht", "mhtml", "svg", "xht"])
_MACRO_EXT = frozenset(["docm", "dotm", "xlsm", "xltm", "xlam", "pptm", "potm", "ppam", "sldm"])
_ARCHIVE_EXT = frozenset(
    [
        "zip",
        "7z",
        "rar",
        "lzh",
        "lha",
        "cab",
        "gz",
        "tgz",
        "tar",
        "ace",
        "arj",
        "r00",
        "z",
        "bz2",
        "xz",
        "zipx",
    ]
)
# What a disguised file pretends to be: "請求書.pdf.exe".
_DOCUMENT_EXT = frozenset(
    [
        "pdf",
        "doc",
        "docx",
        "xls",
        "xlsx",
        "ppt",
        "pptx",
        "txt",
        "rtf",
        "jpg",
        "jpeg",
        "png",
        "gif",
        "csv",
        "odt",
        "ods",
        "html",
        "htm",
    ]
)
_DANGEROUS_EXT = _EXECUTABLE_EXT | _DISK_IMAGE_EXT | _HTML_EXT | _ARCHIVE_EXT | _MACRO_EXT

# Right-to-left override and friends turn "invoice_fdp.exe" into "invoice_exe.pdf".
_BIDI = startcache.compile("[\u202a-\u202e\u2066-\u2069\u200e\u200f]")
_PADDED_EXT = startcache.compile(r"\.[a-z0-9]{2,4}[ _\u3000]{5,}\.[a-z0-9]{2,12}$")
_PASSWORD_HINT = startcache.compile(
    r"パスワード|暗証|解凍|password|passcode|\bpw\s*[:：]|\bpass\s*[:：]", re.I
)
_MAX_HINT_TEXT = 20_000  # chars of body text searched for a password hint
_MAX_EVIDENCE = 5
MAX_MEMBERS_CHECKED = 200  # ZIP member names judged per archive


def _ext(filename: str) -> str:
    name = filename.strip().rstrip(". ").lower()
    return name.rsplit(".", 1)[1] if "." in name else ""


def _second_ext(filename: str) -> str:
    name = filename.strip().rstrip(". ").lower()
    parts = name.rsplit(".", 2)
    return parts[1].strip() if len(parts) == 3 else ""


def _is_html(a: Attachment) -> bool:
    return _ext(a.filename) in _HTML_EXT or a.content_type in ("text/html", "image/svg+xml")


def _ev(a: Attachment, actual: str = "") -> Evidence:
    return Evidence(
        kind="attachment", shown=a.filename, actual=actual or a.content_type, where=a.where
    )


def _member_ev(a: Attachment, member: str) -> Evidence:
    """The reader sees the archive; inside it is the member (named with its path)."""
    return Evidence(kind="attachment", shown=a.filename, actual=member[:255], where=a.where)


def _password_hint(message: ParsedMessage) -> str:
    m = _PASSWORD_HINT.search(message.body_text[:_MAX_HINT_TEXT]) or _PASSWORD_HINT.search(
        message.subject or ""
    )
    return m.group(0) if m else ""


class AttachmentAnalyzer:
    info = AnalyzerInfo(
        name="attachments",
        emits=frozenset(
            {EXECUTABLE, DISK_IMAGE, DISGUISED, HTML, HTML_FORM, MACRO, ARCHIVE_PASSWORD}
        ),
        summary="Dangerous or disguised attachments and HTML attachments with forms.",
    )

    def analyze(self, target: Target) -> list[Finding]:
        message = target.message
        if not message.attachments:
            return []
        found: dict[str, list[Evidence]] = {}
        confidence: dict[str, float] = {}

        def add(fid: str, ev: Evidence, conf: float = 1.0) -> None:
            found.setdefault(fid, []).append(ev)
            confidence[fid] = max(confidence.get(fid, 0.0), conf)

        archives: list[Attachment] = []
        for a in message.attachments:
            ext = _ext(a.filename)
            if a.filename:
                second = _second_ext(a.filename)
                if _BIDI.search(a.filename):
                    add(DISGUISED, _ev(a, "bidi-override"))
                elif (
                    ext in _DANGEROUS_EXT
                    and (second in _DOCUMENT_EXT or _PADDED_EXT.search(a.filename.lower()))
                    and not (ext in _ARCHIVE_EXT and second == "tar")
                ):
                    add(DISGUISED, _ev(a, f".{second}.{ext}" if second else f".{ext}"))
            if ext in _EXECUTABLE_EXT:
                add(EXECUTABLE, _ev(a))
            elif ext in _DISK_IMAGE_EXT:
                add(DISK_IMAGE, _ev(a))
            elif ext in _MACRO_EXT:
                add(MACRO, _ev(a))
            elif ext in _ARCHIVE_EXT:
                archives.append(a)
            elif _is_html(a):
                add(HTML, _ev(a))

            for member in a.members[:MAX_MEMBERS_CHECKED]:
                self._member(a, member, add)

        html_attachments = [a for a in message.attachments if _is_html(a)]
        if html_attachments:
            prefixes = tuple(a.where for a in html_attachments)
            for form in message.forms:
                if form.where.startswith(prefixes):
                    ev = Evidence(
                        kind="form",
                        shown=form.where,
                        actual=form.action or "(no action)",
                        where=form.where,
                    )
                    add(HTML_FORM, ev, 1.0 if form.has_password else 0.7)

        if archives:
            hint = _password_hint(message)
            if hint:
                for a in archives:
                    add(ARCHIVE_PASSWORD, _ev(a, hint))

        findings = []
        for fid, evidence in found.items():
            findings.append(
                Finding(
                    fid,
                    confidence[fid],
                    tuple(evidence[:_MAX_EVIDENCE]),
                    {"count": str(len(evidence))},
                )
            )
        return findings

    @staticmethod
    def _member(a: Attachment, member: str, add: Callable[[str, Evidence, float], None]) -> None:
        """A file inside a ZIP is judged by its name like an attachment of its own."""
        name = member.replace("\\", "/").rsplit("/", 1)[-1]
        if not name:
            return  # a folder
        ext = _ext(name)
        second = _second_ext(name)
        if _BIDI.search(name) or (
            ext in _DANGEROUS_EXT and ext not in _ARCHIVE_EXT and second in _DOCUMENT_EXT
        ):
            add(DISGUISED, _member_ev(a, member), 1.0)
        if ext in _EXECUTABLE_EXT:
            add(EXECUTABLE, _member_ev(a, member), 1.0)
        elif ext in _DISK_IMAGE_EXT:
            add(DISK_IMAGE, _member_ev(a, member), 1.0)
        elif ext in _MACRO_EXT:
            add(MACRO, _member_ev(a, member), 1.0)
        elif ext in _HTML_EXT:
            add(HTML, _member_ev(a, member), 1.0)
