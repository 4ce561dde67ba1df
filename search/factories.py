"""Test data factories of the search app."""
