"""The ledger screen and what belongs to it only."""
