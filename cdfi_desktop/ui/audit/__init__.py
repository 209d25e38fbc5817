"""The audit trail viewer: who changed what, when and why, with filters, the chain's state and an Excel export."""
