"""The 1HH1C contracts: the target households' consolidation status, the consolidation wizard, signed contracts."""
