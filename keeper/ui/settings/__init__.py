"""The settings screen and what belongs to it only."""
