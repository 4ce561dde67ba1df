"""Public, language-prefixed URLs of the initiatives_map app."""

app_name = "initiatives_map"
urlpatterns = []
