"""Reference data: IOM's nine regional designations and the countries in each.

Region names follow the designations used in IOM's 2019 Return and Reintegration Key
Highlights. Each ISO 3166-1 country or territory belongs to exactly one region.
"""

from django.utils.translation import gettext_lazy as _

REGIONS = [
    ("APAC", _("Asia and the Pacific")),
    ("CNAC", _("Central and North America and the Caribbean")),
    ("EHA", _("East and Horn of Africa")),
    ("EEA", _("European Economic Area")),
    ("MENA", _("Middle East and North Africa")),
    ("SAM", _("South America")),
    ("SEEECA", _("South-Eastern Europe, Eastern Europe and Central Asia")),
    ("SAF", _("Southern Africa")),
    ("WCA", _("West and Central Africa")),
]

REGION_COUNTRIES = {
    "APAC": (
        "AF AS AU BD BN BT CC CK CN CX FJ FM GU HK HM ID IN IO IR JP KH KI KP KR LA LK MH MM "
        "MN MO MP MV MY NC NF NP NR NU NZ PF PG PH PK PN PW SB SG TH TK TL TO TV TW UM VN VU "
        "WF WS"
    ),
    "CNAC": (
        "AG AI AW BB BL BM BQ BS BZ CA CR CU CW DM DO GD GL GP GT HN HT JM KN KY LC MF MQ MS "
        "MX NI PA PM PR SV SX TC TT US VC VG VI"
    ),
    "EHA": "BI DJ ER ET KE RW SO SS TZ UG",
    "EEA": (
        "AD AT AX BE BG CH CY CZ DE DK EE ES FI FO FR GB GG GI GR HR HU IE IM IS IT JE LI LT "
        "LU LV MC MT NL NO PL PT RO SE SI SJ SK SM VA"
    ),
    "MENA": "AE BH DZ EG EH IL IQ JO KW LB LY MA OM PS QA SA SD SY TN YE",
    "SAM": "AQ AR BO BR CL CO EC FK GF GS GY PE PY SR UY VE",
    "SEEECA": "AL AM AZ BA BY GE KG KZ MD ME MK RS RU TJ TM TR UA UZ",
    "SAF": "AO BV BW CD KM LS MG MU MW MZ NA RE SC SH SZ TF YT ZA ZM ZW",
    "WCA": "BF BJ CF CG CI CM CV GA GH GM GN GQ GW LR ML MR NE NG SL SN ST TD TG",
}

COUNTRY_REGION = {
    code: region for region, codes in REGION_COUNTRIES.items() for code in codes.split()
}

# Languages a publication, course or webinar can be offered in (ISO 639-1 codes).
CONTENT_LANGUAGES = [
    ("en", _("English")),
    ("fr", _("French")),
    ("es", _("Spanish")),
    ("ar", _("Arabic")),
    ("pt", _("Portuguese")),
    ("ru", _("Russian")),
    ("zh", _("Chinese")),
    ("de", _("German")),
    ("it", _("Italian")),
    ("nl", _("Dutch")),
    ("tr", _("Turkish")),
    ("fa", _("Persian")),
    ("ps", _("Pashto")),
    ("ur", _("Urdu")),
    ("bn", _("Bengali")),
    ("am", _("Amharic")),
    ("ti", _("Tigrinya")),
    ("so", _("Somali")),
    ("sw", _("Swahili")),
    ("ha", _("Hausa")),
    ("uk", _("Ukrainian")),
    ("sq", _("Albanian")),
    ("ka", _("Georgian")),
    ("hy", _("Armenian")),
    ("uz", _("Uzbek")),
]
