"""The demo groups' names and descriptions in French, Spanish and Arabic, and discussions
written in French and Arabic by practitioners who work in those languages.

Figures come from IOM's 2019 Return and Reintegration Key Highlights and the Reintegration
Handbook (see ../shared/seeds): post-arrival reintegration services in Mali (18,593) and Guinea
(8,378); assisted returns to Mali (5,576) and Guinea (4,458) in 2019; the EU–IOM Joint
Initiative launched in December 2016; Iraq first among the countries of the Middle East and
North Africa providing reintegration assistance; 4,187 Iraqis among those who returned from
Greece between June 2016 and August 2019; family tracing before a child's return and a visit
within one week of arrival in the Gambia (68 minors among more than 4,000 returnees since 2017,
22 of them unaccompanied or separated).
"""

# slug -> {language: (name, description)}
GROUP_TEXTS = {
    "economic-reintegration": {
        "fr": (
            "Réintégration économique",
            "Moyens de subsistance, emploi, micro-entreprise et accès au financement pour les "
            "personnes revenues dans leur pays : ce qui les aide à atteindre l'autonomie "
            "économique.",
        ),
        "es": (
            "Reintegración económica",
            "Medios de vida, empleo, microempresas y acceso a financiación para quienes han "
            "regresado: qué ayuda a las personas retornadas a alcanzar la autosuficiencia.",
        ),
        "ar": (
            "إعادة الإدماج الاقتصادي",
            "سبل العيش والعمل والمشاريع الصغيرة والحصول على التمويل للعائدين: ما الذي يساعدهم "
            "على بلوغ الاكتفاء الذاتي.",
        ),
    },
    "social-reintegration": {
        "fr": (
            "Réintégration sociale",
            "Logement, santé, éducation, papiers d'identité et autres services publics dont les "
            "personnes de retour ont besoin pour reprendre leur place dans la société.",
        ),
        "es": (
            "Reintegración social",
            "Vivienda, salud, educación, documentación y demás servicios públicos que las "
            "personas retornadas necesitan para volver a participar en la sociedad.",
        ),
        "ar": (
            "إعادة الإدماج الاجتماعي",
            "السكن والصحة والتعليم والوثائق الثبوتية وغيرها من الخدمات العامة التي يحتاجها "
            "العائدون ليعودوا إلى المشاركة في حياة المجتمع.",
        ),
    },
    "psychosocial-reintegration": {
        "fr": (
            "Réintégration psychosociale",
            "Bien-être émotionnel, sentiment d'appartenance et réseaux de soutien après le "
            "retour, et comment orienter les personnes vers une prise en charge spécialisée.",
        ),
        "es": (
            "Reintegración psicosocial",
            "Bienestar emocional, sentido de pertenencia y redes de apoyo tras el retorno, y "
            "cómo derivar a las personas hacia una atención especializada.",
        ),
        "ar": (
            "إعادة الإدماج النفسي والاجتماعي",
            "الرفاه النفسي والشعور بالانتماء وشبكات الدعم بعد العودة، وكيفية إحالة الأشخاص "
            "إلى الرعاية المتخصصة.",
        ),
    },
    "individual-level-assistance": {
        "fr": (
            "Assistance au niveau individuel",
            "Gestion de cas et plans d'assistance sur mesure, construits avec chaque personne "
            "de retour à partir de ses besoins et de ses compétences.",
        ),
        "es": (
            "Asistencia a nivel individual",
            "Gestión de casos y planes de asistencia a medida, elaborados con cada persona "
            "retornada a partir de sus propias necesidades y habilidades.",
        ),
        "ar": (
            "المساعدة على المستوى الفردي",
            "إدارة الحالات وخطط مساعدة مصمَّمة مع كل عائد انطلاقًا من احتياجاته ومهاراته.",
        ),
    },
    "community-level-reintegration": {
        "fr": (
            "Réintégration au niveau communautaire",
            "Projets participatifs qui profitent à la fois aux personnes de retour et aux "
            "communautés qui les accueillent, pour que l'appropriation reste locale.",
        ),
        "es": (
            "Reintegración a nivel comunitario",
            "Proyectos participativos que benefician tanto a las personas retornadas como a las "
            "comunidades que las reciben, para que la apropiación siga siendo local.",
        ),
        "ar": (
            "إعادة الإدماج على مستوى المجتمع المحلي",
            "مشاريع تشاركية تعود بالنفع على العائدين وعلى المجتمعات التي تستقبلهم معًا، كي "
            "تبقى ملكية العملية في يد المجتمع المحلي.",
        ),
    },
    "structural-level-and-capacity-building": {
        "fr": (
            "Niveau structurel et renforcement des capacités",
            "Renforcer les systèmes et les politiques publics pour que les programmes de "
            "réintégration durent et touchent davantage de personnes.",
        ),
        "es": (
            "Nivel estructural y fortalecimiento de capacidades",
            "Fortalecer los sistemas y las políticas públicas para que los programas de "
            "reintegración perduren y lleguen más lejos.",
        ),
        "ar": (
            "المستوى الهيكلي وبناء القدرات",
            "تعزيز الأنظمة والسياسات العامة كي تدوم برامج إعادة الإدماج ويتسع نطاقها.",
        ),
    },
    "voluntary-humanitarian-return": {
        "fr": (
            "Retour humanitaire volontaire",
            "Retours organisés pour les migrants bloqués dans des situations de crise, et la "
            "réintégration qui vient ensuite.",
        ),
        "es": (
            "Retorno humanitario voluntario",
            "Retornos organizados para migrantes varados en situaciones de crisis, y cómo es "
            "la reintegración después.",
        ),
        "ar": (
            "العودة الإنسانية الطوعية",
            "عمليات عودة تُنظَّم للمهاجرين العالقين في أوضاع الأزمات، وما تكون عليه إعادة "
            "الإدماج بعدها.",
        ),
    },
    "children-and-families": {
        "fr": (
            "Enfants et familles",
            "Soutien à la réintégration des enfants et des familles de retour : scolarité, "
            "modalités de prise en charge et besoins de la famille.",
        ),
        "es": (
            "Niñez y familias",
            "Apoyo a la reintegración de niñas, niños y familias retornados: escolarización, "
            "modalidades de cuidado y necesidades familiares.",
        ),
        "ar": (
            "الأطفال والأسر",
            "دعم إعادة إدماج الأطفال والأسر العائدين: التعليم المدرسي وترتيبات الرعاية "
            "واحتياجات الأسرة.",
        ),
    },
}

# Members who write in French or Arabic: (username, name, organisation type, job, country).
MEMBERS = [
    ("mariama.demo", "Mariama Camara", "ngo", "Reintegration counsellor", "GN"),
    ("moussa.demo", "Moussa Keïta", "government", "Reintegration officer", "ML"),
    ("zainab.demo", "Zainab Hassan", "ngo", "Psychosocial support specialist", "IQ"),
    ("karim.demo", "Karim Benali", "ngo", "Reintegration programme coordinator", "MA"),
]

# (group slug, language, author, title, opening, [(author, language, reply), ...])
THREADS = [
    (
        "economic-reintegration",
        "fr",
        "mariama.demo",
        "Aide au démarrage d'activité en Guinée et au Mali : qu'est-ce qui tient après six mois ?",
        "En 2019, la Guinée comptait 8 378 services de réintégration après l'arrivée, et le Mali "
        "18 593 : deux des cinq premiers pays d'origine pour ce type d'aide. Chez nous, la "
        "plupart des personnes de retour choisissent une aide en nature pour lancer une petite "
        "activité (boutique, couture, petit élevage).\n\n"
        "Quelques mois plus tard, une partie de ces activités a fermé. Comment décidez-vous "
        "entre une aide individuelle et un projet collectif ? Et comment gardez-vous le plan de "
        "réintégration réaliste pour le moment où l'aide s'arrête ?",
        [
            (
                "moussa.demo",
                "fr",
                "Au Mali, nous avons accueilli 5 576 retours assistés en 2019, plus que tout "
                "autre pays d'Afrique de l'Ouest et du Centre. Ce qui marche le mieux chez nous : "
                "partir de l'expérience et des compétences de la personne plutôt que d'une liste "
                "d'activités toutes faites, et regrouper plusieurs personnes dans un projet "
                "collectif quand le marché du village est trop petit pour trois boutiques "
                "identiques.",
            ),
            (
                "amina.demo",
                "fr",
                "Je suis d'accord avec Moussa. Nous disons dès le premier entretien jusqu'à "
                "quand l'aide est prévue, et nous revoyons le plan avec la personne avant cette "
                "date. Le Manuel sur la réintégration le rappelle : le plan se construit "
                "ensemble, et le conseiller doit donner une idée réaliste de ce qui est "
                "disponible.",
            ),
        ],
    ),
    (
        "psychosocial-reintegration",
        "ar",
        "zainab.demo",
        "متى نحيل العائدين إلى الدعم النفسي المتخصص؟",
        "يأتي العراق في مقدمة بلدان منطقة الشرق الأوسط وشمال أفريقيا من حيث تقديم مساعدات "
        "إعادة الإدماج، وكثير ممن نستقبلهم عادوا من اليونان (4187 عراقيًا بين حزيران/يونيو "
        "2016 وآب/أغسطس 2019).\n\n"
        "في اللقاء الأول قلّما يتحدث العائد عن مشاعره. نجري محادثة فرز قصيرة، ثم نعرض الإحالة "
        "إلى أخصائي نفسي بوصفها خيارًا من بين خيارات أخرى. كيف تتابعون الحالة بعد الإحالة دون أن "
        "يشعر الشخص بالوصمة؟",
        [
            (
                "karim.demo",
                "ar",
                "في المغرب نعتمد كثيرًا على الشبكات القريبة من الشخص: الأسرة والجيران ومجموعات "
                "الدعم الذاتي والجمعيات المحلية. ننظم دورات لتدريب المدربين لفائدة الفاعلين "
                "المحليين حول الأثر النفسي لتجربة العودة، فيصبح السؤال عن الحال جزءًا من "
                "المتابعة العادية لا علامة على مشكلة.",
            ),
            (
                "lena.demo",
                "en",
                "In the studies I have read, a short follow-up call a couple of weeks after the "
                "referral was what people valued most, as long as it came from the same case "
                "manager they already trusted.",
            ),
        ],
    ),
    (
        "children-and-families",
        "fr",
        "amina.demo",
        "Recherche familiale avant le retour d'un enfant non accompagné : vos étapes ?",
        "En Gambie, depuis 2017, l'OIM a aidé 68 mineurs parmi plus de 4 000 personnes à "
        "rentrer, dont 22 enfants non accompagnés ou séparés. Avant chaque retour, une recherche "
        "familiale confirme l'âge et l'identité de l'enfant et qui est son tuteur légitime ; "
        "après l'arrivée, un rendez-vous a lieu dans la semaine avec l'enfant et son tuteur.\n\n"
        "Comment organisez-vous cette recherche quand la famille vit loin de la capitale, et "
        "avec quels services de protection de l'enfance travaillez-vous de part et d'autre de "
        "la frontière ?",
        [
            (
                "mariama.demo",
                "fr",
                "Nous passons par les services sociaux de la préfecture et par les chefs de "
                "quartier, qui connaissent les familles. Au rendez-vous de la première semaine, "
                "la priorité reste la scolarité de l'enfant ; nous orientons vers le soutien "
                "médical ou psychosocial si besoin. Beaucoup d'enfants ne parlent pas tout de "
                "suite : il faut souvent plusieurs séances.",
            ),
        ],
    ),
]

# The Community landing page in French, Spanish and Arabic.
LANDING = {
    "fr": {
        "title": "Communauté",
        "intro": (
            "<p>Des groupes thématiques où conseillers, responsables de programme, décideurs et "
            "chercheurs échangent leur expérience du retour et de la réintégration : posez une "
            "question, partagez ce qui a marché, trouvez des pairs qui vivent les mêmes "
            "situations.</p>"
        ),
        "join_text": (
            "<p>Créez un compte gratuit avec votre adresse e-mail professionnelle, confirmez-la, "
            "puis rejoignez les groupes ouverts qui vous intéressent. Les groupes <b>sur "
            "demande</b> sont ouverts par leurs modérateurs ; tout le monde peut lire les "
            "discussions des groupes ouverts.</p>"
        ),
    },
    "es": {
        "title": "Comunidad",
        "intro": (
            "<p>Grupos temáticos donde gestores de casos, responsables de programas, "
            "responsables de políticas e investigadores intercambian su experiencia sobre el "
            "retorno y la reintegración: haga una pregunta, comparta lo que funcionó y encuentre "
            "colegas que viven las mismas situaciones.</p>"
        ),
        "join_text": (
            "<p>Cree una cuenta gratuita con su correo electrónico de trabajo, confírmelo y "
            "únase a los grupos abiertos que necesite. Los grupos <b>por solicitud</b> los abren "
            "sus moderadores; cualquiera puede leer los debates de los grupos abiertos.</p>"
        ),
    },
    "ar": {
        "title": "المجتمع",
        "intro": (
            "<p>مجموعات مواضيعية يتبادل فيها مديرو الحالات ومديرو البرامج وصانعو السياسات "
            "والباحثون خبراتهم في العودة وإعادة الإدماج: اطرح سؤالًا، وشارك ما نجح، وتعرّف "
            "على زملاء يواجهون المواقف نفسها.</p>"
        ),
        "join_text": (
            "<p>أنشئ حسابًا مجانيًا ببريدك الإلكتروني المهني، وأكّده، ثم انضم إلى المجموعات "
            "المفتوحة التي تحتاجها. المجموعات <b>بطلب</b> يفتحها مشرفوها، ويمكن لأي شخص قراءة "
            "نقاشات المجموعات المفتوحة.</p>"
        ),
    },
}
