"""Language-neutral URLs of the initiatives_map app (APIs, feeds, downloads)."""

urlpatterns = []
