"""Tests for kzrel.pipeline.read: decoding, HTML conversion, unreadable files, path expansion.

Pure functions: no database needed (run with ``-p no:django`` if Django settings are not importable).
"""
from __future__ import annotations

import codecs
import hashlib
from pathlib import Path

import pytest

from kzrel.pipeline.read import RawDocument, UnreadableFile, html_to_text, iter_paths, read_document

RU = "Казахстан и Россия подписали соглашение о сотрудничестве в 2004 году. Товарооборот вырос на 4,2%.\r\n"
KK = "Қазақстан мен Ресей ынтымақтастық туралы келісімге қол қойды. Өзара сауда өсті.\n"
EN = "Kazakhstan and Russia signed the treaty on\nfriendship in 1992.\r\n"


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


# --------------------------------------------------------------------------------------------- encodings

@pytest.mark.parametrize(
    "data, encoding",
    [
        (RU.encode("utf-8"), "utf-8"),
        (RU.encode("utf-8-sig"), "utf-8-sig"),
        (RU.encode("utf-16"), "utf-16"),  # BOM + native order
        (codecs.BOM_UTF16_BE + RU.encode("utf-16-be"), "utf-16"),
        (RU.encode("utf-32"), "utf-32"),
        (RU.encode("cp1251"), "cp1251"),
        (RU.encode("koi8-r"), "koi8-r"),
    ],
)
def test_encodings_russian(tmp_path, data, encoding):
    doc = read_document(write(tmp_path, "ru.txt", data))
    assert doc.text == RU  # BOM stripped, CRLF kept
    assert doc.encoding == encoding
    assert doc.sha256 == hashlib.sha256(data).hexdigest()
    assert doc.media_type == "text/plain"
    assert doc.name == "ru.txt"


def test_kazakh_utf8_and_kz1048(tmp_path):
    assert read_document(write(tmp_path, "kk.txt", KK.encode())).text == KK
    doc = read_document(write(tmp_path, "kk1048.txt", KK.encode("kz1048")))
    assert doc.text == KK
    assert doc.encoding == "kz1048"


def test_western_legacy_text(tmp_path):
    text = "Le café et la crème: coopération économique avec le Kazakhstan.\n"
    doc = read_document(write(tmp_path, "fr.txt", text.encode("cp1252")))
    assert doc.text == text
    assert doc.encoding == "cp1252"


def test_line_endings_and_text_kept_verbatim(tmp_path):
    doc = read_document(write(tmp_path, "en.md", EN.encode()))
    assert doc.text == EN
    assert "\r\n" in doc.text
    assert doc.media_type == "text/markdown"


def test_utf8_with_a_damaged_byte_is_not_mojibake(tmp_path):
    data = (RU * 3).encode()
    data = data[:51] + b"\xff" + data[51:]
    doc = read_document(write(tmp_path, "damaged.txt", data))
    assert doc.encoding == "utf-8"
    assert "Товарооборот вырос" in doc.text
    assert "\ufffd" in doc.text


# --------------------------------------------------------------------------------------------- unreadable

@pytest.mark.parametrize(
    "name, data, reason",
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"  \r\n\t\n ", "empty (whitespace only)"),
        ("bom-only.txt", codecs.BOM_UTF8, "empty (whitespace only)"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "not text (binary data: NUL bytes)"),
        ("utf16-no-bom.txt", "Kazakhstan".encode("utf-16-le"), "not text (binary data: NUL bytes)"),
        ("noise.txt", b"abc\x01\x02\x03def\x04\x05" * 20, "not text (binary data: 45% control bytes)"),
        ("odd.txt", codecs.BOM_UTF16_LE + b"K\x00a\x00z", "undecodable"),
        ("random.txt", bytes(range(128, 256)) * 4, "undecodable"),
        ("paper.pdf", b"%PDF-1.4\n", "unsupported file type .pdf"),
        ("noext", b"text", "unsupported file type (no suffix)"),
    ],
)
def test_unreadable_reasons(tmp_path, name, data, reason):
    path = write(tmp_path, name, data)
    with pytest.raises(UnreadableFile) as info:
        read_document(path)
    assert info.value.reason.startswith(reason)
    assert info.value.path == path
    assert str(info.value) == f"{path}: {info.value.reason}"


def test_unreadable_message_names_path_as_given(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "x.txt").write_bytes(b"\x00\x01binary")
    with pytest.raises(UnreadableFile) as info:
        read_document("seeds/x.txt")
    assert str(info.value) == "seeds/x.txt: not text (binary data: NUL bytes)"


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(UnreadableFile, match="no such file"):
        read_document(tmp_path / "nope.txt")
    with pytest.raises(UnreadableFile, match="is a directory"):
        read_document(tmp_path)


# --------------------------------------------------------------------------------------------- html

HTML = """<!DOCTYPE html>
<html><head><title>Kazakhstan &amp; Russia</title>
<style>p { color: red }</style><script>var treaty = "not text";</script></head>
<body><h1>Treaty   signed</h1>
<p>Kazakhstan and Russia signed the
   treaty&nbsp;on friendship in 1992.<br>Trade grew by 4.2&#37; &mdash; a record.</p>
<div>Second <b>block</b> here</div><ul><li>CIS</li><li>SCO</li></ul>
<noscript>enable js</noscript></body></html>"""


def test_html_to_text():
    text = html_to_text(HTML)
    assert text == (
        "Kazakhstan & Russia\n\nTreaty signed\n\nKazakhstan and Russia signed the treaty\xa0on friendship in "
        "1992.\nTrade grew by 4.2% \u2014 a record.\n\nSecond block here\n\nCIS\n\nSCO"
    )
    assert "var treaty" not in text and "color" not in text and "enable js" not in text


def test_read_html_document(tmp_path):
    data = HTML.encode()
    doc = read_document(write(tmp_path, "page.HTML", data))
    assert doc.media_type == "text/html"
    assert doc.text == html_to_text(HTML)
    assert doc.sha256 == hashlib.sha256(data).hexdigest()


def test_html_meta_charset(tmp_path):
    markup = '<html><head><meta charset="windows-1251"></head><body><p>Привет, Казахстан!</p></body></html>'
    doc = read_document(write(tmp_path, "ru.htm", markup.encode("cp1251")))
    assert doc.text == "Привет, Казахстан!"


def test_html_without_text(tmp_path):
    with pytest.raises(UnreadableFile, match="no text"):
        read_document(write(tmp_path, "empty.html", b"<html><script>x=1</script></html>"))


# --------------------------------------------------------------------------------------------- paths

def test_iter_paths(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "c").mkdir()
    (tmp_path / ".git").mkdir()
    for name in ("z.txt", "a.md", "b/x.html", "b/c/y.htm", "b/c/n.pdf", ".hidden.txt", ".git/h.txt", "b/M.TXT"):
        (tmp_path / name).write_text("text")
    extra = tmp_path / "paper.pdf"
    extra.write_bytes(b"%PDF")
    got = iter_paths([tmp_path, extra, tmp_path / "z.txt"])
    assert got == sorted(
        [tmp_path / "a.md", tmp_path / "b/M.TXT", tmp_path / "b/c/y.htm", tmp_path / "b/x.html",
         tmp_path / "paper.pdf", tmp_path / "z.txt"]
    )
    assert iter_paths(str(tmp_path / "a.md")) == [tmp_path / "a.md"]
    with pytest.raises(UnreadableFile, match="no such file"):
        iter_paths([tmp_path / "missing"])


def test_raw_document_fields(tmp_path):
    path = write(tmp_path, "ru.txt", RU.encode())
    doc = read_document(path)
    assert isinstance(doc, RawDocument)
    assert doc.path == path
