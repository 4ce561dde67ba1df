"""Completion certificates as PDF (fpdf2, with the DejaVu Sans font shipped in
learning/courses/fonts)."""

from pathlib import Path

from django.urls import reverse
from django.utils import translation
from fpdf import FPDF

from portal.core.links import absolute_url

FONT = Path(__file__).resolve().parent / "fonts" / "DejaVuSans.ttf"


def verification_url(enrolment):
    """The public address where anyone can check the certificate."""
    with translation.override("en"):
        return absolute_url(reverse("learning:verify", args=[enrolment.certificate_code]))


def certificate_pdf(enrolment):
    """The certificate of a completed enrolment, as PDF bytes."""
    pdf = FPDF(orientation="L", format="A4")
    pdf.set_title("Certificate of completion")
    pdf.add_font("DejaVu", fname=str(FONT))
    pdf.add_page()
    pdf.set_draw_color(0, 80, 140)
    pdf.set_line_width(1.5)
    pdf.rect(10, 10, 277, 190)
    pdf.set_font("DejaVu", size=30)
    pdf.ln(25)
    pdf.cell(0, 15, "Certificate of completion", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", size=14)
    pdf.ln(8)
    pdf.cell(0, 10, "This certifies that", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", size=24)
    name = enrolment.user.get_full_name() or enrolment.user.get_username()
    pdf.cell(0, 14, name, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", size=14)
    pdf.cell(0, 10, "has completed the course", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", size=20)
    pdf.multi_cell(0, 12, enrolment.course.title, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", size=12)
    pdf.ln(6)
    pdf.cell(
        0,
        8,
        f"Completed on {enrolment.completed_at:%d %B %Y} · Return & Reintegration Hub",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.cell(
        0,
        8,
        f"Certificate code: {enrolment.certificate_code}",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.cell(0, 8, f"Verify at: {verification_url(enrolment)}", align="C")
    return bytes(pdf.output())
