"""Test data factories of the initiatives_map app."""
