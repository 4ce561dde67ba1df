"""The pattern library: every component of templates/components/ rendered with sample data."""
