"""The OAI-PMH 2.0 protocol itself: verbs and their arguments, the error conditions, UTC
datestamps and stateless resumption tokens (signed, keyset-encoded)."""

import re
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta

from django.core import signing

GRANULARITY = "YYYY-MM-DDThh:mm:ssZ"

# Each verb's arguments: required, optional, and the exclusive one (resumptionToken).
VERBS = {
    "Identify": ((), (), None),
    "ListMetadataFormats": ((), ("identifier",), None),
    "ListSets": ((), (), "resumptionToken"),
    "GetRecord": (("identifier", "metadataPrefix"), (), None),
    "ListIdentifiers": (("metadataPrefix",), ("from", "until", "set"), "resumptionToken"),
    "ListRecords": (("metadataPrefix",), ("from", "until", "set"), "resumptionToken"),
}

# The metadata formats: prefix -> (schema, namespace).
FORMATS = {
    "oai_dc": (
        "http://www.openarchives.org/OAI/2.0/oai_dc.xsd",
        "http://www.openarchives.org/OAI/2.0/oai_dc/",
    ),
}

_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_SECOND = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z")
_RESUMPTION_SALT = "resources.oai.resumption"


class OaiError(Exception):
    """An OAI-PMH error condition (answered with HTTP 200 and an ``error`` element)."""

    def __init__(self, code, message):
        super().__init__(message)
        self.code = code
        self.message = message

    @property
    def echoes_arguments(self):
        """The request element carries the arguments, except after badVerb/badArgument."""
        return self.code not in {"badVerb", "badArgument"}


@dataclass(frozen=True)
class Request:
    """A valid request: its verb and arguments (those from a resumption token included)."""

    verb: str
    arguments: dict
    after: tuple | None = None  # (record type key, record key) of the last record sent
    cursor: int = 0

    def get(self, name):
        return self.arguments.get(name)


def parse(params):
    """A ``Request`` from the query (GET) or form (POST) parameters, or ``OaiError``."""
    verbs = params.getlist("verb")
    if len(verbs) != 1 or verbs[0] not in VERBS:
        raise OaiError("badVerb", "The verb argument is missing, repeated or not an OAI-PMH verb.")
    verb = verbs[0]
    required, optional, exclusive = VERBS[verb]
    arguments = {}
    for name, values in params.lists():
        if name == "verb":
            continue
        if name not in required + optional + ((exclusive,) if exclusive else ()):
            raise OaiError("badArgument", f"{verb} does not take the argument {name!r}.")
        if len(values) != 1:
            raise OaiError("badArgument", f"The argument {name!r} is repeated.")
        arguments[name] = values[0]
    if exclusive and exclusive in arguments:
        if len(arguments) > 1:
            raise OaiError("badArgument", "resumptionToken is an exclusive argument.")
        return _resume(verb, arguments[exclusive])
    missing = [name for name in required if not arguments.get(name)]
    if missing:
        raise OaiError("badArgument", f"{verb} needs the argument {missing[0]!r}.")
    window(arguments)  # checks from and until
    return Request(verb, arguments)


def parse_datestamp(value):
    """(datetime in UTC, is_day) of a ``from``/``until`` value, or ``OaiError``."""
    try:
        if _DAY.fullmatch(value):
            return datetime.strptime(value, "%Y-%m-%d").replace(tzinfo=UTC), True
        if _SECOND.fullmatch(value):
            return datetime.strptime(value, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC), False
    except ValueError:
        pass
    raise OaiError(
        "badArgument", f"{value!r} is not a UTC datestamp (YYYY-MM-DD or {GRANULARITY})."
    )


def window(arguments):
    """(since, until) of the request: ``since`` inclusive, ``until`` exclusive (the end of the
    day or second it names, as datestamps are shown to the second)."""
    since = until = None
    if arguments.get("from"):
        since, since_day = parse_datestamp(arguments["from"])
    if arguments.get("until"):
        until, until_day = parse_datestamp(arguments["until"])
        if since is not None and since_day != until_day:
            raise OaiError("badArgument", "from and until have different granularities.")
        if since is not None and since > until:
            raise OaiError("badArgument", "from is later than until.")
        until += timedelta(days=1) if until_day else timedelta(seconds=1)
    return since, until


def datestamp(value):
    """A datetime as an OAI-PMH datestamp (UTC, to the second)."""
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def resumption_token(request, after, cursor):
    """A token for the rest of ``request``'s list, after the record ``after``."""
    payload = [request.verb, request.arguments, list(after), cursor]
    return signing.dumps(payload, salt=_RESUMPTION_SALT, compress=True)


def _resume(verb, token):
    try:
        token_verb, arguments, after, cursor = signing.loads(token, salt=_RESUMPTION_SALT)
        valid = token_verb == verb and isinstance(arguments, dict) and len(after) == 2
    except (signing.BadSignature, TypeError, ValueError):
        valid = False
    if not valid:
        raise OaiError("badResumptionToken", "The resumption token is invalid or has expired.")
    return replace(Request(verb, arguments), after=tuple(after), cursor=int(cursor))
