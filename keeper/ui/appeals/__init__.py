"""The appeals screen and what belongs to it only."""
