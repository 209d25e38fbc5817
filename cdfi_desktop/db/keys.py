"""Keys of the database's own settings (table ``local_setting``), shared by storage and screens."""

from __future__ import annotations

DEVICE_ID_KEY = "device_id"
OFFICER_KEY = "officer"
LAST_BUNDLE_KEY = "last_bundle_at"
