"""Bytes to text: refuse binary data, decode UTF-8 or detect the legacy encoding."""

from __future__ import annotations

import codecs
import re

from tacitus.model import InputError

_SAMPLE = 1 << 16  # bytes looked at for the binary check: enough, and keeps it O(1)
_MAX_CONTROL_RATIO = 0.05
# C0 controls other than tab, newline, form feed, carriage return and escape.
_CONTROL = re.compile(rb"[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f\x7f]")
# Single-byte Western encodings that charset-normalizer often confuses on short texts;
# windows-1252 is what such bytes almost always are in news (as in the HTML standard).
_WESTERN = {"cp1250", "cp1252", "latin_1", "iso8859_15", "iso8859_2", "mac_roman", "cp1254"}
# Unicode spaces mapped to a plain space, one character for one.
_SPACES = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
# Control characters and stray byte-order marks carry no text.
_INVISIBLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufeff]")
# A valid multi-byte UTF-8 sequence: text holding some is UTF-8, even with a few bad bytes.
_UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)


def _cp1252_for_bad_bytes(err: UnicodeError) -> tuple[str, int]:
    """Decode the bytes UTF-8 rejects as windows-1252 (files pasted from two sources)."""
    assert isinstance(err, UnicodeDecodeError)
    return err.object[err.start : err.end].decode("cp1252", errors="replace"), err.end


codecs.register_error("tacitus-cp1252", _cp1252_for_bad_bytes)


def binary_reason(data: bytes) -> str | None:
    """Say why ``data`` looks binary (many NUL or control bytes), or None if it is text."""
    sample = data[:_SAMPLE]
    return _binary_reason(sample, _utf16(sample))


def _binary_reason(sample: bytes, utf16: str | None) -> str | None:
    """``binary_reason`` of a sample whose UTF-16 codec (None if not UTF-16) is known."""
    if not sample or utf16:
        return None
    if len(_CONTROL.findall(sample)) / len(sample) > _MAX_CONTROL_RATIO:
        return "binary data (NUL and control bytes), not a text or HTML article"
    return None


def _utf16(sample: bytes) -> str | None:
    """The UTF-16 codec ``sample`` is in: told by its byte-order mark, or without one by
    its NUL bytes, which Latin-script UTF-16 has at every other position (the high
    byte of each character) and binary data scatters; None if it is not UTF-16."""
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    pairs = len(sample) // 2
    if pairs < 2:
        return None
    even, odd = sample[0 : 2 * pairs : 2], sample[1 : 2 * pairs : 2]
    for codec, high, low in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        # Most high bytes NUL, almost no low byte NUL, and the whole decodes.
        if high.count(0) >= 0.5 * pairs and low.count(0) <= 0.01 * pairs:
            try:
                text = sample[: 2 * pairs].decode(codec)
            except UnicodeDecodeError:
                continue
            if len(_CONTROL_TEXT.findall(text)) <= _MAX_CONTROL_RATIO * len(text):
                return codec
    return None


# Control characters in decoded text (as ``_CONTROL`` in bytes).
_CONTROL_TEXT = re.compile("[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f\x7f]")


def decode(data: bytes) -> str:
    """Decode article bytes to ``str``; raise InputError for binary or undecodable data.

    UTF-8 (with or without a BOM) first, then UTF-16 (with a BOM, or told by its NUL
    bytes); UTF-8 with some bytes of another encoding (read as windows-1252); then
    whatever charset-normalizer detects, preferring windows-1252 among Western
    single-byte guesses.
    """
    sample = data[:_SAMPLE]
    codec = _utf16(sample)  # once: the binary check needs it too
    reason = _binary_reason(sample, codec)
    if reason:
        raise InputError(reason)
    if codec:
        try:
            return data.decode(codec)
        except UnicodeDecodeError as err:
            raise InputError(f"undecodable UTF-16 text: {err.reason}") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    if _UTF8_MULTIBYTE.search(data):
        return data.decode("utf-8-sig", errors="tacitus-cp1252")
    import charset_normalizer

    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise InputError("undecodable text: no character encoding fits these bytes")
    if best.encoding in _WESTERN:
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            pass
    return str(best)


def normalize(text: str) -> str:
    """Newlines to ``\\n``, Unicode spaces to a plain space, control characters dropped.

    The result is ``Document.source_text``: all offsets refer to it.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _SPACES.sub(" ", _INVISIBLE.sub("", text))
