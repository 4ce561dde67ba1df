-- wrk script of the served benchmark. Environment:
--   BENCH_PATHS   paths separated by spaces, requested in turn (one path: one page)
--   BENCH_BUST=1  a unique query parameter on every request (past any page cache)
--   BENCH_COOKIE  a Cookie header (a signed-in member)
--   BENCH_POST    a form body: POST it (its {n} replaced by a unique number)
-- Every request says HTTPS (as a proxy would) and accepts Brotli and gzip (as browsers do).
-- Prints one line "BENCH-JSON {...}" with latency percentiles (microseconds) and errors.
local threads = {}

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  paths = {}
  for p in string.gmatch(os.getenv("BENCH_PATHS") or "/", "%S+") do table.insert(paths, p) end
  bust = os.getenv("BENCH_BUST") == "1"
  body = os.getenv("BENCH_POST")
  cookie = os.getenv("BENCH_COOKIE")
  origin = os.getenv("BENCH_ORIGIN")
  n = 0
end

function request()
  n = n + 1
  local p = paths[(n - 1) % #paths + 1]
  local headers = { ["X-Forwarded-Proto"] = "https", ["Accept-Encoding"] = "br, gzip" }
  if cookie then headers["Cookie"] = cookie end
  if bust then
    p = p .. (string.find(p, "?", 1, true) and "&" or "?") .. "bench=" .. id .. "-" .. n
  end
  if body then
    headers["Content-Type"] = "application/x-www-form-urlencoded"
    headers["Origin"] = origin
    headers["Referer"] = origin .. p
    return wrk.format("POST", p, headers, string.gsub(body, "{n}", id .. "-" .. n))
  end
  return wrk.format("GET", p, headers)
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'BENCH-JSON {"requests": %d, "duration_us": %d, "p50": %d, "p95": %d, "p99": %d, ' ..
    '"max": %d, "connect": %d, "read": %d, "write": %d, "status": %d, "timeout": %d, ' ..
    '"bytes": %d}\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(95),
    latency:percentile(99), latency.max, e.connect, e.read, e.write, e.status, e.timeout,
    summary.bytes))
end
