-- wrk script: one questionnaire step, as a browser sends it: the first page answered (fully aware: yes), through to
-- the next page (POST /assessment, form-encoded).
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["Accept-Encoding"] = "gzip"
wrk.body = "_trail=0&%2Fepisode%2Ffully_aware=yes&_nav=next"
