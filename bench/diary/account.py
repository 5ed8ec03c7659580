#!/usr/bin/env python3
"""Signs up and signs in as a person would (the forms, with their CSRF token), then creates a personal access token
on /account/tokens. Prints two lines: the session cookie (NAME=VALUE) and the token.
Usage: account.py BASE_URL EMAIL PASSWORD"""
import html, http.cookiejar, re, sys, urllib.parse, urllib.request

base, email, password = sys.argv[1], sys.argv[2], sys.argv[3]
jar = http.cookiejar.CookieJar()
opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))

def form(path, fields, page=None):
    body = opener.open(base + (page or path)).read().decode()
    token = html.unescape(re.search(r'name="_csrf" value="([^"]*)"', body).group(1))
    data = urllib.parse.urlencode(dict(fields, _csrf=token)).encode()
    return opener.open(urllib.request.Request(base + path, data=data, method="POST")).read().decode()

form("/signup", {"email": email, "password": password, "time_zone": "Europe/London"})
form("/login", {"username": email, "password": password})
page = form("/account/tokens", {"name": "load test"})
token = html.unescape(re.search(r'id="new-token"[^>]*>([^<]+)<', page).group(1)).strip()
session = next(c for c in jar if c.name == "SESSION")
print("%s=%s" % (session.name, session.value))
print(token)
