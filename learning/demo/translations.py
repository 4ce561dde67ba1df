"""French, Spanish and Arabic versions of the Learning section's demo pages: the landing page,
the course and webinar indexes, the Reintegration Handbook course, its first module with its
key messages and knowledge check, the module's lesson, and one upcoming webinar.

Facts come from IOM's Reintegration Handbook (overview and Module 1); the wording is the
project's own. StreamFields (key messages, knowledge check, lesson body) are translated from
the English page's raw data, block by block and answer by answer: block ids, block types and
each answer's "correct" flag are kept, so a check answered in any language grades the same.
Idempotent (``portal.demo.utils.translate_page``).
"""

import copy

from portal.demo.utils import translate_page

LANGUAGES = ("fr", "es", "ar")

PAGES = {
    "learning": {
        "fr": {
            "title": "Formation",
            "summary": "Des webinaires et des cours à suivre à son rythme, dont le cours sur le "
            "Manuel sur la réintégration.",
        },
        "es": {
            "title": "Aprendizaje",
            "summary": "Seminarios web y cursos para avanzar a su propio ritmo, entre ellos el "
            "curso sobre el Manual de reintegración.",
        },
        "ar": {
            "title": "التعلّم",
            "summary": "ندوات عبر الإنترنت ودورات يتابعها المتعلّم وفق وتيرته الخاصة، ومنها "
            "دورة دليل إعادة الإدماج.",
        },
    },
    "webinars": {
        "fr": {
            "title": "Webinaires",
            "summary": "Des séances en ligne et en direct avec des praticiens, et les "
            "enregistrements des séances passées.",
        },
        "es": {
            "title": "Seminarios web",
            "summary": "Sesiones en línea y en directo con profesionales, y las grabaciones de "
            "las sesiones anteriores.",
        },
        "ar": {
            "title": "الندوات عبر الإنترنت",
            "summary": "جلسات مباشرة عبر الإنترنت مع ممارسين، وتسجيلات الجلسات السابقة.",
        },
    },
    "courses": {
        "fr": {
            "title": "Cours",
            "summary": "Des cours à suivre à son rythme, avec des tests de connaissances et un "
            "certificat.",
        },
        "es": {
            "title": "Cursos",
            "summary": "Cursos para avanzar a su propio ritmo, con pruebas de conocimientos y "
            "certificado.",
        },
        "ar": {
            "title": "الدورات",
            "summary": "دورات يتابعها المتعلّم وفق وتيرته الخاصة، مع اختبارات للمعارف وشهادة.",
        },
    },
    "course": {
        "fr": {
            "title": "Le cours du Manuel sur la réintégration",
            "summary": "Six modules sur l’approche intégrée de la réintégration de l’OIM, de "
            "l’aide individuelle à l’accompagnement des enfants et des familles.",
        },
        "es": {
            "title": "Curso del Manual de reintegración",
            "summary": "Seis módulos sobre el enfoque integrado de la OIM para la "
            "reintegración, desde el apoyo individual hasta los niños, niñas y familias.",
        },
        "ar": {
            "title": "دورة دليل إعادة الإدماج",
            "summary": "ستّ وحدات عن النهج المتكامل لإعادة الإدماج الذي تعتمده المنظمة الدولية "
            "للهجرة، من الدعم الفردي إلى الأطفال والأسر.",
        },
    },
    "webinar": {
        "fr": {
            "title": "Mesurer la durabilité de la réintégration",
            "summary": "Construire une théorie du changement et des indicateurs pour les "
            "programmes de réintégration, avec interprétation en français et en espagnol.",
        },
        "es": {
            "title": "Medir la sostenibilidad de la reintegración",
            "summary": "Cómo diseñar una teoría del cambio e indicadores para los programas de "
            "reintegración, con interpretación al francés y al español.",
        },
        "ar": {
            "title": "قياس استدامة إعادة الإدماج",
            "summary": "تصميم نظرية للتغيير ومؤشرات لبرامج إعادة الإدماج، مع ترجمة فورية إلى "
            "الفرنسية والإسبانية.",
        },
    },
}

MODULE_1 = {
    "fr": {
        "title": "Module 1 : Une approche intégrée de la réintégration",
        "summary": "Pourquoi les retours diffèrent, ce qu’est une réintégration durable et "
        "comment l’aide relie les niveaux individuel, communautaire et structurel.",
        "key_messages": [
            "On rentre chez soi de bien des manières et dans des situations très diverses, et "
            "chacune apporte ses propres obstacles et ses propres chances pour la "
            "réintégration.",
            "La réintégration est durable lorsque les personnes de retour sont autonomes sur "
            "le plan économique, stables socialement et en bonne santé psychologique, si bien "
            "que repartir devient un choix et non une nécessité.",
            "Parce que la réintégration est complexe, l’OIM y répond de façon globale et selon "
            "les besoins, en travaillant à la fois avec les personnes, les communautés et les "
            "structures.",
            "Les personnes de retour, leurs familles et leurs communautés devraient conduire "
            "elles-mêmes leur réintégration et avoir les moyens d’y prendre part.",
            "Les programmes s’améliorent lorsqu’ils sont conçus et ajustés grâce à une "
            "évaluation et à un apprentissage continus, en s’appuyant sur ce qui existe déjà "
            "sur place.",
            "Des partenariats solides avec les principaux acteurs rendent la réintégration "
            "plus efficace et plus durable.",
        ],
    },
    "es": {
        "title": "Módulo 1: Un enfoque integrado de la reintegración",
        "summary": "Por qué los retornos son distintos, qué significa una reintegración "
        "sostenible y cómo el apoyo conecta los niveles individual, comunitario y estructural.",
        "key_messages": [
            "Las personas regresan de muchas maneras y en circunstancias muy distintas, y cada "
            "una trae sus propios obstáculos y oportunidades para la reintegración.",
            "La reintegración es sostenible cuando las personas retornadas son autosuficientes "
            "en lo económico, estables en lo social y gozan de bienestar psicosocial, de modo "
            "que volver a migrar sea una elección y no una necesidad.",
            "Como la reintegración es compleja, la OIM la aborda de forma integral y según las "
            "necesidades, trabajando a la vez con las personas, las comunidades y las "
            "estructuras.",
            "Las personas retornadas, sus familias y sus comunidades deberían dirigir su propia "
            "reintegración y contar con los medios para participar en ella.",
            "Los programas mejoran cuando se diseñan y ajustan a partir de una evaluación y un "
            "aprendizaje continuos, aprovechando lo que ya existe en el lugar.",
            "Las alianzas sólidas con los principales actores hacen que la reintegración sea "
            "más eficiente y duradera.",
        ],
    },
    "ar": {
        "title": "الوحدة 1: نهج متكامل لإعادة الإدماج",
        "summary": "لماذا تختلف حالات العودة، وما معنى إعادة الإدماج المستدامة، وكيف يربط "
        "الدعم بين المستويات الفردية والمجتمعية والهيكلية.",
        "key_messages": [
            "يعود الناس إلى ديارهم بطرق كثيرة وفي ظروف متباينة، ولكلّ منها عقباتها وفرصها "
            "الخاصة بإعادة الإدماج.",
            "تكون إعادة الإدماج مستدامة حين يبلغ العائدون الاكتفاء الذاتي الاقتصادي "
            "والاستقرار الاجتماعي والعافية النفسية، بحيث تصبح الهجرة من جديد خيارًا لا ضرورة.",
            "لأنّ إعادة الإدماج عملية معقّدة، تتعامل معها المنظمة الدولية للهجرة بصورة شاملة "
            "وحسب الاحتياجات، فتعمل مع الأفراد والمجتمعات المحلية والهياكل في آن واحد.",
            "ينبغي أن يقود العائدون وأسرهم ومجتمعاتهم عملية إعادة إدماجهم بأنفسهم، وأن "
            "يُمكَّنوا من المشاركة فيها.",
            "تتحسّن البرامج حين تُصمَّم وتُعدَّل من خلال التقييم والتعلّم المستمرّين، انطلاقًا "
            "مما هو قائم محليًا.",
            "الشراكات المتينة مع الجهات المعنية الرئيسية تجعل إعادة الإدماج أكثر كفاءة وأطول أثرًا.",
        ],
    },
}

# The knowledge check, question by question and answer by answer in the English order (the
# "correct" flags stay those of the English blocks).
CHECK = {
    "fr": [
        {
            "question": "Quand la réintégration est-elle durable\u00a0?",
            "answers": [
                {
                    "text": "Lorsque les personnes de retour sont autonomes, stables "
                    "socialement et en bonne santé psychologique, et qu’une nouvelle "
                    "migration est un choix",
                    "feedback": "Exact : les dimensions économique, sociale et psychosociale "
                    "comptent toutes.",
                },
                {
                    "text": "Dès que la personne est arrivée chez elle",
                    "feedback": "L’arrivée n’est qu’un début : la réintégration est un processus.",
                },
                {
                    "text": "Lorsque la personne a reçu une aide en espèces",
                    "feedback": "L’argent seul rend rarement la réintégration durable.",
                },
            ],
        },
        {
            "question": "Qui devrait conduire le processus de réintégration\u00a0?",
            "answers": [
                {
                    "text": "Les personnes de retour, leurs familles et leurs communautés",
                    "feedback": "Oui : l’appropriation et la participation la rendent durable.",
                },
                {
                    "text": "Uniquement l’organisation qui fournit l’aide",
                    "feedback": "L’aide accompagne ; ce sont les personnes de retour et les "
                    "communautés qui mènent.",
                },
            ],
        },
    ],
    "es": [
        {
            "question": "¿Cuándo es sostenible la reintegración?",
            "answers": [
                {
                    "text": "Cuando las personas retornadas son autosuficientes, socialmente "
                    "estables y gozan de bienestar psicosocial, de modo que volver a migrar "
                    "es una elección",
                    "feedback": "Correcto: cuentan las dimensiones económica, social y "
                    "psicosocial.",
                },
                {
                    "text": "En cuanto la persona retornada llega a su casa",
                    "feedback": "Llegar es solo el comienzo; la reintegración es un proceso.",
                },
                {
                    "text": "Cuando la persona retornada ha recibido una ayuda en efectivo",
                    "feedback": "El dinero por sí solo rara vez hace sostenible la reintegración.",
                },
            ],
        },
        {
            "question": "¿Quién debería dirigir el proceso de reintegración?",
            "answers": [
                {
                    "text": "Las personas retornadas, sus familias y sus comunidades",
                    "feedback": "Sí: la apropiación y la participación hacen que perdure.",
                },
                {
                    "text": "Solo la organización que presta la asistencia",
                    "feedback": "La asistencia acompaña; quienes dirigen son las personas "
                    "retornadas y las comunidades.",
                },
            ],
        },
    ],
    "ar": [
        {
            "question": "متى تكون إعادة الإدماج مستدامة؟",
            "answers": [
                {
                    "text": "حين يكون العائدون مكتفين ذاتيًا ومستقرين اجتماعيًا وبخير نفسيًا، "
                    "بحيث تصبح الهجرة من جديد خيارًا",
                    "feedback": "صحيح: الأبعاد الاقتصادية والاجتماعية والنفسية الاجتماعية "
                    "كلّها مهمة.",
                },
                {
                    "text": "بمجرد وصول العائد إلى بيته",
                    "feedback": "الوصول ليس إلا البداية؛ فإعادة الإدماج عملية تستغرق وقتًا.",
                },
                {
                    "text": "حين يحصل العائد على منحة نقدية",
                    "feedback": "نادرًا ما يكفي المال وحده لجعل إعادة الإدماج مستدامة.",
                },
            ],
        },
        {
            "question": "من ينبغي أن يقود عملية إعادة الإدماج؟",
            "answers": [
                {
                    "text": "العائدون وأسرهم ومجتمعاتهم",
                    "feedback": "نعم: الملكية والمشاركة هما ما يجعلها تدوم.",
                },
                {
                    "text": "الجهة التي تقدّم المساعدة وحدها",
                    "feedback": "المساعدة تسند العملية، أما القيادة فللعائدين ومجتمعاتهم.",
                },
            ],
        },
    ],
}

LESSON = {
    "fr": {
        "title": "Comprendre la migration de retour",
        "summary": "Ce qu’est le retour, ses différentes formes et une étude de cas au Salvador.",
        "body": [
            "<h2>Ce que signifie le retour</h2><p>Le retour, c’est le fait de revenir, ou "
            "d’être ramené, au point de départ d’un parcours, et souvent aussi à sa culture, à "
            "sa famille et à son foyer. Il peut avoir lieu à l’intérieur d’un pays, comme "
            "lorsque des personnes déplacées rentrent chez elles, ou d’un pays à l’autre, pour "
            "des travailleurs migrants, des réfugiés, des demandeurs d’asile ou des migrants "
            "en situation irrégulière.</p><p>Beaucoup de migrants pensent rentrer un jour ; "
            "revenir dans un lieu familier ne rend pas pour autant la réintégration facile.</p>",
            "<h2>Les formes du retour</h2><ul><li><b>Spontané ou assisté :</b> une personne "
            "peut organiser son retour seule, ou un État ou un tiers peut le financer et "
            "l’organiser, parfois avec une aide à la réintégration.</li><li><b>Volontaire ou "
            "forcé :</b> le retour forcé a lieu contre la volonté de la personne, en général à "
            "la suite d’une décision administrative ou judiciaire. Pour l’aide au retour "
            "volontaire, l’OIM considère un retour comme volontaire lorsque la personne "
            "choisit librement, sans pression, et sur la foi d’informations fiables, "
            "impartiales et reçues à temps.</li></ul><p>Pour l’OIM, le retour volontaire doit "
            "toujours être privilégié : il laisse le choix et le temps de se préparer. L’OIM "
            "mène des programmes d’aide au retour volontaire et à la réintégration depuis 1979 "
            "et a aidé plus de 1,6 million de personnes.</p>",
            {
                "title": "Orientation culturelle pour les personnes de retour au Salvador",
                "place": "Salvador",
                "text": "<p>Certaines personnes qui rentrent au Salvador ont vécu de longues "
                "années à l’étranger, n’ont plus de réseau au pays, ne parlent parfois que "
                "l’anglais, n’ont pas toujours de papiers d’identité salvadoriens et reviennent "
                "parfois après une expulsion des États-Unis. Tout cela fragilise leurs revenus, "
                "leur bien-être et leur place dans la société.</p><p>L’OIM au Salvador a testé "
                "un soutien pour ce petit groupe, facile à oublier : un kit d’urgence avec "
                "nourriture, vêtements, bons de transport et trois mois d’hébergement, une aide "
                "pour obtenir des papiers, des cours de langue et des ateliers d’orientation "
                "culturelle en anglais et en espagnol sur la vie au Salvador, le budget, le "
                "logement et la recherche d’emploi, ainsi qu’un accompagnement individuel et des "
                "groupes de soutien qui les remettent en lien avec les services locaux.</p>",
                "source": "OIM, Manuel sur la réintégration, module 1, étude de cas 1",
            },
            {
                "heading": "Messages clés",
                "messages": [
                    "Les retours sont très divers, et les besoins qu’ils font naître aussi.",
                    "Le retour volontaire, fondé sur un choix libre et éclairé, est l’option à "
                    "privilégier.",
                ],
            },
        ],
    },
    "es": {
        "title": "Comprender la migración de retorno",
        "summary": "Qué es el retorno, qué tipos de retorno existen y un estudio de caso de "
        "El Salvador.",
        "body": [
            "<h2>Qué significa retornar</h2><p>El retorno es el hecho de volver, o de ser "
            "devuelto, al punto de partida de un trayecto, y a menudo también a la propia "
            "cultura, la familia y el hogar. Puede darse dentro de un país, como cuando las "
            "personas desplazadas internas regresan a sus hogares, o entre países, en el caso "
            "de trabajadores migrantes, refugiados, solicitantes de asilo o migrantes en "
            "situación irregular.</p><p>Muchas personas migrantes esperan volver algún día; "
            "pero regresar a un lugar conocido no hace que la reintegración sea fácil.</p>",
            "<h2>Tipos de retorno</h2><ul><li><b>Espontáneo o asistido:</b> una persona puede "
            "organizar su retorno por su cuenta, o un Estado o un tercero puede costearlo y "
            "organizarlo, a veces con apoyo a la reintegración.</li><li><b>Voluntario o "
            "forzoso:</b> el retorno forzoso se produce contra la voluntad de la persona, por "
            "lo general tras una decisión administrativa o judicial. En el retorno voluntario "
            "asistido, la OIM considera que un retorno es voluntario cuando la persona migrante "
            "elige libremente, sin presiones y a partir de información oportuna, imparcial y "
            "fiable.</li></ul><p>Para la OIM, el retorno voluntario debe preferirse siempre: "
            "ofrece una elección y tiempo para prepararse. La OIM lleva a cabo programas de "
            "retorno voluntario asistido y reintegración desde 1979 y ha ayudado a más de 1,6 "
            "millones de personas.</p>",
            {
                "title": "Orientación cultural para personas retornadas en El Salvador",
                "place": "El Salvador",
                "text": "<p>Algunas personas que regresan a El Salvador vivieron muchos años en "
                "el extranjero, no tienen red de apoyo en el país, a veces solo hablan inglés, "
                "pueden carecer de documentos de identidad salvadoreños y en ocasiones vuelven "
                "tras ser deportadas desde los Estados Unidos. Todo ello debilita sus ingresos, "
                "su bienestar y su lugar en la sociedad.</p><p>La OIM en El Salvador puso a "
                "prueba un apoyo para este grupo pequeño y fácil de pasar por alto: un paquete "
                "de emergencia con alimentos, ropa, vales de transporte y tres meses de "
                "alojamiento, ayuda con los documentos, clases de idioma y talleres de "
                "orientación cultural en inglés y en español sobre la vida en El Salvador, el "
                "presupuesto familiar, la vivienda y la búsqueda de empleo, además de "
                "asesoramiento individual y grupos de apoyo que los vuelven a conectar con los "
                "servicios locales.</p>",
                "source": "OIM, Manual de reintegración, módulo 1, estudio de caso 1",
            },
            {
                "heading": "Mensajes clave",
                "messages": [
                    "Los retornos son muy diversos, y también lo son las necesidades que generan.",
                    "El retorno voluntario, basado en una decisión libre e informada, es la "
                    "opción preferible.",
                ],
            },
        ],
    },
    "ar": {
        "title": "فهم هجرة العودة",
        "summary": "ما هي العودة، وما أنواعها، مع دراسة حالة من السلفادور.",
        "body": [
            "<h2>ما معنى العودة</h2><p>العودة هي الرجوع، أو الإرجاع، إلى نقطة انطلاق الرحلة، "
            "وكثيرًا ما تعني أيضًا الرجوع إلى الثقافة والأسرة والبيت. وقد تحدث داخل البلد "
            "الواحد، كعودة النازحين داخليًا إلى ديارهم، أو عبر الحدود، في حالة العمال "
            "المهاجرين واللاجئين وطالبي اللجوء والمهاجرين في وضع غير نظامي.</p><p>يتوقّع كثير "
            "من المهاجرين أن يعودوا يومًا ما، لكنّ الرجوع إلى مكان مألوف لا يجعل إعادة الإدماج "
            "سهلة.</p>",
            "<h2>أنواع العودة</h2><ul><li><b>تلقائية أو بمساعدة:</b> قد ينظّم الشخص عودته "
            "بنفسه، وقد تتحمّل دولة أو جهة أخرى تكاليفها وتنظّمها، مع دعم لإعادة الإدماج "
            "أحيانًا.</li><li><b>طوعية أو قسرية:</b> تتمّ العودة القسرية رغم إرادة الشخص، "
            "وعادةً بناءً على قرار إداري أو قضائي. وفي إطار العودة الطوعية المدعومة، تَعُدّ "
            "المنظمة الدولية للهجرة العودةَ طوعية حين يختارها المهاجر بحرية ومن دون ضغط، "
            "وعلى أساس معلومات موثوقة ومحايدة تصله في الوقت المناسب.</li></ul><p>ترى المنظمة "
            "الدولية للهجرة أن العودة الطوعية ينبغي أن تُفضَّل دائمًا، لأنها تتيح الاختيار "
            "ووقتًا للاستعداد. وتنفّذ المنظمة برامج العودة الطوعية المدعومة وإعادة الإدماج منذ "
            "عام 1979، وقد ساعدت أكثر من 1.6 مليون شخص.</p>",
            {
                "title": "التوجيه الثقافي للعائدين في السلفادور",
                "place": "السلفادور",
                "text": "<p>بعض العائدين إلى السلفادور عاشوا سنوات طويلة في الخارج، ولم تعد "
                "لهم شبكة علاقات في بلدهم، وقد لا يتحدثون إلا الإنجليزية، وقد لا يملكون وثائق "
                "هوية سلفادورية، ويعود بعضهم بعد ترحيله من الولايات المتحدة. وكل ذلك يُضعف "
                "دخلهم وعافيتهم ومكانتهم في المجتمع.</p><p>جرّب مكتب المنظمة الدولية للهجرة "
                "في السلفادور دعمًا لهذه الفئة الصغيرة التي يسهل إغفالها: حزمة طوارئ تضمّ "
                "الغذاء والملابس وقسائم النقل والسكن لثلاثة أشهر، والمساعدة في استخراج "
                "الوثائق، ودروسًا في اللغة، وورش توجيه ثقافي بالإنجليزية والإسبانية عن الحياة "
                "في السلفادور وإدارة الميزانية والسكن والبحث عن عمل، إضافةً إلى إرشاد فردي "
                "ومجموعات دعم تعيد ربطهم بالخدمات المحلية.</p>",
                "source": "المنظمة الدولية للهجرة، دليل إعادة الإدماج، الوحدة 1، دراسة الحالة 1",
            },
            {
                "heading": "رسائل رئيسية",
                "messages": [
                    "تتنوّع حالات العودة تنوّعًا كبيرًا، وكذلك الاحتياجات التي تنشأ عنها.",
                    "العودة الطوعية القائمة على اختيار حرّ ومستنير هي الخيار المفضَّل.",
                ],
            },
        ],
    },
}


def translated_stream(stream, texts):
    """The raw data of ``stream`` (a StreamValue) with its text replaced by ``texts``, one
    entry per block in the same order: a string replaces a block's value, a dict replaces
    the named parts of a struct block (the others, such as an answer's "correct" flag, are
    kept), a list replaces a list block's items in order. Block ids and types are kept.
    Raises ValueError when ``texts`` does not have the stream's shape."""
    raw = copy.deepcopy(list(stream.get_prep_value()))
    if len(raw) != len(texts):
        raise ValueError(f"{len(texts)} translations for {len(raw)} blocks")
    for block, text in zip(raw, texts, strict=True):
        block["value"] = _merged(block["value"], text)
    return raw


def _merged(value, text):
    if isinstance(text, dict):
        unknown = set(text) - set(value)
        if unknown:
            raise ValueError(f"no such parts: {sorted(unknown)}")
        return {**value, **{key: _merged(value[key], part) for key, part in text.items()}}
    if isinstance(text, list):
        if len(text) != len(value):
            raise ValueError(f"{len(text)} translations for {len(value)} items")
        return [_merged_item(item, part) for item, part in zip(value, text, strict=True)]
    return text


def _merged_item(item, text):
    """One list-block item: ``{"type": "item", "value": …, "id": …}`` or a bare value."""
    if isinstance(item, dict) and item.get("type") == "item" and "value" in item:
        return {**item, "value": _merged(item["value"], text)}
    return _merged(item, text)


def load(learning, stdout=None):
    """Translate the Learning section below ``learning`` (the English landing page)."""
    from learning.courses.models import CoursePage, LessonPage, ModulePage
    from learning.webinars.models import WebinarPage

    children = {page.slug: page.specific for page in learning.get_children()}
    course = CoursePage.objects.child_of(children["courses"]).get(slug="reintegration-handbook")
    module = ModulePage.objects.child_of(course).get(slug="module-1-integrated-approach")
    lesson = LessonPage.objects.child_of(module).get(slug="understanding-return-migration")
    webinar = (
        WebinarPage.objects.child_of(children["webinars"])
        .filter(slug="measuring-sustainable-reintegration")
        .first()
    )
    count = 0
    for code in LANGUAGES:
        translate_page(learning, code, **PAGES["learning"][code])
        translate_page(children["webinars"], code, **PAGES["webinars"][code])
        translate_page(children["courses"], code, **PAGES["courses"][code])
        translate_page(course, code, **PAGES["course"][code])
        texts = MODULE_1[code]
        translate_page(
            module,
            code,
            title=texts["title"],
            summary=texts["summary"],
            key_messages=translated_stream(module.key_messages, texts["key_messages"]),
            knowledge_check=translated_stream(module.knowledge_check, CHECK[code]),
        )
        texts = LESSON[code]
        translate_page(
            lesson,
            code,
            title=texts["title"],
            summary=texts["summary"],
            body=translated_stream(lesson.body, texts["body"]),
        )
        count += 6
        if webinar is not None:
            translate_page(webinar, code, **PAGES["webinar"][code])
            count += 1
    if stdout is not None:
        stdout.write(f"  {count} translated learning pages")
    return count
