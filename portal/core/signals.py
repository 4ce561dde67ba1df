"""Signals apps send so that others (search above all) can react without importing them."""

from django.dispatch import Signal

# Sent when something a search type indexes changed outside a page publish or a model save,
# e.g. a document's extracted text arrived. Arguments: sender=model class, instance=object.
content_changed = Signal()
