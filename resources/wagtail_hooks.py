"""Admin integration of the resources app: one workflow action per click in the page editor."""

from django.http import JsonResponse
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.admin import messages


@hooks.register("before_edit_page")
def one_workflow_action_per_click(request, page):
    """Perform a workflow action ("Approve and Publish", "Request changes") only from the
    editor's own form submission, and only while the page is in moderation.

    Clicking an action adds hidden ``action-workflow-action`` fields to the edit form and
    submits it. Wagtail's autosave sees those fields as a change and, if the click's request
    is still open a second later (the member's email is sent on commit), posts the form again,
    action included. Wagtail's edit view then finds no current task and fails with a 500
    (``'NoneType' object has no attribute 'get_actions'``); a double click or a retried request
    does the same. Wagtail upstream: https://github.com/wagtail/wagtail/issues/13856
    """
    if request.method != "POST" or not request.POST.get("action-workflow-action"):
        return None
    if not request.accepts("text/html"):
        # An autosave (JSON): the form's own submission carries the same content and action.
        return JsonResponse(
            {
                "success": False,
                "error_code": "blocked_by_hook",
                "error_message": _("The workflow action is being performed."),
            },
            status=400,
        )
    if page.current_workflow_task is None:
        messages.error(
            request,
            _("The page '%(title)s' is not currently awaiting moderation.")
            % {"title": page.get_admin_display_title()},
        )
        return redirect("wagtailadmin_pages:edit", page.pk)
    return None
