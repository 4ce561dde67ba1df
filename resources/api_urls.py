"""Language-neutral URLs of the resources app (APIs, feeds, downloads)."""

urlpatterns = []
