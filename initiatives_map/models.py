"""Models of the initiatives_map app."""
