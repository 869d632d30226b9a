"""The Supplies screen and what belongs to it only."""
