"""Test data factories of the resources app."""
