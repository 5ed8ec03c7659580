-- wrk script: the result page of an assessment (POST /assessment with _nav=result): the person is fully aware, the
-- cramp is in the calf at night, and the answers are assessed and shown.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["Accept-Encoding"] = "gzip"
wrk.body = "_trail=0&%2Fepisode%2Ffully_aware=yes&%2Fepisode%2Flocations=calf&%2Fepisode%2Fsetting=night_in_bed&_nav=result"
