"""French, Spanish and Arabic versions of the demo speakers (organisation and biography),
as an editor would write them with wagtail-localize. Names stay as the speaker writes them."""

from learning.webinars.models import Speaker
from portal.demo.utils import english, translate_snippet

SPEAKERS = {
    "Amina Diallo": {
        "fr": {
            "organisation": "Réseau des praticiens de la réintégration",
            "bio": "Accompagne des projets de réintégration à base communautaire en Afrique "
            "de l’Ouest.",
        },
        "es": {
            "organisation": "Red de profesionales de la reintegración",
            "bio": "Trabaja en proyectos de reintegración de base comunitaria en África "
            "Occidental.",
        },
        "ar": {
            "organisation": "شبكة العاملين في مجال إعادة الإدماج",
            "bio": "تعمل على مشاريع إعادة الإدماج القائمة على المجتمع المحلي في غرب أفريقيا.",
        },
    },
}


def load():
    """Give each demo speaker its translations (idempotent: existing ones are updated)."""
    source = english()
    for name, versions in SPEAKERS.items():
        speaker = Speaker.objects.filter(name=name, locale=source).first()
        if speaker is None:
            continue
        for language_code, fields in versions.items():
            translate_snippet(speaker, language_code, name=name, **fields)
