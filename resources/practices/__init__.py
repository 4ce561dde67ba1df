"""Good practices: a first-class content type (a page per practice, a filtered listing, a
guided multi-step submission reviewed in the same workflow as contributed resources)."""
