#!/usr/bin/env python3
"""Walks the web questionnaire as a person would (for the load test): myself, fully aware, none of the warning signs,
"not sure" to the rest, until the result. Prints three lines: the first question page's POST address and body (one
step), the page that step leads to, and the result page's address. Usage: journey.py http://127.0.0.1:18081"""
import html, re, sys, urllib.parse, urllib.request

base = sys.argv[1]

class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None

opener = urllib.request.build_opener(NoRedirect)

def post(path, data):
    req = urllib.request.Request(base + path, data=urllib.parse.urlencode(data, doseq=True).encode(), method="POST")
    try:
        opener.open(req)
    except urllib.error.HTTPError as e:
        if e.code in (302, 303):
            loc = urllib.parse.urlsplit(e.headers["Location"])
            return loc.path + ("?" + loc.query if loc.query else "")
        raise
    raise SystemExit("expected a redirect from " + path)

def get(path):
    """The page at path, and its own path after any redirect (a finished journey leads to its result)."""
    r = urllib.request.urlopen(base + path)
    u = urllib.parse.urlsplit(r.geturl())
    return r.read().decode(), u.path + ("?" + u.query if u.query else "")

page = post("/assessment", {"_who": "self"})
step = None
for _ in range(60):
    body, page = get(page)
    if 'id="result-level"' in body:
        break
    action = html.unescape(re.search(r'<form class="question-form" method="post" action="([^"]*)"', body).group(1))
    fields = html.unescape(re.search(r'name="_fields" value="([^"]*)"', body).group(1))
    data = {"_fields": fields}
    for name in dict.fromkeys(html.unescape(n) for n in re.findall(r'<(?:input|textarea)[^>]*? name="([^"_][^"]*|_g_[^"]*)"', body)):
        if name.startswith("_g_"):
            data[name] = "_none"
        elif name == "/episode/fully_aware":
            data[name] = "yes"
        elif re.search(r'name="%s" value="unsure"' % re.escape(html.escape(name)), body):
            data[name] = "unsure"
    nxt = post(action, data)
    if step is None:
        step = (action, urllib.parse.urlencode(data, doseq=True), nxt)
    page = nxt
else:
    raise SystemExit("no result after 60 pages")
print(step[0] + " " + step[1])
print(step[2])
print(page)
