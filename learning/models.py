"""Models of the learning app."""
