"""The pattern library page: staff only, in every site language (/<lang>/patterns/)."""

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.shortcuts import render
from django.templatetags.static import static
from django.utils.translation import get_language

from portal.patterns.samples import filter_form, samples


def pattern_library(request):
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if not request.user.is_staff:
        raise PermissionDenied
    sample = samples(get_language())
    response = render(
        request,
        "components/pattern_library.html",
        {
            "s": sample,
            "image_url": static("img/patterns/sample-card.svg"),
            "tabs": [
                {"label": label, "url": f"?tab={i}", "current": i == 0, "count": count}
                for i, (label, count) in enumerate(sample["tabs"])
            ],
            "columns": [
                {"label": label, "numeric": i > 0}
                for i, label in enumerate(sample["table_columns"])
            ],
            "notices": [(variant, *texts) for variant, texts in sample["notices"].items()],
            "form": filter_form(sample, request.GET or None),
            "page_obj": Paginator(range(240), 20).get_page(4),
        },
    )
    response["Cache-Control"] = "private, no-store"
    return response
