"""The visitors screen and what belongs to it only."""
