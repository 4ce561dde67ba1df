"""French, Spanish and Arabic versions of three demo initiatives: the reception centre at
La Aurora airport (Guatemala), the EU–IOM Joint Initiative in North Africa and
community-based reintegration in Bamako.

Facts (places, dates, figures, partners) come from IOM's 2019 Return and Reintegration Key
Highlights; the wording is the project's own. Every text the list, the map's popup and the
initiative page show is translated: title, summary, description, organisations, partners,
donors and place names (coordinates are the English page's). Idempotent.
"""

from initiatives_map.models import InitiativeLocation, InitiativePage
from portal.demo.utils import translate_page

EU_TRUST_FUND = {
    "fr": "Fonds fiduciaire d’urgence de l’Union européenne pour l’Afrique",
    "es": "Fondo Fiduciario de Emergencia de la Unión Europea para África",
    "ar": "الصندوق الاستئماني للطوارئ من أجل أفريقيا التابع للاتحاد الأوروبي",
}

TRANSLATIONS = {
    "la-aurora-migrant-reception-centre": {
        "fr": {
            "title": "Centre d’accueil des migrants à l’aéroport international La Aurora",
            "summary": "Un nouveau centre à l’aéroport de la ville de Guatemala triple la capacité du "
            "gouvernement à accueillir les citoyens renvoyés par avion du Mexique et des "
            "États-Unis.",
            "description": "<p>Le Centre d’accueil des populations rapatriées par voie aérienne "
            "est construit sur un terrain de l’armée de l’air guatémaltèque, à l’aéroport "
            "international La Aurora. L’USAID a apporté 1,2 million de dollars pour le "
            "bâtiment, son mobilier et son équipement ; l’OIM a suivi les travaux et l’Institut "
            "guatémaltèque des migrations (IGM) gère le centre depuis juin 2019.</p>"
            "<p>On y trouve des espaces de jeu pour les enfants et adolescents non accompagnés "
            "et pour les familles, une salle d’allaitement, des cabinets médicaux, un coin pour "
            "téléphoner, une salle d’entretien psychosocial et une zone d’attente pour les "
            "proches. De janvier à novembre 2018, 87\u202f560 personnes ont été renvoyées au "
            "Guatemala, soit 45,8\u00a0% de plus que sur la même période de 2017.</p>",
            "organisations": "Gouvernement du Guatemala\nOIM Guatemala",
            "places": ["Aéroport international La Aurora, ville de Guatemala"],
        },
        "es": {
            "title": "Centro de recepción de migrantes en el Aeropuerto Internacional La Aurora",
            "summary": "Un nuevo centro en el aeropuerto de Ciudad de Guatemala triplica la "
            "capacidad del Gobierno para recibir a la población retornada por vía aérea desde "
            "México y los Estados Unidos.",
            "description": "<p>El Centro de Recepción de Población Retornada por Vía Aérea se "
            "levanta en terrenos de la Fuerza Aérea Guatemalteca, en el Aeropuerto "
            "Internacional La Aurora. USAID aportó 1,2 millones de dólares para el edificio, el "
            "mobiliario y el equipamiento; la OIM supervisó la obra y el Instituto "
            "Guatemalteco de Migración (IGM) gestiona el centro desde junio de 2019.</p>"
            "<p>Cuenta con áreas de juego para niñas, niños y adolescentes no acompañados y "
            "para familias, una sala de lactancia, clínicas médicas, un espacio para hacer "
            "llamadas, una sala de entrevistas psicosociales y una zona de espera para los "
            "familiares. Entre enero y noviembre de 2018 fueron retornadas a Guatemala 87.560 "
            "personas, un 45,8\u00a0% más que en los mismos meses de 2017.</p>",
            "organisations": "Gobierno de Guatemala\nOIM Guatemala",
            "places": ["Aeropuerto Internacional La Aurora, Ciudad de Guatemala"],
        },
        "ar": {
            "title": "مركز استقبال المهاجرين في مطار لا أورورا الدولي",
            "summary": "مركز جديد في مطار مدينة غواتيمالا يرفع قدرة الحكومة على استقبال "
            "المواطنين الذين يُعادون جوًّا من المكسيك والولايات المتحدة إلى ثلاثة أضعاف.",
            "description": "<p>أُقيم مركز استقبال العائدين جوًّا على أرض تابعة لسلاح الجو "
            "الغواتيمالي في مطار لا أورورا الدولي. وقدّمت الوكالة الأمريكية للتنمية الدولية "
            "1.2 مليون دولار للمبنى وأثاثه وتجهيزاته، وأشرفت المنظمة الدولية للهجرة على "
            "الأشغال، ويتولّى المعهد الغواتيمالي للهجرة إدارة المركز منذ يونيو 2019.</p>"
            "<p>يضمّ المركز مساحات لعب للأطفال والمراهقين غير المصحوبين وللأسر، وغرفة "
            "للرضاعة، وعيادات طبية، وركنًا لإجراء المكالمات الهاتفية، وغرفة للمقابلات "
            "النفسية الاجتماعية، ومنطقة انتظار للأقارب. وبين يناير ونوفمبر 2018 أُعيد 87,560 "
            "شخصًا إلى غواتيمالا، أي بزيادة قدرها 45.8 في المائة عن الأشهر نفسها من عام "
            "2017.</p>",
            "organisations": "حكومة غواتيمالا\nالمنظمة الدولية للهجرة في غواتيمالا",
            "places": ["مطار لا أورورا الدولي، مدينة غواتيمالا"],
        },
    },
    "eu-iom-joint-initiative-north-africa": {
        "fr": {
            "title": "Initiative conjointe UE-OIM en Afrique du Nord",
            "summary": "Lancée au Caire le 9 septembre 2019 lors d’une rencontre régionale, elle "
            "protège les migrants bloqués ou vulnérables dans cinq pays d’Afrique du Nord et "
            "les aide à rentrer chez eux.",
            "description": "<p>Le Bureau régional de l’OIM pour le Moyen-Orient et l’Afrique du "
            "Nord a lancé le programme avec le gouvernement égyptien et la délégation de "
            "l’Union européenne au Caire. Il offre aux migrants bloqués ou vulnérables en "
            "Algérie, en Égypte, en Libye, au Maroc et en Tunisie une protection et la "
            "possibilité de rentrer volontairement dans leur pays.</p>"
            "<p>Les personnes qui rentrent en Algérie, en Égypte, au Maroc et en Tunisie "
            "peuvent recevoir une aide à la réintégration individuelle, collective ou "
            "communautaire, à la fois économique, sociale et psychosociale, adaptée à leurs "
            "besoins et aux possibilités locales. C’est le troisième volet régional de "
            "l’Initiative conjointe UE-OIM, aux côtés du Sahel et du lac Tchad et de la Corne "
            "de l’Afrique.</p>",
            "organisations": "Bureau régional de l’OIM pour le Moyen-Orient et l’Afrique du Nord",
            "donors": EU_TRUST_FUND["fr"],
            "places": ["Le Caire (lancement régional)"],
        },
        "es": {
            "title": "Iniciativa Conjunta UE-OIM en el Norte de África",
            "summary": "Puesta en marcha en El Cairo el 9 de septiembre de 2019 durante un "
            "encuentro regional, protege a migrantes varados o vulnerables en cinco países del "
            "norte de África y los ayuda a volver a casa.",
            "description": "<p>La Oficina Regional de la OIM para Oriente Medio y el Norte de "
            "África puso en marcha el programa junto con el Gobierno de Egipto y la Delegación "
            "de la Unión Europea en El Cairo. Ofrece a migrantes varados o vulnerables en "
            "Argelia, Egipto, Libia, Marruecos y Túnez protección y la posibilidad de regresar "
            "voluntariamente a su país.</p>"
            "<p>Quienes regresan a Argelia, Egipto, Marruecos y Túnez pueden recibir apoyo a la "
            "reintegración individual, colectivo o comunitario, económico, social y "
            "psicosocial, adaptado a sus necesidades y a las oportunidades locales. Es el "
            "tercer componente regional de la Iniciativa Conjunta UE-OIM, junto al Sahel y el "
            "lago Chad y al Cuerno de África.</p>",
            "organisations": "Oficina Regional de la OIM para Oriente Medio y el Norte de África",
            "donors": EU_TRUST_FUND["es"],
            "places": ["El Cairo (lanzamiento regional)"],
        },
        "ar": {
            "title": "المبادرة المشتركة بين الاتحاد الأوروبي والمنظمة الدولية للهجرة في شمال أفريقيا",
            "summary": "أُطلقت في القاهرة في 9 سبتمبر 2019 خلال لقاء إقليمي، وهي تحمي المهاجرين "
            "العالقين والمستضعفين في خمسة بلدان من شمال أفريقيا وتساعدهم على العودة إلى "
            "ديارهم.",
            "description": "<p>أطلق المكتب الإقليمي للمنظمة الدولية للهجرة للشرق الأوسط وشمال "
            "أفريقيا هذا البرنامج بالتعاون مع الحكومة المصرية وبعثة الاتحاد الأوروبي في "
            "القاهرة. ويوفّر للمهاجرين العالقين والمستضعفين في الجزائر ومصر وليبيا والمغرب "
            "وتونس الحماية وإمكانية العودة الطوعية إلى بلدانهم.</p>"
            "<p>ويمكن للعائدين إلى الجزائر ومصر والمغرب وتونس الحصول على دعم لإعادة الإدماج "
            "على المستوى الفردي أو الجماعي أو المجتمعي، يشمل الجوانب الاقتصادية والاجتماعية "
            "والنفسية الاجتماعية، ويُكيَّف مع احتياجاتهم والفرص المتاحة محليًا. وهو المكوّن "
            "الإقليمي الثالث للمبادرة المشتركة، إلى جانب منطقة الساحل وبحيرة تشاد ومنطقة القرن "
            "الأفريقي.</p>",
            "organisations": "المكتب الإقليمي للمنظمة الدولية للهجرة للشرق الأوسط وشمال أفريقيا",
            "donors": EU_TRUST_FUND["ar"],
            "places": ["القاهرة (الإطلاق الإقليمي)"],
        },
    },
    "bamako-community-based-reintegration": {
        "fr": {
            "title": "Réintégration communautaire à Bamako",
            "summary": "Des personnes de retour et des habitants de leurs quartiers, parmi "
            "lesquels des femmes touarègues, mènent ensemble des projets qui profitent à tout "
            "le voisinage.",
            "description": "<p>Personnes de retour et habitants conçoivent et conduisent les "
            "projets ensemble : tout le quartier en profite et les personnes de retour ne sont "
            "pas mises à part. Des femmes touarègues engagées dans l’un de ces projets figurent "
            "en couverture des faits marquants 2019 de l’OIM.</p>"
            "<p>Le Mali est l’un des principaux pays d’origine des retours assistés en Afrique "
            "de l’Ouest et du Centre : 5\u202f576 Maliens sont rentrés avec l’aide de l’OIM en 2019, "
            "et l’OIM Mali a fourni cette année-là 18\u202f593 services de réintégration après "
            "l’arrivée, juste derrière le Honduras.</p>",
            "organisations": "OIM Mali",
            "donors": EU_TRUST_FUND["fr"],
            "places": ["Bamako"],
        },
        "es": {
            "title": "Reintegración comunitaria en Bamako",
            "summary": "Personas retornadas y vecinos de sus comunidades, entre ellos mujeres "
            "tuareg, llevan adelante proyectos compartidos que benefician a todo el barrio.",
            "description": "<p>Las personas retornadas y los vecinos planifican y gestionan los "
            "proyectos juntos, de modo que todo el barrio sale ganando y nadie señala a quienes "
            "regresan. Mujeres tuareg que participan en uno de estos proyectos aparecen en la "
            "portada de los datos destacados de 2019 de la OIM.</p>"
            "<p>Malí es uno de los principales países de origen de los retornos asistidos en "
            "África Occidental y Central: 5.576 malienses regresaron con ayuda de la OIM en "
            "2019, y la OIM en Malí prestó ese año 18.593 servicios de reintegración tras la "
            "llegada, solo por detrás de Honduras.</p>",
            "organisations": "OIM Malí",
            "donors": EU_TRUST_FUND["es"],
            "places": ["Bamako"],
        },
        "ar": {
            "title": "إعادة الإدماج المجتمعي في باماكو",
            "summary": "يدير العائدون وأفراد من مجتمعاتهم، ومنهم نساء من الطوارق، مشاريع مشتركة "
            "تعود بالنفع على الحي بأكمله.",
            "description": "<p>يخطّط العائدون والسكان للمشاريع ويديرونها معًا، فيستفيد الحي كلّه "
            "ولا يُعزَل العائدون عن غيرهم. وتظهر نساء من الطوارق يشاركن في أحد هذه المشاريع "
            "على غلاف تقرير أبرز معطيات عام 2019 الصادر عن المنظمة الدولية للهجرة.</p>"
            "<p>مالي من أهم بلدان المنشأ للعودة المدعومة في غرب أفريقيا ووسطها: فقد عاد 5,576 "
            "مواطنًا ماليًا إلى بلدهم بمساعدة المنظمة في عام 2019، وقدّم مكتب المنظمة في مالي "
            "في ذلك العام 18,593 خدمة لإعادة الإدماج بعد الوصول، ليحلّ ثانيًا بعد "
            "هندوراس.</p>",
            "organisations": "المنظمة الدولية للهجرة في مالي",
            "donors": EU_TRUST_FUND["ar"],
            "places": ["باماكو"],
        },
    },
}


# The map page itself.
INDEX = {
    "fr": {
        "title": "Carte des initiatives",
        "intro": (
            "Qui fait quoi, et où : les initiatives de réintégration dans le monde. Filtrez-les, "
            "ouvrez-en une ou proposez la vôtre."
        ),
    },
    "es": {
        "title": "Mapa de iniciativas",
        "intro": (
            "Quién hace qué y dónde: iniciativas de reintegración en todo el mundo. Fíltrelas, "
            "abra una o proponga la suya."
        ),
    },
    "ar": {
        "title": "خريطة المبادرات",
        "intro": (
            "من يفعل ماذا وأين: مبادرات إعادة الإدماج حول العالم. صفِّها، أو افتح إحداها، "
            "أو اقترح مبادرتك."
        ),
    },
}


def load(index, stdout=None):
    """Translate the map page and the initiatives of TRANSLATIONS below ``index`` (the
    English map page)."""
    for code, fields in INDEX.items():
        translate_page(index, code, **fields)
    count = 0
    for slug, languages in TRANSLATIONS.items():
        source = InitiativePage.objects.child_of(index).get(slug=slug)
        places = list(source.locations.order_by("sort_order"))
        for code, texts in languages.items():
            fields = dict(texts)
            names = fields.pop("places")
            if len(names) != len(places):
                raise ValueError(f"{slug} [{code}]: {len(names)} names for {len(places)} places")
            fields["locations"] = [
                InitiativeLocation(
                    name=name, latitude=place.latitude, longitude=place.longitude, sort_order=i
                )
                for i, (name, place) in enumerate(zip(names, places, strict=True))
            ]
            translate_page(source, code, **fields)
            count += 1
    if stdout is not None:
        stdout.write(f"  {count} translated initiatives")
    return count
