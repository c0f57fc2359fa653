"""AttachmentAnalyzer on fixture mails: each finding has a must-fire mail and a genuine
look-alike that must not fire."""

from __future__ import annotations

import io
import zipfile

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import mail
from miwake.analyzers.attachments import AttachmentAnalyzer
from miwake.analyzers.base import Context, Target
from miwake.knowledge.brands import BrandRegistry
from miwake.message import parse_message
from miwake.message.archives import MAX_ZIP_MEMBERS, zip_member_names
from miwake.model import Finding
from miwake.settings import Limits

CTX = Context(brands=BrandRegistry(()))


def run(name: str) -> dict[str, Finding]:
    message = parse_message(mail(f"attachments/{name}"), Limits())
    findings = AttachmentAnalyzer().analyze(Target(message, None, CTX))
    assert all(f.id in AttachmentAnalyzer.info.emits for f in findings)
    return {f.id: f for f in findings}


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("executable_scr_invoice.eml", {"attachment.executable"}),
        ("double_extension_pdf_exe.eml", {"attachment.disguised_name", "attachment.executable"}),
        ("bidi_override_name.eml", {"attachment.disguised_name", "attachment.executable"}),
        ("iso_disk_image.eml", {"attachment.disk_image"}),
        ("macro_document_docm.eml", {"attachment.macro_document"}),
        ("zip_with_password_in_text.eml", {"attachment.archive_password"}),
        ("html_attachment_login_form.eml", {"attachment.html", "attachment.html_form"}),
        ("html_attachment_no_form.eml", {"attachment.html"}),
        ("mobileconfig_profile.eml", {"attachment.executable"}),
        # inside a ZIP (names from the central directory; CP932 names without the UTF-8 flag)
        ("zip_holding_cp932_named_executable.eml", {"attachment.executable"}),
        ("zip_holding_html_and_iso.eml", {"attachment.html", "attachment.disk_image"}),
        # genuine look-alikes: must fire nothing
        ("genuine_pdf_invoice.eml", set()),
        ("zip_without_password.eml", set()),
        ("zip_holding_pdf_and_xlsx.eml", set()),
        ("zip_with_broken_central_directory.eml", set()),
    ],
)
def test_fixtures(name: str, expected: set[str]) -> None:
    assert set(run(name)) == expected


def test_evidence_names_the_file() -> None:
    found = run("double_extension_pdf_exe.eml")
    ev = found["attachment.disguised_name"].evidence[0]
    assert ev.shown == "請求書.pdf.exe"
    assert ev.actual == ".pdf.exe"
    assert "添付" in ev.where


def test_login_form_in_attachment_is_full_confidence() -> None:
    found = run("html_attachment_login_form.eml")
    form = found["attachment.html_form"]
    assert form.confidence == 1.0
    assert form.evidence[0].actual == "https://files-view.example-host.top/excel.php"


def test_body_form_is_not_an_attachment_form() -> None:
    raw = (
        b"From: a@example.jp\nTo: b@example.jp\nSubject: x\nMIME-Version: 1.0\n"
        b'Content-Type: text/html; charset="UTF-8"\n\n'
        b'<form action="https://example.jp/s"><input type="password" name="p"></form>\n'
    )
    message = parse_message(raw, Limits())
    assert AttachmentAnalyzer().analyze(Target(message, None, CTX)) == []


@pytest.mark.parametrize(
    ("filename", "fid"),
    [
        ("report.pdf                    .exe", "attachment.disguised_name"),
        ("photo.jpg.lnk", "attachment.disguised_name"),
        ("archive.tar.gz", None),
        ("data.2025.csv", None),
        ("setup.exe", "attachment.executable"),
        ("INVOICE.HTM", "attachment.html"),
    ],
)
def test_names(filename: str, fid: str | None) -> None:
    raw = (
        "From: a@example.jp\nTo: b@example.jp\nSubject: x\nMIME-Version: 1.0\n"
        'Content-Type: multipart/mixed; boundary="b"\n\n--b\n'
        "Content-Type: text/plain; charset=UTF-8\n\nsee attached\n--b\n"
        "Content-Type: application/octet-stream\n"
        f'Content-Disposition: attachment; filename="{filename}"\n'
        "Content-Transfer-Encoding: base64\n\nAAAA\n--b--\n"
    ).encode()
    ids = {
        f.id for f in AttachmentAnalyzer().analyze(Target(parse_message(raw, Limits()), None, CTX))
    }
    if fid is None:
        assert ids == set()
    else:
        assert fid in ids


def test_zip_member_evidence_names_the_member() -> None:
    ev = run("zip_holding_cp932_named_executable.eml")["attachment.executable"].evidence[0]
    assert ev.shown == "請求書.zip"
    assert ev.actual == "請求書/請求書_2025年10月.exe"


def test_broken_zip_is_a_defect_not_a_crash() -> None:
    message = parse_message(mail("attachments/zip_with_broken_central_directory.eml"), Limits())
    assert message.attachments[0].members == ()
    assert [d.kind for d in message.defects] == ["bad-archive"]


def _zip(names: list[str]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for n in names:
            z.writestr(n, b"data")
    return buf.getvalue()


def test_zip_names_are_bounded() -> None:
    names, problem = zip_member_names(_zip([f"f{i}.txt" for i in range(MAX_ZIP_MEMBERS + 5)]))
    assert len(names) == MAX_ZIP_MEMBERS
    assert problem == ""


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400), st.integers(min_value=0, max_value=200))
def test_zip_reader_never_raises(noise: bytes, cut: int) -> None:
    # a real directory with bytes flipped or cut, and plain noise after a ZIP signature
    base = bytearray(_zip(["a.pdf", "b/c.exe"]))
    for i, b in enumerate(noise[:40]):
        base[(i * 37 + b) % len(base)] = b
    for data in (bytes(base[: len(base) - cut]), b"PK\x05\x06" + noise, b"PK\x03\x04" + noise):
        names, problem = zip_member_names(data)
        assert len(names) <= MAX_ZIP_MEMBERS
        assert isinstance(problem, str)
