"""Signed bundles from a laptop to the province, and receipts back (``docs/bundle-format.md`` is the format).

A laptop's *device* (the database's device id) signs what it sends with its own Ed25519 key, kept in the user
data directory under that id, never in the database. The province trusts the keys it enrolled and answers
each bundle it imports with a signed receipt; only a receipt moves the laptop's acknowledged point.

Modules, from the bottom up:
- ``errors``: every refusal's code and message (:class:`~cdfi_desktop.sync.errors.BundleRefused`).
- ``minisign``: minisign's key and signature formats (Ed25519, BLAKE2b-512 prehashed, trusted comment).
- ``keys``: this device's signing key (made on first use), the province's encryption key, fingerprints,
  enrolment and province key files, the trusted-key registry (``sync_device``), enrol and revoke.
- ``codec``: a synced record as JSON and back, column by column; the synced tables in parent-first order.
- ``feed``: what a laptop sends: every synced record changed since the acknowledged point (or all of them),
  tombstones included, with its base; the audit entries since then; the attachments those records link to.
- ``digest``: an order-independent digest of the versions of one device's records (laptop and province agree
  on it when the province holds everything the laptop sent).
- ``merge``: applying a change set to a database: the merge rule (the version with the highest clock stamp,
  then device id, wins; a concurrent change is a soft or hard conflict with the loser kept; a record that
  repeats another's natural key is held as a duplicate), ledgers append-only, the import report.
- ``container``: the zip: writing (manifest, members, minisign signature, HPKE encryption) and reading with
  every check before anything is trusted (safe unzip, signature, hashes, sizes, versions).
- ``service``: what commands and screens call: export a bundle, import bundles and receipts (dry run or
  real, sequence order, held gaps), write receipts, and the status of this device's sync.
"""
