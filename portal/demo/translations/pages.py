"""The Community, Spotlight and About pages and the Spotlight stories in French, Spanish
and Arabic; the Knowledge section comes from ``knowledge``.

Keys are page paths below the home page; values give each language's fields.
"""

from portal.demo.translations.knowledge import KNOWLEDGE_PAGES

COMMUNITY = {
    "fr": {
        "title": "Communauté",
        "summary": "Des groupes thématiques où les praticiens partagent leur expérience et "
        "leurs questions.",
    },
    "es": {
        "title": "Comunidad",
        "summary": "Grupos temáticos donde los profesionales comparten experiencias y preguntas.",
    },
    "ar": {
        "title": "المجتمع",
        "summary": "مجموعات مواضيعية يتبادل فيها الممارسون خبراتهم وأسئلتهم.",
    },
}

SPOTLIGHT = {
    "fr": {
        "title": "À la une",
        "summary": "Actualités, récits de personnes de retour et chiffres du terrain.",
    },
    "es": {
        "title": "Destacados",
        "summary": "Noticias, historias de personas retornadas y cifras del terreno.",
    },
    "ar": {
        "title": "في دائرة الضوء",
        "summary": "أخبار وقصص العائدين وأرقام من الميدان.",
    },
}

SPEAK = {
    "fr": {
        "title": "SPEAK : des personnes de retour racontent leur réintégration",
        "summary": (
            "Dans le projet SPEAK de l'OIM, des personnes rentrées chez elles grâce à l'aide au "
            "retour volontaire racontent en courtes vidéos comment s'est passé leur retour et ce "
            "qu'elles ont construit ensuite."
        ),
        "body": [
            (
                "paragraph",
                "<p>SPEAK signifie, en anglais, « renforcer et promouvoir l'engagement autour de "
                "l'aide au retour volontaire et à la réintégration ». L'OIM a lancé ce projet "
                "pour que les informations sur l'aide au retour volontaire viennent de celles et "
                "ceux qui l'ont vécue : des personnes rentrées d'Espagne au Sénégal, de Grèce en "
                "Iraq ou du Soudan en Éthiopie.</p>",
            ),
            (
                "heading",
                {"text": "Peshang : de la Grèce à sa propre boutique en Iraq", "level": "h2"},
            ),
            (
                "paragraph",
                "<p>Peshang est retourné en Iraq depuis la Grèce après le retour de ses parents. "
                "Sans réelle perspective de rester en Europe, il s'est adressé à l'OIM pour "
                "organiser son voyage. Une partie de l'aide reçue lui a permis d'ouvrir une "
                "boutique, qu'il tient aujourd'hui. Sa famille, dit-il, le voit désormais tourné "
                "vers l'avenir plutôt que rongé par les regrets.</p>",
            ),
            (
                "quote",
                {
                    "quote": "Rentrer chez soi peut être aussi difficile que de partir.",
                    "attribution": "Le message de l'OIM dans le projet SPEAK, en substance",
                },
            ),
            ("heading", {"text": "Ce qu'apporte l'aide au retour volontaire", "level": "h2"}),
            (
                "paragraph",
                "<p>Ces programmes offrent une aide administrative, logistique et financière aux "
                "migrants qui souhaitent rentrer mais n'en ont pas les moyens : information dans "
                "le pays d'accueil, accompagnement pendant le voyage et à l'arrivée, puis soutien "
                "économique pour repartir. Depuis 1979, l'OIM a ainsi aidé quelque 1,5 million de "
                "migrants, dont des personnes déboutées de l'asile, des victimes de la traite et "
                "des mineurs non accompagnés.</p>",
            ),
        ],
    },
    "es": {
        "title": "SPEAK: personas retornadas cuentan su propia historia de reintegración",
        "summary": (
            "En el proyecto SPEAK de la OIM, personas que volvieron a su país con el retorno "
            "voluntario asistido cuentan en vídeos breves cómo fue el regreso y qué construyeron "
            "después."
        ),
        "body": [
            (
                "paragraph",
                "<p>SPEAK son las siglas en inglés de «fortalecer y promover la participación en "
                "el retorno voluntario asistido y la reintegración». La OIM lo puso en marcha "
                "para que la información sobre el retorno voluntario asistido llegue de quienes "
                "lo vivieron: personas que regresaron de España a Senegal, de Grecia al Iraq o "
                "del Sudán a Etiopía.</p>",
            ),
            (
                "heading",
                {"text": "Peshang: de Grecia a su propia tienda en el Iraq", "level": "h2"},
            ),
            (
                "paragraph",
                "<p>Peshang volvió al Iraq desde Grecia después de que regresaran sus padres. Con "
                "pocas posibilidades de quedarse en Europa, pidió a la OIM que le ayudara a volver. "
                "Parte del apoyo que recibió le sirvió para abrir una tienda, que hoy regenta. Su "
                "familia, cuenta, lo ve mirando hacia adelante en lugar de lamentarse por el "
                "pasado.</p>",
            ),
            (
                "quote",
                {
                    "quote": "Volver a casa puede ser tan difícil como lo fue marcharse.",
                    "attribution": "El mensaje de la OIM en el proyecto SPEAK, en resumen",
                },
            ),
            ("heading", {"text": "Qué ofrece el retorno voluntario asistido", "level": "h2"}),
            (
                "paragraph",
                "<p>Los programas brindan ayuda administrativa, logística y económica a migrantes "
                "que quieren regresar pero no pueden costearlo: información en el país de "
                "acogida, apoyo durante el viaje y a la llegada, y ayuda económica para volver a "
                "empezar. Desde 1979 la OIM ha asistido así a alrededor de 1,5 millones de "
                "migrantes, entre ellos personas cuya solicitud de asilo fue denegada, víctimas de "
                "trata y menores no acompañados.</p>",
            ),
        ],
    },
    "ar": {
        "title": "مشروع SPEAK: عائدون يروون بأنفسهم قصص إعادة إدماجهم",
        "summary": (
            "في مشروع SPEAK التابع للمنظمة الدولية للهجرة، يصف أشخاص عادوا إلى بلدانهم عبر "
            "برامج العودة الطوعية المدعومة، في مقاطع فيديو قصيرة، كيف كانت عودتهم وما الذي "
            "بنوه بعدها."
        ),
        "body": [
            (
                "paragraph",
                "<p>يرمز اسم SPEAK بالإنجليزية إلى «تعزيز المشاركة في العودة الطوعية المدعومة "
                "وإعادة الإدماج وتشجيعها». أطلقت المنظمة الدولية للهجرة هذا المشروع لكي تأتي "
                "المعلومات الدقيقة عن العودة الطوعية المدعومة ممن عاشوا التجربة بأنفسهم: عائدون "
                "من إسبانيا إلى السنغال، ومن اليونان إلى العراق، ومن السودان إلى إثيوبيا.</p>",
            ),
            ("heading", {"text": "بشنك: من اليونان إلى متجره الخاص في العراق", "level": "h2"}),
            (
                "paragraph",
                "<p>عاد بشنك من اليونان إلى العراق بعد أن عاد والداه. ولمّا لم يعد يرى أملًا في "
                "البقاء في أوروبا، طلب من المنظمة أن تساعده على العودة. وقد استخدم جزءًا من "
                "الدعم الذي تلقّاه في افتتاح متجر يديره اليوم. ويقول إن أسرته باتت تراه يبني "
                "مستقبله بدل أن يلتفت إلى الماضي نادمًا.</p>",
            ),
            (
                "quote",
                {
                    "quote": "قد تكون العودة إلى الوطن صعبة بقدر صعوبة الرحيل عنه.",
                    "attribution": "خلاصة رسالة المنظمة الدولية للهجرة في مشروع SPEAK",
                },
            ),
            ("heading", {"text": "ما الذي تقدّمه العودة الطوعية المدعومة", "level": "h2"}),
            (
                "paragraph",
                "<p>تقدّم هذه البرامج مساعدة إدارية ولوجستية ومالية للمهاجرين الذين يرغبون في "
                "العودة ولا يملكون وسائلها: معلومات في بلد الاستضافة، ومرافقة أثناء السفر وعند "
                "الوصول، ودعمًا اقتصاديًا لبدء حياة جديدة. ومنذ عام 1979 ساعدت المنظمة بهذه "
                "الطريقة نحو 1.5 مليون مهاجر، منهم أشخاص رُفضت طلبات لجوئهم، وضحايا للاتجار "
                "بالبشر، وقاصرون غير مصحوبين.</p>",
            ),
        ],
    },
}

FIGURES_2019 = {
    "fr": {
        "title": "2019 en chiffres : d'où les migrants sont partis et où ils sont rentrés",
        "summary": (
            "Pour la première fois, l'OIM a aidé plus de migrants à rentrer depuis le Niger que "
            "depuis l'Allemagne. Retour sur les grands chiffres du rapport 2019 de l'OIM."
        ),
        "body": [
            (
                "paragraph",
                "<p>En 2019, l'OIM a aidé 64\u202f958 migrants à rentrer volontairement dans leur "
                "pays, presque autant qu'en 2018. La répartition a toutefois changé : les retours "
                "depuis l'Espace économique européen et la Suisse ont diminué, ceux depuis "
                "l'Afrique de l'Ouest et du Centre ont augmenté. Pour la première fois depuis le "
                "début des programmes, le Niger a dépassé l'Allemagne comme principal pays "
                "d'accueil.</p>",
            ),
            (
                "paragraph",
                "<p>Près de 45 % des personnes aidées (44,6 %) sont rentrées dans un pays de leur "
                "propre région, contre 37 % en 2018. Par ailleurs, 15\u202f248 personnes en Libye "
                "et au Yémen ont pu rentrer grâce au retour humanitaire volontaire, et "
                "126\u202f442 services de réintégration ont été fournis par 112 bureaux de pays."
                "</p>",
            ),
        ],
    },
    "es": {
        "title": "2019 en cifras: desde dónde y hacia dónde regresaron las personas",
        "summary": (
            "Por primera vez, la OIM ayudó a regresar a más migrantes desde el Níger que desde "
            "Alemania. Un repaso a las cifras principales del informe 2019 de la OIM."
        ),
        "body": [
            (
                "paragraph",
                "<p>En 2019 la OIM ayudó a 64.958 migrantes a regresar voluntariamente a su país, "
                "una cifra similar a la de 2018. Pero la composición cambió: hubo menos retornos "
                "desde el Espacio Económico Europeo y Suiza, y más desde África Occidental y "
                "Central. Por primera vez desde el inicio de los programas, el Níger superó a "
                "Alemania como principal país de acogida.</p>",
            ),
            (
                "paragraph",
                "<p>Casi el 45 % de las personas asistidas (44,6 %) regresó dentro de su propia "
                "región, frente al 37 % de 2018. Además, 15.248 personas en Libia y el Yemen "
                "volvieron a casa mediante el retorno humanitario voluntario, y 112 oficinas de "
                "país prestaron 126.442 servicios de reintegración.</p>",
            ),
        ],
    },
    "ar": {
        "title": "عام 2019 بالأرقام: من أين عاد الناس وإلى أين",
        "summary": (
            "للمرة الأولى ساعدت المنظمة الدولية للهجرة عددًا من المهاجرين على العودة من النيجر "
            "أكبر مما ساعدته على العودة من ألمانيا. نظرة على أبرز أرقام تقرير المنظمة لعام 2019."
        ),
        "body": [
            (
                "paragraph",
                "<p>في عام 2019، ساعدت المنظمة 64,958 مهاجرًا على العودة الطوعية إلى بلدانهم، وهو "
                "عدد يقارب عدد عام 2018. غير أن التوزيع تغيّر: تراجعت حالات العودة من المنطقة "
                "الاقتصادية الأوروبية وسويسرا، وازدادت من غرب أفريقيا ووسطها. وللمرة الأولى منذ "
                "بدء هذه البرامج، تجاوزت النيجر ألمانيا بوصفها أول بلد استضافة.</p>",
            ),
            (
                "paragraph",
                "<p>عاد قرابة 45 في المائة ممن تلقّوا المساعدة (44.6 في المائة) إلى بلد يقع في "
                "منطقتهم نفسها، مقابل 37 في المائة في عام 2018. كما عاد 15,248 شخصًا من ليبيا "
                "واليمن عبر العودة الإنسانية الطوعية، وقُدِّمت 126,442 خدمة من خدمات إعادة الإدماج "
                "عبر 112 مكتبًا قُطريًا.</p>",
            ),
        ],
    },
}

ABOUT = {
    "fr": {
        "title": "À propos de la plateforme",
        "summary": "À quoi sert la plateforme Return & Reintegration Hub et à qui elle s'adresse.",
        "body": [
            (
                "paragraph",
                "<p>Return &amp; Reintegration Hub réunit en un seul endroit ce dont les "
                "praticiens ont besoin : des publications et des outils, une communauté de pairs, "
                "des cours et des webinaires, et une carte indiquant qui mène quelle initiative "
                "de réintégration, et où. Elle s'adresse aux gestionnaires de cas, responsables "
                "de programmes, décideurs et chercheurs des pays d'accueil comme des pays "
                "d'origine, et elle reste utilisable avec une connexion lente et sans "
                "JavaScript.</p>",
            ),
            (
                "heading",
                {"text": "Pourquoi la réintégration a besoin de savoirs partagés", "level": "h2"},
            ),
            (
                "paragraph",
                "<p>La réintégration est un processus qui comporte des dimensions économique, "
                "sociale et psychosociale, et qui se joue à l'échelle de la personne, de la "
                "communauté et des structures du pays. Aucune organisation n'en voit toutes les "
                "facettes : c'est pourquoi la plateforme invite ses membres à partager leurs "
                "propres ressources, initiatives et expériences.</p>",
            ),
        ],
    },
    "es": {
        "title": "Acerca de la plataforma",
        "summary": "Para qué sirve Return & Reintegration Hub y a quién está dirigida.",
        "body": [
            (
                "paragraph",
                "<p>Return &amp; Reintegration Hub reúne en un solo lugar lo que los "
                "profesionales necesitan: publicaciones y herramientas, una comunidad de colegas, "
                "cursos y seminarios web, y un mapa de quién lleva a cabo cada iniciativa de "
                "reintegración y dónde. Está pensada para gestores de casos, responsables de "
                "programas, formuladores de políticas e investigadores de los países de acogida y "
                "de origen, y funciona también con conexiones lentas y sin JavaScript.</p>",
            ),
            (
                "heading",
                {
                    "text": "Por qué la reintegración necesita conocimiento compartido",
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                "<p>La reintegración es un proceso con dimensiones económicas, sociales y "
                "psicosociales, que se da en el plano de la persona, de la comunidad y de las "
                "estructuras del país. Ninguna organización lo abarca por completo; por eso la "
                "plataforma invita a sus miembros a aportar sus propios recursos, iniciativas y "
                "experiencias.</p>",
            ),
        ],
    },
    "ar": {
        "title": "عن المنصة",
        "summary": "الغاية من منصة Return & Reintegration Hub والفئات التي تخدمها.",
        "body": [
            (
                "paragraph",
                "<p>تجمع منصة Return &amp; Reintegration Hub في مكان واحد ما يحتاج إليه "
                "الممارسون: منشورات وأدوات، ومجتمعًا من الزملاء، ودورات وندوات إلكترونية، وخريطة "
                "تبيّن من ينفّذ كل مبادرة لإعادة الإدماج وأين. وهي موجّهة إلى مديري الحالات "
                "ومديري البرامج وصانعي السياسات والباحثين في بلدان الاستضافة وبلدان المنشأ، "
                "وصُمّمت لتبقى قابلة للاستخدام مع الاتصالات البطيئة ومن دون JavaScript.</p>",
            ),
            (
                "heading",
                {"text": "لماذا تحتاج إعادة الإدماج إلى معرفة مشتركة", "level": "h2"},
            ),
            (
                "paragraph",
                "<p>إعادة الإدماج عملية لها أبعاد اقتصادية واجتماعية ونفسية اجتماعية، وتجري على "
                "مستوى الفرد والمجتمع المحلي والهياكل الأوسع في البلد. ولا تستطيع أي منظمة بمفردها "
                "أن تحيط بجوانبها كلها، ولذلك تدعو المنصة أعضاءها إلى المساهمة بمواردهم "
                "ومبادراتهم وخبراتهم.</p>",
            ),
        ],
    },
}


def _news(paragraphs):
    return [("paragraph", f"<p>{text}</p>") for text in paragraphs]


# The three news items dated from IOM's press notes (portal.demo.site.STORIES).
BANGLADESH = {
    "fr": {
        "title": "152 migrants bangladais rentrent de Libye",
        "summary": (
            "Des rescapés de traversées manquées et d'anciens détenus ont volé de Misrata à "
            "Dacca grâce au retour humanitaire volontaire et recevront une aide à la réintégration."
        ),
        "body": _news(
            [
                "Un vol parti de Misrata a ramené à Dacca 152 hommes bangladais, dont des blessés "
                "du conflit et des migrants détenus après le renvoi de leur embarcation. À "
                "l'aéroport, l'équipe de l'OIM leur a remis de la nourriture, proposé un bilan de "
                "santé et un soutien psychosocial, et donné de quoi poursuivre leur trajet.",
                "Ils recevront aussi une aide à la réintégration financée par le Fonds fiduciaire "
                "de l'Union européenne. Depuis 2015, plus de 1 400 Bangladais sont rentrés de Libye "
                "par le retour humanitaire volontaire.",
            ]
        ),
    },
    "es": {
        "title": "152 migrantes bangladesíes regresan de Libia",
        "summary": (
            "Supervivientes de travesías fallidas y antiguos detenidos volaron de Misrata a Daca "
            "mediante el retorno humanitario voluntario y recibirán apoyo para reintegrarse."
        ),
        "body": _news(
            [
                "Un vuelo desde Misrata llevó a Daca a 152 hombres bangladesíes, entre ellos "
                "heridos del conflicto y migrantes detenidos después de que sus barcas fueran "
                "devueltas. En el aeropuerto, el personal de la OIM les dio comida, controles de "
                "salud, apoyo psicosocial, información y dinero para seguir el viaje.",
                "También recibirán asistencia para la reintegración financiada por el Fondo "
                "Fiduciario de la Unión Europea. Desde 2015, más de 1.400 bangladesíes han vuelto "
                "de Libia mediante el retorno humanitario voluntario.",
            ]
        ),
    },
    "ar": {
        "title": "عودة 152 مهاجرًا بنغلاديشيًا من ليبيا",
        "summary": (
            "سافر ناجون من رحلات بحرية فاشلة ومحتجزون سابقون من مصراتة إلى دكا عبر العودة "
            "الإنسانية الطوعية، وسيتلقون دعمًا لإعادة الإدماج."
        ),
        "body": _news(
            [
                "أعادت رحلة من مصراتة 152 رجلًا بنغلاديشيًا إلى دكا، بينهم جرحى النزاع ومهاجرون "
                "احتُجزوا بعد إعادة قواربهم. وفي المطار قدّم فريق المنظمة الدولية للهجرة لهم "
                "الطعام والفحوص الصحية والدعم النفسي الاجتماعي والمعلومات ومبلغًا نقديًا لمواصلة "
                "الطريق.",
                "وسيحصلون كذلك على مساعدة لإعادة الإدماج يموّلها الصندوق الاستئماني للاتحاد "
                "الأوروبي. ومنذ عام 2015 عاد أكثر من 1400 بنغلاديشي من ليبيا عبر العودة الإنسانية "
                "الطوعية.",
            ]
        ),
    },
}

ETHIOPIA = {
    "fr": {
        "title": "Un partenariat pour soutenir 600 enfants en Éthiopie",
        "summary": (
            "L'OIM et Save the Children s'associent pour 400 enfants de retour et 200 autres "
            "enfants vulnérables dans l'Hararghe oriental, l'Oromia et le Wollo du Nord."
        ),
        "body": _news(
            [
                "Pendant dix-huit mois, les partenaires prévoient d'aider 400 enfants de retour et "
                "200 autres enfants vulnérables dans huit zones d'Éthiopie. Les familles sont "
                "soutenues dans leur rôle de parents et dans des activités génératrices de revenus ; "
                "les enfants suivent des formations, notamment à la confiance en soi.",
                "C'est le quatrième partenariat de ce type conclu au titre de l'Initiative conjointe "
                "UE-OIM pour la protection et la réintégration des migrants dans des régions "
                "d'Éthiopie où la migration irrégulière est fréquente.",
            ]
        ),
    },
    "es": {
        "title": "Una alianza para apoyar a 600 niños en Etiopía",
        "summary": (
            "La OIM y Save the Children se unen en favor de 400 niños retornados y otros 200 "
            "niños vulnerables en Hararghe Oriental, Oromia y Wollo Norte."
        ),
        "body": _news(
            [
                "Durante dieciocho meses, los socios prevén apoyar a 400 niños retornados y a otros "
                "200 niños vulnerables en ocho zonas de Etiopía. Las familias reciben ayuda para la "
                "crianza y para actividades que generan ingresos; los niños participan en "
                "formaciones, entre ellas de confianza en sí mismos.",
                "Es la cuarta alianza de este tipo en el marco de la Iniciativa Conjunta UE-OIM "
                "para la Protección y Reintegración de Migrantes en regiones de Etiopía donde la "
                "migración irregular es frecuente.",
            ]
        ),
    },
    "ar": {
        "title": "شراكة لدعم 600 طفل في إثيوبيا",
        "summary": (
            "تتعاون المنظمة الدولية للهجرة ومنظمة إنقاذ الطفولة لدعم 400 طفل عائد و200 طفل آخرين "
            "في أوضاع هشة في هررجي الشرقية وأوروميا وشمال ولو."
        ),
        "body": _news(
            [
                "يعتزم الشريكان على مدى ثمانية عشر شهرًا دعم 400 طفل عائد و200 طفل آخرين في أوضاع "
                "هشة في ثماني مناطق من إثيوبيا. وتتلقى الأسر دعمًا في مهارات التربية وفي أنشطة "
                "مدرّة للدخل، ويشارك الأطفال في تدريبات منها بناء الثقة بالنفس.",
                "وهذه هي الشراكة الرابعة من نوعها في إطار المبادرة المشتركة بين الاتحاد الأوروبي "
                "والمنظمة الدولية للهجرة لحماية المهاجرين وإعادة إدماجهم في مناطق إثيوبية تكثر "
                "فيها الهجرة غير النظامية.",
            ]
        ),
    },
}

GUATEMALA = {
    "fr": {
        "title": "Le Guatemala va tripler sa capacité d'accueil des personnes de retour à l'aéroport",
        "summary": (
            "Un centre à l'aéroport international La Aurora, construit avec l'OIM et géré par "
            "l'Institut guatémaltèque des migrations, accueillera les personnes renvoyées par avion."
        ),
        "body": _news(
            [
                "Le Guatemala construit à l'aéroport international La Aurora un centre d'accueil "
                "pour ses ressortissants renvoyés par avion du Mexique et des États-Unis. L'OIM "
                "supervise les travaux, financés à hauteur de 1,2 million de dollars par l'USAID ; "
                "l'Institut guatémaltèque des migrations gérera le centre.",
                "Entre janvier et novembre 2018, 87 560 retours ont été enregistrés, 45,8 % de plus "
                "que sur la même période de 2017. Le centre comptera des espaces pour les enfants et "
                "les familles, des cabinets médicaux et une salle d'entretien psychosocial.",
            ]
        ),
    },
    "es": {
        "title": "Guatemala triplicará su capacidad de recepción de retornados en el aeropuerto",
        "summary": (
            "Un centro en el Aeropuerto Internacional La Aurora, construido con la OIM y "
            "gestionado por el Instituto Guatemalteco de Migración, recibirá a quienes regresan "
            "por vía aérea."
        ),
        "body": _news(
            [
                "Guatemala construye en el Aeropuerto Internacional La Aurora un centro de "
                "recepción para sus ciudadanos retornados por vía aérea desde México y los Estados "
                "Unidos. La OIM supervisa la obra, financiada con 1,2 millones de dólares de USAID; "
                "el Instituto Guatemalteco de Migración gestionará el centro.",
                "Entre enero y noviembre de 2018 se registraron 87.560 retornos, un 45,8 % más que "
                "en los mismos meses de 2017. El centro tendrá espacios para niños y familias, "
                "clínicas médicas y una sala para entrevistas psicosociales.",
            ]
        ),
    },
    "ar": {
        "title": "غواتيمالا تضاعف ثلاث مرات قدرتها على استقبال العائدين في المطار",
        "summary": (
            "سيستقبل مركز في مطار لا أورورا الدولي، بُني بالتعاون مع المنظمة الدولية للهجرة ويديره "
            "المعهد الغواتيمالي للهجرة، الأشخاص المُعادين جوًا."
        ),
        "body": _news(
            [
                "تبني غواتيمالا في مطار لا أورورا الدولي مركزًا لاستقبال مواطنيها المُعادين جوًا "
                "من المكسيك والولايات المتحدة. وتشرف المنظمة الدولية للهجرة على البناء الذي تموّله "
                "الوكالة الأمريكية للتنمية الدولية بمبلغ 1.2 مليون دولار، وسيتولى المعهد "
                "الغواتيمالي للهجرة إدارة المركز.",
                "وبين يناير ونوفمبر 2018 سُجلت 87560 حالة عودة، بزيادة 45.8 في المائة عن الأشهر "
                "نفسها من عام 2017. وسيضم المركز أماكن للأطفال والأسر وعيادات طبية وغرفة للمقابلات "
                "النفسية الاجتماعية.",
            ]
        ),
    },
}


PAGES = {
    "community": COMMUNITY,
    "spotlight": SPOTLIGHT,
    "spotlight/speak-returnees-tell-their-stories": SPEAK,
    "spotlight/2019-in-figures": FIGURES_2019,
    "spotlight/bangladeshi-migrants-return-from-libya": BANGLADESH,
    "spotlight/ethiopia-partnership-for-600-children": ETHIOPIA,
    "spotlight/guatemala-airport-reception-centre": GUATEMALA,
    "about": ABOUT,
    **KNOWLEDGE_PAGES,
}
