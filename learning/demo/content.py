"""Texts of the learning demo: the Reintegration Handbook course and three webinars.

Facts come from IOM's Reintegration Handbook (overview key messages and Module 1); the
wording is the project's own.
"""

MODULES = [
    (
        "module-1-integrated-approach",
        "Module 1: An integrated approach to reintegration",
        "Why returns differ, what sustainable reintegration means and how support connects "
        "the individual, community and structural levels.",
        [
            "People go home in many ways and circumstances, and each brings its own obstacles "
            "and openings for reintegration.",
            "Reintegration is sustainable when returnees are economically self-sufficient, "
            "socially stable and well in mind, so that moving again is a choice and not a need.",
            "Because reintegration is complex, IOM answers it as a whole and according to need, "
            "working with individuals, communities and structures at once.",
            "Returnees, families and communities should lead their own reintegration and be "
            "empowered to take part.",
            "Programmes improve when they are designed and adjusted through ongoing assessment "
            "and learning, building on what already exists locally.",
            "Solid partnerships with the main stakeholders make reintegration more efficient "
            "and longer-lasting.",
        ],
    ),
    (
        "module-2-individual-level",
        "Module 2: Reintegration assistance at the individual level",
        "Case management, vulnerabilities, capacities and a reintegration plan made together.",
        [
            "Case management works when a trusting relationship lets returnees steer their own "
            "reintegration and face its difficulties.",
            "Spotting and addressing vulnerabilities comes first: it lowers risk, prevents "
            "further harm and opens the way to tailored help.",
            "Returnees bring skills and resources as well as needs; knowing both early helps "
            "shape assistance that lasts.",
            "The reintegration plan is drawn up jointly, with an honest picture of what help "
            "exists and when it will stop.",
        ],
    ),
    (
        "module-3-community-level",
        "Module 3: Reintegration assistance at the community level",
        "Participatory, community-based projects that benefit returnees and their neighbours.",
        [
            "What counts as a community depends on local social, economic and political "
            "conditions and on migration patterns.",
            "Participatory methods give communities ownership of reintegration, to the benefit "
            "of returnees and residents alike.",
            "Community projects may gather returnees, start new local initiatives or bring "
            "returnees into projects already running.",
            "When returnees share their experience and build networks, they become more "
            "resilient and their reintegration holds better.",
            "Fighting stigma and improving local services together with communities is essential.",
            "Detailed profiles of places receiving many returnees reveal local needs and "
            "initiatives to build on.",
        ],
    ),
    (
        "module-4-structural-level",
        "Module 4: Reintegration assistance at the structural level",
        "Policies, capacities, coordination and international cooperation.",
        [
            "Including reintegration in national and local development and sector policies "
            "brings institutional backing and links with other sectors.",
            "Stronger capacities and systems give national actors ownership and make "
            "individual and community support more sustainable.",
            "Reintegration works better when actors in host countries and countries of origin "
            "coordinate strategically.",
            "Clear international cooperation arrangements define roles and standardise "
            "procedures for returnees, communities and countries of origin.",
        ],
    ),
    (
        "module-5-monitoring-evaluation",
        "Module 5: Monitoring and evaluation",
        "Planning for measurement from the design phase and using what is learnt.",
        [
            "Plan monitoring and evaluation from the design stage with a theory of change that "
            "links activities to results and guides indicators.",
            "Building monitoring into everyday programme work is what yields accurate, timely "
            "data.",
            "Lessons from monitoring and evaluation must be built into institutions and shared "
            "with those who need them, so future programmes do better.",
        ],
    ),
    (
        "module-6-children-families",
        "Module 6: Reintegration of children and families",
        "A child-rights approach to the return and reintegration of children and families.",
        [
            "Returnee children and families need a holistic view of reintegration's many "
            "dimensions.",
            "The integrated approach covers economic, social and psychosocial needs of "
            "individuals, families, communities and the structures around them.",
            "Every return decision concerning a child starts from the child's best interests; "
            "children in families are rights holders in their own right, and even after a "
            "forced return child protection services must help them reintegrate.",
            "Planning before departure and cross-border cooperation between child protection, "
            "social welfare and immigration authorities strengthen reintegration.",
        ],
    ),
]

CASE_STUDY_TEXT = (
    "<p>Some people returning to El Salvador lived abroad for many years, have no network "
    "at home, may speak only English, may lack Salvadoran identity papers and sometimes "
    "come back after deportation from the United States. These circumstances weaken their "
    "income, their well-being and their place in society.</p>"
    "<p>IOM El Salvador piloted support for this small and easily overlooked group: an "
    "emergency package of food, clothing, transport vouchers and three months of "
    "accommodation, help with documents, language classes and cultural orientation workshops "
    "in English and Spanish covering life in El Salvador, budgeting, housing and finding work, "
    "plus individual counselling and support groups that reconnect them with local "
    "services.</p>"
)

LESSON_BODY = [
    (
        "text",
        "<h2>What return means</h2><p>Return is going back, or being taken back, to where a "
        "journey began, often also to one's culture, family and home. It can happen inside a "
        "country, as when internally displaced people go home, or across borders, for migrant "
        "workers, refugees, asylum seekers or migrants in an irregular situation.</p>"
        "<p>Many migrants expect to return one day; coming back to a familiar place does not "
        "make reintegration easy.</p>",
    ),
    (
        "text",
        "<h2>Kinds of return</h2><ul><li><b>Spontaneous or assisted:</b> a person may organise "
        "the return alone, or a State or third party may pay for and organise it, sometimes "
        "with reintegration support.</li><li><b>Voluntary or forced:</b> forced return happens "
        "against the person's will, usually after an administrative or judicial decision. For "
        "assisted voluntary return, IOM considers a return voluntary when the migrant chooses "
        "freely, without pressure, and on the basis of timely, unbiased and reliable "
        "information.</li></ul><p>IOM holds that voluntary return should always be preferred: "
        "it gives a choice and time to prepare. IOM has run assisted voluntary return and "
        "reintegration programmes since 1979 and has helped over 1.6 million people.</p>",
    ),
    (
        "case_study",
        {
            "title": "Cultural orientation for returnees in El Salvador",
            "place": "El Salvador",
            "text": CASE_STUDY_TEXT,
            "source": "IOM, Reintegration Handbook, Module 1, case study 1",
        },
    ),
    (
        "key_messages",
        {
            "heading": "Key messages",
            "messages": [
                "Returns vary widely, and so do the needs they create.",
                "Voluntary return, based on free and informed choice, is the preferred option.",
            ],
        },
    ),
]


def knowledge_check():
    """A short knowledge check for each module."""
    return [
        (
            "question",
            {
                "question": "When is reintegration sustainable?",
                "answers": [
                    {
                        "text": "When returnees are self-sufficient, socially stable and well, "
                        "so that migrating again is a choice",
                        "correct": True,
                        "feedback": "Right: economic, social and psychosocial dimensions all "
                        "count.",
                    },
                    {
                        "text": "As soon as the returnee has arrived home",
                        "correct": False,
                        "feedback": "Arriving is only the start; reintegration is a process.",
                    },
                    {
                        "text": "When the returnee has received a cash grant",
                        "correct": False,
                        "feedback": "Money alone rarely makes reintegration sustainable.",
                    },
                ],
            },
        ),
        (
            "question",
            {
                "question": "Who should lead the reintegration process?",
                "answers": [
                    {
                        "text": "Returnees, their families and communities",
                        "correct": True,
                        "feedback": "Yes: ownership and participation make it last.",
                    },
                    {
                        "text": "Only the organisation providing assistance",
                        "correct": False,
                        "feedback": "Assistance supports; returnees and communities drive.",
                    },
                ],
            },
        ),
    ]


# The past webinar's recording: a short video made for the project (ffmpeg, title cards in the
# site's colours, no sound), its captions (media/recording.vtt) and this transcript.
RECORDING_TRANSCRIPT = (
    "<p><b>Moderator:</b> Welcome to this webinar on community-based reintegration. "
    "This short demo recording stands in for the full session.</p>"
    "<p><b>Amina Diallo:</b> Projects that bring returnees and residents together reduce "
    "stigma and share the benefits with the whole community. When the community decides and "
    "runs the project, local ownership lasts after the funding ends.</p>"
)

WEBINARS = [
    {
        "slug": "community-based-reintegration-in-practice",
        "title": "Community-based reintegration in practice",
        "summary": "How projects that include both returnees and residents reduce stigma and "
        "build local ownership. Recording available.",
        "days": -30,
        "recording_url": "https://www.youtube.com/watch?v=aqz-KE-bpKQ",
        "recording": "recording",
        "interpretation": [],
    },
    {
        "slug": "measuring-sustainable-reintegration",
        "title": "Measuring sustainable reintegration",
        "summary": "Designing a theory of change and indicators for reintegration programmes, "
        "with interpretation into French and Spanish.",
        "days": 14,
        "recording_url": "",
        "interpretation": ["fr", "es"],
    },
    {
        "slug": "children-and-families-returning-home",
        "title": "Children and families returning home",
        "summary": "A child-rights approach to return decisions and to reintegration support "
        "for families.",
        "days": 35,
        "recording_url": "",
        "interpretation": [],
    },
]
