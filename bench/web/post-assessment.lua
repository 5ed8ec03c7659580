-- wrk script: POST one assessment request (a night calf cramp with a diuretic) to /api/v1/assessments.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept-Encoding"] = "gzip"
wrk.body = '{"person":{"age_years":74,"sex":"male"},"episode":{"locations":["calf"],"setting":"night_in_bed",' ..
  '"duration_seconds":120},"history":{"episodes_per_week":5,"mostly_at_night":true},"medications":["Lasix 40 mg"]}'
