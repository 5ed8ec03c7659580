-- wrk: POST /api/v1/episodes, each request with its own Idempotency-Key (thread id + counter), as the test-only
-- with the personal access token in the environment variable CRAMPCARE_TOKEN (see run-diary-load.sh).
local counter = 0
local token = os.getenv("CRAMPCARE_TOKEN")
local thread_id = 0
local threads = {}
function setup(thread)
  thread:set("tid", #threads + 1)
  table.insert(threads, thread)
end
function init(args)
  thread_id = tid or 0
  math.randomseed(os.time() + thread_id)
end
function request()
  counter = counter + 1
  local key = string.format("bench-%d-%d-%d-%d", os.time(), thread_id, counter, math.random(1, 1e9))
  local body = '{"at":"2026-11-20T02:10:00Z","zone":"Europe/London","place":"calf","side":"left","pain":5,' ..
      '"duration_seconds":120,"notes":"' .. key .. '"}'
  return wrk.format("POST", "/api/v1/episodes", {
    ["Content-Type"] = "application/json",
    ["Idempotency-Key"] = key,
    ["Authorization"] = "Bearer " .. token
  }, body)
end
function response(status, headers, body)
  if status ~= 201 then errors = (errors or 0) + 1 end
end
