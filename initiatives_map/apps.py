from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InitiativesMapConfig(AppConfig):
    name = "initiatives_map"
    verbose_name = _("Initiatives map")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from initiatives_map import registrations

        registrations.register()
