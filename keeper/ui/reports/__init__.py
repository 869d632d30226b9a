"""The reports screen and what belongs to it only."""
