"""The demo initiatives, drawn from the project's seed documents, at their real places.

Facts (places, dates, partners, figures) come from IOM's 2019 Return and Reintegration Key
Highlights, the Reintegration Handbook (module 1) and the knowledge page on AVRR; the wording
is the project's own.
"""

EU_TRUST_FUND = "European Union Emergency Trust Fund for Africa"

INITIATIVES = [
    {
        "slug": "la-aurora-migrant-reception-centre",
        "title": "Migrant reception centre at La Aurora International Airport",
        "summary": "A new centre at Guatemala City's airport triples the Government's capacity to "
        "receive citizens returned by air from Mexico and the United States.",
        "description": "<p>The Centre for the Reception of Returned Airborne Populations stands "
        "on Guatemalan Air Force land at La Aurora International Airport. USAID gave USD 1.2 "
        "million for the building, its furniture and equipment; IOM oversaw the works and the "
        "Guatemalan Migration Institute (IGM) runs the centre from June 2019.</p>"
        "<p>It has play areas for unaccompanied children, adolescents and families, a "
        "breastfeeding room, medical clinics, a place to make phone calls, a room for "
        "psychosocial interviews and a waiting area for relatives. From January to November "
        "2018, 87,560 people were returned to Guatemala, 45.8 per cent more than in the same "
        "months of 2017.</p>",
        "countries": ["GT"],
        "host_countries": ["MX", "US"],
        "places": [("La Aurora International Airport, Guatemala City", 14.5833, -90.5275)],
        "organisations": "Government of Guatemala\nIOM Guatemala",
        "status": "ongoing",
        "start": (2019, 1, 1),
        "dimensions": ["social"],
        "levels": ["structural", "individual"],
        "targets": ["returnees"],
        "themes": ["policy-and-governance", "social-reintegration"],
    },
    {
        "slug": "sure-brazil",
        "title": "SURE: joint complementary mechanism for sustainable reintegration in Brazil",
        "summary": "A 24-month referral and coordination mechanism linking pre-departure counselling "
        "in Portugal, Belgium and Ireland with local support networks in three Brazilian states.",
        "countries": ["BR"],
        "host_countries": ["PT", "BE", "IE"],
        "places": [
            ("Goiânia, Goiás", -16.6869, -49.2648),
            ("Belo Horizonte, Minas Gerais", -19.9167, -43.9345),
            ("São Paulo, São Paulo", -23.5505, -46.6333),
        ],
        "organisations": "IOM Brazil\nIOM Portugal\nIOM Belgium\nIOM Ireland",
        "status": "ongoing",
        "start": (2019, 1, 1),
        "dimensions": ["psychosocial", "social"],
        "levels": ["community", "structural"],
        "targets": ["returnees"],
        "themes": ["psychosocial-reintegration", "policy-and-governance"],
    },
    {
        "slug": "eu-iom-joint-initiative-sahel-lake-chad",
        "title": "EU–IOM Joint Initiative for Migrant Protection and Reintegration",
        "summary": "Launched in December 2016 along the Central Mediterranean route, the programme "
        "supports protection, voluntary return and reintegration in 13 African countries.",
        "countries": ["BF", "CM", "TD", "CI", "GM", "GH", "GN", "GW", "ML", "MR", "NE", "NG", "SN"],
        "places": [],
        "organisations": "IOM",
        "donors": EU_TRUST_FUND,
        "status": "ongoing",
        "start": (2016, 12, 1),
        "dimensions": ["economic", "social", "psychosocial"],
        "levels": ["individual", "community", "structural"],
        "targets": ["returnees", "stranded"],
        "themes": ["assisted-voluntary-return", "community-based-reintegration"],
    },
    {
        "slug": "eu-iom-joint-initiative-north-africa",
        "title": "EU–IOM Joint Initiative in North Africa",
        "summary": "Started at a regional event in Cairo on 9 September 2019, it protects stranded "
        "and vulnerable migrants in five North African countries and helps them go home.",
        "description": "<p>IOM's Regional Office for the Middle East and North Africa launched "
        "the programme with the Government of Egypt and the EU Delegation in Cairo. It offers "
        "stranded and vulnerable migrants in Algeria, Egypt, Libya, Morocco and Tunisia "
        "protection and the choice to return home voluntarily.</p>"
        "<p>People returning to Algeria, Egypt, Morocco and Tunisia can receive individual, "
        "collective or community-based reintegration support, economic, social and "
        "psychosocial, fitted to their needs and to local opportunities. It is the third "
        "regional part of the EU–IOM Joint Initiative, next to the Sahel and Lake Chad and "
        "the Horn of Africa.</p>",
        "countries": ["EG", "DZ", "LY", "MA", "TN"],
        "places": [("Cairo (regional launch)", 30.0444, 31.2357)],
        "organisations": "IOM Regional Office for the Middle East and North Africa",
        "donors": EU_TRUST_FUND,
        "status": "ongoing",
        "start": (2019, 9, 9),
        "dimensions": ["economic", "social", "psychosocial"],
        "levels": ["individual", "community"],
        "targets": ["stranded", "trafficking"],
        "themes": ["vulnerable-migrants", "assisted-voluntary-return"],
    },
    {
        "slug": "el-salvador-cultural-orientation",
        "title": "Cultural orientation for long-term returnees in El Salvador",
        "summary": "A pilot for returnees who spent many years abroad: an emergency package, help "
        "with identity papers and orientation to life in El Salvador.",
        "countries": ["SV"],
        "host_countries": ["US"],
        "places": [("San Salvador", 13.6929, -89.2182)],
        "organisations": "IOM El Salvador",
        "status": "completed",
        "dimensions": ["social", "psychosocial"],
        "levels": ["individual"],
        "targets": ["returnees"],
        "themes": ["social-reintegration", "psychosocial-reintegration"],
    },
    {
        "slug": "zambia-national-referral-mechanism",
        "title": "Zambia's National Referral Mechanism for vulnerable migrants",
        "summary": "The Government of Zambia identifies vulnerable migrants — victims of trafficking, "
        "unaccompanied children, stranded migrants — and refers them to protection and return.",
        "countries": ["ZM"],
        "places": [],
        "organisations": "Government of Zambia",
        "partners": "IOM Zambia",
        "status": "ongoing",
        "dimensions": ["social"],
        "levels": ["structural"],
        "targets": ["trafficking", "children", "stranded"],
        "themes": ["policy-and-governance", "vulnerable-migrants"],
    },
    {
        "slug": "ethiopia-child-returnees-oromia-amhara",
        "title": "Reintegration of migrant children in Oromia and Amhara",
        "summary": "A partnership with Save the Children to assist 400 returnees and 200 other "
        "vulnerable children over 18 months in East Hararghe and North Wollo.",
        "countries": ["ET"],
        "places": [
            ("Harar, East Hararghe", 9.3126, 42.1227),
            ("Woldia, North Wollo", 11.8333, 39.6),
        ],
        "organisations": "IOM Ethiopia",
        "partners": "Save the Children",
        "donors": EU_TRUST_FUND,
        "status": "ongoing",
        "start": (2019, 1, 1),
        "dimensions": ["social", "psychosocial"],
        "levels": ["individual", "community"],
        "targets": ["children", "families"],
        "themes": ["children-and-families"],
    },
    {
        "slug": "gambia-child-returnees",
        "title": "Support to child returnees in the Gambia",
        "summary": "Family tracing before return and counselling within a week of arrival for the "
        "68 minors among over 4,000 Gambians assisted home since 2017.",
        "countries": ["GM"],
        "host_countries": ["LY"],
        "places": [("Banjul", 13.4549, -16.579)],
        "organisations": "IOM The Gambia",
        "donors": EU_TRUST_FUND,
        "status": "ongoing",
        "start": (2017, 1, 1),
        "dimensions": ["social", "psychosocial"],
        "levels": ["individual"],
        "targets": ["children"],
        "themes": ["children-and-families"],
    },
    {
        "slug": "bamako-community-based-reintegration",
        "title": "Community-based reintegration in Bamako",
        "summary": "Returnees and members of their communities — among them Touareg women — run "
        "shared projects that benefit the neighbourhood as a whole.",
        "description": "<p>Returnees and residents plan and run projects together, so that the "
        "whole neighbourhood gains and returnees are not singled out. Touareg women taking "
        "part in one of these projects are on the cover of IOM's 2019 Key Highlights.</p>"
        "<p>Mali is among the main countries of origin of assisted returns in West and Central "
        "Africa: 5,576 Malians went home with IOM's help in 2019, and IOM Mali delivered "
        "18,593 reintegration services after arrival that year, second only to Honduras.</p>",
        "countries": ["ML"],
        "places": [("Bamako", 12.6392, -8.0029)],
        "organisations": "IOM Mali",
        "donors": EU_TRUST_FUND,
        "status": "ongoing",
        "start": (2018, 1, 1),
        "dimensions": ["economic", "social"],
        "levels": ["community"],
        "targets": ["returnees"],
        "themes": ["community-based-reintegration", "economic-reintegration"],
    },
    {
        "slug": "avrr-from-greece-open-centre-athens",
        "title": "Assisted voluntary return from Greece and the open centre in Athens",
        "summary": "From June 2016 to August 2019, 16,954 people returned home from Greece; an open "
        "centre near central Athens sheltered the most vulnerable before departure.",
        "countries": ["GR"],
        "places": [("Open centre, Athens", 37.9838, 23.7275)],
        "organisations": "IOM Greece",
        "status": "completed",
        "start": (2016, 6, 1),
        "end": (2019, 8, 28),
        "dimensions": ["economic"],
        "levels": ["individual"],
        "targets": ["health", "returnees"],
        "themes": ["assisted-voluntary-return", "vulnerable-migrants"],
    },
    {
        "slug": "turkey-avrr",
        "title": "Assisted voluntary return and reintegration from Turkey",
        "summary": "A new phase launched in April 2019 with the EU Delegation and the Government of "
        "Turkey helps stranded and vulnerable migrants return home and restart.",
        "countries": ["TR"],
        "places": [("Ankara", 39.9334, 32.8597), ("Istanbul", 41.0082, 28.9784)],
        "organisations": "IOM Turkey",
        "partners": "Government of Turkey",
        "donors": "European Union",
        "status": "ongoing",
        "start": (2019, 4, 16),
        "dimensions": ["economic", "social"],
        "levels": ["individual"],
        "targets": ["stranded"],
        "themes": ["assisted-voluntary-return"],
    },
    {
        "slug": "malawi-returns-from-durban",
        "title": "Voluntary return of Malawians from Durban",
        "summary": "After the April 2019 violence in Durban, Malawians who wished to go home were "
        "counselled, documented and flown to Lilongwe under an EU-funded pilot action.",
        "countries": ["MW"],
        "host_countries": ["ZA"],
        "places": [("Kamuzu International Airport, Lilongwe", -13.7894, 33.781)],
        "organisations": "IOM Malawi\nIOM South Africa",
        "partners": "Government of Malawi",
        "donors": "European Union",
        "status": "completed",
        "start": (2019, 4, 8),
        "end": (2019, 4, 12),
        "dimensions": ["economic", "social"],
        "levels": ["individual", "community"],
        "targets": ["stranded"],
        "themes": ["community-based-reintegration", "assisted-voluntary-return"],
    },
    {
        "slug": "bangladesh-returns-from-libya",
        "title": "Voluntary humanitarian return from Libya to Bangladesh",
        "summary": "Bangladeshis stranded or detained in Libya fly home to Dhaka and receive "
        "reintegration help; over 1,400 have returned this way since 2015.",
        "countries": ["BD"],
        "host_countries": ["LY"],
        "places": [("Hazrat Shahjalal International Airport, Dhaka", 23.8433, 90.3978)],
        "organisations": "IOM Bangladesh",
        "partners": "Government of Bangladesh",
        "donors": EU_TRUST_FUND,
        "status": "ongoing",
        "start": (2015, 1, 1),
        "dimensions": ["economic", "psychosocial"],
        "levels": ["individual"],
        "targets": ["stranded", "health"],
        "themes": ["voluntary-humanitarian-return"],
    },
]
