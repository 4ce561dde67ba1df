"""Tombstones: the OAI-PMH repository announces deleted records persistently."""

from django.db import models


class DeletedRecord(models.Model):
    """A record that was harvestable and no longer is (unpublished or deleted), announced with
    ``status="deleted"`` from ``deleted_at`` on. Removed when the record is published again.
    Internal to the protocol (not shown in the admin)."""

    record_type = models.CharField(max_length=32)
    key = models.CharField(max_length=64)
    deleted_at = models.DateTimeField()
    # The record's set specs when it was deleted, space-separated and space-enclosed
    # (" resource resource:report theme:health "), so a set filter is one LIKE.
    set_specs = models.TextField(blank=True)
    title = models.CharField(max_length=255, blank=True)

    class Meta:
        app_label = "resources"
        constraints = [
            models.UniqueConstraint(fields=["record_type", "key"], name="oai_deleted_record_key")
        ]
        indexes = [models.Index(fields=["record_type", "deleted_at"], name="oai_deleted_type_date")]

    def __str__(self):
        return f"{self.record_type}/{self.key}"
