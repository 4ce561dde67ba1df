"""Facts of the resources demo: the two flagship publications and the works named in the seed
documents' reference lists; ``pdf`` paragraphs become a small generated PDF.

Facts (titles, years, publishers, places, figures) come from IOM's 2019 Return and
Reintegration Key Highlights and the knowledge page on voluntary return; every sentence is the
project's own.
"""

import datetime

IOM = "International Organization for Migration (IOM)"

RESOURCES = [
    {
        "slug": "2019-return-and-reintegration-key-highlights",
        "title": "2019 Return and Reintegration Key Highlights",
        "summary": (
            "IOM's yearly overview of assisted voluntary return, voluntary humanitarian return "
            "and reintegration support in 2019, region by region, with the initiatives that "
            "marked the year."
        ),
        "authors": (
            "Getachew, Yitna; Graviano, Nicola; Darbellay, Noëlle; Boparai, Amanat; "
            "Tosserams, Gerard; Cakic, Marina"
        ),
        "publisher": IOM,
        "year": 2020,
        "type": "report",
        "iom": True,
        "themes": [
            "assisted-voluntary-return",
            "voluntary-humanitarian-return",
            "economic-reintegration",
            "monitoring-and-evaluation",
        ],
        "pdf": [
            "This edition counts 64,958 migrants who went home with assisted voluntary return "
            "and reintegration support during 2019, close to the total of the year before.",
            "The balance between regions shifted. Departures from the European Economic Area "
            "and Switzerland kept falling, while departures from West and Central Africa kept "
            "rising. For the first time, the Niger overtook Germany as the main host country "
            "of assisted returns.",
            "Close to 45 per cent of returnees moved within their own region, compared with "
            "about 37 per cent in 2018, a sign that return inside Africa now weighs more.",
            "Voluntary humanitarian return is reported separately: 15,248 people left Libya "
            "and Yemen this way in 2019.",
            "Country offices delivered 126,442 reintegration services, counting counselling, "
            "economic, social and psychosocial support for individuals, groups and "
            "communities, through 112 IOM offices.",
        ],
    },
    {
        "slug": "reintegration-handbook",
        "title": (
            "Reintegration Handbook: Practical guidance on the design, implementation and "
            "monitoring of reintegration assistance"
        ),
        "summary": (
            "Six modules of practical guidance for programme managers and case managers: the "
            "integrated approach, assistance to individuals, communities and structures, "
            "monitoring and evaluation, and support for children and families."
        ),
        "publisher": IOM,
        "year": 2019,
        "type": "manual",
        "iom": True,
        "themes": [
            "economic-reintegration",
            "social-reintegration",
            "psychosocial-reintegration",
            "community-based-reintegration",
            "children-and-families",
        ],
        "pdf": [
            "Module 1 explains why return calls for an integrated approach: reintegration is "
            "sustainable once returnees are economically self-reliant, socially stable and "
            "psychologically well enough that moving again is a choice and not a necessity.",
            "Module 2 covers case management for individuals: a relationship of trust, early "
            "screening of vulnerabilities, and a reintegration plan written together with the "
            "returnee that says honestly when support will end.",
            "Module 3 turns to communities: participatory projects, profiles of places that "
            "receive many returnees, and work against stigma.",
            "Module 4 deals with the structural level: policies, capacity of local services "
            "and coordination between countries of origin and host countries.",
            "Module 5 asks programmes to plan monitoring from the start with a theory of "
            "change, and Module 6 adapts all of this to children and families.",
        ],
    },
    {
        "slug": "towards-an-integrated-approach-to-reintegration",
        "title": "Towards an Integrated Approach to Reintegration in the Context of Return",
        "summary": (
            "The paper that set out IOM's integrated approach: support at the individual, "
            "community and structural levels, across economic, social and psychosocial needs."
        ),
        "publisher": IOM,
        "year": 2017,
        "type": "policy",
        "iom": True,
        "themes": ["policy-and-governance", "community-based-reintegration"],
    },
    {
        "slug": "framework-for-avrr",
        "title": "A Framework for Assisted Voluntary Return and Reintegration",
        "summary": (
            "Principles and objectives that guide IOM's assisted voluntary return and "
            "reintegration work, from the first counselling session to life after arrival."
        ),
        "publisher": IOM,
        "year": 2018,
        "type": "guideline",
        "iom": True,
        "themes": ["assisted-voluntary-return", "policy-and-governance"],
        "pdf": [
            "The framework lists the commitments behind each assisted return: a free and "
            "informed decision, protection of rights, attention to vulnerability, "
            "confidentiality, and reintegration that holds over time. It treats the "
            "counselling conversation in the host country as the first step of reintegration.",
        ],
    },
    {
        "slug": "world-migration-report-2018",
        "title": "World Migration Report 2018",
        "summary": "IOM's flagship report on migration trends and policy debates worldwide.",
        "publisher": IOM,
        "year": 2018,
        "type": "report",
        "iom": True,
        "themes": ["policy-and-governance"],
        "external_url": "https://publications.iom.int/books/world-migration-report-2018",
    },
    {
        "slug": "in-the-path-to-adulthood",
        "title": "In the path to adulthood: When unaccompanied migrant children return home",
        "summary": (
            "The story of a Gambian boy who was left alone in Libya after his father drowned "
            "at sea, and of his return home and schooling afterwards."
        ),
        "publisher": IOM,
        "year": 2019,
        "date": datetime.date(2019, 6, 12),
        "type": "report",
        "iom": True,
        "themes": ["children-and-families", "psychosocial-reintegration"],
        "countries": ["GM", "LY"],
    },
    {
        "slug": "57-malawians-assisted-from-south-africa",
        "title": "Shielding the vulnerable from violence, IOM assists 57 Malawians from South Africa",
        "summary": (
            "Press release: after xenophobic attacks around Durban, Malawians were helped to "
            "return home under an EU-funded pilot on community-based reintegration."
        ),
        "publisher": IOM,
        "year": 2019,
        "date": datetime.date(2019, 4, 16),
        "type": "report",
        "iom": True,
        "themes": ["vulnerable-migrants", "community-based-reintegration"],
        "countries": ["MW", "ZA"],
    },
    {
        "slug": "17000-migrants-returned-from-greece",
        "title": "Nearly 17,000 migrants returned voluntarily from Greece in past 3 years",
        "summary": (
            "Press release with three years of assisted voluntary return figures from Greece, "
            "by nationality, sex and age."
        ),
        "publisher": IOM,
        "year": 2019,
        "date": datetime.date(2019, 8, 30),
        "type": "report",
        "iom": True,
        "themes": ["assisted-voluntary-return"],
        "countries": ["GR"],
        "pdf": [
            "Between June 2016 and late August 2019, 16,954 people from 83 countries left "
            "Greece with IOM's help to return voluntarily. Pakistan and Iraq headed the list, "
            "ahead of Georgia, Algeria and Afghanistan. About one returnee in eight was a "
            "child, and 3,666 of them had been living on the islands of the north-eastern "
            "Aegean.",
        ],
    },
    {
        "slug": "guatemala-airport-reception-capacity",
        "title": "Guatemala to triple reception capacity for its returning migrants at airport",
        "summary": (
            "Press release on the reception centre for people returned by air to Guatemala "
            "City from Mexico and the United States."
        ),
        "publisher": IOM,
        "year": 2019,
        "date": datetime.date(2019, 1, 29),
        "type": "report",
        "iom": True,
        "themes": ["social-reintegration", "policy-and-governance"],
        "countries": ["GT"],
    },
    {
        "slug": "sure-brazil",
        "title": "Joint Complementary Mechanism for a Sustainable Reintegration in Brazil (SURE)",
        "summary": (
            "Project page on SURE, which links counselling in Portugal, Belgium and Ireland "
            "with support networks in three Brazilian states."
        ),
        "publisher": IOM,
        "year": None,  # undated in the source: shown as "Date unknown"
        "type": "factsheet",
        "iom": True,
        "themes": ["psychosocial-reintegration", "policy-and-governance"],
        "countries": ["BR"],
    },
    {
        "slug": "ntmi-returns-by-department",
        "title": ("Personas migrantes retornadas al Triángulo Norte por departamento de destino"),
        "summary": (
            "Dashboard of the Northern Triangle human mobility information initiative (NTMI): "
            "returned migrants by department of destination, January to December."
        ),
        "publisher": "Northern Triangle Human Mobility Information Management Initiative (NTMI)",
        "year": None,
        "type": "factsheet",
        "iom": False,
        "themes": ["monitoring-and-evaluation"],
        "countries": ["GT", "HN", "SV"],
        "language": "es",
    },
    {
        "slug": "economic-development-in-africa-report-2018",
        "title": "Economic Development in Africa Report 2018",
        "summary": "UNCTAD's report on migration and economic development in Africa.",
        "publisher": "United Nations Conference on Trade and Development (UNCTAD)",
        "year": 2018,
        "type": "report",
        "iom": False,
        "themes": ["economic-reintegration"],
    },
    {
        "slug": "policy-on-the-full-spectrum-of-return",
        "title": "IOM's Policy on the Full Spectrum of Return, Readmission and Reintegration",
        "summary": (
            "IOM's policy and principles for return, readmission and reintegration, including "
            "the conditions under which a return can be called voluntary."
        ),
        "publisher": IOM,
        "year": 2021,
        "type": "policy",
        "iom": True,
        "themes": ["policy-and-governance", "assisted-voluntary-return"],
        "pdf": [
            "A return counts as voluntary only when four things hold: nobody pushes the person "
            "physically or psychologically; the person gets timely, impartial and reliable "
            "information; there is enough time to weigh other options and prepare; and consent "
            "can be withdrawn if circumstances or information change.",
        ],
    },
    {
        "slug": "balancing-acts",
        "title": "Balancing Acts: Policy Frameworks for Migrant Return and Reintegration",
        "summary": "A comparison of policy frameworks for the return and reintegration of migrants.",
        "authors": "Newland, K.; Salant, B.",
        "year": 2018,
        "type": "policy",
        "iom": False,
        "themes": ["policy-and-governance"],
    },
    {
        "slug": "ecre-voluntary-departure-and-return",
        "title": "Voluntary Departure and Return: Between a Rock and a Hard Place",
        "summary": (
            "ECRE's analysis of European practice on voluntary departure and assisted return, "
            "with recommendations to the European Union."
        ),
        "publisher": "European Council on Refugees and Exiles (ECRE)",
        "year": 2018,
        "type": "study",
        "iom": False,
        "themes": ["assisted-voluntary-return", "policy-and-governance"],
        "regions": ["EEA"],
    },
    {
        "slug": "understanding-voluntary-return",
        "title": "Understanding Voluntary Return",
        "summary": "Research on why migrants decide to return and what shapes that decision.",
        "authors": "Black, R. et al.",
        "year": 2004,
        "type": "study",
        "iom": False,
        "themes": ["assisted-voluntary-return"],
    },
]
