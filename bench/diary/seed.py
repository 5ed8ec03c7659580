#!/usr/bin/env python3
"""Seeds N cramps (default 2000) for one account over the API, several a night over about two years, each with its
own Idempotency-Key, with a personal access token. Usage: seed.py BASE_URL TOKEN [N]"""
import datetime, http.client, json, sys, urllib.parse, uuid

base, token = sys.argv[1], sys.argv[2]
n = int(sys.argv[3]) if len(sys.argv) > 3 else 2000
u = urllib.parse.urlparse(base)
conn = http.client.HTTPConnection(u.hostname, u.port)
start = datetime.datetime(2026, 11, 30, 23, 0, tzinfo=datetime.timezone.utc)
places, sides = ["calf", "foot", "toes", "thigh_front", "thigh_back"], ["left", "right", "both"]
for i in range(n):
    at = start - datetime.timedelta(hours=8 * i + (i % 5))
    body = json.dumps({"at": at.strftime("%Y-%m-%dT%H:%M:%SZ"), "zone": "Europe/London", "place": places[i % 5],
                       "side": sides[i % 3], "pain": i % 11, "duration_seconds": 30 + (i % 20) * 30,
                       "woke_me": i % 2 == 0, "notes": "seeded %d" % i})
    conn.request("POST", "/api/v1/episodes", body, {"Content-Type": "application/json",
                 "Idempotency-Key": str(uuid.uuid4()), "Authorization": "Bearer " + token})
    r = conn.getresponse(); r.read()
    if r.status != 201:
        sys.exit("seed %d: HTTP %d" % (i, r.status))
print("seeded %d cramps" % n)
