-- wrk script: POST assessment requests that are all different (the duration counts up from a random start, per
-- thread), so none is answered from the controller's kept answers, not even one kept in an earlier run: what an
-- assessment costs when the engine runs every time.
local threads = 0
function setup(thread)
  thread:set("id", threads)
  threads = threads + 1
end
local n = nil
function request()
  if n == nil then
    math.randomseed(os.time() * 7 + id)
    n = math.random(0, 600000)
  end
  n = n + 1
  local body = string.format('{"person":{"age_years":74,"sex":"male"},"episode":{"locations":["calf"],' ..
    '"setting":"night_in_bed","duration_seconds":%d},"history":{"episodes_per_week":5,"mostly_at_night":true},' ..
    '"medications":["Lasix 40 mg"]}', 60 + (n * 16 + id) % 10000000)
  return wrk.format("POST", nil, {["Content-Type"] = "application/json", ["Accept-Encoding"] = "gzip"}, body)
end
