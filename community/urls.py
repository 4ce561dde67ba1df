"""Public, language-prefixed URLs of the community app."""

app_name = "community"
urlpatterns = []
