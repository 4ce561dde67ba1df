"""CSV downloads of the data section's charts: the same figures as each chart's table."""

import csv

from django.http import Http404, HttpResponse

from portal.datasets.charts import chart_for
from portal.datasets.services import Figures


def chart_csv(request, slug, kind, region=""):
    """The figures of one chart as a UTF-8 CSV attachment (country names in the language of
    the address)."""
    figures = Figures.for_slug(slug)
    chart = chart_for(figures, kind, region.upper()) if figures else None
    if chart is None:
        raise Http404("No such chart")
    name = "-".join(filter(None, [slug, kind, region.lower()]))
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{name}.csv"'
    response.write("\ufeff")  # spreadsheets then read the file as UTF-8
    csv.writer(response).writerows(chart.csv_rows)
    return response
