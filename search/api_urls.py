"""Language-neutral URLs of the search app (APIs, feeds, downloads)."""

urlpatterns = []
