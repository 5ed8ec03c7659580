#!/usr/bin/env python3
"""Walks the web questionnaire as a person would (for the load test): myself, fully aware, none of the warning signs,
"not sure" to the rest, until the result. Prints four lines: the first question page's POST address and body (one
step), the page that step leads to, the result page's address, and the Cookie header a browser would send (empty: the
questionnaire's forms carry no CSRF token and set no cookie; a token, were there one, would be sent like a browser's). Usage: journey.py http://127.0.0.1:18081"""
import html, http.cookiejar, re, sys, urllib.parse, urllib.request

base = sys.argv[1]

class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None

# the CSRF token: its cookie (XSRF-TOKEN) in a jar, its copy (_csrf) from each form
jar = http.cookiejar.CookieJar()
opener = urllib.request.build_opener(NoRedirect, urllib.request.HTTPCookieProcessor(jar))
browser = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
csrf = {}

def remember_token(body):
    m = re.search(r'name="_csrf" value="([^"]*)"', body)
    if m:
        csrf["_csrf"] = html.unescape(m.group(1))

def post(path, data):
    data = dict(data, **csrf)
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
    r = browser.open(base + path)
    u = urllib.parse.urlsplit(r.geturl())
    body = r.read().decode()
    remember_token(body)
    return body, u.path + ("?" + u.query if u.query else "")

get("/assessment")
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
        step = (action, urllib.parse.urlencode(dict(data, **csrf), doseq=True), nxt)
    page = nxt
else:
    raise SystemExit("no result after 60 pages")
print(step[0] + " " + step[1])
print(step[2])
print(page)
print("; ".join(c.name + "=" + c.value for c in jar))
