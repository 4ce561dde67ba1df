"""Public, language-prefixed URLs of the learning app."""

app_name = "learning"
urlpatterns = []
