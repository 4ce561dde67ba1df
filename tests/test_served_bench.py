"""The served benchmark's harness starts gunicorn, loads it with wrk and stops it cleanly.

Only the bare view (no database, no demo content): the full run is ``make bench ARGS=served``.
"""

import shutil
import socket

import pytest

from tests.served import run

pytestmark = pytest.mark.skipif(not shutil.which("wrk"), reason="needs wrk (apt-get install wrk)")


def test_harness_serves_the_bare_view_under_wrk_and_stops_cleanly():
    job = run.Served()
    job.clone = run.REPO  # serve this checkout; nothing is cloned or created
    port = run.smoke.free_port()
    try:
        job.gunicorn("hello", "tests.served.hello", port)
        server = job.processes["hello"]
        load = run.wrk(port, ["/hello/", "/hello/"], 1, connections=2)
        assert load["requests"] > 10 and load["errors"] == 0, load
        assert 0 < load["p50"] <= load["p95"] <= load["p99"], load
        assert run.ratio(load["rps"] / 2, load["rps"]) == "0.50"
        assert run.ratio(load["rps"] / 300, load["rps"]) == "1/300"
    finally:
        job.stop("hello")
        shutil.rmtree(job.work, ignore_errors=True)
    assert server.poll() is not None
    with pytest.raises(OSError), socket.create_connection(("127.0.0.1", port), timeout=1):
        pass
