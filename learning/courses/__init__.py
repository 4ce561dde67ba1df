"""E-courses (the Handbook course): modules, lessons, knowledge checks, progress and
certificates."""
