"""The home page, themes, main menu and footer in French, Spanish and Arabic (and the English
menu and footer, which exist only as snippets)."""

from portal.demo.site import KEY_FIGURES

SOURCE_2019 = {
    "fr": "OIM, Retour et réintégration : faits marquants de 2019 (2020)",
    "es": "OIM, Retorno y reintegración: aspectos destacados de 2019 (2020)",
    "ar": "المنظمة الدولية للهجرة، أبرز معطيات العودة وإعادة الإدماج لعام 2019 (2020)",
}

FIGURE_LABELS = {
    "fr": [
        "migrants aidés à rentrer volontairement dans leur pays en 2019 (AVRR)",
        "migrants bloqués en Libye et au Yémen rentrés grâce au retour humanitaire volontaire "
        "en 2019",
        "services d'aide à la réintégration fournis aux personnes de retour en 2019",
        "bureaux de pays de l'OIM qui ont soutenu la réintégration en 2019",
    ],
    "es": [
        "migrantes que recibieron ayuda para volver voluntariamente a su país en 2019 (RVAR)",
        "migrantes en Libia y el Yemen que regresaron mediante el retorno humanitario voluntario "
        "en 2019",
        "servicios de asistencia para la reintegración prestados a personas retornadas en 2019",
        "oficinas de país de la OIM que brindaron apoyo a la reintegración en 2019",
    ],
    "ar": [
        "عدد المهاجرين الذين ساعدتهم المنظمة على العودة الطوعية إلى بلدانهم في 2019",
        "عدد المهاجرين في ليبيا واليمن الذين عادوا عبر برنامج العودة الإنسانية الطوعية في 2019",
        "عدد خدمات المساعدة على إعادة الإدماج التي قُدِّمت إلى العائدين في 2019",
        "عدد المكاتب القُطرية للمنظمة الدولية للهجرة التي دعمت إعادة الإدماج في 2019",
    ],
}

# (heading, intro) of each home section, in the order of portal.demo.site.HOME_SECTIONS.
SECTIONS = {
    "fr": [
        (
            "Dernières ressources",
            "Rapports, manuels, études et boîtes à outils récemment publiés par l'OIM et ses "
            "partenaires.",
        ),
        (
            "Prochains webinaires",
            "Des sessions en ligne et en direct avec des praticiens : inscrivez-vous pour "
            "réserver votre place.",
        ),
        (
            "Initiatives à découvrir",
            "Des projets de réintégration repérés sur la carte : où ils se déroulent et qui les "
            "mène.",
        ),
        (
            "À la une",
            "Des personnes de retour racontent leur parcours, et des chiffres du terrain.",
        ),
    ],
    "es": [
        (
            "Últimos recursos",
            "Informes, manuales, estudios y herramientas publicados recientemente por la OIM y "
            "sus socios.",
        ),
        (
            "Próximos seminarios web",
            "Sesiones en línea y en directo con profesionales: inscríbase para reservar su plaza.",
        ),
        (
            "Iniciativas destacadas",
            "Proyectos de reintegración del mapa: dónde se desarrollan y quién los lleva a cabo.",
        ),
        (
            "Destacados",
            "Personas retornadas cuentan su experiencia, y cifras recogidas sobre el terreno.",
        ),
    ],
    "ar": [
        (
            "أحدث الموارد",
            "تقارير وأدلة ودراسات وأدوات عملية نشرتها مؤخرًا المنظمة الدولية للهجرة وشركاؤها.",
        ),
        (
            "الندوات الإلكترونية القادمة",
            "جلسات مباشرة عبر الإنترنت مع ممارسين من الميدان: سجّل لتحجز مقعدك.",
        ),
        ("مبادرات مختارة", "مشاريع لإعادة الإدماج من الخريطة: أين تُنفَّذ ومن يقوم بها."),
        ("في دائرة الضوء", "عائدون يروون تجاربهم بأنفسهم، وأرقام من الميدان."),
    ],
}

HOME = {
    "fr": {
        "title": "Plateforme Retour et Réintégration",
        "hero_title": "Connaissances et communauté pour les professionnels du retour et de la "
        "réintégration",
        "hero_text": (
            "<p>Trouvez des orientations, des études et des outils, formez-vous avec le cours "
            "tiré du Manuel sur la réintégration, repérez qui agit où sur la carte des "
            "initiatives et échangez avec vos pairs des pays d'accueil et d'origine.</p>"
        ),
        "key_figures_heading": "2019 en un coup d'œil",
        "search_description": (
            "Publications, communauté, formation et carte mondiale des initiatives de "
            "réintégration."
        ),
    },
    "es": {
        "title": "Plataforma de Retorno y Reintegración",
        "hero_title": "Conocimiento y comunidad para profesionales del retorno y la reintegración",
        "hero_text": (
            "<p>Encuentre orientaciones, investigaciones y herramientas, aprenda con el curso "
            "basado en el Manual de Reintegración, descubra en el mapa de iniciativas quién "
            "trabaja dónde e intercambie experiencias con colegas de los países de acogida y de "
            "origen.</p>"
        ),
        "key_figures_heading": "2019 de un vistazo",
        "search_description": (
            "Publicaciones, comunidad, aprendizaje y un mapa mundial de iniciativas de "
            "reintegración."
        ),
    },
    "ar": {
        "title": "منصة العودة وإعادة الإدماج",
        "hero_title": "المعرفة والتواصل المهني للعاملين في مجال العودة وإعادة الإدماج",
        "hero_text": (
            "<p>اعثر على الإرشادات والبحوث والأدوات، وتعلّم من خلال الدورة المستندة إلى دليل "
            "إعادة الإدماج، واكتشف على خريطة المبادرات من يعمل وأين، وتبادل الخبرات مع زملائك "
            "في بلدان الاستضافة وبلدان المنشأ.</p>"
        ),
        "key_figures_heading": "لمحة عن عام 2019",
        "search_description": "منشورات ومجتمع مهني وتعلّم وخريطة عالمية لمبادرات إعادة الإدماج.",
    },
}


# The hero's buttons: (label, page path below the home page) in each language.
HERO_LINKS = {
    "fr": [("Parcourir les ressources", "resources"), ("Rejoindre la communauté", "community")],
    "es": [("Explorar los recursos", "resources"), ("Unirse a la comunidad", "community")],
    "ar": [("تصفّح الموارد", "resources"), ("انضم إلى المجتمع", "community")],
}


def home_fields(language):
    """Every field of the home page in ``language``: the figures keep their numbers."""
    from portal.demo.site import HOME_SECTIONS

    fields = dict(HOME[language])
    fields["key_figures"] = [
        ("figure", {"number": number, "label": label, "source": SOURCE_2019[language]})
        for (number, _english), label in zip(KEY_FIGURES, FIGURE_LABELS[language], strict=True)
    ]
    fields["sections"] = [
        (kind, {**value, "heading": heading, "intro": intro})
        for (kind, value), (heading, intro) in zip(HOME_SECTIONS, SECTIONS[language], strict=True)
    ]
    return fields


# Theme slug -> (name, description) in each language.
THEMES = {
    "economic-reintegration": {
        "fr": (
            "Réintégration économique",
            "Moyens de subsistance, emploi, compétences et petites entreprises qui permettent "
            "aux personnes de retour de subvenir à leurs besoins.",
        ),
        "es": (
            "Reintegración económica",
            "Medios de vida, empleo, formación y pequeños negocios que permiten a las personas "
            "retornadas mantenerse por sí mismas.",
        ),
        "ar": (
            "إعادة الإدماج الاقتصادي",
            "سبل العيش والعمل والمهارات والمشاريع الصغيرة التي تمكّن العائدين من إعالة أنفسهم.",
        ),
    },
    "social-reintegration": {
        "fr": (
            "Réintégration sociale",
            "Accès au logement, à l'éducation, aux soins de santé, aux papiers d'identité et aux "
            "autres services publics.",
        ),
        "es": (
            "Reintegración social",
            "Acceso a la vivienda, la educación, la atención de salud, la documentación y otros "
            "servicios públicos.",
        ),
        "ar": (
            "إعادة الإدماج الاجتماعي",
            "الحصول على السكن والتعليم والرعاية الصحية والوثائق الثبوتية وسائر الخدمات العامة.",
        ),
    },
    "psychosocial-reintegration": {
        "fr": (
            "Réintégration psychosociale",
            "Santé mentale, bien-être, liens avec la famille et la communauté après le retour.",
        ),
        "es": (
            "Reintegración psicosocial",
            "Salud mental, bienestar y vínculos con la familia y la comunidad tras el retorno.",
        ),
        "ar": (
            "إعادة الإدماج النفسي والاجتماعي",
            "الصحة النفسية والرفاه والروابط مع الأسرة والمجتمع بعد العودة.",
        ),
    },
    "community-based-reintegration": {
        "fr": (
            "Réintégration communautaire",
            "Projets qui associent les personnes de retour et les communautés qui les accueillent.",
        ),
        "es": (
            "Reintegración comunitaria",
            "Proyectos en los que participan las personas retornadas y las comunidades que las "
            "reciben.",
        ),
        "ar": (
            "إعادة الإدماج المجتمعي",
            "مشاريع تُشرك العائدين والمجتمعات المحلية التي تستقبلهم.",
        ),
    },
    "vulnerable-migrants": {
        "fr": (
            "Migrants en situation de vulnérabilité",
            "Victimes de la traite, migrants ayant des besoins de santé et toute personne qui a "
            "besoin d'un soutien adapté.",
        ),
        "es": (
            "Migrantes en situación de vulnerabilidad",
            "Víctimas de trata, migrantes con necesidades de salud y otras personas que requieren "
            "un apoyo adaptado.",
        ),
        "ar": (
            "المهاجرون في أوضاع هشة",
            "ضحايا الاتجار بالبشر والمهاجرون ذوو الاحتياجات الصحية وغيرهم ممن يحتاجون إلى دعم "
            "مُكيَّف مع أوضاعهم.",
        ),
    },
    "children-and-families": {
        "fr": (
            "Enfants et familles",
            "Enfants non accompagnés ou séparés, familles et intérêt supérieur de l'enfant.",
        ),
        "es": (
            "Niñez y familias",
            "Niñas y niños no acompañados o separados, familias y el interés superior del niño.",
        ),
        "ar": (
            "الأطفال والأسر",
            "الأطفال غير المصحوبين والمنفصلون عن ذويهم، والأسر، ومصالح الطفل الفضلى.",
        ),
    },
    "monitoring-and-evaluation": {
        "fr": (
            "Suivi et évaluation",
            "Mesurer la durabilité de la réintégration et tirer les leçons des programmes.",
        ),
        "es": (
            "Seguimiento y evaluación",
            "Medir la sostenibilidad de la reintegración y aprender de los programas.",
        ),
        "ar": (
            "الرصد والتقييم",
            "قياس مدى استدامة إعادة الإدماج واستخلاص الدروس من البرامج.",
        ),
    },
    "policy-and-governance": {
        "fr": (
            "Politiques et gouvernance",
            "Lois, mécanismes d'orientation, coordination et dimension structurelle de la "
            "réintégration.",
        ),
        "es": (
            "Políticas y gobernanza",
            "Leyes, mecanismos de derivación, coordinación y el nivel estructural de la "
            "reintegración.",
        ),
        "ar": (
            "السياسات والحوكمة",
            "القوانين وآليات الإحالة والتنسيق والمستوى الهيكلي لإعادة الإدماج.",
        ),
    },
    "voluntary-humanitarian-return": {
        "fr": (
            "Retour humanitaire volontaire",
            "Retours organisés depuis des contextes humanitaires et de crise, comme la Libye et "
            "le Yémen.",
        ),
        "es": (
            "Retorno humanitario voluntario",
            "Retornos desde contextos humanitarios y de crisis, como Libia y el Yemen.",
        ),
        "ar": (
            "العودة الإنسانية الطوعية",
            "العودة من سياقات الأزمات والأوضاع الإنسانية، مثل ليبيا واليمن.",
        ),
    },
    "assisted-voluntary-return": {
        "fr": (
            "Aide au retour volontaire",
            "Conseil, voyage et accueil à l'arrivée pour les migrants qui choisissent de rentrer "
            "dans leur pays.",
        ),
        "es": (
            "Retorno voluntario asistido",
            "Orientación, viaje y apoyo a la llegada para migrantes que deciden volver a su país.",
        ),
        "ar": (
            "العودة الطوعية المدعومة",
            "الإرشاد وترتيبات السفر والدعم عند الوصول للمهاجرين الذين يختارون العودة إلى بلدانهم.",
        ),
    },
}

MENU_NAME = {"fr": "Menu principal", "es": "Menú principal", "ar": "القائمة الرئيسية"}

# (label, page path below the home page or an address starting with /) in menu order.
MENU = {
    "en": [
        ("Resources", "resources"),
        ("Community", "community"),
        ("Learning", "learning"),
        ("Knowledge", "knowledge"),
        ("Initiatives map", "initiatives"),
        ("Spotlight", "spotlight"),
    ],
    "fr": [
        ("Ressources", "resources"),
        ("Communauté", "community"),
        ("Formation", "learning"),
        ("Connaissances", "knowledge"),
        ("Carte des initiatives", "initiatives"),
        ("À la une", "spotlight"),
    ],
    "es": [
        ("Recursos", "resources"),
        ("Comunidad", "community"),
        ("Aprendizaje", "learning"),
        ("Conocimientos", "knowledge"),
        ("Mapa de iniciativas", "initiatives"),
        ("Destacados", "spotlight"),
    ],
    "ar": [
        ("الموارد", "resources"),
        ("المجتمع", "community"),
        ("التعلّم", "learning"),
        ("المعرفة", "knowledge"),
        ("خريطة المبادرات", "initiatives"),
        ("في دائرة الضوء", "spotlight"),
    ],
}

FOOTER = {
    "en": {
        "about": (
            "A meeting place for caseworkers, programme managers, policy makers and researchers "
            "who work on return and reintegration, in host countries and countries of origin."
        ),
        "links_heading": "About this site",
        "links": [
            ("About the platform", "about"),
            ("Glossary", "knowledge/glossary"),
            ("Site map", "/sitemap.xml"),
        ],
        "legal": (
            "Resources are shared for practitioners' work: check each one's licence before "
            "reusing it."
        ),
    },
    "fr": {
        "about": (
            "Un lieu de rencontre pour les gestionnaires de cas, responsables de programmes, "
            "décideurs et chercheurs qui travaillent sur le retour et la réintégration, dans les "
            "pays d'accueil comme dans les pays d'origine."
        ),
        "links_heading": "À propos du site",
        "links": [
            ("À propos de la plateforme", "about"),
            ("Glossaire", "knowledge/glossary"),
            ("Plan du site", "/sitemap.xml"),
        ],
        "legal": (
            "Les ressources sont partagées pour le travail des praticiens : vérifiez la licence "
            "de chacune avant de la réutiliser."
        ),
    },
    "es": {
        "about": (
            "Un punto de encuentro para gestores de casos, responsables de programas, "
            "formuladores de políticas e investigadores que trabajan en el retorno y la "
            "reintegración, tanto en los países de acogida como en los de origen."
        ),
        "links_heading": "Sobre este sitio",
        "links": [
            ("Acerca de la plataforma", "about"),
            ("Glosario", "knowledge/glossary"),
            ("Mapa del sitio", "/sitemap.xml"),
        ],
        "legal": (
            "Los recursos se comparten para el trabajo de los profesionales: consulte la "
            "licencia de cada uno antes de reutilizarlo."
        ),
    },
    "ar": {
        "about": (
            "ملتقى لمديري الحالات ومديري البرامج وصانعي السياسات والباحثين العاملين في مجال "
            "العودة وإعادة الإدماج، في بلدان الاستضافة وبلدان المنشأ على حد سواء."
        ),
        "links_heading": "عن هذا الموقع",
        "links": [
            ("عن المنصة", "about"),
            ("مسرد المصطلحات", "knowledge/glossary"),
            ("خريطة الموقع", "/sitemap.xml"),
        ],
        "legal": "تُتاح الموارد لدعم عمل الممارسين: تحقّق من ترخيص كل مورد قبل إعادة استخدامه.",
    },
}


def footer_fields(language):
    """The footer's fields in ``language``; ``links`` as (label, page path or address)."""
    return {**FOOTER[language], "links": list(FOOTER[language]["links"])}
