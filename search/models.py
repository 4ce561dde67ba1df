"""Models of the search app: one denormalised row per indexed object and language."""

from django.contrib.postgres.fields import ArrayField
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
    # "day", or "year" when only the year is known (``date`` is then 1 January of it).
    date_precision = models.CharField(max_length=5, default="day")
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
        # The text indexes (vectors with the filter keys) are PostgreSQL's: migration 0010.

    def __str__(self):
        return f"{self.type_key}:{self.object_id} {self.title}"


class SearchFacetRow(models.Model):
    """The facets of one document as "name=value" keys in a narrow row: what browsing
    filters (``keys && …``, a GIN index), counts and pages through (a document's own row,
    with its summary and vectors, is ten times wider: reading 10,000 of them to count facets
    cost 80 ms). PostgreSQL only: the table and the triggers that fill it from the document
    table are created by migration 0009; other databases read the documents."""

    document_id = models.BigIntegerField(primary_key=True)
    type_key = models.CharField(max_length=50)
    locale = models.CharField(max_length=10, blank=True, default="")
    date = models.DateField(null=True, blank=True)
    keys = ArrayField(models.TextField(), default=list)

    class Meta:
        managed = False
        db_table = "search_searchfacetrow"

    def __str__(self):
        return f"{self.type_key}:{self.document_id}"


def facet_key(name, value):
    """The key of a facet value in ``SearchFacetRow.keys`` (names never contain "=")."""
    return f"{name}={value}"


class SearchFacetCount(models.Model):
    """How many documents of a type and locale have a facet value (``name`` "" counts the
    documents themselves): the counts of a listing with no filter, read in a millisecond.

    On PostgreSQL, triggers on the document table keep it exact (statement-level, with
    transition tables, so a bulk load costs one grouped update); rows may reach 0 and stay.
    Other databases count the documents themselves (small development data)."""

    type_key = models.CharField(max_length=50)
    locale = models.CharField(max_length=10, blank=True, default="")
    name = models.CharField(max_length=50, blank=True)
    value = models.CharField(max_length=200, blank=True)
    n = models.IntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["type_key", "locale", "name", "value"], name="search_facet_count_unique"
            )
        ]

    def __str__(self):
        return f"{self.type_key}/{self.locale} {self.name}={self.value}: {self.n}"
