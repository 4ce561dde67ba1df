"""A local HTTP stub of the few Elasticsearch 9 endpoints the engine writes to, answering
with the response bodies of the official API documentation (``fixtures/elastic/``), so the
engine's error handling runs through the client's own transport: connection errors,
timeouts, 429s and partial bulk failures. It keeps just enough state (indices, their mapping
version, aliases) to follow a rebuild; it never stands in for search results."""

import json
import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

FIXTURES = Path(__file__).parent / "fixtures" / "elastic"


def fixture(name):
    body = json.loads((FIXTURES / f"{name}.json").read_text())
    body.pop("_source", None)
    return body


class Stub:
    def __init__(self):
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()
        self.lock = threading.Lock()
        self.reset()

    def reset(self):
        self.requests = []  # (method, path, query, body)
        self.scripted = []  # [method, path regex, [responses]]: consumed first
        self.indices = {}  # name -> mapping version
        self.aliases = {}  # alias -> [index]
        self.refuse_item = None  # (action, source) -> None or (status, error type)
        self.on_bulk = None  # called before each bulk is answered
        self.release = threading.Event()  # ends every "hang"

    def close(self):
        self.release.set()
        self.server.shutdown()
        self.server.server_close()

    def script(self, method, pattern, *responses):
        """The next requests matching: each response (status, body) or "hang" in turn."""
        self.scripted.append([method, re.compile(pattern), list(responses)])

    def calls(self, method, pattern=""):
        """Requests whose method matches ``method`` (a regex: the client PUTs bulks)."""
        return [r for r in self.requests if re.fullmatch(method, r[0]) and re.search(pattern, r[1])]

    # --- answering ---------------------------------------------------------------------------
    def answer(self, method, path, query, raw):
        body = _parse(raw)
        with self.lock:
            self.requests.append((method, path, query, body))
            for rule in self.scripted:
                if re.fullmatch(rule[0], method) and rule[1].search(path) and rule[2]:
                    return rule[2].pop(0)
        parts = [p for p in path.split("/") if p]
        if method == "HEAD" and not parts:
            return 200, {}
        if parts[:1] == ["_alias"] and method in {"HEAD", "GET"}:
            indices = self.aliases.get(parts[1], [])
            if not indices:
                return 404, {"error": "alias missing", "status": 404}
            return 200, {name: {"aliases": {parts[1]: {}}} for name in indices}
        if parts == ["_bulk"]:
            return self.bulk(body)
        if parts == ["_aliases"]:
            for action in body["actions"]:
                ((kind, spec),) = action.items()
                names = self.aliases.setdefault(spec["alias"], [])
                if kind == "remove" and spec["index"] in names:
                    names.remove(spec["index"])
                elif kind == "add":
                    names.append(spec["index"])
            return 200, fixture("acknowledged")
        name = parts[0]
        if len(parts) == 1 and method == "PUT":
            if name in self.indices:
                return 400, fixture("error_index_exists")
            mappings = (body or {}).get("mappings", {})
            self.indices[name] = mappings.get("_meta", {}).get("version")
            for alias in (body or {}).get("aliases", {}):
                self.aliases.setdefault(alias, []).append(name)
            return 200, {**fixture("create_index"), "index": name}
        if len(parts) == 1 and method == "DELETE":
            for one in name.split(","):
                self.indices.pop(one, None)
                for names in self.aliases.values():
                    if one in names:
                        names.remove(one)
            return 200, fixture("acknowledged")
        if parts[1:2] == ["_alias"] and method == "PUT":
            self.aliases.setdefault(parts[2], []).append(name)
            return 200, fixture("acknowledged")
        if parts[1:] == ["_mapping"]:
            names = self.aliases.get(name) or ([name] if name in self.indices else [])
            return 200, {n: {"mappings": {"_meta": {"version": self.indices[n]}}} for n in names}
        if parts[1:] == ["_settings"]:
            return 200, fixture("acknowledged")
        if parts[1:] == ["_refresh"]:
            return 200, {"_shards": {"total": 1, "successful": 1, "failed": 0}}
        if parts[1:] == ["_delete_by_query"]:
            return 200, fixture("delete_by_query")
        return 500, {"error": {"type": "stub", "reason": f"not stubbed: {method} {path}"}}

    def bulk(self, lines):
        if self.on_bulk:
            self.on_bulk()
        ok = fixture("bulk_ok")["items"][0]["index"]
        failed = fixture("bulk_failed_item")["items"][0]["update"]
        items, errors = [], False
        pairs = iter(lines)
        for action in pairs:
            ((kind, meta),) = action.items()
            source = next(pairs) if kind != "delete" else None
            refusal = self.refuse_item(action, source) if self.refuse_item else None
            if refusal:
                status, error_type = refusal
                errors = True
                error = {**failed["error"], "type": error_type, "index": meta["_index"]}
                items.append({kind: {**failed, **meta, "status": status, "error": error}})
            else:
                items.append({kind: {**ok, **meta}})
        return 200, {**fixture("bulk_ok"), "errors": errors, "items": items}


def _parse(raw):
    if not raw:
        return None
    text = raw.decode()
    try:
        return json.loads(text)
    except json.JSONDecodeError:  # NDJSON (bulk)
        return [json.loads(line) for line in text.splitlines() if line.strip()]


def _handler(stub):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args):
            pass

        def _serve(self):
            split = urlsplit(self.path)
            raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            query = {k: v[-1] for k, v in parse_qs(split.query).items()}
            answer = stub.answer(self.command, split.path, query, raw)
            if answer == "hang":  # past the client's timeout; released at reset
                stub.release.wait(10)
                return
            status, body = answer
            payload = json.dumps(body).encode() if self.command != "HEAD" else b""
            self.send_response(status)
            self.send_header("X-Elastic-Product", "Elasticsearch")
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(json.dumps(body).encode())))
            self.end_headers()
            self.wfile.write(payload)

        do_GET = do_PUT = do_POST = do_DELETE = do_HEAD = _serve

    return Handler
