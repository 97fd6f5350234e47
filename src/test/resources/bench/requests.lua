-- wrk script for the capacity benchmark (app.factdeck.bench.Capacity writes the request files).
-- Usage: wrk -t T -c C -d D -s requests.lua ORIGIN -- FILE MODE T EXPECTED_STATUS
--   FILE: one request per line, tab-separated: METHOD, PATH, COOKIE, BODY (form-encoded, POST only).
--   Line i goes to thread (i mod T), so consecutive requests come from different students.
--   MODE "loop": each thread cycles through its lines until -d ends (the harness gives enough lines that
--         no line is sent twice and reports it if one was: "repeats").
--   MODE "once": each thread sends each of its lines once and then stops sending (a burst).
-- Prints one line "RESULT {json}" with counts, errors and latency percentiles in microseconds.

local threads = {}
local count = 0

function setup(thread)
  thread:set("id", count)
  count = count + 1
  table.insert(threads, thread)
end

function init(args)
  local file, nthreads = args[1], tonumber(args[3])
  once = args[2] == "once"
  expected = tonumber(args[4])
  local origin = "http://" .. wrk.host .. ":" .. wrk.port
  reqs = {}
  local i = 0
  for line in io.lines(file) do
    if i % nthreads == id then
      local method, path, cookie, body = line:match("^([^\t]*)\t([^\t]*)\t([^\t]*)\t?(.*)$")
      local headers = {}
      if cookie ~= "" then headers["Cookie"] = cookie end
      if method == "POST" then
        headers["Content-Type"] = "application/x-www-form-urlencoded"
        headers["Origin"] = origin
      else
        body = nil
      end
      table.insert(reqs, wrk.format(method, path, headers, body))
    end
    i = i + 1
  end
  sent, reserved, received, wrong, repeats = 0, 0, 0, 0, 0
end

function delay()
  -- Counted here, not in request(): wrk asks every ready connection for its delay before any of them sends.
  if once then
    if reserved >= #reqs then
      return 3600000 -- nothing left to send: this connection waits until the thread stops
    end
    reserved = reserved + 1
  end
  return 0
end

function request()
  sent = sent + 1
  if sent > #reqs then repeats = repeats + 1 end
  return reqs[((sent - 1) % #reqs) + 1]
end

function response(status, headers, body)
  received = received + 1
  if status ~= expected then wrong = wrong + 1 end
  if once and received >= #reqs then wrk.thread:stop() end
end

function done(summary, latency, requests)
  local wrongs, repeated = 0, 0
  for _, t in ipairs(threads) do
    wrongs = wrongs + t:get("wrong")
    repeated = repeated + t:get("repeats")
  end
  local e = summary.errors
  io.write(string.format('RESULT {"requests":%d,"duration_us":%d,"connect":%d,"read":%d,"write":%d,' ..
      '"status":%d,"timeout":%d,"wrong_status":%d,"repeats":%d,"p50_us":%d,"p99_us":%d,"max_us":%d}\n',
      summary.requests, summary.duration, e.connect, e.read, e.write, e.status, e.timeout, wrongs, repeated,
      latency:percentile(50), latency:percentile(99), latency.max))
end
