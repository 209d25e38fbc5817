"""Keys of the database's own settings (table ``local_setting``), shared by storage and screens."""

from __future__ import annotations

DEVICE_ID_KEY = "device_id"
OFFICER_KEY = "officer"
# the account whose set-up chose to encrypt the database file, kept until the file is encrypted (a set-up ended
# before that, by a crash or a kill, is finished at that account's next sign-in)
ENCRYPTION_PENDING_KEY = "encryption_pending"
LAST_BUNDLE_KEY = "last_bundle_at"

# -- sync (cdfi_desktop.sync) ------------------------------------------------------------------------------------------
DEVICE_KEY_FINGERPRINT_KEY = "device_key_fingerprint"  # set when this device's signing key is made
DEVICE_REPLACED_FROM_KEY = "device_replaced_from"  # the device id a copied database had before it got its own
SYNC_ROLE_KEY = "sync_role"  # "province" on a province database; absent on a laptop
PROVINCE_NAME_KEY = "province_name"
SYNC_ACK_HLC_KEY = "sync_ack_hlc"  # the clock stamp up to which the province has confirmed this device's changes
SYNC_ACK_AUDIT_KEY = "sync_ack_audit"  # the last audit entry the province has confirmed
SYNC_LAST_RECEIPT_KEY = "sync_last_receipt"  # JSON: when, which bundle, digest agreed or not
SYNC_NEEDS_FULL_KEY = "sync_needs_full"  # "1": the province's digest disagreed; the next bundle should be full
