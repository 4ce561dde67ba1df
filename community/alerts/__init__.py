"""Saved searches and alerts: a member follows a search or a filtered listing, gets new
matches by email (immediately, daily or weekly) or in an Atom feed."""
