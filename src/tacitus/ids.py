"""Identifiers built from names: the ``person:<slug>`` ids of actors the knowledge base
does not know."""

from __future__ import annotations

import unicodedata

__all__ = ["slug"]

# Latin letters that Unicode does not decompose into a base letter plus accents, and
# modifier letters used as apostrophes ("Oʼbrien"): spelled the way ASCII text spells them.
_SPELLED = str.maketrans(
    {
        "ß": "ss",
        "æ": "ae",
        "œ": "oe",
        "ø": "o",
        "ł": "l",
        "đ": "d",
        "ð": "d",
        "þ": "th",
        "ı": "i",
        "ħ": "h",
        "ʼ": "-",
        "ʻ": "-",
        "ʹ": "-",
    }
)


def slug(name: str) -> str:
    """The id part for a name: lower case, accents dropped, words joined by hyphens.

    Every run of characters that are not letters or digits (spaces, apostrophes,
    hyphens, dots) becomes one hyphen: "Conan O'Brien" is ``conan-o-brien``,
    "José Álvarez-Núñez" is ``jose-alvarez-nunez``, "Straße" is ``strasse``. Letters of
    other scripts are kept ("Владимир Путин" is ``владимир-путин``); a name with no letter
    or digit at all is ''.
    """
    # lower case after decomposing: "𝝖" decomposes to a capital "Α"
    text = unicodedata.normalize("NFKD", name).lower().translate(_SPELLED)
    kept = "".join(c if c.isalnum() else "-" for c in text if not unicodedata.combining(c))
    return "-".join(part for part in kept.split("-") if part)
