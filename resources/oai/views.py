"""The OAI-PMH endpoint (``/oai/``, GET and POST): one view that dispatches on the verb and
answers every request, errors included, with HTTP 200 and an OAI-PMH XML document."""

import re
from email.utils import parseaddr

from django.conf import settings
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from portal.core.links import absolute_url, site_url
from resources.oai import protocol, repository
from resources.oai.protocol import FORMATS, OaiError
from resources.oai.registry import Scope

# Attribute values the request element may echo (OAI-PMH.xsd's patterns).
_ECHO = {
    "verb": re.compile("|".join(protocol.VERBS)),
    "metadataPrefix": re.compile(r"[A-Za-z0-9\-_.!~*'()]+"),
    "set": re.compile(r"[A-Za-z0-9\-_.!~*'()]+(:[A-Za-z0-9\-_.!~*'()]+)*"),
    "from": re.compile(r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}Z)?"),
    "until": re.compile(r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}Z)?"),
    "identifier": re.compile(r"\S+"),
    "resumptionToken": re.compile(r"\S+"),
}
# Characters XML 1.0 cannot carry (control characters from imported text).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


@csrf_exempt  # harvesters POST without a session or CSRF token; every verb only reads
@require_http_methods(["GET", "HEAD", "POST"])
def endpoint(request):
    params = request.POST if request.method == "POST" else request.GET
    context = {
        "response_date": protocol.datestamp(timezone.now()),
        "base_url": base_url(),
        "echo": {},
    }
    with translation.override(settings.LANGUAGE_CODE):  # catalogue metadata in English
        try:
            oai = protocol.parse(params)
            context["echo"] = _echo(params)
            template, extra = VERBS[oai.verb](request, oai)
            context.update(extra)
        except OaiError as error:
            if error.echoes_arguments:
                context["echo"] = _echo(params)
            template = "resources/oai/error.xml"
            context["error"] = error
        # No request: no context processors (menus, sessions) run for a harvester.
        body = render_to_string(template, context)
    return HttpResponse(body, content_type="text/xml; charset=utf-8")


def base_url():
    return absolute_url(reverse("oai"))


def _echo(params):
    return {
        name: value
        for name, value in params.items()
        if name in _ECHO and _ECHO[name].fullmatch(value)
    }


def _check_format(prefix):
    if prefix not in FORMATS:
        raise OaiError("cannotDisseminateFormat", f"{prefix!r} is not a metadata format here.")


def _admin_emails():
    """Identify's adminEmail: ``OAI_ADMIN_EMAIL``, else the sender of the site's mail (on the
    public host when its own domain has no dot, as the schema wants one)."""
    configured = getattr(settings, "OAI_ADMIN_EMAIL", "")
    address = configured or parseaddr(settings.DEFAULT_FROM_EMAIL)[1] or "hub@localhost"
    local, _, domain = address.partition("@")
    if "." not in domain:
        domain = repository.namespace()
        domain = domain if "." in domain else f"{domain}.invalid"
    return [f"{local}@{domain}"]


def identify(request, oai):
    return "resources/oai/identify.xml", {
        "repository_name": settings.SITE_NAME,
        "site_url": site_url(),
        "admin_emails": _admin_emails(),
        "earliest": protocol.datestamp(repository.earliest_datestamp()),
        "granularity": protocol.GRANULARITY,
    }


def list_metadata_formats(request, oai):
    if oai.get("identifier"):
        kind, key = repository.parse_identifier(oai.get("identifier"))
        if repository.record_header(kind, key) is None:
            raise OaiError("idDoesNotExist", "No record has this identifier.")
    formats = [(prefix, schema, ns) for prefix, (schema, ns) in FORMATS.items()]
    return "resources/oai/list_metadata_formats.xml", {"formats": formats}


def list_sets(request, oai):
    if oai.after is not None:  # never issued: every set fits one response
        raise OaiError("badResumptionToken", "ListSets has no further pages.")
    return "resources/oai/list_sets.xml", {"sets": repository.sets()}


def _item(kind, header, metadata=None):
    return {
        "identifier": repository.identifier(kind.key, header.key),
        "datestamp": protocol.datestamp(header.datestamp),
        "header": header,
        "elements": [(name, _NOT_XML.sub("", value), lang) for name, value, lang in metadata or ()],
    }


def get_record(request, oai):
    _check_format(oai.get("metadataPrefix"))
    kind, key = repository.parse_identifier(oai.get("identifier"))
    header = repository.record_header(kind, key)
    if header is None:
        raise OaiError("idDoesNotExist", "No record has this identifier.")
    metadata = {} if header.deleted else kind.metadata([key], request)
    return "resources/oai/get_record.xml", {"record": _item(kind, header, metadata.get(key))}


def _list(request, oai, with_metadata):
    _check_format(oai.get("metadataPrefix"))
    since, until = protocol.window(oai.arguments)
    scope = Scope(since=since, until=until, set_spec=oai.get("set"))
    found, more = repository.headers(scope, after=oai.after)
    if not found:
        raise OaiError("noRecordsMatch", "No record matches these arguments.")
    metadata = {}
    if with_metadata:
        by_type = {}
        for kind, header in found:
            if not header.deleted:
                by_type.setdefault(kind, []).append(header.key)
        for kind, keys in by_type.items():
            metadata.update({(kind.key, k): v for k, v in kind.metadata(keys, request).items()})
    items = [_item(kind, header, metadata.get((kind.key, header.key))) for kind, header in found]
    token = None
    if more or oai.after is not None:
        last_kind, last = found[-1]
        token = {
            "value": protocol.resumption_token(
                oai, (last_kind.key, last.key), oai.cursor + len(found)
            )
            if more
            else "",
            "size": repository.count(scope) or None,
            "cursor": oai.cursor,
        }
    return {"items": items, "token": token}


def list_identifiers(request, oai):
    return "resources/oai/list_identifiers.xml", _list(request, oai, with_metadata=False)


def list_records(request, oai):
    return "resources/oai/list_records.xml", _list(request, oai, with_metadata=True)


VERBS = {
    "Identify": identify,
    "ListMetadataFormats": list_metadata_formats,
    "ListSets": list_sets,
    "GetRecord": get_record,
    "ListIdentifiers": list_identifiers,
    "ListRecords": list_records,
}
