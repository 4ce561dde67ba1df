"""Discussions: groups and members, threads, posts (Markdown, attachments, revisions), reactions,
mentions and follows."""
