"""Notifications: events members hear of (replies, mentions, new discussions), emailed one by one
or as daily/weekly digests."""
