"""Test data factories of the community app."""
