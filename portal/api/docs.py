"""The API's documentation page: its OpenAPI description rendered on the server (no script,
nothing loaded from another site), linking to the machine-readable ``openapi.json``. In
English, as the description (written in the code) is."""

from django.shortcuts import render

from portal.api.site import build


def _schema_type(schema):
    """A short human name of a JSON schema's type ("string", "array of string", "en | fr")."""
    if not isinstance(schema, dict):
        return ""
    if "enum" in schema:
        return " | ".join(str(value) for value in schema["enum"])
    if "anyOf" in schema:
        parts = [_schema_type(s) for s in schema["anyOf"]]
        return " | ".join(part for part in parts if part and part != "null")
    if schema.get("type") == "array":
        return f"array of {_schema_type(schema.get('items', {}))}"
    if "$ref" in schema:
        return schema["$ref"].rsplit("/", 1)[-1]
    return str(schema.get("type", ""))


def operations(schema):
    """The description's operations in order, ready for the template."""
    out = []
    for path, methods in schema.get("paths", {}).items():
        for method, operation in methods.items():
            out.append(
                {
                    "method": method.upper(),
                    "path": path,
                    "id": operation.get("operationId", ""),
                    "summary": operation.get("summary", ""),
                    "description": operation.get("description", ""),
                    "parameters": [
                        {
                            "name": p["name"],
                            "where": p.get("in", ""),
                            "required": p.get("required", False),
                            "type": _schema_type(p.get("schema", {})),
                            "description": p.get("description")
                            or p.get("schema", {}).get("description", ""),
                        }
                        for p in operation.get("parameters", [])
                    ],
                    "responses": sorted(operation.get("responses", {})),
                }
            )
    return out


def page(request):
    """``/api/v1/docs/``: every endpoint with its parameters and answers."""
    api = build()
    schema = api.get_openapi_schema()
    return render(
        request,
        "api/docs.html",
        {
            "info": schema.get("info", {}),
            "operations": operations(schema),
            "openapi_version": schema.get("openapi", ""),
        },
    )
