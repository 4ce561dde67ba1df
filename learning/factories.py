"""Test data factories of the learning app."""
