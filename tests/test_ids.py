"""Ids from names: one slug for the coder's per-article ids and the registry's ids."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tacitus.ids import slug


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Sergey Lavrov", "sergey-lavrov"),
        ("Conan O'Brien", "conan-o-brien"),
        ("Conan O’Brien", "conan-o-brien"),  # a typographic apostrophe is the same id
        ("José Álvarez-Núñez", "jose-alvarez-nunez"),
        ("Recep Tayyip Erdoğan", "recep-tayyip-erdogan"),
        ("Jean-Yves  Le Drian", "jean-yves-le-drian"),
        ("Bashar al-Assad", "bashar-al-assad"),
        ("Lars Løkke Rasmussen", "lars-lokke-rasmussen"),  # letters that do not decompose
        ("Lech Wałęsa", "lech-walesa"),
        ("Straße", "strasse"),
        ("Владимир Путин", "владимир-путин"),  # other scripts are kept, not dropped
        ("-- ' --", ""),
    ],
)
def test_slug(name: str, expected: str) -> None:
    assert slug(name) == expected


@given(st.text())
def test_slug_is_a_clean_id(name: str) -> None:
    out = slug(name)
    assert out == slug(out)
    assert not out.startswith("-") and not out.endswith("-") and "--" not in out
    assert out == out.lower() and " " not in out
