"""Completion certificates as PDF (fpdf2), in the course's language.

The DejaVu Sans font shipped in learning/courses/fonts covers Latin and Arabic (with its
OpenType shaping tables); fpdf2's text shaping (HarfBuzz, the ``uharfbuzz`` package) joins
Arabic letters in their positional forms and orders mixed right-to-left and left-to-right
text. In a right-to-left language the page is laid out from the right.
"""

from pathlib import Path

from django.urls import reverse
from django.utils import formats, translation
from django.utils.translation import gettext as _
from fpdf import FPDF

from community.accounts import profile_for
from portal.core.i18n import language_direction
from portal.core.links import absolute_url

FONT = Path(__file__).resolve().parent / "fonts" / "DejaVuSans.ttf"
FONT_NAME = "DejaVu"
LRM = "\u200e"


def verification_url(enrolment, language="en"):
    """The public address where anyone can check the certificate (in ``language``)."""
    with translation.override(language):
        return absolute_url(reverse("learning:verify", args=[enrolment.certificate_code]))


def display_name(user):
    """The name printed on the certificate: the member's community display name, else their
    full name, else their username."""
    return profile_for(user).name


def certificate_language(course):
    """The language of the certificate: the locale of the course page it is asked from."""
    locale = getattr(course, "locale", None)
    return locale.language_code if locale is not None else translation.get_language()


def certificate_pdf(enrolment, course=None, language=None):
    """The certificate of a completed enrolment as PDF bytes, in ``language`` (by default
    the language of ``course``, the course page in the member's language; else of the
    enrolment's canonical course), with that page's title."""
    course = course or enrolment.course
    language = language or certificate_language(course)
    with translation.override(language):
        return _render(enrolment, course, language)


def _render(enrolment, course, language):
    rtl = language_direction(language) == "rtl"
    start = "R" if rtl else "L"
    pdf = FPDF(orientation="L", format="A4")
    pdf.set_lang(language)
    pdf.set_title(_("Certificate of completion"))
    pdf.add_font(FONT_NAME, fname=str(FONT))
    pdf.set_text_shaping(use_shaping_engine=True, direction="rtl" if rtl else "ltr")
    pdf.add_page()
    pdf.set_draw_color(0, 80, 140)
    pdf.set_line_width(1.5)
    pdf.rect(10, 10, 277, 190)

    def line(text, size, height, align="C"):
        pdf.set_font(FONT_NAME, size=size)
        pdf.multi_cell(0, height, text, align=align, new_x="LMARGIN", new_y="NEXT")

    pdf.set_margins(25, 20, 25)
    pdf.set_y(35)
    line(_("Certificate of completion"), 30, 15)
    pdf.ln(8)
    line(_("This certifies that"), 14, 10)
    line(display_name(enrolment.user), 24, 14)
    line(_("has completed the course"), 14, 10)
    line(course.title, 20, 12)
    pdf.set_y(150)
    completed = formats.date_format(enrolment.completed_at, "j F Y")
    line(
        _("Completed on %(date)s · Return & Reintegration Hub") % {"date": completed},
        12,
        8,
        start,
    )
    line(_("Certificate code: %(code)s") % {"code": enrolment.certificate_code}, 12, 8, start)
    url = verification_url(enrolment, language)
    if rtl:  # a left-to-right mark keeps the address's final "/" at its end in Arabic
        url += LRM
    line(
        _("Verify at: %(url)s") % {"url": url},
        12,
        8,
        start,
    )
    return bytes(pdf.output())
