"""Notifications: events members hear of (replies, mentions, new discussions), shown and emailed
in the reader's language, one by one or as daily/weekly digests."""
