"""Language-neutral URLs of the learning app (APIs, feeds, downloads)."""

urlpatterns = []
