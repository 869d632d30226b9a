"""The activities screen and what belongs to it only."""
