"""Downloads of the data section's charts (CSV), under each language prefix."""

urlpatterns = []
