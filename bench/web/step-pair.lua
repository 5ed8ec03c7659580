-- wrk script: a questionnaire step timed as a person lives it, from sending the answers (a POST) to having the next
-- page (the GET of the address the POST redirects to). Run it with one connection per thread (wrk -tN -cN), so that
-- each thread's requests are one connection's, in order: POST, GET, POST, GET...
-- wrk's own latency figures mix both kinds of request; this script prints its own line for the pairs:
--   step pairs: <n> p50 <ms> p90 <ms> p99 <ms> max <ms>
-- Set STEP_PATH, STEP_BODY and STEP_COOKIE in the environment (bench/web/run-load.sh does, from a real walk).
local ffi = require("ffi")
ffi.cdef [[
  typedef struct { long tv_sec; long tv_nsec; } timespec;
  int clock_gettime(int clk_id, timespec *tp);
]]
local ts = ffi.new("timespec")
local function now_us()
  ffi.C.clock_gettime(1, ts) -- CLOCK_MONOTONIC
  return tonumber(ts.tv_sec) * 1000000 + tonumber(ts.tv_nsec) / 1000
end

local path = os.getenv("STEP_PATH")
local body = os.getenv("STEP_BODY")
local cookie = os.getenv("STEP_COOKIE") or ""
if not path or not body then
  error("set STEP_PATH and STEP_BODY")
end

local threads = {}
function setup(thread)
  table.insert(threads, thread)
end

-- per thread (one connection): what was sent last, when the pair began, and a histogram of pair times in 10 µs steps
local posting = true
local next_page = nil
local started = 0
hist = {}
pairs_done = 0
errors = 0

function request()
  if posting then
    started = now_us()
    return wrk.format("POST", path, {["Content-Type"] = "application/x-www-form-urlencoded", ["Cookie"] = cookie,
      ["Accept-Encoding"] = "gzip"}, body)
  end
  return wrk.format("GET", next_page, {["Cookie"] = cookie, ["Accept-Encoding"] = "gzip"})
end

function response(status, headers, _)
  if posting then
    next_page = headers["Location"]
    if status ~= 303 and status ~= 302 or not next_page then
      errors = errors + 1
      return -- send the POST again
    end
    posting = false
  else
    posting = true
    if status ~= 200 then
      errors = errors + 1
      return
    end
    local bucket = math.floor((now_us() - started) / 10)
    hist[bucket] = (hist[bucket] or 0) + 1
    pairs_done = pairs_done + 1
  end
end

function done(_, _, _)
  local all, n, failed = {}, 0, 0
  for _, t in ipairs(threads) do
    for bucket, count in pairs(t:get("hist")) do
      all[bucket] = (all[bucket] or 0) + count
    end
    n = n + t:get("pairs_done")
    failed = failed + t:get("errors")
  end
  local buckets = {}
  for bucket in pairs(all) do
    table.insert(buckets, bucket)
  end
  table.sort(buckets)
  local function at(q)
    local want, seen = math.ceil(q * n), 0
    for _, bucket in ipairs(buckets) do
      seen = seen + all[bucket]
      if seen >= want then
        return (bucket + 1) / 100 -- the bucket's upper end, in ms
      end
    end
    return 0
  end
  io.write(string.format("step pairs: %d p50 %.2f p90 %.2f p99 %.2f max %.2f errors %d\n", n, at(0.5), at(0.9),
    at(0.99), at(1.0), failed))
end
