"""Decode page files: UTF-8 (with or without BOM), UTF-16 with BOM, GB18030 (covers GBK/GB2312)."""

from __future__ import annotations

import codecs


class DecodeError(ValueError):
    """A page file that is not text in a supported encoding."""


_BINARY_MAGIC = {
    b"%PDF": "a PDF file",
    b"\xff\xd8\xff": "a JPEG image",
    b"\x89PNG": "a PNG image",
    b"GIF8": "a GIF image",
    b"PK\x03\x04": "a ZIP archive (or .docx/.xlsx)",
    b"\xd0\xcf\x11\xe0": "an MS Office document",
}


def decode_page(data: bytes) -> tuple[str, str]:
    """Return ``(text, encoding)`` for the bytes of a page file.

    Raises :class:`DecodeError` with what the file looks like when it is not text.
    """
    if data.startswith(codecs.BOM_UTF8):
        return _normalise(data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="strict")), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _normalise(data.decode("utf-16")), "utf-16"
    for magic, kind in _BINARY_MAGIC.items():
        if data.startswith(magic):
            raise DecodeError(f"not a text page: looks like {kind}")
    if b"\x00" in data[:4096]:
        raise DecodeError("not a text page: binary data (NUL bytes); expected UTF-8 or GB18030 text")
    try:
        return _normalise(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError as error:
        raise DecodeError(
            f"neither UTF-8 nor GB18030 (byte {error.start}); convert the file to UTF-8, e.g. "
            "`iconv -f BIG5 -t UTF-8`"
        ) from None
    return _normalise(text), "gb18030"


def _normalise(text: str) -> str:
    """One line-ending convention and no stray BOMs or NULs."""
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "").replace("\x00", "")
