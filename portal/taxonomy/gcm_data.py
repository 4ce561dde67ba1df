"""The 23 objectives of the Global Compact for Safe, Orderly and Regular Migration (2018).

Titles keep the meaning of the compact's short titles; each description is the project's own
summary. Every objective is given in English, French, Spanish and Arabic: ``OBJECTIVES[n - 1]``
is ``{language: (title, description)}``. Read by the data migration that seeds the
objectives and by the demo loader (both idempotent).
"""

import uuid

# translation_key of objective n: the same in every locale and every database.
KEY_NAMESPACE = uuid.UUID("6d1c2f0e-8a53-4c1b-9a57-6b0f2e1c0917")


def translation_key(number):
    return uuid.uuid5(KEY_NAMESPACE, f"gcm-objective-{number}")


OBJECTIVES = [
    {
        "en": (
            "Collect and use accurate, disaggregated data for evidence-based policies",
            "Better migration data, broken down by sex, age and status, so that policies rest "
            "on evidence.",
        ),
        "fr": (
            "Collecter et utiliser des données exactes et ventilées pour des politiques "
            "fondées sur des faits",
            "De meilleures données migratoires, ventilées par sexe, âge et statut, pour que les "
            "politiques reposent sur des faits.",
        ),
        "es": (
            "Recopilar y utilizar datos exactos y desglosados para formular políticas basadas "
            "en pruebas",
            "Mejores datos sobre migración, desglosados por sexo, edad y situación, para que "
            "las políticas se basen en pruebas.",
        ),
        "ar": (
            "جمع بيانات دقيقة ومصنفة واستخدامها أساسًا لسياسات قائمة على الأدلة",
            "تحسين بيانات الهجرة وتصنيفها حسب الجنس والعمر والوضع، لكي تستند السياسات إلى الأدلة.",
        ),
    },
    {
        "en": (
            "Minimize the adverse drivers that compel people to leave their country",
            "Tackle poverty, conflict, disasters and other pressures so that nobody has to "
            "migrate out of necessity.",
        ),
        "fr": (
            "Réduire au minimum les facteurs négatifs qui poussent les personnes à quitter leur "
            "pays",
            "Agir sur la pauvreté, les conflits, les catastrophes et les autres pressions pour "
            "que personne ne soit contraint de partir.",
        ),
        "es": (
            "Minimizar los factores adversos que obligan a las personas a abandonar su país",
            "Atender la pobreza, los conflictos, los desastres y otras presiones para que nadie "
            "tenga que migrar por necesidad.",
        ),
        "ar": (
            "الحد من العوامل السلبية التي تضطر الناس إلى مغادرة بلدانهم",
            "معالجة الفقر والنزاعات والكوارث وغيرها من الضغوط حتى لا يُضطر أحد إلى الهجرة.",
        ),
    },
    {
        "en": (
            "Provide accurate and timely information at all stages of migration",
            "Reliable information before departure, on the way, on arrival and on return.",
        ),
        "fr": (
            "Fournir des informations exactes et à jour à toutes les étapes de la migration",
            "Des informations fiables avant le départ, en chemin, à l'arrivée et au retour.",
        ),
        "es": (
            "Proporcionar información exacta y oportuna en todas las etapas de la migración",
            "Información fiable antes de partir, durante el trayecto, a la llegada y al regresar.",
        ),
        "ar": (
            "توفير معلومات دقيقة وفي الوقت المناسب في جميع مراحل الهجرة",
            "معلومات موثوقة قبل المغادرة وأثناء الرحلة وعند الوصول وعند العودة.",
        ),
    },
    {
        "en": (
            "Ensure that all migrants have proof of legal identity and adequate documents",
            "Identity papers and civil registration for every migrant, including those who return.",
        ),
        "fr": (
            "Veiller à ce que tous les migrants aient une preuve d'identité légale et des "
            "papiers adéquats",
            "Des papiers d'identité et un état civil pour chaque migrant, y compris ceux qui "
            "rentrent.",
        ),
        "es": (
            "Velar por que todos los migrantes tengan prueba de su identidad jurídica y "
            "documentación adecuada",
            "Documentos de identidad y registro civil para cada migrante, también para quienes "
            "retornan.",
        ),
        "ar": (
            "ضمان حصول جميع المهاجرين على إثبات للهوية القانونية ووثائق كافية",
            "وثائق هوية وتسجيل مدني لكل مهاجر، بمن فيهم العائدون.",
        ),
    },
    {
        "en": (
            "Enhance the availability and flexibility of pathways for regular migration",
            "More legal routes for work, study and family, adapted to people's needs.",
        ),
        "fr": (
            "Accroître la disponibilité et la souplesse des filières de migration régulière",
            "Davantage de voies légales pour le travail, les études et la famille, adaptées aux "
            "besoins.",
        ),
        "es": (
            "Aumentar la disponibilidad y flexibilidad de las vías de migración regular",
            "Más vías legales para el trabajo, el estudio y la familia, adaptadas a las "
            "necesidades.",
        ),
        "ar": (
            "تعزيز توافر مسارات الهجرة النظامية ومرونتها",
            "مزيد من السبل القانونية للعمل والدراسة ولمّ شمل الأسر، تلائم احتياجات الناس.",
        ),
    },
    {
        "en": (
            "Facilitate fair and ethical recruitment and safeguard decent work",
            "Recruitment without fees or deception, and working conditions that respect rights.",
        ),
        "fr": (
            "Favoriser un recrutement juste et éthique et garantir un travail décent",
            "Un recrutement sans frais ni tromperie et des conditions de travail respectueuses "
            "des droits.",
        ),
        "es": (
            "Facilitar la contratación equitativa y ética y salvaguardar el trabajo decente",
            "Contratación sin comisiones ni engaños y condiciones de trabajo que respeten los "
            "derechos.",
        ),
        "ar": (
            "تيسير التوظيف العادل والأخلاقي وصون ظروف العمل اللائق",
            "توظيف بلا رسوم ولا خداع، وظروف عمل تحترم الحقوق.",
        ),
    },
    {
        "en": (
            "Address and reduce vulnerabilities in migration",
            "Identify and protect migrants in vulnerable situations, such as children and "
            "victims of trafficking.",
        ),
        "fr": (
            "Agir sur les vulnérabilités liées à la migration et les réduire",
            "Repérer et protéger les migrants en situation de vulnérabilité, comme les enfants "
            "et les victimes de la traite.",
        ),
        "es": (
            "Abordar y reducir las vulnerabilidades en la migración",
            "Identificar y proteger a los migrantes en situación de vulnerabilidad, como los "
            "niños y las víctimas de trata.",
        ),
        "ar": (
            "معالجة أوجه الضعف في الهجرة والحد منها",
            "تحديد المهاجرين في أوضاع هشة وحمايتهم، مثل الأطفال وضحايا الاتجار بالبشر.",
        ),
    },
    {
        "en": (
            "Save lives and coordinate international efforts on missing migrants",
            "Search and rescue, and cooperation to find missing migrants and inform their "
            "families.",
        ),
        "fr": (
            "Sauver des vies et coordonner l'action internationale en faveur des migrants disparus",
            "Recherche et sauvetage, et coopération pour retrouver les migrants disparus et "
            "informer leurs familles.",
        ),
        "es": (
            "Salvar vidas y coordinar la acción internacional sobre los migrantes desaparecidos",
            "Búsqueda y salvamento, y cooperación para encontrar a los migrantes desaparecidos "
            "e informar a sus familias.",
        ),
        "ar": (
            "إنقاذ الأرواح وتنسيق الجهود الدولية بشأن المهاجرين المفقودين",
            "البحث والإنقاذ، والتعاون للعثور على المهاجرين المفقودين وإبلاغ أسرهم.",
        ),
    },
    {
        "en": (
            "Strengthen the transnational response to the smuggling of migrants",
            "Cross-border cooperation against smugglers while protecting the people smuggled.",
        ),
        "fr": (
            "Renforcer l'action transnationale face au trafic de migrants",
            "Une coopération par-delà les frontières contre les passeurs, en protégeant les "
            "personnes concernées.",
        ),
        "es": (
            "Reforzar la respuesta transnacional al tráfico ilícito de migrantes",
            "Cooperación transfronteriza contra los traficantes, protegiendo a las personas "
            "objeto de tráfico.",
        ),
        "ar": (
            "تعزيز الاستجابة عبر الوطنية لتهريب المهاجرين",
            "تعاون عابر للحدود ضد المهربين مع حماية الأشخاص المهرَّبين.",
        ),
    },
    {
        "en": (
            "Prevent, combat and eradicate trafficking in persons",
            "Prevention, prosecution and protection, with support for survivors to recover and "
            "return safely.",
        ),
        "fr": (
            "Prévenir, combattre et éliminer la traite des personnes",
            "Prévention, poursuites et protection, avec un soutien aux victimes pour se "
            "rétablir et rentrer en sécurité.",
        ),
        "es": (
            "Prevenir, combatir y erradicar la trata de personas",
            "Prevención, enjuiciamiento y protección, con apoyo a las víctimas para recuperarse "
            "y regresar con seguridad.",
        ),
        "ar": (
            "منع الاتجار بالأشخاص ومكافحته والقضاء عليه",
            "الوقاية والملاحقة القضائية والحماية، مع دعم الناجين للتعافي والعودة بأمان.",
        ),
    },
    {
        "en": (
            "Manage borders in an integrated, secure and coordinated way",
            "Border management that is cooperative, safe and respectful of human rights.",
        ),
        "fr": (
            "Gérer les frontières de manière intégrée, sûre et coordonnée",
            "Une gestion des frontières concertée, sûre et respectueuse des droits humains.",
        ),
        "es": (
            "Gestionar las fronteras de manera integrada, segura y coordinada",
            "Una gestión de fronteras cooperativa, segura y respetuosa de los derechos humanos.",
        ),
        "ar": (
            "إدارة الحدود على نحو متكامل وآمن ومنسق",
            "إدارة للحدود تقوم على التعاون والأمان واحترام حقوق الإنسان.",
        ),
    },
    {
        "en": (
            "Make migration procedures certain and predictable for screening and referral",
            "Clear procedures to assess each person and refer them to the right protection "
            "and services.",
        ),
        "fr": (
            "Rendre les procédures migratoires sûres et prévisibles pour l'évaluation et "
            "l'orientation",
            "Des procédures claires pour évaluer chaque personne et l'orienter vers la bonne "
            "protection et les bons services.",
        ),
        "es": (
            "Dar certeza y previsibilidad a los procedimientos migratorios de evaluación y "
            "derivación",
            "Procedimientos claros para evaluar a cada persona y derivarla a la protección y "
            "los servicios adecuados.",
        ),
        "ar": (
            "تعزيز اليقين والقدرة على التنبؤ في إجراءات الهجرة للفرز والتقييم والإحالة",
            "إجراءات واضحة لتقييم كل شخص وإحالته إلى الحماية والخدمات المناسبة.",
        ),
    },
    {
        "en": (
            "Use immigration detention only as a last resort and seek alternatives",
            "Detention that is lawful, short and exceptional, with alternatives in the community.",
        ),
        "fr": (
            "Ne recourir à la rétention administrative qu'en dernier ressort et chercher des "
            "alternatives",
            "Une rétention légale, brève et exceptionnelle, et des solutions de remplacement "
            "dans la communauté.",
        ),
        "es": (
            "Recurrir a la detención de migrantes solo como último recurso y buscar alternativas",
            "Una detención legal, breve y excepcional, con alternativas en la comunidad.",
        ),
        "ar": (
            "عدم اللجوء إلى احتجاز المهاجرين إلا كملاذ أخير والبحث عن بدائل",
            "احتجاز قانوني وقصير واستثنائي، مع بدائل داخل المجتمع.",
        ),
    },
    {
        "en": (
            "Enhance consular protection, assistance and cooperation",
            "Consulates that protect and help their nationals abroad throughout migration.",
        ),
        "fr": (
            "Renforcer la protection, l'assistance et la coopération consulaires",
            "Des consulats qui protègent et aident leurs ressortissants à l'étranger tout au "
            "long de la migration.",
        ),
        "es": (
            "Mejorar la protección, asistencia y cooperación consulares",
            "Consulados que protegen y ayudan a sus nacionales en el extranjero durante toda "
            "la migración.",
        ),
        "ar": (
            "تعزيز الحماية والمساعدة والتعاون القنصلي",
            "قنصليات تحمي مواطنيها في الخارج وتساعدهم طوال مسار الهجرة.",
        ),
    },
    {
        "en": (
            "Provide access to basic services for migrants",
            "Health care, schooling and other essential services, safely and without "
            "discrimination.",
        ),
        "fr": (
            "Donner aux migrants accès aux services de base",
            "Soins de santé, scolarité et autres services essentiels, en sécurité et sans "
            "discrimination.",
        ),
        "es": (
            "Proporcionar a los migrantes acceso a servicios básicos",
            "Atención de salud, escolarización y otros servicios esenciales, con seguridad y "
            "sin discriminación.",
        ),
        "ar": (
            "إتاحة الخدمات الأساسية للمهاجرين",
            "الرعاية الصحية والتعليم وغيرها من الخدمات الأساسية، بأمان ومن دون تمييز.",
        ),
    },
    {
        "en": (
            "Empower migrants and societies for full inclusion and social cohesion",
            "Language, civic and community programmes that bring migrants and residents together.",
        ),
        "fr": (
            "Donner aux migrants et aux sociétés les moyens d'une pleine inclusion et de la "
            "cohésion sociale",
            "Des programmes linguistiques, civiques et communautaires qui rapprochent migrants "
            "et habitants.",
        ),
        "es": (
            "Empoderar a los migrantes y las sociedades para lograr la plena inclusión y la "
            "cohesión social",
            "Programas lingüísticos, cívicos y comunitarios que acercan a migrantes y residentes.",
        ),
        "ar": (
            "تمكين المهاجرين والمجتمعات من تحقيق الإدماج الكامل والتماسك الاجتماعي",
            "برامج لغوية ومدنية ومجتمعية تقرّب بين المهاجرين والسكان.",
        ),
    },
    {
        "en": (
            "Eliminate discrimination and promote evidence-based public discourse on migration",
            "Counter racism and xenophobia and inform public debate with facts.",
        ),
        "fr": (
            "Éliminer la discrimination et promouvoir un débat public sur la migration fondé "
            "sur des faits",
            "Lutter contre le racisme et la xénophobie et nourrir le débat public de faits.",
        ),
        "es": (
            "Eliminar la discriminación y promover un discurso público sobre la migración "
            "basado en pruebas",
            "Combatir el racismo y la xenofobia e informar el debate público con datos.",
        ),
        "ar": (
            "القضاء على التمييز وتعزيز خطاب عام بشأن الهجرة قائم على الأدلة",
            "مكافحة العنصرية وكراهية الأجانب وإثراء النقاش العام بالحقائق.",
        ),
    },
    {
        "en": (
            "Invest in skills and facilitate the mutual recognition of qualifications",
            "Training, and recognition of skills and diplomas across borders, on return too.",
        ),
        "fr": (
            "Investir dans les compétences et faciliter la reconnaissance mutuelle des "
            "qualifications",
            "La formation, et la reconnaissance des compétences et des diplômes d'un pays à "
            "l'autre, au retour aussi.",
        ),
        "es": (
            "Invertir en competencias y facilitar el reconocimiento mutuo de cualificaciones",
            "Formación y reconocimiento de competencias y títulos entre países, también al "
            "retornar.",
        ),
        "ar": (
            "الاستثمار في تنمية المهارات وتيسير الاعتراف المتبادل بالمؤهلات",
            "التدريب والاعتراف بالمهارات والشهادات عبر الحدود، بما في ذلك عند العودة.",
        ),
    },
    {
        "en": (
            "Enable migrants and diasporas to contribute to sustainable development",
            "Let migrants and diaspora communities invest, share knowledge and take part in "
            "development everywhere.",
        ),
        "fr": (
            "Permettre aux migrants et aux diasporas de contribuer au développement durable",
            "Permettre aux migrants et aux diasporas d'investir, de partager leurs savoirs et "
            "de participer au développement partout.",
        ),
        "es": (
            "Crear condiciones para que los migrantes y las diásporas contribuyan al "
            "desarrollo sostenible",
            "Que los migrantes y las diásporas puedan invertir, compartir conocimientos y "
            "participar en el desarrollo en todas partes.",
        ),
        "ar": (
            "تمكين المهاجرين والمغتربين من الإسهام في التنمية المستدامة",
            "تمكين المهاجرين والجاليات في الخارج من الاستثمار وتبادل المعارف والمشاركة في "
            "التنمية في كل مكان.",
        ),
    },
    {
        "en": (
            "Promote faster, safer and cheaper remittances and financial inclusion",
            "Lower transfer costs and access to bank accounts and financial services for migrants.",
        ),
        "fr": (
            "Promouvoir des transferts de fonds plus rapides, plus sûrs et moins chers, et "
            "l'inclusion financière",
            "Des frais de transfert plus bas et l'accès des migrants aux comptes bancaires et "
            "aux services financiers.",
        ),
        "es": (
            "Promover remesas más rápidas, seguras y baratas y la inclusión financiera",
            "Costos de envío más bajos y acceso de los migrantes a cuentas bancarias y "
            "servicios financieros.",
        ),
        "ar": (
            "تعزيز تحويلات مالية أسرع وأكثر أمانًا وأقل تكلفة والشمول المالي",
            "خفض تكاليف التحويل وتمكين المهاجرين من الحسابات المصرفية والخدمات المالية.",
        ),
    },
    {
        "en": (
            "Cooperate on safe and dignified return and readmission, and sustainable reintegration",
            "Returns that respect rights and dignity, followed by support so that "
            "reintegration lasts.",
        ),
        "fr": (
            "Coopérer pour un retour et une réadmission sûrs et dignes, et une réintégration "
            "durable",
            "Des retours respectueux des droits et de la dignité, suivis d'un soutien pour une "
            "réintégration durable.",
        ),
        "es": (
            "Cooperar en el retorno y la readmisión seguros y dignos, y en la reintegración "
            "sostenible",
            "Retornos que respetan los derechos y la dignidad, seguidos de apoyo para que la "
            "reintegración perdure.",
        ),
        "ar": (
            "التعاون على عودة وإعادة قبول آمنتين وكريمتين وإعادة إدماج مستدامة",
            "عودة تحترم الحقوق والكرامة، يليها دعم لكي يدوم الاندماج من جديد.",
        ),
    },
    {
        "en": (
            "Make social security entitlements and earned benefits portable",
            "Pensions and other benefits that follow migrants when they move or return.",
        ),
        "fr": (
            "Assurer la portabilité des droits de sécurité sociale et des prestations acquises",
            "Des retraites et autres prestations qui suivent les migrants quand ils partent ou "
            "rentrent.",
        ),
        "es": (
            "Hacer transferibles los derechos de seguridad social y las prestaciones adquiridas",
            "Pensiones y otras prestaciones que acompañan a los migrantes cuando se trasladan "
            "o retornan.",
        ),
        "ar": (
            "إتاحة نقل استحقاقات الضمان الاجتماعي والمزايا المكتسبة",
            "معاشات تقاعدية ومزايا أخرى ترافق المهاجرين عند انتقالهم أو عودتهم.",
        ),
    },
    {
        "en": (
            "Strengthen international cooperation for safe, orderly and regular migration",
            "Partnerships between States, regions and the United Nations to carry out the compact.",
        ),
        "fr": (
            "Renforcer la coopération internationale pour des migrations sûres, ordonnées et "
            "régulières",
            "Des partenariats entre États, régions et Nations Unies pour mettre en œuvre le pacte.",
        ),
        "es": (
            "Fortalecer la cooperación internacional para una migración segura, ordenada y regular",
            "Alianzas entre Estados, regiones y las Naciones Unidas para aplicar el pacto.",
        ),
        "ar": (
            "تعزيز التعاون الدولي من أجل هجرة آمنة ومنظمة ونظامية",
            "شراكات بين الدول والمناطق والأمم المتحدة لتنفيذ الاتفاق.",
        ),
    },
]
