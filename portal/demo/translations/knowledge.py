"""The Knowledge section in French, Spanish and Arabic: its index, the two key-concept
articles, the 2019 data highlights (tables with localized country names and numbers) and the
glossary page."""

from portal.core.i18n import format_number
from portal.demo.knowledge import REGIONAL_TABLES, chart_blocks

SOURCE_2019 = {
    "fr": "OIM, Retour et réintégration : faits marquants de 2019 (2020)",
    "es": "OIM, Retorno y reintegración: aspectos destacados de 2019 (2020)",
    "ar": "المنظمة الدولية للهجرة، أبرز معطيات العودة وإعادة الإدماج لعام 2019 (2020)",
}

KNOWLEDGE = {
    "fr": {
        "title": "Connaissances",
        "intro": "<p>Notions clés, chiffres et glossaire du retour et de la réintégration.</p>",
        "search_description": "Notions clés, chiffres et glossaire du retour et de la réintégration.",
    },
    "es": {
        "title": "Conocimientos",
        "intro": "<p>Conceptos clave, cifras y un glosario sobre retorno y reintegración.</p>",
        "search_description": "Conceptos clave, cifras y un glosario sobre retorno y reintegración.",
    },
    "ar": {
        "title": "المعرفة",
        "intro": "<p>مفاهيم أساسية وأرقام ومسرد لمصطلحات العودة وإعادة الإدماج.</p>",
        "search_description": "مفاهيم أساسية وأرقام ومسرد لمصطلحات العودة وإعادة الإدماج.",
    },
}

VOLUNTARY_RETURN = {
    "fr": {
        "title": "Retour volontaire et aide au retour volontaire",
        "summary": (
            "Ce qui rend un retour volontaire, à qui s'adressent les programmes d'AVRR, et un "
            "mécanisme d'orientation mis en place en Zambie."
        ),
        "body": [
            (
                "paragraph",
                "<p>Le retour volontaire consiste à regagner son pays d'origine, un pays de "
                "transit ou un autre pays parce qu'on l'a décidé soi-même, avec ou sans aide. "
                "Avant de prendre cette décision, les personnes pèsent de nombreux éléments : la "
                "situation dans le pays d'origine et dans le pays d'accueil, la famille, la fin "
                "d'un contrat ou d'une formation, ou encore les difficultés rencontrées sur place. "
                "Choisir de rentrer ne signifie pas toujours que c'était le souhait le plus cher "
                "de la personne ; parfois, les autres portes s'étaient fermées.</p>",
            ),
            (
                "key_messages",
                {
                    "heading": "Quatre conditions pour une décision volontaire",
                    "messages": [
                        "Personne n'exerce de pression physique ou psychologique sur le migrant "
                        "pour qu'il rentre.",
                        "Le migrant dispose à temps d'informations impartiales et fiables sur "
                        "lesquelles fonder sa décision.",
                        "Il a assez de temps pour envisager d'autres options et préparer son "
                        "voyage.",
                        "Son consentement peut être retiré ou réexaminé si ses projets, sa "
                        "situation ou les informations disponibles changent.",
                    ],
                },
            ),
            (
                "heading",
                {"text": "À qui s'adresse l'aide au retour volontaire", "level": "h2"},
            ),
            (
                "paragraph",
                "<p>Les programmes d'aide au retour volontaire et à la réintégration (AVRR) "
                "apportent une aide administrative, logistique et financière aux migrants qui ne "
                "peuvent ou ne veulent pas rester et qui n'ont pas les moyens de rentrer. Ils "
                "peuvent concerner des travailleurs arrivés en fin de contrat, des migrants "
                "bloqués, des demandeurs d'asile, des personnes restées au-delà de la durée de "
                "leur visa ou des migrants en situation de vulnérabilité. L'accompagnement "
                "commence en général par l'information et le conseil, se poursuit par une aide "
                "avant le départ et pendant le voyage, et s'étend souvent à la réintégration "
                "après l'arrivée.</p>",
            ),
            (
                "case_study",
                {
                    "title": "Le mécanisme national d'orientation de la Zambie",
                    "place": "Zambie",
                    "country": "ZM",
                    "themes": ["vulnerable-migrants", "policy-and-governance"],
                    "text": (
                        "<p>Le Gouvernement zambien a créé un mécanisme national d'orientation "
                        "afin que les migrants vulnérables — réfugiés, demandeurs d'asile, "
                        "victimes de la traite, enfants non accompagnés ou séparés, migrants "
                        "bloqués ou apatrides — soient repérés et orientés vers les services de "
                        "protection adaptés. Conforme au droit national et aux pratiques "
                        "internationales, il décrit chaque étape, du premier entretien et de la "
                        "détermination du statut jusqu'au retour assisté lorsque c'est la "
                        "solution retenue.</p>"
                    ),
                    "source": "Page de connaissances de l'OIM sur le retour volontaire",
                },
            ),
            (
                "key_messages",
                {
                    "heading": "À retenir",
                    "messages": [
                        "La décision de rentrer est complexe : elle dépend de la situation dans "
                        "les pays d'accueil et d'origine comme de la situation personnelle.",
                        "L'AVRR fonctionne le mieux lorsqu'elle repose sur les droits, tient "
                        "compte du genre, de l'enfance et des vulnérabilités, et qu'elle est "
                        "portée par les gouvernements avec leurs partenaires.",
                        "L'information doit parvenir aux migrants dans une langue et sous une "
                        "forme qu'ils comprennent, suffisamment tôt pour compter.",
                    ],
                },
            ),
        ],
    },
    "es": {
        "title": "Retorno voluntario y retorno voluntario asistido",
        "summary": (
            "Qué hace que un retorno sea voluntario, a quién atienden los programas de RVAR y un "
            "mecanismo de derivación de Zambia."
        ),
        "body": [
            (
                "paragraph",
                "<p>El retorno voluntario consiste en volver al país de origen, a un país de "
                "tránsito o a otro país porque la persona así lo ha decidido, con o sin ayuda. "
                "Antes de tomar esa decisión se sopesan muchos factores: la situación en el país "
                "de origen y en el de acogida, la familia, el fin de un contrato o de unos "
                "estudios, o las dificultades en el país de acogida. Elegir volver no siempre "
                "significa que fuera lo que la persona más deseaba; a veces las demás opciones se "
                "habían cerrado.</p>",
            ),
            (
                "key_messages",
                {
                    "heading": "Cuatro condiciones para una decisión voluntaria",
                    "messages": [
                        "Nadie ejerce presión física ni psicológica sobre la persona migrante "
                        "para que regrese.",
                        "La persona dispone a tiempo de información imparcial y fiable para "
                        "decidir.",
                        "Tiene tiempo suficiente para considerar otras opciones y preparar el "
                        "viaje.",
                        "Su consentimiento puede retirarse o reconsiderarse si cambian sus "
                        "planes, su situación o la información disponible.",
                    ],
                },
            ),
            ("heading", {"text": "A quién atiende el retorno voluntario asistido", "level": "h2"}),
            (
                "paragraph",
                "<p>Los programas de retorno voluntario asistido y reintegración (RVAR) ofrecen "
                "ayuda administrativa, logística y económica a migrantes que no pueden o no "
                "quieren quedarse y no tienen medios para volver. Pueden atender a trabajadores "
                "cuyo contrato terminó, migrantes varados, solicitantes de asilo, personas que "
                "permanecieron más allá de su visado y migrantes en situación de vulnerabilidad. "
                "El apoyo suele empezar con información y orientación, sigue con asistencia "
                "antes de la partida y durante el viaje, y a menudo se extiende a la "
                "reintegración tras la llegada.</p>",
            ),
            (
                "case_study",
                {
                    "title": "El Mecanismo Nacional de Derivación de Zambia",
                    "place": "Zambia",
                    "country": "ZM",
                    "themes": ["vulnerable-migrants", "policy-and-governance"],
                    "text": (
                        "<p>El Gobierno de Zambia creó un Mecanismo Nacional de Derivación para "
                        "que los migrantes vulnerables —refugiados, solicitantes de asilo, "
                        "víctimas de trata, niñas y niños no acompañados o separados, migrantes "
                        "varados y apátridas— sean identificados y remitidos a los servicios de "
                        "protección adecuados. Se ajusta a la legislación nacional y a la "
                        "práctica internacional y detalla cada paso, desde la primera entrevista "
                        "y la determinación de la condición hasta el retorno asistido cuando esa "
                        "es la solución elegida.</p>"
                    ),
                    "source": "Página de conocimientos de la OIM sobre el retorno voluntario",
                },
            ),
            (
                "key_messages",
                {
                    "heading": "Conclusiones",
                    "messages": [
                        "Las decisiones de retorno son complejas y dependen de la situación en "
                        "los países de acogida y de origen, así como de las circunstancias "
                        "personales.",
                        "El RVAR funciona mejor cuando se basa en los derechos, tiene en cuenta "
                        "el género, la infancia y la vulnerabilidad, y los gobiernos lo asumen "
                        "como propio junto con sus socios.",
                        "La información debe llegar a los migrantes en un idioma y un formato "
                        "que comprendan, con tiempo suficiente para que sirva.",
                    ],
                },
            ),
        ],
    },
    "ar": {
        "title": "العودة الطوعية والعودة الطوعية المدعومة",
        "summary": (
            "ما الذي يجعل العودة طوعية، ومن تخدمهم برامج العودة الطوعية المدعومة وإعادة "
            "الإدماج، وآلية للإحالة من زامبيا."
        ),
        "body": [
            (
                "paragraph",
                "<p>العودة الطوعية هي الرجوع إلى بلد المنشأ أو إلى بلد عبور أو إلى بلد آخر بقرار "
                "من الشخص العائد نفسه، بمساعدة أو من دونها. ويوازن الناس بين أمور كثيرة قبل "
                "اتخاذ هذا القرار: الأوضاع في بلد المنشأ وفي بلد الاستضافة، والأسرة، وانتهاء عقد "
                "عمل أو دراسة، والصعوبات في بلد الاستضافة. ولا يعني اختيار العودة دائمًا أنها "
                "كانت أكثر ما يتمنّاه الشخص؛ فأحيانًا تكون الخيارات الأخرى قد أُغلقت.</p>",
            ),
            (
                "key_messages",
                {
                    "heading": "أربعة شروط لقرار طوعي",
                    "messages": [
                        "لا يتعرّض المهاجر لأي ضغط جسدي أو نفسي لدفعه إلى العودة.",
                        "تتوافر للمهاجر في الوقت المناسب معلومات محايدة وموثوقة يبني عليها قراره.",
                        "يتاح له وقت كافٍ للنظر في خيارات أخرى والاستعداد للسفر.",
                        "يمكنه سحب موافقته أو إعادة النظر فيها إذا تغيّرت خططه أو ظروفه أو "
                        "المعلومات المتاحة له.",
                    ],
                },
            ),
            ("heading", {"text": "من تخدمهم العودة الطوعية المدعومة", "level": "h2"}),
            (
                "paragraph",
                "<p>تقدّم برامج العودة الطوعية المدعومة وإعادة الإدماج مساعدة إدارية ولوجستية "
                "ومالية للمهاجرين الذين لا يستطيعون البقاء أو لا يرغبون فيه ولا يملكون وسائل "
                "العودة. وقد تشمل عمالًا انتهت عقودهم، ومهاجرين عالقين، وطالبي لجوء، وأشخاصًا "
                "تجاوزوا مدة تأشيراتهم، ومهاجرين في أوضاع هشة. ويبدأ الدعم عادةً بالمعلومات "
                "والإرشاد، ثم المساعدة قبل المغادرة وأثناء السفر، ويمتد في أحيان كثيرة إلى إعادة "
                "الإدماج بعد الوصول.</p>",
            ),
            (
                "case_study",
                {
                    "title": "الآلية الوطنية للإحالة في زامبيا",
                    "place": "زامبيا",
                    "country": "ZM",
                    "themes": ["vulnerable-migrants", "policy-and-governance"],
                    "text": (
                        "<p>أنشأت حكومة زامبيا آلية وطنية للإحالة لضمان التعرّف على المهاجرين "
                        "المستضعفين — اللاجئين وطالبي اللجوء وضحايا الاتجار بالبشر والأطفال غير "
                        "المصحوبين والمنفصلين عن ذويهم والمهاجرين العالقين وعديمي الجنسية — "
                        "وإحالتهم إلى خدمات الحماية المناسبة. وتتّبع الآلية القانون الوطني "
                        "والممارسات الدولية، وتحدّد كل خطوة، من المقابلة الأولى وتحديد الوضع "
                        "إلى العودة المدعومة حين تكون هي الحل المختار.</p>"
                    ),
                    "source": "صفحة المعرفة الخاصة بالعودة الطوعية لدى المنظمة الدولية للهجرة",
                },
            ),
            (
                "key_messages",
                {
                    "heading": "خلاصات",
                    "messages": [
                        "قرارات العودة معقّدة، وتتشكّل بحسب الأوضاع في بلدَي الاستضافة والمنشأ "
                        "وبحسب الظروف الشخصية.",
                        "تنجح برامج العودة الطوعية المدعومة أكثر حين تقوم على الحقوق، وتراعي "
                        "النوع الاجتماعي والأطفال والفئات الهشة، وتتولاها الحكومات بالتعاون مع "
                        "شركائها.",
                        "يجب أن تصل المعلومات إلى المهاجرين بلغة وشكل يفهمونهما، وفي وقت مبكر "
                        "بما يكفي لتُحدث فرقًا.",
                    ],
                },
            ),
        ],
    },
}

RETURN_TYPES = {
    "fr": {
        "title": "Les types de retour et pourquoi ils comptent",
        "summary": "Retour spontané, assisté, forcé et volontaire, avec un exemple du Salvador.",
        "body": [
            (
                "paragraph",
                "<p>Le retour fait partie de la mobilité humaine ; ce n'est pas une exception. "
                "Beaucoup de personnes partent en pensant revenir un jour. La manière dont "
                "quelqu'un rentre — avec ou sans aide, par choix ou sous la contrainte — "
                "détermine ce que la réintégration exigera de lui et de sa communauté.</p>",
            ),
            (
                "key_messages",
                {
                    "heading": "Les façons de rentrer",
                    "messages": [
                        "Retour spontané : le migrant décide et organise seul son voyage.",
                        "Retour assisté : un État ou un autre acteur finance ou organise le "
                        "voyage, et soutient parfois la réintégration.",
                        "Retour forcé : une personne est renvoyée contre sa volonté, en général "
                        "après une décision administrative ou judiciaire.",
                        "Retour volontaire : la personne décide de rentrer, avec ou sans aide.",
                    ],
                },
            ),
            (
                "case_study",
                {
                    "title": "Une orientation culturelle pour les personnes de retour au Salvador",
                    "place": "El Salvador",
                    "country": "SV",
                    "themes": ["social-reintegration", "psychosocial-reintegration"],
                    "text": (
                        "<p>Certains Salvadoriens reviennent après des décennies passées aux "
                        "États-Unis : ils parlent surtout anglais, n'ont pas de papiers "
                        "d'identité salvadoriens et plus aucun réseau sur place ; certains ont "
                        "été expulsés. Un programme d'orientation culturelle les aide à "
                        "comprendre le pays qu'ils retrouvent, des démarches administratives et "
                        "des services aux usages locaux, pour qu'ils trouvent plus vite leurs "
                        "repères.</p>"
                    ),
                    "source": "OIM, Manuel sur la réintégration, module 1",
                },
            ),
        ],
    },
    "es": {
        "title": "Tipos de retorno y por qué importan",
        "summary": "Retorno espontáneo, asistido, forzoso y voluntario, con un caso de El Salvador.",
        "body": [
            (
                "paragraph",
                "<p>El retorno forma parte de la movilidad humana; no es una excepción. Muchas "
                "personas se van pensando en volver algún día. La forma en que alguien regresa "
                "—con ayuda o por su cuenta, por elección o a la fuerza— determina lo que la "
                "reintegración le exigirá a esa persona y a su comunidad.</p>",
            ),
            (
                "key_messages",
                {
                    "heading": "Formas de regresar",
                    "messages": [
                        "Retorno espontáneo: la persona migrante decide y organiza el viaje por "
                        "su cuenta.",
                        "Retorno asistido: un Estado u otra parte paga u organiza el viaje y, a "
                        "veces, apoya la reintegración.",
                        "Retorno forzoso: una persona es devuelta contra su voluntad, por lo "
                        "general tras una decisión administrativa o judicial.",
                        "Retorno voluntario: la persona decide volver, con o sin asistencia.",
                    ],
                },
            ),
            (
                "case_study",
                {
                    "title": "Orientación cultural para personas retornadas en El Salvador",
                    "place": "El Salvador",
                    "country": "SV",
                    "themes": ["social-reintegration", "psychosocial-reintegration"],
                    "text": (
                        "<p>Algunos salvadoreños regresan tras décadas en los Estados Unidos: "
                        "hablan sobre todo inglés, no tienen documentos de identidad "
                        "salvadoreños ni conservan una red de apoyo en el país; algunos fueron "
                        "deportados. Un programa de orientación cultural les ayuda a conocer el "
                        "país al que vuelven, desde los trámites y los servicios hasta las "
                        "costumbres locales, para que encuentren su lugar con más rapidez.</p>"
                    ),
                    "source": "OIM, Manual de Reintegración, módulo 1",
                },
            ),
        ],
    },
    "ar": {
        "title": "أنواع العودة ولماذا تهمّ",
        "summary": "العودة التلقائية والمدعومة والقسرية والطوعية، مع حالة من السلفادور.",
        "body": [
            (
                "paragraph",
                "<p>العودة جزء من التنقّل البشري وليست استثناءً منه. فكثيرون يغادرون وهم يتوقعون "
                "الرجوع يومًا ما. والطريقة التي يعود بها الشخص — بمساعدة أو بمفرده، باختياره أو "
                "رغمًا عنه — تحدّد ما ستتطلّبه إعادة الإدماج منه ومن مجتمعه.</p>",
            ),
            (
                "key_messages",
                {
                    "heading": "طرق العودة",
                    "messages": [
                        "العودة التلقائية: يقرّر المهاجر الرحلة وينظّمها بنفسه.",
                        "العودة المدعومة: تتكفّل دولة أو جهة أخرى بتكاليف الرحلة أو بتنظيمها، "
                        "وتدعم أحيانًا إعادة الإدماج.",
                        "العودة القسرية: يُعاد الشخص رغمًا عنه، عادةً بموجب قرار إداري أو قضائي.",
                        "العودة الطوعية: يقرّر الشخص العودة، بمساعدة أو من دونها.",
                    ],
                },
            ),
            (
                "case_study",
                {
                    "title": "التوجيه الثقافي للعائدين في السلفادور",
                    "place": "السلفادور",
                    "country": "SV",
                    "themes": ["social-reintegration", "psychosocial-reintegration"],
                    "text": (
                        "<p>يعود بعض السلفادوريين بعد عقود قضوها في الولايات المتحدة، وهم "
                        "يتحدثون الإنجليزية في الغالب، ولا يحملون وثائق هوية سلفادورية، ولم تعد "
                        "لهم شبكة علاقات في البلد؛ وقد رُحِّل بعضهم. ويساعدهم برنامج للتوجيه "
                        "الثقافي على فهم البلد الذي يعودون إليه، من الوثائق والخدمات إلى "
                        "العادات المحلية، ليجدوا موطئ قدم بسرعة أكبر.</p>"
                    ),
                    "source": "المنظمة الدولية للهجرة، دليل إعادة الإدماج، الوحدة 1",
                },
            ),
        ],
    },
}

HIGHLIGHTS_MESSAGES = {
    "fr": (
        "2019 en bref",
        [
            "64\u202f958 migrants sont rentrés chez eux avec l'aide de l'OIM, soit 2,6 % de plus "
            "que les 63\u202f316 de 2018.",
            "Le Niger a dépassé l'Allemagne comme principal pays d'accueil, une première.",
            "L'Éthiopie est devenue le premier pays d'origine après une hausse de 27 % ; l'Iraq "
            "est passé de la première à la quatrième place.",
            "44,6 % des personnes sont rentrées dans un pays de leur propre région (37 % en 2018).",
            "Le nombre de pays d'accueil est passé de 128 à 136, celui des pays d'origine de "
            "169 à 164.",
        ],
    ),
    "es": (
        "2019 en resumen",
        [
            "64.958 migrantes volvieron a su país con ayuda de la OIM, un 2,6 % más que los "
            "63.316 de 2018.",
            "Por primera vez, el Níger superó a Alemania como principal país de acogida.",
            "Etiopía pasó a ser el principal país de origen tras un aumento del 27 %; el Iraq "
            "bajó del primer al cuarto puesto.",
            "El 44,6 % de las personas retornadas volvió dentro de su propia región (37 % en "
            "2018).",
            "Los países de acogida pasaron de 128 a 136, y los de origen, de 169 a 164.",
        ],
    ),
    "ar": (
        "عام 2019 باختصار",
        [
            "عاد 64,958 مهاجرًا إلى بلدانهم بمساعدة المنظمة الدولية للهجرة، بزيادة 2.6 في "
            "المائة على عدد عام 2018 البالغ 63,316.",
            "تجاوزت النيجر ألمانيا لأول مرة بوصفها أول بلد استضافة.",
            "أصبحت إثيوبيا أول بلد منشأ بعد ارتفاع بنسبة 27 في المائة، وتراجع العراق من المرتبة "
            "الأولى إلى الرابعة.",
            "عاد 44.6 في المائة من العائدين إلى بلد في منطقتهم نفسها (مقابل 37 في المائة في 2018).",
            "ارتفع عدد بلدان الاستضافة من 128 إلى 136، وانخفض عدد بلدان المنشأ من 169 إلى 164.",
        ],
    ),
}

COUNTRIES = {
    "Australia": ("Australie", "Australia", "أستراليا"),
    "Indonesia": ("Indonésie", "Indonesia", "إندونيسيا"),
    "Vanuatu": ("Vanuatu", "Vanuatu", "فانواتو"),
    "Thailand": ("Thaïlande", "Tailandia", "تايلند"),
    "Malaysia": ("Malaisie", "Malasia", "ماليزيا"),
    "Pakistan": ("Pakistan", "Pakistán", "باكستان"),
    "Afghanistan": ("Afghanistan", "Afganistán", "أفغانستان"),
    "Iran (Islamic Republic of)": (
        "Iran (République islamique d')",
        "Irán (República Islámica del)",
        "إيران (جمهورية - الإسلامية)",
    ),
    "India": ("Inde", "India", "الهند"),
    "China": ("Chine", "China", "الصين"),
    "Djibouti": ("Djibouti", "Djibouti", "جيبوتي"),
    "Somalia": ("Somalie", "Somalia", "الصومال"),
    "Sudan": ("Soudan", "Sudán", "السودان"),
    "United Republic of Tanzania": (
        "République-Unie de Tanzanie",
        "República Unida de Tanzanía",
        "جمهورية تنزانيا المتحدة",
    ),
    "Kenya": ("Kenya", "Kenya", "كينيا"),
    "Ethiopia": ("Éthiopie", "Etiopía", "إثيوبيا"),
    "Uganda": ("Ouganda", "Uganda", "أوغندا"),
}

REGION_NAMES = {
    "Asia and the Pacific": ("Asie et Pacifique", "Asia y el Pacífico", "آسيا والمحيط الهادئ"),
    "East and Horn of Africa": (
        "Afrique de l'Est et Corne de l'Afrique",
        "África Oriental y el Cuerno de África",
        "شرق أفريقيا والقرن الأفريقي",
    ),
}

TABLE_WORDS = {
    # (caption ending for hosts, for origins, first column for hosts, for origins)
    "fr": (
        "principaux pays d'accueil, migrants aidés",
        "principaux pays d'origine, migrants aidés",
        "Pays d'accueil",
        "Pays d'origine",
    ),
    "es": (
        "principales países de acogida, migrantes asistidos",
        "principales países de origen, migrantes asistidos",
        "País de acogida",
        "País de origen",
    ),
    "ar": (
        "أهم بلدان الاستضافة وعدد المهاجرين الذين تلقّوا المساعدة",
        "أهم بلدان المنشأ وعدد المهاجرين الذين تلقّوا المساعدة",
        "بلد الاستضافة",
        "بلد المنشأ",
    ),
}

_INDEX = {"fr": 0, "es": 1, "ar": 2}


def _table(spec, language):
    """One of the English regional tables with its words and numbers in ``language``."""
    index = _INDEX[language]
    region, _rest = spec["caption"].split(":", 1)
    hosts = spec["row_heading"] == "Host country"
    words = TABLE_WORDS[language]
    separator = "\u00a0: " if language == "fr" else ": "
    return (
        "data_table",
        {
            "caption": REGION_NAMES[region][index] + separator + words[0 if hosts else 1],
            "row_heading": words[2 if hosts else 3],
            "columns": list(spec["columns"]),  # years
            "rows": [
                {
                    "label": COUNTRIES[label][index],
                    "values": [
                        format_number(int(value.replace(",", "")), language=language)
                        for value in values
                    ],
                }
                for label, *values in spec["rows"]
            ],
            "source": SOURCE_2019[language],
        },
    )


def _highlights(language):
    heading, messages = HIGHLIGHTS_MESSAGES[language]
    return [
        ("key_messages", {"heading": heading, "messages": messages}),
        *chart_blocks(language),
        *[_table(spec, language) for spec in REGIONAL_TABLES],
    ]


HIGHLIGHTS = {
    "fr": {
        "title": "Chiffres clés : l'aide au retour volontaire en 2019",
        "summary": "Les grands chiffres et les principaux pays d'accueil et d'origine dans deux "
        "régions.",
        "body": _highlights("fr"),
    },
    "es": {
        "title": "Datos destacados: el retorno voluntario asistido en 2019",
        "summary": "Las cifras principales y los principales países de acogida y de origen en "
        "dos regiones.",
        "body": _highlights("es"),
    },
    "ar": {
        "title": "أبرز البيانات: العودة الطوعية المدعومة في 2019",
        "summary": "الأرقام الرئيسية وأهم بلدان الاستضافة والمنشأ في منطقتين.",
        "body": _highlights("ar"),
    },
}

GLOSSARY_PAGE = {
    "fr": {
        "title": "Glossaire",
        "intro": "<p>De courtes définitions des termes et sigles employés sur la plateforme.</p>",
    },
    "es": {
        "title": "Glosario",
        "intro": "<p>Definiciones breves de los términos y siglas que se usan en la "
        "plataforma.</p>",
    },
    "ar": {
        "title": "مسرد المصطلحات",
        "intro": "<p>تعريفات موجزة للمصطلحات والاختصارات المستخدمة في المنصة.</p>",
    },
}

KNOWLEDGE_PAGES = {
    "knowledge": KNOWLEDGE,
    "knowledge/voluntary-return-and-avrr": VOLUNTARY_RETURN,
    "knowledge/types-of-return": RETURN_TYPES,
    "knowledge/data-highlights-2019": HIGHLIGHTS,
    "knowledge/glossary": GLOSSARY_PAGE,
}
