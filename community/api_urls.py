"""Language-neutral URLs of the community app (APIs, feeds, downloads)."""

urlpatterns = []
