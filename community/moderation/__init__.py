"""Moderation: flags, the moderation queue, hide/restore/approve, lock/pin/move, suspensions and
the moderation log."""
