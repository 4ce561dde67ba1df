"""Sample data for the pattern library, in English and in Arabic (other languages show English).

Written for the pattern library only: realistic texts of a return and reintegration site, so
that each component can be judged with the lengths and scripts it will carry.
"""

from django import forms

SAMPLES = {
    "en": {
        "card_title": "Reintegration assistance in Nigeria: lessons from 2,400 returnees",
        "card_meta": "Study · 2023 · IOM Nigeria",
        "card_text": "What helped returnees rebuild a livelihood within a year, and what did not.",
        "card_badge": "Good practice",
        "image_alt": "Hills under a blue sky",
        "person": "Amina Diallo",
        "person_meta": "Reintegration officer · IOM Senegal",
        "person_text": "Works with returnees in Dakar and Tambacounda on business start-up grants.",
        "badges": ["Study", "Ongoing", "Answered", "Awaiting review", "Closed"],
        "notices": {
            "info": (
                "Registration opens on 3 March.",
                "Seats are given in the order requests arrive.",
            ),
            "success": ("Your contribution was sent.", "An editor will review it within a week."),
            "warning": (
                "This webinar is full.",
                "Join the waiting list to be told if a seat frees up.",
            ),
            "error": ("The file could not be uploaded.", "Upload a PDF of at most 20 MB."),
        },
        "buttons": {
            "primary": "Register",
            "secondary": "Save this search",
            "quiet": "Cancel request",
            "reply": "Reply",
            "flag": "Flag",
            "download": "Download PDF (1.2 MB)",
        },
        "tabs_label": "Result types",
        "tabs": [("All", 128), ("Resources", 74), ("Discussions", 31), ("Webinars", 23)],
        "empty_title": "No discussion matches these filters.",
        "empty_text": "Try fewer filters, or start the discussion yourself.",
        "empty_action": "Start a discussion",
        "summary": [
            ("Publisher", "International Organization for Migration"),
            ("Published", "2023"),
            ("Countries", "Nigeria, Ghana, Senegal"),
            ("Languages", "English, French"),
        ],
        "table_caption": "Assisted returns by region, 2022–2023",
        "table_columns": ["Region", "2022", "2023", "Change"],
        "table_rows": [
            ["West and Central Africa", "21,304", "24,118", "+13%"],
            ["Middle East and North Africa", "9,870", "8,412", "−15%"],
            ["Asia and the Pacific", "4,215", "5,030", "+19%"],
        ],
        "filters_title": "Filter members",
        "filter_q": "Name or organisation",
        "filter_country": "Country",
        "filter_countries": [("", "Any country"), ("NG", "Nigeria"), ("SN", "Senegal")],
        "filter_verified": "Verified members only",
    },
    "ar": {
        "card_title": "مساعدة إعادة الإدماج في نيجيريا: دروس من 2400 عائد",
        "card_meta": "دراسة · 2023 · المنظمة الدولية للهجرة في نيجيريا",
        "card_text": "ما الذي ساعد العائدين على بناء مصدر رزق خلال عام، وما الذي لم يساعد.",
        "card_badge": "ممارسة جيدة",
        "image_alt": "تلال تحت سماء زرقاء",
        "person": "أمينة ديالو",
        "person_meta": "موظفة إعادة الإدماج · المنظمة الدولية للهجرة في السنغال",
        "person_text": "تعمل مع العائدين في داكار وتامباكوندا على منح بدء المشاريع.",
        "badges": ["دراسة", "جارية", "تمت الإجابة", "بانتظار المراجعة", "مغلقة"],
        "notices": {
            "info": ("يبدأ التسجيل في 3 مارس.", "تُمنح المقاعد حسب ترتيب وصول الطلبات."),
            "success": ("أُرسلت مساهمتك.", "سيراجعها محرر خلال أسبوع."),
            "warning": ("هذه الندوة ممتلئة.", "انضم إلى قائمة الانتظار لنخبرك إذا توفر مقعد."),
            "error": ("تعذر رفع الملف.", "ارفع ملف PDF لا يتجاوز 20 ميغابايت."),
        },
        "buttons": {
            "primary": "سجّل",
            "secondary": "احفظ هذا البحث",
            "quiet": "إلغاء الطلب",
            "reply": "رد",
            "flag": "إبلاغ",
            "download": "تنزيل PDF (1.2 ميغابايت)",
        },
        "tabs_label": "أنواع النتائج",
        "tabs": [("الكل", 128), ("الموارد", 74), ("النقاشات", 31), ("الندوات", 23)],
        "empty_title": "لا يوجد نقاش يطابق هذه المرشحات.",
        "empty_text": "جرّب مرشحات أقل، أو ابدأ النقاش بنفسك.",
        "empty_action": "ابدأ نقاشًا",
        "summary": [
            ("الناشر", "المنظمة الدولية للهجرة"),
            ("تاريخ النشر", "2023"),
            ("البلدان", "نيجيريا، غانا، السنغال"),
            ("اللغات", "الإنجليزية، الفرنسية"),
        ],
        "table_caption": "العودة بمساعدة حسب المنطقة، 2022–2023",
        "table_columns": ["المنطقة", "2022", "2023", "التغير"],
        "table_rows": [
            ["غرب ووسط أفريقيا", "21,304", "24,118", "+13%"],
            ["الشرق الأوسط وشمال أفريقيا", "9,870", "8,412", "−15%"],
            ["آسيا والمحيط الهادئ", "4,215", "5,030", "+19%"],
        ],
        "filters_title": "تصفية الأعضاء",
        "filter_q": "الاسم أو المنظمة",
        "filter_country": "البلد",
        "filter_countries": [("", "أي بلد"), ("NG", "نيجيريا"), ("SN", "السنغال")],
        "filter_verified": "الأعضاء الموثقون فقط",
    },
}


def samples(language):
    """The sample texts of a language (English for languages without their own)."""
    return SAMPLES.get(language, SAMPLES["en"])


def filter_form(sample, data=None):
    """A small GET form standing for a listing's filters."""
    form = forms.Form(data)
    form.fields["q"] = forms.CharField(label=sample["filter_q"], required=False)
    form.fields["country"] = forms.ChoiceField(
        label=sample["filter_country"], choices=sample["filter_countries"], required=False
    )
    form.fields["verified"] = forms.BooleanField(label=sample["filter_verified"], required=False)
    return form
