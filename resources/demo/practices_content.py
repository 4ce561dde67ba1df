"""Facts of the demo good practices: twelve national initiatives from IOM's 2019 Return and
Reintegration Key Highlights, the Reintegration Handbook's El Salvador case study, the
knowledge page on Zambia's National Referral Mechanism and the SPEAK project's stories.

Every sentence is the project's own; figures, places, partners and dates are the seeds'.
Evidence levels are honest: none of these was independently evaluated in the sources;
"monitored" where the sources report the programme's own counts, "self-reported" otherwise.
``pdf`` gives a short multi-page PDF (a summary written for the demo); each has a phrase
found nowhere else on the site, so full-text search of attachments can be shown.
"""

PRACTICES = [
    {
        "slug": "la-aurora-airport-reception-centre-guatemala",
        "title": "A reception centre for returnees at La Aurora airport, Guatemala",
        "summary": (
            "A purpose-built centre at Guatemala City's airport meets people returned by air "
            "from Mexico and the United States with medical, psychosocial and family services, "
            "tripling the country's reception capacity."
        ),
        "context": (
            "Returns by air to Guatemala rose from 60,073 (January to November 2017) to 87,560 "
            "over the same months of 2018, an increase of 45.8 per cent. The existing reception "
            "space could not give each person a dignified first contact."
        ),
        "target_group": (
            "Adults, families, unaccompanied children and adolescents returned by air, mostly "
            "to Huehuetenango, San Marcos, Quiché, Quetzaltenango and Guatemala departments."
        ),
        "approach": (
            "IOM oversaw construction of the Centre for the Reception of Returned Airborne "
            "Populations on Air Force land granted by the Ministry of National Defense; the "
            "Guatemalan Migration Institute runs it. The building has child-friendly areas, a "
            "breastfeeding room, medical clinics, telephones, a psychosocial interview room "
            "and a waiting area for relatives. Other institutions were brought in to offer "
            "their services on site."
        ),
        "results": "Reception capacity for air returns was tripled when the centre opened.",
        "indicators": [("Construction funding", "USD 1.2 million"), ("Capacity", "× 3")],
        "evidence": "self_reported",
        "evidence_note": "IOM press note of 29 January 2019, in the 2019 Key Highlights.",
        "lessons": (
            "Reception is the first step of reintegration: space for privacy, children and "
            "families matters as much as processing."
        ),
        "challenges": "Coordinating the services of several institutions in one building.",
        "sustainability": "Managed by a national institution from the day it opened.",
        "cost": "over_1m",
        "duration": "Opened June 2019",
        "partners": "Guatemalan Migration Institute (IGM); USAID; IOM",
        "countries": ["GT"],
        "themes": ["psychosocial-reintegration", "children-and-families", "policy-and-governance"],
        "dimensions": ["social", "psychosocial"],
        "gcm": [21, 7, 12],
        "pdf": [
            (
                "Why a new centre",
                [
                    "Arrivals by air grew by almost half in one year, and the departments of "
                    "Huehuetenango and San Marcos received the most people.",
                    "Staff of the old reception area described crowded corridors where families "
                    "waited without privacy.",
                ],
            ),
            (
                "What the building offers",
                [
                    "The design walkthrough mentions a lactation nook beside the psychosocial "
                    "interview room, so mothers are never sent back to the public hall.",
                    "Relatives wait in a separate area and are called in once checks are done.",
                ],
            ),
        ],
    },
    {
        "slug": "child-returnees-oromia-amhara-save-the-children",
        "title": "Child returnees in Oromia and Amhara: a partnership with Save the Children",
        "summary": (
            "In eight subregions of East Hararghe, Oromia and Amhara's North Wollo zones, 400 "
            "child returnees and 200 other vulnerable children receive direct services while "
            "families learn parenting skills and start income-generating activities."
        ),
        "context": (
            "Ethiopia accounts for the largest migrant movements in the Horn of Africa, and "
            "many unaccompanied children take the routes to Saudi Arabia, Europe and South "
            "Africa. Between May 2017 and July 2019, 21,657 Ethiopian minors were recorded "
            "returning from Saudi Arabia, mostly involuntarily."
        ),
        "target_group": "600 children (400 returnees, 200 other vulnerable children) and their families.",
        "approach": (
            "Direct service provision, capacity-building of government and grassroots "
            "structures, and a multisectoral approach: parenting skills and income-generating "
            "activities for families; skills training and soft skills such as self-confidence "
            "for the children themselves."
        ),
        "results": (
            "The fourth such partnership under the EU-IOM Joint Initiative; with the three "
            "others, over 1,000 children are to be reached."
        ),
        "indicators": [
            ("Children targeted", "600"),
            ("Children assisted in Ethiopia since 2017", "1,300"),
            ("Share of children among 5,000 assisted Ethiopians", "20%"),
        ],
        "evidence": "monitored",
        "evidence_note": "Programme counts reported by IOM Ethiopia (press note, 20 August 2019).",
        "lessons": "Protection of child returnees needs strong partnerships across sectors.",
        "challenges": "Data on child migrants on the routes to Europe and South Africa are scarce.",
        "sustainability": "Builds on existing government and community structures.",
        "cost": "",
        "duration": "18 months",
        "partners": (
            "Save the Children; Mary Joy Development Association; Facilitator for Change; "
            "Forum on Sustainable Child Empowerment; EU Emergency Trust Fund for Africa"
        ),
        "countries": ["ET"],
        "themes": ["children-and-families", "vulnerable-migrants"],
        "dimensions": ["economic", "social", "psychosocial"],
        "gcm": [21, 7],
        "pdf": [
            (
                "The partnership",
                [
                    "The agreement covers direct services, training of local structures and a "
                    "multisectoral referral of each child.",
                ],
            ),
            (
                "Working with families",
                [
                    "Caregivers joined a parenting circle under a jacaranda tree in Kombolcha "
                    "before starting small trades with a grant.",
                ],
            ),
        ],
    },
    {
        "slug": "sure-brazil-complementary-reintegration-mechanism",
        "title": "SURE: a joint reintegration mechanism for migrants returning to Brazil",
        "summary": (
            "Counsellors in Portugal, Belgium and Ireland refer migrants returning to Goiás, "
            "Minas Gerais and São Paulo to local actors mapped in advance, linking "
            "pre-departure and post-arrival counselling."
        ),
        "context": (
            "Assisted voluntary return programmes in three European countries returned migrants "
            "to Brazil, but counselling before departure rarely knew what support existed at "
            "home."
        ),
        "target_group": "Brazilians returning with AVRR from Portugal, Belgium and Ireland.",
        "approach": (
            "Mapping State and non-State actors in the three main states of return; a "
            "reintegration support network; a training of trainers on the psychosocial impact "
            "of return; awareness sessions for AVRR counsellors, with a brochure, a website "
            "and MigApp; a working group of experts from the four countries."
        ),
        "results": "A referral and coordination mechanism between host countries and local actors.",
        "indicators": [("Host countries", "3"), ("Brazilian states covered", "3")],
        "evidence": "self_reported",
        "evidence_note": "Project description in the 2019 Key Highlights.",
        "lessons": "Referral works when counsellors in host countries know the local actors by name.",
        "challenges": "Keeping the map of local services current.",
        "sustainability": "The network of local actors remains after the project.",
        "cost": "",
        "duration": "24 months",
        "partners": "IOM offices in Brazil, Portugal, Belgium and Ireland",
        "countries": ["BR", "PT", "BE", "IE"],
        "themes": ["assisted-voluntary-return", "community-based-reintegration"],
        "dimensions": ["economic", "social", "psychosocial"],
        "gcm": [21, 23, 3],
        "pdf": [
            (
                "The referral chain",
                [
                    "Each counsellor abroad receives the directory of partners in the three states.",
                ],
            ),
            (
                "Training",
                [
                    "The trainers' handbook opens with the acerola orchard exercise, in which "
                    "participants map who a returnee meets in the first week.",
                ],
            ),
        ],
    },
    {
        "slug": "malawians-return-from-durban",
        "title": "Swift voluntary return for Malawians displaced by violence in Durban",
        "summary": (
            "After xenophobic violence in the Durban area, IOM and the Governments of Malawi "
            "and South Africa counselled, documented and flew home Malawians who no longer "
            "felt safe, in three groups over three days."
        ),
        "context": (
            "Violence in KwaZulu-Natal displaced about 300 Malawian nationals; 105 said they "
            "wished to return, about half of whom later chose to go back to their homes in "
            "Durban once the violence receded."
        ),
        "target_group": "Malawian nationals displaced by the violence.",
        "approach": (
            "Counselling for an informed decision, travel documents with consulates, tickets "
            "and transit assistance, reception by senior officials in Lilongwe, and "
            "community-based reintegration under an EU-funded pilot action."
        ),
        "results": "53 returned in April 2019; 231 Malawians in total under the Pilot Action.",
        "indicators": [("Returned in April 2019", "53"), ("Total under the Pilot Action", "231")],
        "evidence": "monitored",
        "evidence_note": "IOM counts, press note of 16 April 2019.",
        "lessons": "A standing return mechanism lets a crisis response start within days.",
        "challenges": "Decisions changed as the situation evolved; counselling had to follow.",
        "sustainability": "Uses the existing Pilot Action's community-based reintegration.",
        "cost": "",
        "duration": "April 2019 (three days of departures)",
        "partners": "Governments of Malawi and South Africa; EU Delegation to Malawi",
        "countries": ["MW", "ZA"],
        "themes": ["vulnerable-migrants", "community-based-reintegration"],
        "dimensions": ["social", "psychosocial"],
        "gcm": [21, 7, 14],
    },
    {
        "slug": "bangladeshis-voluntary-humanitarian-return-from-libya",
        "title": "Voluntary humanitarian return of Bangladeshis from Libya",
        "summary": (
            "152 Bangladeshi men, among them survivors of failed sea crossings and former "
            "detainees, flew from Misrata to Dhaka, where IOM met them with health screening, "
            "psychosocial support and cash for onward travel."
        ),
        "context": "Migrants stranded or detained in Libya faced conflict and airstrikes.",
        "target_group": "Stranded and detained Bangladeshi migrants in Libya.",
        "approach": (
            "Coordination with the Government of Bangladesh and the Libyan authorities; a "
            "charter flight; airport reception with food, health screening, psychosocial "
            "support, information and cash; reintegration assistance funded by the EU Trust "
            "Fund."
        ),
        "results": "Over 1,400 Bangladeshis returned through VHR since 2015.",
        "indicators": [("Returned on 28 November 2019", "152"), ("Returned since 2015", "1,400+")],
        "evidence": "monitored",
        "evidence_note": "IOM counts, press note of 29 November 2019.",
        "lessons": "Arrival support (health, cash, information) is where reintegration starts.",
        "challenges": "Reaching migrants in detention in an active conflict.",
        "sustainability": "Reintegration assistance follows each return.",
        "cost": "",
        "duration": "Since 2015",
        "partners": "Government of Bangladesh; Libyan authorities; EU Trust Fund",
        "countries": ["BD", "LY"],
        "themes": ["voluntary-humanitarian-return", "vulnerable-migrants"],
        "dimensions": ["economic", "psychosocial"],
        "gcm": [21, 13, 7],
        "pdf": [
            (
                "Arrival in Dhaka",
                [
                    "At Hazrat Shahjalal airport each man received a meal, a health check and cash.",
                ],
            ),
            (
                "Voices",
                [
                    "One returner planned to finish his studies; another spoke of a jute sack "
                    "workshop he hoped to reopen with his brother.",
                ],
            ),
        ],
    },
    {
        "slug": "child-returnees-the-gambia",
        "title": "Bringing unaccompanied children home to the Gambia",
        "summary": (
            "For children returning from the 'backway', IOM traces families before travel, "
            "reunites children on arrival, meets them and their guardians within a week and "
            "makes school the first reintegration support."
        ),
        "context": (
            "In 2016 over 12,000 Gambians trying to reach Italy were rescued at sea. Children "
            "travelled with parents or alone, pushed by loss, peers or hope."
        ),
        "target_group": "Child returnees, 22 of 68 minors returned unaccompanied or separated.",
        "approach": (
            "Family tracing to confirm age, identity and guardian; essential supplies and "
            "reunification on arrival; a counselling appointment with the child and guardian "
            "within one week; referrals to medical and psychosocial colleagues; support for "
            "education first, or for a family business."
        ),
        "results": "68 minors among over 4,000 Gambians assisted to return since 2017.",
        "indicators": [("Minors returned", "68"), ("Unaccompanied or separated", "22")],
        "evidence": "monitored",
        "evidence_note": "IOM the Gambia's caseload figures (story of 12 June 2019).",
        "lessons": "Economic help alone does not reach a child's grief or isolation.",
        "challenges": "Children's psychosocial needs show months after return.",
        "sustainability": "Schools and families carry the support after assistance ends.",
        "cost": "",
        "duration": "Since 2017",
        "partners": "EU-IOM Joint Initiative",
        "countries": ["GM"],
        "themes": ["children-and-families", "psychosocial-reintegration"],
        "dimensions": ["economic", "social", "psychosocial"],
        "gcm": [21, 7],
    },
    {
        "slug": "athens-open-centre-avrr",
        "title": "An open centre in Athens for vulnerable migrants awaiting return",
        "summary": (
            "Near the centre of Athens, an open centre shelters vulnerable migrants registered "
            "for assisted voluntary return who have nowhere to stay until departure."
        ),
        "context": (
            "16,954 people returned voluntarily from Greece between June 2016 and August 2019; "
            "some of the most vulnerable had no safe place to wait for their flight."
        ),
        "target_group": "Vulnerable migrants registered for AVRR in Greece without accommodation.",
        "approach": (
            "Shelter and pre-departure care in an open centre; reintegration counselling for "
            "the 4,270 eligible returnees, with IOM offices in countries of origin."
        ),
        "results": "Returns in safe conditions for people who would otherwise wait on the street.",
        "indicators": [
            ("Voluntary returns June 2016 to August 2019", "16,954"),
            ("Returnees counselled for reintegration", "4,270"),
            ("Nationalities", "83"),
        ],
        "evidence": "monitored",
        "evidence_note": "IOM Greece figures, press note of 30 August 2019.",
        "lessons": "The days before departure are part of a safe return.",
        "challenges": "Matching the centre's places to the number of vulnerable cases.",
        "sustainability": "Part of the national AVRR programme.",
        "cost": "",
        "duration": "2016-2019",
        "partners": "Greek authorities; IOM offices in countries of origin",
        "countries": ["GR", "PK", "IQ", "GE"],
        "themes": ["assisted-voluntary-return", "vulnerable-migrants"],
        "dimensions": ["social", "psychosocial"],
        "gcm": [21, 7],
        "pdf": [
            (
                "The centre",
                [
                    "Rooms are shared by families; staff accompany residents to the airport.",
                ],
            ),
            (
                "A day at the centre",
                [
                    "Residents kept a small courtyard garden of basil and tomatoes, "
                    "which the evening shift watered after the departure briefings.",
                ],
            ),
        ],
    },
    {
        "slug": "avrr-from-turkey",
        "title": "Assisted voluntary return and reintegration from Turkey",
        "summary": (
            "A national AVRR project with the Directorate General of Migration Management helps "
            "stranded migrants in Turkey return home safely, a fifth of the most vulnerable "
            "with reintegration support, while building the national mechanism."
        ),
        "context": (
            "Turkey hosts over 4 million migrants; many cannot integrate because of legal, "
            "financial and language barriers and decide to go home."
        ),
        "target_group": "At least 3,500 migrants; about 20 per cent of the most vulnerable for reintegration.",
        "approach": (
            "Counselling for an informed decision, travel, and tailored reintegration through "
            "IOM's network; capacity-building and study visits for the DGMM."
        ),
        "results": "8,098 assisted returns and 438 reintegration cases from 2009 to 2018.",
        "indicators": [("Assisted returns 2009-2018", "8,098"), ("Reintegration 2009-2018", "438")],
        "evidence": "monitored",
        "evidence_note": "IOM Turkey figures (press note of 16 April 2019).",
        "lessons": "National ownership grows through joint work on standards.",
        "challenges": "Reintegration support reaches only a share of returnees.",
        "sustainability": "Strengthens the national AVRR mechanism of Turkey.",
        "cost": "",
        "duration": "New phase from April 2019",
        "partners": "EU Delegation to Turkey; DGMM; Central Financing and Contracting Unit",
        "countries": ["TR", "AF"],
        "themes": ["assisted-voluntary-return", "policy-and-governance"],
        "dimensions": ["economic", "social"],
        "gcm": [21, 23],
    },
    {
        "slug": "zambia-national-referral-mechanism",
        "title": "Zambia's National Referral Mechanism for vulnerable migrants",
        "summary": (
            "A government-led framework that identifies vulnerable migrants — victims of "
            "trafficking, unaccompanied children, stranded and stateless people — and refers "
            "them to protection, including voluntary return where appropriate."
        ),
        "context": "Mixed movements through Zambia include people with very different protection needs.",
        "target_group": (
            "Refugees, asylum seekers, victims of trafficking, unaccompanied and separated "
            "children, stranded and stateless migrants."
        ),
        "approach": (
            "A practical framework covering each stage of assistance — first interview, status "
            "determination, referral — aligned with national law and international practice."
        ),
        "results": "Clear roles for each authority at each stage of assistance.",
        "indicators": [],
        "evidence": "self_reported",
        "evidence_note": "Case study of the knowledge page on voluntary return.",
        "lessons": "Screening before return protects voluntariness and safety.",
        "challenges": "Training front-line officers in every border area.",
        "sustainability": "Owned by the Government of Zambia.",
        "cost": "",
        "duration": "Ongoing",
        "partners": "Government of Zambia; IOM",
        "countries": ["ZM"],
        "themes": ["vulnerable-migrants", "policy-and-governance"],
        "dimensions": ["social"],
        "gcm": [12, 7, 10],
    },
    {
        "slug": "cultural-orientation-el-salvador",
        "title": "Cultural orientation for long-term returnees in El Salvador",
        "summary": (
            "A pilot for Salvadorans returned after many years abroad, some speaking only "
            "English and without papers: an emergency package, documents, language classes, "
            "cultural orientation and psychosocial support."
        ),
        "context": (
            "Some returnees lack networks, identification and Spanish, and some were deported "
            "with a criminal record, all of which hinder their reintegration."
        ),
        "target_group": "Uprooted returnees, a small and easily overlooked share of all returns.",
        "approach": (
            "Food, clothing, transport vouchers and three months' accommodation; help with "
            "documents; language classes and cultural orientation in English and Spanish on "
            "budgeting, housing and work; individual counselling and support groups."
        ),
        "results": "Returnees gained the documents and orientation needed to look for work.",
        "indicators": [("Accommodation provided", "3 months")],
        "evidence": "self_reported",
        "evidence_note": "Case study in Module 1 of the Reintegration Handbook.",
        "lessons": "Identify this group early: they are few and can go unnoticed.",
        "challenges": "Targeted needs assessment for a small caseload.",
        "sustainability": "A pilot whose elements other programmes can adopt.",
        "cost": "",
        "duration": "Pilot",
        "partners": "IOM El Salvador",
        "countries": ["SV", "US"],
        "themes": ["social-reintegration", "psychosocial-reintegration"],
        "dimensions": ["economic", "social", "psychosocial"],
        "gcm": [21, 4, 16],
        "pdf": [
            (
                "Who the pilot serves",
                [
                    "Returnees who left as children often knew the country only from relatives.",
                ],
            ),
            (
                "The workshops",
                [
                    "Facilitators used a pupusa market role-play to practise budgeting and "
                    "bargaining in Spanish.",
                ],
            ),
        ],
    },
    {
        "slug": "eu-iom-joint-initiative-north-africa",
        "title": "EU-IOM Joint Initiative in North Africa: protection and reintegration",
        "summary": (
            "Launched in Cairo on 9 September 2019, the North Africa component supports "
            "stranded and vulnerable migrants in Algeria, Egypt, Libya, Morocco and Tunisia, "
            "with individual, collective or community reintegration after return."
        ),
        "context": "Migrants stranded across North Africa face serious protection risks.",
        "target_group": "Stranded and vulnerable migrants in five North African countries.",
        "approach": (
            "Protection services, voluntary return and reintegration following the Joint "
            "Initiative's standard operating procedures, adapted locally through consultation; "
            "economic, social and psychosocial support based on needs."
        ),
        "results": "A common regional approach agreed by governments, the EU and IOM.",
        "indicators": [("Countries", "5")],
        "evidence": "self_reported",
        "evidence_note": "Launch press note, 2019 Key Highlights.",
        "lessons": "Shared procedures make assistance comparable across countries.",
        "challenges": "Adapting one model to five national contexts.",
        "sustainability": "Complements the Sahel and Lake Chad and Horn of Africa components.",
        "cost": "over_1m",
        "duration": "From September 2019",
        "partners": "European Union (EUTF for Africa); Government of Egypt; IOM",
        "countries": ["DZ", "EG", "LY", "MA", "TN"],
        "themes": ["community-based-reintegration", "policy-and-governance"],
        "dimensions": ["economic", "social", "psychosocial"],
        "gcm": [21, 23, 7],
    },
    {
        "slug": "speak-returnee-stories",
        "title": "SPEAK: returnees tell their own reintegration stories",
        "summary": (
            "In short videos, people who returned with AVRR — such as Peshang, who came home "
            "from Greece to Iraq and opened a shop — describe their difficulties and goals, "
            "giving accurate information to others considering return."
        ),
        "context": "Migrants weighing return often hear rumours rather than first-hand accounts.",
        "target_group": "Migrants considering return, and the public in host and origin countries.",
        "approach": (
            "Collecting and publishing returnees' testimonies from many routes — Spain to "
            "Senegal, Greece to Iraq, Sudan to Ethiopia."
        ),
        "results": "A library of first-hand stories used in counselling and communication.",
        "indicators": [],
        "evidence": "self_reported",
        "evidence_note": "Project news article; no outcome data published.",
        "lessons": "Peers are trusted messengers.",
        "challenges": "Protecting storytellers' privacy.",
        "sustainability": "Stories stay available online.",
        "cost": "under_50k",
        "duration": "Ongoing",
        "partners": "IOM",
        "countries": ["IQ", "GR", "SN", "ES", "ET", "SD"],
        "themes": ["assisted-voluntary-return", "social-reintegration"],
        "dimensions": ["social", "psychosocial"],
        "gcm": [3, 17, 21],
    },
]

# Titles and summaries in French and Arabic (and Spanish for some).
TRANSLATIONS = {
    "la-aurora-airport-reception-centre-guatemala": {
        "fr": (
            "Un centre d’accueil des personnes de retour à l’aéroport La Aurora (Guatemala)",
            "Un centre construit à l’aéroport de Guatemala accueille les personnes renvoyées "
            "par avion du Mexique et des États-Unis avec des services médicaux, "
            "psychosociaux et familiaux, et triple la capacité d’accueil du pays.",
        ),
        "ar": (
            "مركز لاستقبال العائدين في مطار لا أورورا، غواتيمالا",
            "مركز مبني في مطار مدينة غواتيمالا يستقبل العائدين جواً من المكسيك والولايات "
            "المتحدة بخدمات طبية ونفسية واجتماعية وأسرية، ويضاعف قدرة الاستقبال ثلاث مرات.",
        ),
        "es": (
            "Un centro de recepción de retornados en el aeropuerto La Aurora (Guatemala)",
            "Un centro construido en el aeropuerto de Ciudad de Guatemala recibe a las "
            "personas retornadas por vía aérea desde México y Estados Unidos con servicios "
            "médicos, psicosociales y familiares, y triplica la capacidad de recepción.",
        ),
    },
    "child-returnees-oromia-amhara-save-the-children": {
        "fr": (
            "Enfants de retour en Oromia et en Amhara : un partenariat avec Save the Children",
            "Dans huit sous-régions d’Oromia et d’Amhara, 400 enfants de retour et 200 autres "
            "enfants vulnérables reçoivent des services directs, tandis que les familles "
            "apprennent la parentalité et lancent des activités génératrices de revenus.",
        ),
        "ar": (
            "الأطفال العائدون في أوروميا وأمهرة: شراكة مع منظمة إنقاذ الطفولة",
            "في ثماني مناطق فرعية في أوروميا وأمهرة يتلقى 400 طفل عائد و200 طفل آخرون في "
            "وضع هش خدمات مباشرة، بينما تتعلم الأسر مهارات التربية وتبدأ أنشطة مدرة للدخل.",
        ),
    },
    "sure-brazil-complementary-reintegration-mechanism": {
        "fr": (
            "SURE : un mécanisme conjoint de réintégration pour les retours au Brésil",
            "Des conseillers au Portugal, en Belgique et en Irlande orientent les personnes "
            "qui rentrent à Goiás, au Minas Gerais et à São Paulo vers des acteurs locaux "
            "recensés à l’avance.",
        ),
        "ar": (
            "آلية SURE: آلية مشتركة لإعادة إدماج العائدين إلى البرازيل",
            "يحيل مستشارون في البرتغال وبلجيكا وأيرلندا العائدين إلى غوياس وميناس جيرايس "
            "وساو باولو إلى جهات محلية تم حصرها مسبقاً، ربطاً بين الإرشاد قبل المغادرة وبعد الوصول.",
        ),
        "es": (
            "SURE: un mecanismo conjunto de reintegración para el retorno a Brasil",
            "Consejeros en Portugal, Bélgica e Irlanda derivan a quienes regresan a Goiás, "
            "Minas Gerais y São Paulo hacia actores locales identificados de antemano.",
        ),
    },
    "malawians-return-from-durban": {
        "fr": (
            "Retour volontaire rapide des Malawiens déplacés par les violences de Durban",
            "Après des violences xénophobes à Durban, l’OIM et les gouvernements du Malawi et "
            "d’Afrique du Sud ont conseillé, documenté et ramené chez eux les Malawiens qui ne "
            "se sentaient plus en sécurité.",
        ),
        "ar": (
            "عودة طوعية سريعة لمواطني ملاوي الذين هجّرهم العنف في ديربان",
            "بعد أعمال عنف معادية للأجانب في ديربان، قدمت المنظمة الدولية للهجرة وحكومتا "
            "ملاوي وجنوب أفريقيا الإرشاد والوثائق والسفر لمواطني ملاوي الذين لم يعودوا يشعرون بالأمان.",
        ),
    },
    "bangladeshis-voluntary-humanitarian-return-from-libya": {
        "fr": (
            "Retour humanitaire volontaire de Bangladais depuis la Libye",
            "152 Bangladais, dont des rescapés de traversées et d’anciens détenus, ont été "
            "accueillis à Dacca avec un dépistage sanitaire, un soutien psychosocial et une "
            "aide en espèces.",
        ),
        "ar": (
            "العودة الإنسانية الطوعية لمهاجرين بنغلاديشيين من ليبيا",
            "عاد 152 رجلاً بنغلاديشياً، بينهم ناجون من رحلات بحرية فاشلة ومحتجزون سابقون، "
            "من مصراتة إلى دكا حيث استقبلتهم المنظمة بفحوص صحية ودعم نفسي ومساعدة نقدية.",
        ),
    },
    "child-returnees-the-gambia": {
        "fr": (
            "Ramener en Gambie les enfants non accompagnés",
            "Pour les enfants revenant du « backway », l’OIM retrouve les familles avant le "
            "voyage, les réunit à l’arrivée, les rencontre dans la semaine et fait de l’école "
            "le premier soutien à la réintégration.",
        ),
        "ar": (
            "إعادة الأطفال غير المصحوبين إلى غامبيا",
            "تبحث المنظمة عن أسر الأطفال العائدين قبل السفر، وتجمع شملهم عند الوصول، "
            "وتلتقي بهم وبأوليائهم خلال أسبوع، وتجعل التعليم أول أشكال دعم إعادة الإدماج.",
        ),
    },
    "athens-open-centre-avrr": {
        "fr": (
            "Un centre ouvert à Athènes pour les migrants vulnérables en attente de retour",
            "Près du centre d’Athènes, un centre ouvert héberge les migrants vulnérables "
            "inscrits au retour volontaire qui n’ont nulle part où loger avant le départ.",
        ),
        "ar": (
            "مركز مفتوح في أثينا للمهاجرين في وضع هش بانتظار العودة",
            "قرب وسط أثينا، يؤوي مركز مفتوح المهاجرين في وضع هش المسجلين في برنامج العودة "
            "الطوعية الذين لا مأوى لهم حتى موعد المغادرة.",
        ),
    },
    "avrr-from-turkey": {
        "fr": (
            "Aide au retour volontaire et à la réintégration depuis la Turquie",
            "Un projet national avec la Direction générale de la gestion des migrations aide "
            "les migrants bloqués en Turquie à rentrer en sécurité et renforce le mécanisme "
            "national.",
        ),
        "ar": (
            "العودة الطوعية المدعومة وإعادة الإدماج من تركيا",
            "يساعد مشروع وطني مع المديرية العامة لإدارة الهجرة المهاجرين العالقين في تركيا "
            "على العودة الآمنة، ويعزز الآلية الوطنية للعودة.",
        ),
    },
    "zambia-national-referral-mechanism": {
        "fr": (
            "Le mécanisme national d’orientation de la Zambie pour les migrants vulnérables",
            "Un cadre piloté par le gouvernement qui identifie les migrants vulnérables et les "
            "oriente vers une protection, y compris le retour volontaire lorsqu’il convient.",
        ),
        "ar": (
            "آلية الإحالة الوطنية في زامبيا للمهاجرين في وضع هش",
            "إطار تقوده الحكومة يحدد المهاجرين في وضع هش ويحيلهم إلى الحماية، بما في ذلك "
            "العودة الطوعية عند الاقتضاء.",
        ),
    },
    "cultural-orientation-el-salvador": {
        "fr": (
            "Orientation culturelle des personnes rentrées après un long séjour au Salvador",
            "Un projet pilote pour les Salvadoriens rentrés après de longues années à "
            "l’étranger : aide d’urgence, papiers, cours de langue, orientation culturelle et "
            "soutien psychosocial.",
        ),
        "ar": (
            "التوجيه الثقافي للعائدين بعد غياب طويل في السلفادور",
            "مشروع تجريبي للسلفادوريين العائدين بعد سنوات طويلة في الخارج: حزمة طوارئ "
            "ووثائق ودروس لغة وتوجيه ثقافي ودعم نفسي اجتماعي.",
        ),
        "es": (
            "Orientación cultural para retornados de larga estancia en El Salvador",
            "Un piloto para salvadoreños que regresan tras muchos años fuera: paquete de "
            "emergencia, documentos, clases de idioma, orientación cultural y apoyo psicosocial.",
        ),
    },
    "eu-iom-joint-initiative-north-africa": {
        "fr": (
            "Initiative conjointe UE-OIM en Afrique du Nord : protection et réintégration",
            "Lancée au Caire le 9 septembre 2019, la composante Afrique du Nord aide les "
            "migrants bloqués et vulnérables en Algérie, en Égypte, en Libye, au Maroc et en "
            "Tunisie.",
        ),
        "ar": (
            "المبادرة المشتركة بين الاتحاد الأوروبي والمنظمة الدولية للهجرة في شمال أفريقيا",
            "أُطلق مكوّن شمال أفريقيا في القاهرة في 9 أيلول/سبتمبر 2019 لدعم المهاجرين "
            "العالقين وفي وضع هش في الجزائر ومصر وليبيا والمغرب وتونس.",
        ),
    },
    "speak-returnee-stories": {
        "fr": (
            "SPEAK : des personnes de retour racontent leur réintégration",
            "Dans de courtes vidéos, des personnes rentrées avec l’aide au retour volontaire "
            "décrivent leurs difficultés et leurs projets, pour informer ceux qui envisagent "
            "le retour.",
        ),
        "ar": (
            "مشروع SPEAK: العائدون يروون قصص إعادة إدماجهم",
            "في مقاطع فيديو قصيرة، يصف أشخاص عادوا بدعم العودة الطوعية صعوباتهم وأهدافهم، "
            "ليقدّموا معلومات دقيقة لمن يفكرون في العودة.",
        ),
    },
}

INDEX = {
    "fr": {
        "title": "Bonnes pratiques",
        "intro": "Ce qui a fonctionné, pour qui, avec quelles preuves.",
    },
    "es": {
        "title": "Buenas prácticas",
        "intro": "Lo que funcionó, para quién y con qué evidencia.",
    },
    "ar": {"title": "الممارسات الجيدة", "intro": "ما الذي نجح، ولمن، وبأي أدلة."},
}
