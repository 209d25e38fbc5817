"""The container takes the province's kinds: reference (province → laptops) and restore (province → a new laptop)."""

from __future__ import annotations

from typing import Any

import pytest

from cdfi_desktop.sync import container
from cdfi_desktop.sync.container import open_bundle
from cdfi_desktop.sync.errors import BundleRefused
from tests.support.bundles import make_key, sample_manifest


def _opened(**changes: Any) -> dict[str, Any]:
    data, _ = container.build(manifest=sample_manifest(**changes), members={}, key=make_key("province-1"))
    return open_bundle(data, name="b").manifest


def test_reference_and_restore_are_kinds_numbered_like_changes() -> None:
    assert {"reference", "restore"} <= set(container.KINDS)
    assert _opened(kind="reference", seq=3, since_seq=2, reference={"province": "ลำปาง"})["kind"] == "reference"
    assert _opened(kind="restore", full=True, restore={"for_device": "laptop-1"})["restore"]["for_device"] == "laptop-1"


@pytest.mark.parametrize(
    "changes",
    [
        {"kind": "reference", "seq": 0},
        {"kind": "reference", "seq": 2, "since_seq": 2},
        {"kind": "reference", "reference": "ลำปาง"},
        {"kind": "reference", "reference": {"province": 5}},
        {"kind": "reference", "receipt": {}},
        {"kind": "restore", "full": False},
        {"kind": "restore", "full": True, "restore": {"for_device": None}},
        {"kind": "restore", "full": True, "seq": 0},
    ],
)
def test_a_reference_or_restore_manifest_out_of_shape_is_refused(changes: dict[str, Any]) -> None:
    with pytest.raises(BundleRefused) as refused:
        _opened(**changes)
    assert refused.value.code == "manifest_malformed"
