"""Reading source files: bytes -> decoded text, with clear reasons for files that cannot be read.

The text of a :class:`RawDocument` is exactly what was decoded (line endings included) -- every offset and
quote downstream refers to it.  For HTML files the text is the converted plain text (see :func:`html_to_text`).

No Django imports here.
"""
from __future__ import annotations

import codecs
import hashlib
import os
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

TEXT_SUFFIXES = {".txt": "text/plain", ".md": "text/markdown"}
HTML_SUFFIXES = {".html": "text/html", ".htm": "text/html"}
SUPPORTED_SUFFIXES = {**TEXT_SUFFIXES, **HTML_SUFFIXES}


class UnreadableFile(Exception):
    """A file that cannot be read as a source text.  ``str(exc)`` is ``"<path>: <reason>"``."""

    def __init__(self, path, reason: str):
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"{path}: {reason}")

    def __str__(self) -> str:  # keep the path as the caller spelled it
        return self.args[0]


@dataclass
class RawDocument:
    path: Path
    name: str
    text: str
    encoding: str  # codec name as Python spells it: utf-8, utf-8-sig, utf-16, utf-32, cp1251, kz1048, koi8-r, cp1252
    sha256: str  # hex digest of the file's bytes
    media_type: str  # text/plain | text/markdown | text/html


# --------------------------------------------------------------------------------------------- decoding

_BOMS = (  # order matters: the UTF-32-LE BOM starts with the UTF-16-LE one
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# C0 control bytes other than \t \n \v \f \r and ESC's harmless cousins
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 11, 12, 13)) + b"\x7f"
_MAX_CONTROL_SHARE = 0.01

# lowercase Cyrillic letters: in a right single-byte decoding most non-ASCII characters are among them
_CYR_LOWER = frozenset("абвгдеёжзийклмнопрстуфхцчшщъыьэюяәіңғүұқөһїєґў")
_KAZAKH_ONLY = frozenset("әіңғүұқөһӘІҢҒҮҰҚӨҺ")


def _control_share(data: bytes) -> float:
    if not data:
        return 0.0
    return (len(data) - len(data.translate(None, _CONTROL_BYTES))) / len(data)


def _text_control_share(text: str) -> float:
    if not text:
        return 0.0
    n = sum(text.count(chr(b)) for b in _CONTROL_BYTES if chr(b) in text)
    return n / len(text)


def _score_cyrillic(text: str) -> float:
    """Share of non-ASCII characters that are lowercase Cyrillic letters (prose is mostly lowercase; a wrong
    codec gives capitals, box-drawing or punctuation characters)."""
    high = [c for c in text if ord(c) > 127]
    if not high:
        return 0.0
    return sum(1 for c in high if c in _CYR_LOWER) / len(high)


_HIGH_RUN = re.compile(rb"[\x80-\xff]+")


def _high_bytes_in_runs(data: bytes) -> float:
    """Share of high bytes that have a high-byte neighbour (Cyrillic words are runs of high bytes)."""
    runs = [len(r) for r in _HIGH_RUN.findall(data)]
    total = sum(runs)
    return sum(r for r in runs if r > 1) / total if total else 0.0


def decode_bytes(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Decode ``data`` and return ``(text, encoding)``; raise ``ValueError(reason)`` when it is not text."""
    if not data:
        raise ValueError("empty file")
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError as exc:
                raise ValueError(f"undecodable ({enc} byte-order mark, but invalid {enc} data at byte {exc.start})")
            share = _text_control_share(text)
            if share > _MAX_CONTROL_SHARE:
                raise ValueError(f"not text (binary data: {share:.0%} control characters)")
            return text, enc
    if b"\x00" in data:
        raise ValueError("not text (binary data: NUL bytes)")
    share = _control_share(data)
    if share > _MAX_CONTROL_SHARE:
        raise ValueError(f"not text (binary data: {share:.0%} control bytes)")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    # UTF-8 with a few damaged bytes: keep it (damaged bytes become U+FFFD) rather than read it as mojibake
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    multibyte = len(data) - len(text)  # extra bytes of well-formed multi-byte characters (roughly)
    if bad <= max(4, len(text) // 200) and multibyte > 20 * bad:
        return text, "utf-8"
    if declared:
        try:
            codecs.lookup(declared)
            return data.decode(declared), codecs.lookup(declared).name
        except (LookupError, UnicodeDecodeError):
            pass
    return _decode_legacy(data)


def _decode_legacy(data: bytes) -> tuple[str, str]:
    sample = data[:200_000]
    if _high_bytes_in_runs(sample) < 0.5:
        # isolated accented letters in Latin text ("caf\xe9"): a Western codec
        try:
            return data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            return data.decode("latin-1"), "latin-1"
    best = None
    for enc in ("cp1251", "koi8-r"):
        try:
            text = sample.decode(enc)
        except UnicodeDecodeError:
            continue
        score = _score_cyrillic(text)
        if best is None or score > best[0]:
            best = (score, enc)
    if best is None or best[0] < 0.6:
        raise ValueError("undecodable (not UTF-8, and no single-byte Cyrillic encoding fits)")
    enc = best[1]
    if enc == "cp1251":
        # Kazakh legacy texts use KZ-1048 (cp1251 with Kazakh letters in place of Serbian/Macedonian ones)
        try:
            kz = data.decode("kz1048")
        except UnicodeDecodeError:
            kz = None
        if kz is not None and sum(1 for c in kz[:200_000] if c in _KAZAKH_ONLY) >= 3:
            cp = data.decode("cp1251")
            serbian = sum(1 for c in cp[:200_000] if c in "ЂЃђѓЉЊЌЋЏљњќћџЎўЈ")
            if serbian >= 3:
                return kz, "kz1048"
    return data.decode(enc), enc


# --------------------------------------------------------------------------------------------- html

_BLOCK_TAGS = frozenset(
    "address article aside blockquote body caption center dd details dialog dir div dl dt fieldset figcaption "
    "figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main menu nav ol p pre section summary table "
    "tbody tfoot thead title tr ul".split()
)
_SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "iframe", "object", "head"})
_CELL_TAGS = frozenset({"td", "th"})
_WS_RUN = re.compile(r"[ \t\r\n\f\v]+")


class _HTMLText(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.pre = 0
        self.title_depth = 0

    def _newlines(self, n: int) -> None:
        # collapse with whatever break is already at the end
        have = 0
        for part in reversed(self.parts):
            stripped = part.rstrip(" ")
            if stripped == "" and part:
                continue
            tail = len(stripped) - len(stripped.rstrip("\n"))
            have = tail
            break
        if self.parts:
            self.parts[-1] = self.parts[-1].rstrip(" ")
        if have < n and self.parts:
            self.parts.append("\n" * (n - have))

    def handle_starttag(self, tag, attrs):
        if tag == "title":  # <title> lives in <head>; keep it as the first line
            self.title_depth += 1
            return
        if tag in _SKIP_TAGS:
            self.skip += 1
            return
        if tag == "br":
            self.parts.append("\n")
        elif tag in _BLOCK_TAGS:
            self._newlines(2)
            if tag == "pre":
                self.pre += 1
        elif tag in _CELL_TAGS:
            self.parts.append(" ")

    def handle_startendtag(self, tag, attrs):
        if tag == "br":
            self.parts.append("\n")
        elif tag in _BLOCK_TAGS:
            self._newlines(2)

    def handle_endtag(self, tag):
        if tag == "title":
            self.title_depth = max(0, self.title_depth - 1)
            self._newlines(2)
            return
        if tag in _SKIP_TAGS:
            self.skip = max(0, self.skip - 1)
            return
        if tag in _BLOCK_TAGS:
            if tag == "pre":
                self.pre = max(0, self.pre - 1)
            self._newlines(2)
        elif tag in _CELL_TAGS:
            self.parts.append(" ")

    def handle_data(self, data):
        if self.skip and not self.title_depth:
            return
        if not self.pre:
            data = _WS_RUN.sub(" ", data)
            if self.parts and self.parts[-1].endswith(("\n", " ")) and data.startswith(" "):
                data = data[1:]
            elif not self.parts and data.startswith(" "):
                data = data[1:]
        if data:
            self.parts.append(data)


def html_to_text(markup: str) -> str:
    """Plain text of an HTML document: script/style dropped, blocks separated by blank lines, <br> a line
    break, entities unescaped, whitespace inside blocks collapsed (except in <pre>)."""
    parser = _HTMLText()
    parser.feed(markup)
    parser.close()
    text = "".join(parser.parts)
    text = re.sub(r"[ \t]+\n", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


# --------------------------------------------------------------------------------------------- api

def read_document(path) -> RawDocument:
    """Read one file.  Raises :class:`UnreadableFile` with a reason a user can act on."""
    shown = path
    path = Path(path)
    suffix = path.suffix.lower()
    if not path.exists():
        raise UnreadableFile(shown, "no such file or directory")
    if path.is_dir():
        raise UnreadableFile(shown, "is a directory")
    if suffix not in SUPPORTED_SUFFIXES:
        raise UnreadableFile(shown, f"unsupported file type {suffix or '(no suffix)'}")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UnreadableFile(shown, f"cannot read ({exc.strerror or exc})") from exc
    digest = hashlib.sha256(data).hexdigest()
    declared = None
    if suffix in HTML_SUFFIXES:
        m = _META_CHARSET.search(data[:4096])
        if m:
            declared = m.group(1).decode("ascii", "ignore")
    try:
        text, encoding = decode_bytes(data, declared)
    except ValueError as exc:
        raise UnreadableFile(shown, str(exc)) from None
    if suffix in HTML_SUFFIXES:
        text = html_to_text(text)
    if not text.strip():
        reason = "empty (no text in HTML)" if suffix in HTML_SUFFIXES else "empty (whitespace only)"
        raise UnreadableFile(shown, reason)
    return RawDocument(
        path=path,
        name=path.name,
        text=text,
        encoding=encoding,
        sha256=digest,
        media_type=SUPPORTED_SUFFIXES[suffix],
    )


def iter_paths(paths) -> list[Path]:
    """Expand ``paths`` (a path or an iterable of paths): folders recursively to their supported files,
    skipping hidden files and folders; files named explicitly are kept whatever their suffix (reading them
    gives the reason they are unsupported).  Returns a sorted list without duplicates."""
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    found: set[Path] = set()
    for p in paths:
        path = Path(p)
        if not path.exists():
            raise UnreadableFile(p, "no such file or directory")
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = [d for d in dirs if not d.startswith(".")]
                for f in files:
                    if f.startswith("."):
                        continue
                    if Path(f).suffix.lower() in SUPPORTED_SUFFIXES:
                        found.add(Path(root) / f)
        else:
            found.add(path)
    return sorted(found)
