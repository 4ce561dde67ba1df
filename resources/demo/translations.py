"""French, Spanish and Arabic versions of eight demo resources, three of them with a summary
PDF in French or Spanish.

Facts (titles, figures, places, dates) come from IOM's 2019 Return and Reintegration Key
Highlights and the Reintegration Handbook; every sentence is the project's own.

A resource's files are "one per language" on the resource itself: a translated PDF is added to
the source page's files, and every translation lists the same files (wagtail-localize
synchronises child relations from the source, so a file kept only on a translation would be
dropped at the next sync). The detail page lists the file in the page's language first.
Idempotent: documents are found again by title and language, pages by translation key.
"""

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from portal.demo.utils import translate_page
from resources.demo.content import IOM as IOM_EN
from resources.models import ResourceFile, ResourcePage

IOM = {
    "fr": "Organisation internationale pour les migrations (OIM)",
    "es": "Organización Internacional para las Migraciones (OIM)",
    "ar": "المنظمة الدولية للهجرة",
}
NOTES = {
    "fr": "Fichier de démonstration du Return & Reintegration Hub : un résumé, pas la publication.",
    "es": "Archivo de demostración del Return & Reintegration Hub: un resumen, no la publicación.",
}
SUMMARY_SUFFIX = {"fr": "résumé", "es": "resumen"}

TRANSLATIONS = {
    "2019-return-and-reintegration-key-highlights": {
        "fr": {
            "title": "Retour et réintégration : faits marquants de 2019",
            "summary": (
                "Le bilan annuel de l’OIM sur l’aide au retour volontaire, le retour "
                "humanitaire volontaire et l’appui à la réintégration en 2019, région par "
                "région, avec les initiatives qui ont marqué l’année."
            ),
        },
        "es": {
            "title": "Retorno y reintegración: aspectos destacados de 2019",
            "summary": (
                "El balance anual de la OIM sobre el retorno voluntario asistido, el retorno "
                "humanitario voluntario y el apoyo a la reintegración en 2019, región por "
                "región, junto con las iniciativas que marcaron el año."
            ),
        },
        "ar": {
            "title": "أبرز معطيات العودة وإعادة الإدماج لعام 2019",
            "summary": (
                "الحصيلة السنوية للمنظمة الدولية للهجرة عن العودة الطوعية المدعومة والعودة "
                "الإنسانية الطوعية ودعم إعادة الإدماج خلال عام 2019، منطقةً تلو الأخرى، مع "
                "أبرز المبادرات التي ميّزت ذلك العام."
            ),
        },
    },
    "reintegration-handbook": {
        "fr": {
            "title": (
                "Manuel sur la réintégration : conseils pratiques pour concevoir, mettre en "
                "place et suivre l’aide à la réintégration"
            ),
            "summary": (
                "Six modules de conseils pratiques pour les responsables de programme et les "
                "gestionnaires de cas : l’approche intégrée, l’aide aux personnes, aux "
                "communautés et aux structures, le suivi et l’évaluation, et l’accompagnement "
                "des enfants et des familles."
            ),
        },
        "es": {
            "title": (
                "Manual de reintegración: orientaciones prácticas para diseñar, ejecutar y "
                "dar seguimiento a la asistencia para la reintegración"
            ),
            "summary": (
                "Seis módulos de orientación práctica para responsables de programas y "
                "gestores de casos: el enfoque integrado, la asistencia a personas, "
                "comunidades y estructuras, el seguimiento y la evaluación, y el apoyo a "
                "niñas, niños y familias."
            ),
        },
        "ar": {
            "title": "دليل إعادة الإدماج: إرشادات عملية لتصميم مساعدات إعادة الإدماج وتنفيذها ورصدها",
            "summary": (
                "ستّ وحدات من الإرشادات العملية لمديري البرامج ومديري الحالات: النهج "
                "المتكامل، ومساعدة الأفراد والمجتمعات المحلية والهياكل، والرصد والتقييم، "
                "ودعم الأطفال والأسر."
            ),
        },
    },
    "towards-an-integrated-approach-to-reintegration": {
        "fr": {
            "title": "Vers une approche intégrée de la réintégration dans le contexte du retour",
            "summary": (
                "Le document qui a posé les bases de l’approche intégrée de l’OIM : un soutien "
                "aux niveaux individuel, communautaire et structurel, qui répond à la fois aux "
                "besoins économiques, sociaux et psychosociaux."
            ),
        },
        "es": {
            "title": "Hacia un enfoque integrado de la reintegración en el contexto del retorno",
            "summary": (
                "El documento que definió el enfoque integrado de la OIM: apoyo en los planos "
                "individual, comunitario y estructural, que atiende a la vez las necesidades "
                "económicas, sociales y psicosociales."
            ),
        },
        "ar": {
            "title": "نحو نهج متكامل لإعادة الإدماج في سياق العودة",
            "summary": (
                "الورقة التي أرست النهج المتكامل للمنظمة الدولية للهجرة: دعمٌ على المستويات "
                "الفردية والمجتمعية والهيكلية يلبّي الاحتياجات الاقتصادية والاجتماعية "
                "والنفسية الاجتماعية معًا."
            ),
        },
    },
    "framework-for-avrr": {
        "fr": {
            "title": "Cadre de l’aide au retour volontaire et à la réintégration",
            "summary": (
                "Les principes et les objectifs qui guident l’action de l’OIM en matière d’aide "
                "au retour volontaire et à la réintégration, du premier entretien de conseil "
                "jusqu’à la vie après l’arrivée."
            ),
        },
        "es": {
            "title": "Marco para el retorno voluntario asistido y la reintegración",
            "summary": (
                "Los principios y objetivos que orientan la labor de la OIM en materia de "
                "retorno voluntario asistido y reintegración, desde la primera sesión de "
                "asesoramiento hasta la vida después de la llegada."
            ),
        },
        "ar": {
            "title": "إطار العودة الطوعية المدعومة وإعادة الإدماج",
            "summary": (
                "المبادئ والأهداف التي توجّه عمل المنظمة الدولية للهجرة في مجال العودة "
                "الطوعية المدعومة وإعادة الإدماج، من أول جلسة إرشاد حتى الحياة بعد الوصول."
            ),
        },
    },
    "in-the-path-to-adulthood": {
        "fr": {
            "title": (
                "Sur le chemin de l’âge adulte : quand des enfants migrants non accompagnés "
                "rentrent chez eux"
            ),
            "summary": (
                "L’histoire d’un garçon gambien resté seul en Libye après la noyade de son père "
                "en mer, puis de son retour au pays et à l’école."
            ),
        },
        "es": {
            "title": (
                "Camino a la edad adulta: cuando niños migrantes no acompañados vuelven a casa"
            ),
            "summary": (
                "La historia de un niño gambiano que se quedó solo en Libia después de que su "
                "padre se ahogara en el mar, y de su regreso a casa y a la escuela."
            ),
        },
        "ar": {
            "title": "على طريق البلوغ: حين يعود الأطفال المهاجرون غير المصحوبين إلى ديارهم",
            "summary": (
                "قصة صبي غامبي بقي وحيدًا في ليبيا بعد أن غرق والده في البحر، ثم عاد إلى "
                "بلده واستأنف دراسته."
            ),
        },
    },
    "57-malawians-assisted-from-south-africa": {
        "fr": {
            "title": (
                "Protéger les personnes vulnérables face à la violence : l’OIM aide 57 "
                "Malawiens à rentrer d’Afrique du Sud"
            ),
            "summary": (
                "Communiqué de presse : après les attaques xénophobes dans la région de Durban, "
                "des Malawiens ont pu rentrer chez eux grâce à un projet pilote de "
                "réintégration communautaire financé par l’Union européenne."
            ),
        },
        "es": {
            "title": (
                "Proteger de la violencia a las personas vulnerables: la OIM ayuda a 57 "
                "malauíes a regresar desde Sudáfrica"
            ),
            "summary": (
                "Comunicado de prensa: tras los ataques xenófobos en los alrededores de Durban, "
                "varios malauíes pudieron volver a su país gracias a un proyecto piloto de "
                "reintegración comunitaria financiado por la Unión Europea."
            ),
        },
        "ar": {
            "title": (
                "حماية المستضعفين من العنف: المنظمة الدولية للهجرة تساعد 57 مواطنًا ملاويًا "
                "على العودة من جنوب أفريقيا"
            ),
            "summary": (
                "بيان صحفي: بعد الهجمات المعادية للأجانب في منطقة دربان، تلقّى مواطنون من "
                "ملاوي المساعدة للعودة إلى ديارهم في إطار مشروع تجريبي لإعادة الإدماج "
                "المجتمعي يموّله الاتحاد الأوروبي."
            ),
        },
    },
    "17000-migrants-returned-from-greece": {
        "fr": {
            "title": "Près de 17\u202f000 migrants sont rentrés volontairement de Grèce en trois ans",
            "summary": (
                "Communiqué de presse présentant trois années de chiffres de l’aide au retour "
                "volontaire depuis la Grèce, par nationalité, par sexe et par âge."
            ),
        },
        "es": {
            "title": "Casi 17.000 migrantes regresaron voluntariamente desde Grecia en tres años",
            "summary": (
                "Comunicado de prensa con tres años de cifras de retorno voluntario asistido "
                "desde Grecia, desglosadas por nacionalidad, sexo y edad."
            ),
        },
        "ar": {
            "title": "نحو 17,000 مهاجر عادوا طوعًا من اليونان خلال ثلاث سنوات",
            "summary": (
                "بيان صحفي يعرض أرقام ثلاث سنوات من العودة الطوعية المدعومة من اليونان، "
                "موزّعةً حسب الجنسية والجنس والعمر."
            ),
        },
    },
    "guatemala-airport-reception-capacity": {
        "fr": {
            "title": (
                "Le Guatemala triple sa capacité d’accueil des migrants de retour à l’aéroport"
            ),
            "summary": (
                "Communiqué de presse sur le centre d’accueil des personnes renvoyées par avion "
                "du Mexique et des États-Unis vers la ville de Guatemala."
            ),
        },
        "es": {
            "title": (
                "Guatemala triplicará su capacidad de recepción de migrantes retornados en el "
                "aeropuerto"
            ),
            "summary": (
                "Comunicado de prensa sobre el centro de recepción para las personas retornadas "
                "por vía aérea a Ciudad de Guatemala desde México y los Estados Unidos."
            ),
        },
        "ar": {
            "title": (
                "غواتيمالا ترفع قدرتها على استقبال المهاجرين العائدين في المطار إلى ثلاثة أضعاف"
            ),
            "summary": (
                "بيان صحفي عن مركز الاستقبال المخصّص للأشخاص الذين يُعادون جوًّا إلى مدينة "
                "غواتيمالا من المكسيك والولايات المتحدة."
            ),
        },
    },
}

# Summary PDFs of a few pages: (language, title, opening paragraphs, [(heading, paragraphs)]).
PDFS = {
    "2019-return-and-reintegration-key-highlights": (
        "fr",
        "Retour et réintégration : faits marquants de 2019",
        [
            "En 2019, l’OIM a aidé 64\u202f958 migrants à rentrer volontairement dans leur pays "
            "d’origine, soit 2,6\u00a0% de plus qu’en 2018 (63\u202f316 personnes).",
            "Le retour humanitaire volontaire, présenté à part, a permis à 15\u202f248 personnes de "
            "quitter la Libye et le Yémen.",
            "Cent douze bureaux de pays de l’OIM ont fourni 126\u202f442 services d’aide à la "
            "réintégration, avant le départ ou après l’arrivée.",
            "La même année, l’OIM a publié le Manuel sur la réintégration et lancé la "
            "Plateforme sur le retour et la réintégration, qui sert à partager connaissances et "
            "bonnes pratiques entre praticiens.",
        ],
        [
            (
                "Les grandes tendances de l’aide au retour volontaire",
                [
                    "Les départs depuis l’Espace économique européen et la Suisse continuent "
                    "de baisser, tandis que ceux depuis des pays de transit comme le Niger et "
                    "Djibouti augmentent.",
                    "Pour la première fois depuis la création de ces programmes, le Niger a "
                    "dépassé l’Allemagne comme principal pays d’accueil des retours assistés.",
                    "Au total, 44,6\u00a0% des bénéficiaires sont rentrés dans un pays de leur propre "
                    "région, contre 37\u00a0% en 2018 ; l’Afrique de l’Ouest et du Centre représente "
                    "à elle seule 64,4\u00a0% de ces retours intrarégionaux.",
                    "Le nombre de pays d’accueil est passé de 128 à 136, celui des pays "
                    "d’origine est descendu de 169 à 164.",
                    "L’Éthiopie devient le premier pays d’origine, avec 27\u00a0% de retours en plus. "
                    "L’Iraq, premier en 2018, recule au quatrième rang avec une baisse de 29\u00a0%.",
                ],
            ),
            (
                "Retour humanitaire volontaire et réintégration",
                [
                    "La Libye compte pour 64\u00a0% des retours humanitaires volontaires "
                    "(9\u202f782 personnes) et le Yémen pour les 36\u00a0% restants (5\u202f466 personnes). "
                    "La plupart des bénéficiaires sont rentrés en Éthiopie, au Nigéria et en "
                    "Somalie.",
                    "Parmi les migrants en situation de vulnérabilité rentrés de cette façon, "
                    "68\u00a0% étaient des enfants non accompagnés ou séparés.",
                    "Les bureaux de l’OIM dans les pays d’accueil ont fourni 9\u202f532 services de "
                    "réintégration avant le départ ; ceux des pays d’origine, 116\u202f910 services "
                    "après l’arrivée.",
                    "L’Afrique de l’Ouest et du Centre a reçu 47\u00a0% de l’aide après l’arrivée. "
                    "En tête viennent le Honduras (27\u202f021 services), le Mali (18\u202f593), le "
                    "Nigéria (8\u202f637), El Salvador (8\u202f400) et la Guinée (8\u202f378).",
                ],
            ),
        ],
    ),
    "reintegration-handbook": (
        "fr",
        "Manuel sur la réintégration : l’essentiel des six modules",
        [
            "Le retour est souvent suivi d’un processus par lequel la personne retrouve sa "
            "place dans la société de son pays : la réintégration. Ce processus peut se faire "
            "sans aide extérieure, mais les acteurs humanitaires et du développement "
            "reconnaissent de plus en plus qu’il est complexe et multidimensionnel, et qu’il "
            "demande une réponse globale et délibérée.",
            "Module 1 - Une approche intégrée. On rentre de bien des manières et dans des "
            "conditions très diverses. La réintégration est durable lorsque la personne a "
            "atteint un niveau d’autonomie économique, de stabilité sociale et de bien-être "
            "psychosocial tel qu’une nouvelle migration devient un choix et non une nécessité. "
            "L’OIM y répond à trois niveaux à la fois : individuel, communautaire et "
            "structurel. Les personnes de retour, leurs familles et leurs communautés doivent "
            "pouvoir conduire elles-mêmes le processus.",
        ],
        [
            (
                "Les personnes et les communautés",
                [
                    "Module 2 - L’aide individuelle. La gestion de cas repose sur une relation "
                    "ouverte et de confiance. Repérer et traiter les vulnérabilités vient en "
                    "premier. Les personnes de retour ont des besoins, mais aussi des "
                    "compétences et des ressources. Le plan de réintégration s’élabore "
                    "ensemble, avec une idée honnête de l’aide disponible et du moment où elle "
                    "prendra fin.",
                    "Module 3 - L’aide au niveau communautaire. Ce qu’est une communauté "
                    "dépend du contexte local. Les méthodes participatives donnent aux "
                    "communautés la maîtrise du processus, au bénéfice des personnes de retour "
                    "comme des habitants. Les projets peuvent réunir des personnes de retour, "
                    "lancer de nouvelles initiatives locales ou les intégrer à des projets "
                    "existants. La lutte contre la stigmatisation est essentielle.",
                ],
            ),
            (
                "Les structures, le suivi, les enfants et les familles",
                [
                    "Module 4 - Le niveau structurel. Inscrire la réintégration dans les "
                    "politiques de développement nationales et locales, renforcer les "
                    "capacités des acteurs publics et coordonner l’action des pays d’accueil "
                    "et des pays d’origine.",
                    "Module 5 - Le suivi et l’évaluation. Les prévoir dès la conception, avec "
                    "une théorie du changement qui relie les activités aux résultats et aide à "
                    "choisir les indicateurs ; partager ensuite les enseignements pour que les "
                    "programmes suivants fassent mieux.",
                    "Module 6 - Les enfants et les familles. Toute décision de retour qui "
                    "concerne un enfant part de son intérêt supérieur, et chaque enfant est "
                    "titulaire de droits, même au sein d’une famille. La préparation avant le "
                    "départ et la coopération transfrontière entre protection de l’enfance, "
                    "services sociaux et autorités de l’immigration renforcent la "
                    "réintégration.",
                ],
            ),
        ],
    ),
    "guatemala-airport-reception-capacity": (
        "es",
        "Guatemala triplicará su capacidad de recepción de migrantes retornados en el aeropuerto",
        [
            "Guatemala triplicará su capacidad para atender a las personas que regresan por vía "
            "aérea desde México y los Estados Unidos gracias a un nuevo centro de apoyo en el "
            "Aeropuerto Internacional La Aurora, en Ciudad de Guatemala.",
            "La OIM supervisa la construcción del Centro de Recepción de Población Retornada "
            "por Vía Aérea, que gestionará el Instituto Guatemalteco de Migración (IGM) a "
            "partir de junio de 2019. La Agencia de los Estados Unidos para el Desarrollo "
            "Internacional (USAID) aportó 1,2 millones de dólares para la obra, el mobiliario "
            "y el equipamiento.",
            "El edificio se levanta en terrenos de la Fuerza Aérea cedidos por el Ministerio "
            "de la Defensa Nacional y quiere dignificar el retorno como primer paso hacia la "
            "reintegración en las comunidades de origen.",
        ],
        [
            (
                "Servicios y cifras",
                [
                    "El centro tendrá espacios recreativos pensados para niñas, niños y "
                    "adolescentes no acompañados y para familias, conforme al interés superior "
                    "del niño, además de una sala de lactancia, clínicas médicas, un área de "
                    "llamadas telefónicas, una sala de entrevistas psicosociales, un punto de "
                    "control y una zona de espera para los familiares.",
                    "Entre enero y noviembre de 2017, 60.073 personas fueron retornadas a "
                    "Guatemala desde México y los Estados Unidos; en el mismo periodo de 2018 "
                    "fueron 87.560, un aumento del 45,8\u00a0%.",
                    "Los departamentos que reciben más personas retornadas son, en este orden, "
                    "Huehuetenango, San Marcos, Quiché, Quetzaltenango y Guatemala. La obra "
                    "forma parte del Proyecto de Retorno y Reintegración en el Triángulo Norte "
                    "de Centroamérica, que apoya USAID.",
                ],
            ),
        ],
    ),
}


def _document(source, language, title, paragraphs, sections):
    """The translated summary PDF: the one already among ``source``'s files, else a new one
    (its text extracted now, so the translations are searchable once published)."""
    from resources.demo import build_pdf
    from resources.tasks import extract_document_text

    full_title = f"{title[:190]} ({SUMMARY_SUFFIX[language]})"
    for row in source.files.select_related("document"):
        if row.language == language and row.document.title == full_title:
            return row.document
    Document = get_document_model()
    document = Document(title=full_title, language=language)
    content = build_pdf(
        title, paragraphs, sections=sections, note=NOTES[language], language=language
    )
    document.file.save(f"{source.slug[:70]}-{language}.pdf", ContentFile(content), save=False)
    document.save()
    extract_document_text.call(document.pk)
    return document


def _files(page, wanted):
    """``page``'s file rows for ``wanted`` ({language: document}): rows already there are kept
    (with their download counts), the others are new (all of them when ``page`` is None)."""
    rows = {row.language: row for row in page.files.all()} if page is not None else {}
    files = []
    for language, document in wanted.items():
        row = rows.get(language)
        if row is None or row.document_id != document.pk:
            row = ResourceFile(document=document, language=language)
        files.append(row)
    return files


# The resource index page itself.
INDEX = {
    "fr": {
        "title": "Ressources",
        "intro": (
            "Rapports, manuels, lignes directrices, études et boîtes à outils sur le retour et "
            "la réintégration. Cherchez dans leur texte intégral, filtrez par thème, région ou "
            "année, et citez-les."
        ),
    },
    "es": {
        "title": "Recursos",
        "intro": (
            "Informes, manuales, directrices, estudios y herramientas sobre retorno y "
            "reintegración. Busque en su texto completo, filtre por tema, región o año, y "
            "cítelos."
        ),
    },
    "ar": {
        "title": "الموارد",
        "intro": (
            "تقارير وأدلة ومبادئ توجيهية ودراسات وأدوات عملية حول العودة وإعادة الإدماج. "
            "ابحث في نصوصها الكاملة، وصفِّها حسب الموضوع أو المنطقة أو السنة، واستشهد بها."
        ),
    },
}


def load(index, stdout=None):
    """Translate the resource index and the resources of TRANSLATIONS below ``index`` (the
    English resource index) and attach the translated PDFs. Returns the number of
    translated resources."""
    for code, fields in INDEX.items():
        translate_page(index, code, **fields)
    count = 0
    for slug, languages in TRANSLATIONS.items():
        source = ResourcePage.objects.child_of(index).get(slug=slug)
        wanted = {row.language: row.document for row in source.files.select_related("document")}
        if slug in PDFS:
            language, title, paragraphs, sections = PDFS[slug]
            document = _document(source, language, title, paragraphs, sections)
            if wanted.get(language) != document:
                wanted[language] = document
                source.files = _files(source, wanted)
                source.save_revision(log_action=False).publish(log_action=False)
                source.refresh_from_db()
        for code, fields in languages.items():
            existing = source.get_translations().filter(locale__language_code=code).first()
            files = _files(existing.specific if existing else None, wanted)
            if source.publisher == IOM_EN:
                fields = {**fields, "publisher": IOM[code]}
            translate_page(source, code, files=files, **fields)
            count += 1
    if stdout is not None:
        stdout.write(f"  {count} translated resources")
    return count
