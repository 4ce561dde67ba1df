"""Background tasks of the resources app (django-tasks)."""

from django_tasks import task


@task()
def extract_document_text(document_id):
    """Extract a document's text, store it, then refresh the resources that use it."""
    from wagtail.documents import get_document_model

    from portal.core.signals import content_changed
    from resources import services
    from resources.extraction import extract
    from resources.practices.models import GoodPracticePage

    Document = get_document_model()
    document = Document.objects.filter(pk=document_id).first()
    if document is None:
        return None
    try:
        with document.file.open("rb") as handle:
            status, text, pages = extract(handle, document.file.name)
    except OSError:
        status, text, pages = "broken", "", None
    Document.objects.filter(pk=document_id).update(
        extraction_status=status, extracted_text=text, page_count=pages
    )
    document.extraction_status, document.extracted_text = status, text
    from resources.covers import ensure_cover

    ensure_cover(document)  # the first page as an image, once per file
    content_changed.send(sender=Document, instance=document)
    for page in services.resources_using(document_id):  # their text in the search index
        content_changed.send(sender=type(page), instance=page)
    for page in GoodPracticePage.objects.filter(documents__document_id=document_id).distinct():
        content_changed.send(sender=GoodPracticePage, instance=page)
    return status


@task()
def send_contribution_decision(page_id, decision, comment=""):
    """Email a member the editors' decision on their contribution ("approved" or "rejected")."""
    from resources import contributions

    return contributions.send_decision_email(page_id, decision, comment)
