"""Models of the search app: one denormalised row per indexed object and language."""

from django.contrib.postgres.search import SearchVectorField
from django.db import models

from search.analysis import TS_CONFIGS, ts_config  # noqa: F401 - each language's configuration


class SearchDocument(models.Model):
    """What the database engine searches; built from ``SearchType.document(obj)``.

    Only objects in the type's anonymous ``public_queryset`` are stored, and hits are re-checked
    against the visitor's ``public_queryset`` before display, so private content never leaks.
    """

    type_key = models.CharField(max_length=50)
    object_id = models.CharField(max_length=64)
    # The language of the text (how it is analysed); an untranslated alias page in /fr/ is
    # English text shown in the French site: language "en", locale "fr".
    language = models.CharField(max_length=10, default="en")
    # The site locale the object is shown in; "" for objects of no locale (discussions).
    locale = models.CharField(max_length=10, blank=True, default="")
    title = models.CharField(max_length=500)
    summary = models.TextField(blank=True)
    text = models.TextField(blank=True)
    url = models.CharField(max_length=500)
    date = models.DateField(null=True, blank=True)
    facets = models.JSONField(default=dict, blank=True)
    # Filled on PostgreSQL only (weighted title A, summary B, text C); unused on SQLite.
    search_vector = SearchVectorField(null=True, editable=False)
    # Title (A) and summary (B) only: small enough to stay in the table row, so picking the
    # candidates to rank for very common words never reads the large vectors (PostgreSQL only).
    head_vector = SearchVectorField(null=True, editable=False)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["type_key", "object_id", "language"], name="search_doc_unique"
            )
        ]
        indexes = [models.Index(fields=["type_key", "language"])]

    def __str__(self):
        return f"{self.type_key}:{self.object_id} {self.title}"


class SearchFacet(models.Model):
    """One facet value of an indexed document (written with it by the database engine).

    Browsing filters and counts facets on this table's covering index alone (index-only
    scans grouped by name and value), never reading the documents' large rows."""

    document = models.ForeignKey(SearchDocument, on_delete=models.CASCADE, related_name="+")
    type_key = models.CharField(max_length=50)
    locale = models.CharField(max_length=10, blank=True, default="")
    name = models.CharField(max_length=50)
    value = models.CharField(max_length=200)

    class Meta:
        indexes = [
            models.Index(
                fields=["type_key", "locale", "name", "value", "document"],
                name="search_facet_covering",
            )
        ]

    def __str__(self):
        return f"{self.name}={self.value}"
