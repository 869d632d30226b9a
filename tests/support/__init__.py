"""Test data builders shared by unit, GUI and benchmark code."""
