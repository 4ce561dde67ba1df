"""The twenty glossary terms in French, Spanish and Arabic: (term, acronym, definition).

Acronyms stay as IOM's English reports write them, since practitioners meet them in every
language, except where a language has its own in common use (EEE for the European Economic Area
in French and Spanish, RVAR for AVRR in Spanish).
"""

TERMS = {
    "Assisted voluntary return and reintegration": {
        "fr": (
            "Aide au retour volontaire et à la réintégration",
            "AVRR",
            "Soutien administratif, logistique et financier, aide à la réintégration comprise, "
            "destiné aux migrants qui ne peuvent pas ou ne veulent pas rester dans le pays "
            "d'accueil ou de transit et qui choisissent de rentrer.",
        ),
        "es": (
            "Retorno voluntario asistido y reintegración",
            "RVAR",
            "Apoyo administrativo, logístico y económico, incluida la ayuda para la "
            "reintegración, para migrantes que no pueden o no quieren permanecer en el país de "
            "acogida o de tránsito y deciden volver a su país.",
        ),
        "ar": (
            "العودة الطوعية المدعومة وإعادة الإدماج",
            "AVRR",
            "دعم إداري ولوجستي ومالي، يشمل المساعدة على إعادة الإدماج، للمهاجرين الذين لا "
            "يستطيعون البقاء في بلد الاستضافة أو العبور أو لا يرغبون في ذلك ويختارون العودة إلى "
            "بلدانهم.",
        ),
    },
    "Voluntary humanitarian return": {
        "fr": (
            "Retour humanitaire volontaire",
            "VHR",
            "Aide au retour volontaire depuis des situations de crise, comme en Libye et au "
            "Yémen, où des migrants sont bloqués et en danger.",
        ),
        "es": (
            "Retorno humanitario voluntario",
            "VHR",
            "Retorno voluntario asistido desde contextos de crisis, como Libia y el Yemen, donde "
            "hay migrantes varados y en peligro.",
        ),
        "ar": (
            "العودة الإنسانية الطوعية",
            "VHR",
            "عودة طوعية مدعومة من سياقات الأزمات، مثل ليبيا واليمن، حيث يعلق المهاجرون "
            "ويتعرّضون للخطر.",
        ),
    },
    "Post-arrival reintegration assistance": {
        "fr": (
            "Aide à la réintégration après l'arrivée",
            "PARA",
            "Soutien à la réintégration apporté après l'arrivée à des personnes dont le retour, "
            "volontaire ou non, a été organisé par d'autres acteurs, une fois leur admission "
            "dans le pays achevée.",
        ),
        "es": (
            "Asistencia para la reintegración tras la llegada",
            "PARA",
            "Apoyo a la reintegración que se presta tras la llegada a personas cuyo retorno, "
            "voluntario o no, organizaron otros actores, una vez completada su admisión en el "
            "país.",
        ),
        "ar": (
            "المساعدة على إعادة الإدماج بعد الوصول",
            "PARA",
            "دعم لإعادة الإدماج يُقدَّم بعد الوصول إلى أشخاص أعادتهم جهات أخرى، طوعًا أو "
            "قسرًا، بعد استكمال إجراءات قبولهم في البلد.",
        ),
    },
    "Unaccompanied and separated children": {
        "fr": (
            "Enfants non accompagnés et séparés",
            "UASC",
            "Enfants hors de leur pays d'origine, séparés de leurs deux parents ou des personnes "
            "qui s'occupent habituellement d'eux, et qui peuvent voyager seuls.",
        ),
        "es": (
            "Niñas y niños no acompañados y separados",
            "UASC",
            "Menores que están fuera de su país de origen, separados de ambos progenitores o de "
            "quienes los cuidan habitualmente, y que pueden viajar solos.",
        ),
        "ar": (
            "الأطفال غير المصحوبين والمنفصلون عن ذويهم",
            "UASC",
            "أطفال خارج بلدانهم الأصلية انفصلوا عن كلا الوالدين أو عن القائمين المعتادين على "
            "رعايتهم، وقد يسافرون بمفردهم.",
        ),
    },
    "Victim of trafficking": {
        "fr": (
            "Victime de la traite",
            "VoT",
            "Personne recrutée, déplacée ou retenue par la force, la tromperie ou la contrainte "
            "à des fins d'exploitation ; elle a droit à une protection et à un soutien au retour "
            "et à la réintégration adapté à sa situation.",
        ),
        "es": (
            "Víctima de trata",
            "VoT",
            "Persona captada, trasladada o retenida mediante fuerza, engaño o coacción con fines "
            "de explotación; tiene derecho a protección y a un apoyo al retorno y la "
            "reintegración adaptado a su situación.",
        ),
        "ar": (
            "ضحية الاتجار بالبشر",
            "VoT",
            "شخص جرى تجنيده أو نقله أو احتجازه بالقوة أو الخداع أو الإكراه بغرض استغلاله، ويحق "
            "له الحصول على الحماية وعلى دعم للعودة وإعادة الإدماج مُكيَّف مع وضعه.",
        ),
    },
    "National Referral Mechanism": {
        "fr": (
            "Mécanisme national d'orientation",
            "NRM",
            "Cadre mis en place par les autorités pour repérer les migrants vulnérables et les "
            "orienter, étape par étape, vers les services dont ils ont besoin.",
        ),
        "es": (
            "Mecanismo Nacional de Derivación",
            "NRM",
            "Marco gubernamental que identifica a los migrantes vulnerables y los remite, paso a "
            "paso, a los servicios que necesitan.",
        ),
        "ar": (
            "الآلية الوطنية للإحالة",
            "NRM",
            "إطار حكومي يتعرّف على المهاجرين المستضعفين ويحيلهم، خطوة بخطوة، إلى الخدمات التي "
            "يحتاجون إليها.",
        ),
    },
    "Reintegration": {
        "fr": (
            "Réintégration",
            "",
            "Processus par lequel une personne de retour rétablit les liens économiques, sociaux "
            "et psychosociaux dont elle a besoin pour gagner sa vie, vivre dans la dignité et "
            "prendre part à la vie civique.",
        ),
        "es": (
            "Reintegración",
            "",
            "Proceso por el cual una persona retornada restablece las relaciones económicas, "
            "sociales y psicosociales que necesita para ganarse la vida, vivir con dignidad y "
            "participar en la vida cívica.",
        ),
        "ar": (
            "إعادة الإدماج",
            "",
            "عملية يعيد من خلالها العائد بناء الروابط الاقتصادية والاجتماعية والنفسية "
            "الاجتماعية اللازمة لكسب العيش والعيش بكرامة والمشاركة في الحياة المدنية.",
        ),
    },
    "Sustainable reintegration": {
        "fr": (
            "Réintégration durable",
            "",
            "Elle est atteinte lorsque les personnes de retour sont autonomes sur le plan "
            "économique, stables socialement au sein de leur communauté et assez bien pour faire "
            "face aux facteurs de migration : repartir devient alors un choix et non une "
            "nécessité.",
        ),
        "es": (
            "Reintegración sostenible",
            "",
            "Se alcanza cuando las personas retornadas son autosuficientes en lo económico, "
            "tienen estabilidad social en su comunidad y el bienestar necesario para afrontar "
            "los factores que impulsan la migración, de modo que volver a migrar sea una opción "
            "y no una necesidad.",
        ),
        "ar": (
            "إعادة الإدماج المستدامة",
            "",
            "تتحقق حين يصبح العائدون مكتفين ذاتيًا من الناحية الاقتصادية، ومستقرين اجتماعيًا "
            "في مجتمعاتهم، وفي حال من الرفاه تمكّنهم من مواجهة دوافع الهجرة، فتصبح الهجرة من "
            "جديد خيارًا لا ضرورة.",
        ),
    },
    "Spontaneous return": {
        "fr": (
            "Retour spontané",
            "",
            "Retour que le migrant décide et effectue seul, sans l'aide d'un État ni d'aucun "
            "autre acteur.",
        ),
        "es": (
            "Retorno espontáneo",
            "",
            "Retorno que la persona migrante decide y realiza por su cuenta, sin ayuda de un "
            "Estado ni de otra parte.",
        ),
        "ar": (
            "العودة التلقائية",
            "",
            "عودة يقرّرها المهاجر وينفّذها بنفسه، من دون مساعدة من دولة أو من أي جهة أخرى.",
        ),
    },
    "Forced return": {
        "fr": (
            "Retour forcé",
            "",
            "Renvoi d'une personne contre sa volonté, en général sur la base d'une décision "
            "administrative ou judiciaire.",
        ),
        "es": (
            "Retorno forzoso",
            "",
            "Devolución de una persona contra su voluntad, por lo general en virtud de una "
            "decisión administrativa o judicial.",
        ),
        "ar": (
            "العودة القسرية",
            "",
            "إعادة شخص رغمًا عنه، عادةً بناءً على قرار إداري أو قضائي.",
        ),
    },
    "Assisted return": {
        "fr": (
            "Retour assisté",
            "",
            "Retour pour lequel un État ou un tiers apporte une aide financière ou logistique, "
            "et parfois un soutien à la réintégration.",
        ),
        "es": (
            "Retorno asistido",
            "",
            "Retorno para el que un Estado o un tercero aporta ayuda económica o logística y, a "
            "veces, apoyo a la reintegración.",
        ),
        "ar": (
            "العودة المدعومة",
            "",
            "عودة تقدّم لها دولة أو جهة ثالثة مساعدة مالية أو لوجستية، وأحيانًا دعمًا لإعادة الإدماج.",
        ),
    },
    "Host country": {
        "fr": (
            "Pays d'accueil",
            "",
            "Pays où vit le migrant, ou qu'il traverse, avant son retour.",
        ),
        "es": (
            "País de acogida",
            "",
            "País en el que vive la persona migrante, o por el que transita, antes de regresar.",
        ),
        "ar": ("بلد الاستضافة", "", "البلد الذي يعيش فيه المهاجر أو يعبره قبل عودته."),
    },
    "Country of origin": {
        "fr": (
            "Pays d'origine",
            "",
            "Pays de nationalité ou d'ancienne résidence habituelle dans lequel le migrant "
            "retourne.",
        ),
        "es": (
            "País de origen",
            "",
            "País de nacionalidad o de antigua residencia habitual al que regresa la persona "
            "migrante.",
        ),
        "ar": (
            "بلد المنشأ",
            "",
            "بلد الجنسية أو الإقامة المعتادة السابقة الذي يعود إليه المهاجر.",
        ),
    },
    "Economic dimension": {
        "fr": (
            "Dimension économique",
            "",
            "Volet de la réintégration qui touche aux revenus, au travail et à l'autonomie.",
        ),
        "es": (
            "Dimensión económica",
            "",
            "Parte de la reintegración relacionada con los ingresos, el trabajo y la "
            "autosuficiencia.",
        ),
        "ar": ("البعد الاقتصادي", "", "جانب إعادة الإدماج المتعلق بالدخل والعمل والاكتفاء الذاتي."),
    },
    "Social dimension": {
        "fr": (
            "Dimension sociale",
            "",
            "Accès des personnes de retour aux services publics et aux infrastructures : santé, "
            "éducation, logement, justice et protection sociale.",
        ),
        "es": (
            "Dimensión social",
            "",
            "Acceso de las personas retornadas a los servicios públicos y las infraestructuras: "
            "salud, educación, vivienda, justicia y protección social.",
        ),
        "ar": (
            "البعد الاجتماعي",
            "",
            "حصول العائدين على الخدمات العامة والبنى التحتية: الصحة والتعليم والسكن والعدالة "
            "والحماية الاجتماعية.",
        ),
    },
    "Psychosocial dimension": {
        "fr": (
            "Dimension psychosociale",
            "",
            "Bien-être émotionnel et psychologique des personnes de retour, et leurs liens avec "
            "leur famille et leur communauté.",
        ),
        "es": (
            "Dimensión psicosocial",
            "",
            "Bienestar emocional y psicológico de las personas retornadas y sus vínculos con la "
            "familia y la comunidad.",
        ),
        "ar": (
            "البعد النفسي والاجتماعي",
            "",
            "رفاه العائدين العاطفي والنفسي وروابطهم مع الأسرة والمجتمع.",
        ),
    },
    "European Economic Area": {
        "fr": (
            "Espace économique européen",
            "EEE",
            "Les États membres de l'Union européenne, avec l'Islande, le Liechtenstein et la "
            "Norvège ; l'une des régions retenues par l'OIM dans ses statistiques sur le retour.",
        ),
        "es": (
            "Espacio Económico Europeo",
            "EEE",
            "Los Estados miembros de la Unión Europea junto con Islandia, Liechtenstein y "
            "Noruega; una de las regiones que usa la OIM en sus estadísticas de retorno.",
        ),
        "ar": (
            "المنطقة الاقتصادية الأوروبية",
            "EEA",
            "الدول الأعضاء في الاتحاد الأوروبي إضافة إلى آيسلندا وليختنشتاين والنرويج، وهي "
            "إحدى التسميات الإقليمية التي تعتمدها المنظمة الدولية للهجرة في إحصاءات العودة.",
        ),
    },
    "South-Eastern Europe, Eastern Europe and Central Asia": {
        "fr": (
            "Europe du Sud-Est, Europe orientale et Asie centrale",
            "SEEECA",
            "L'une des neuf grandes régions définies par l'OIM.",
        ),
        "es": (
            "Europa Sudoriental, Europa Oriental y Asia Central",
            "SEEECA",
            "Una de las nueve regiones que define la OIM.",
        ),
        "ar": (
            "جنوب شرق أوروبا وأوروبا الشرقية وآسيا الوسطى",
            "SEEECA",
            "إحدى التسميات الإقليمية التسع التي تعتمدها المنظمة الدولية للهجرة.",
        ),
    },
    "West and Central Africa": {
        "fr": (
            "Afrique de l'Ouest et du Centre",
            "WCA",
            "L'une des neuf grandes régions définies par l'OIM.",
        ),
        "es": (
            "África Occidental y Central",
            "WCA",
            "Una de las nueve regiones que define la OIM.",
        ),
        "ar": (
            "غرب ووسط أفريقيا",
            "WCA",
            "إحدى التسميات الإقليمية التسع التي تعتمدها المنظمة الدولية للهجرة.",
        ),
    },
    "Middle East and North Africa": {
        "fr": (
            "Moyen-Orient et Afrique du Nord",
            "MENA",
            "L'une des neuf grandes régions définies par l'OIM.",
        ),
        "es": (
            "Oriente Medio y Norte de África",
            "MENA",
            "Una de las nueve regiones que define la OIM.",
        ),
        "ar": (
            "الشرق الأوسط وشمال أفريقيا",
            "MENA",
            "إحدى التسميات الإقليمية التسع التي تعتمدها المنظمة الدولية للهجرة.",
        ),
    },
}
