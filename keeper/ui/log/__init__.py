"""The log screen and what belongs to it only."""
