/* CrampCare diary: the person's time zone for the forms, and an outbox so a cramp logged without a connection is kept
   on this device and sent when the connection is back: never lost (it leaves the outbox only once the server has
   answered that it has it), never duplicated (each entry carries the idempotency key its form was shown with, and the
   server stores one entry per key). Loaded as a file: the Content-Security-Policy allows no inline script. Without
   this script every form still works (a plain POST). */
(function () {
  'use strict';
  var OUTBOX = 'crampcare-diary-outbox';
  var FAILED = 'crampcare-diary-failed';
  var USED = 'crampcare-diary-used-keys';
  var API = '/api/v1/episodes';
  var MINUTES = { now: 0, '15m': 15, '1h': 60 };
  var SECONDS = { under_1: 30, '1_to_5': 180, '5_to_10': 450, over_10: 900 };

  function load(name) {
    try { return JSON.parse(localStorage.getItem(name) || '[]'); } catch (e) { return []; }
  }
  function store(name, list) {
    try { localStorage.setItem(name, JSON.stringify(list)); return true; } catch (e) { return false; }
  }
  function newKey() {
    if (window.crypto && crypto.randomUUID) { return crypto.randomUUID(); }
    var a = new Uint8Array(16); crypto.getRandomValues(a);
    return Array.prototype.map.call(a, function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
  }
  function zone() {
    try { return Intl.DateTimeFormat().resolvedOptions().timeZone || ''; } catch (e) { return ''; }
  }
  function csrf() {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    return token && header ? { header: header.getAttribute('content'), token: token.getAttribute('content') } : null;
  }
  function value(form, name) {
    var checked = form.querySelector('input[name="' + name + '"]:checked');
    if (checked) { return checked.value; }
    var field = form.querySelector('input[name="' + name + '"]:not([type="radio"]):not([type="checkbox"])');
    return field ? field.value : '';
  }

  var note = document.getElementById('outbox-note');
  function show(text) { if (note) { note.textContent = text; note.hidden = !text; } }
  function showPending() {
    if (!note) { return; }
    var n = load(OUTBOX).length + load(FAILED).length;
    show(n ? (note.getAttribute('data-pending') || '{0}').replace('{0}', String(n)) : '');
  }

  /* The moment of the tap, so an entry sent hours later keeps the time it was logged. */
  function stamp(form) {
    var at = form.querySelector('input.at');
    var when = value(form, 'when') || 'now';
    if (at) { at.value = when in MINUTES ? new Date(Date.now() - MINUTES[when] * 60000).toISOString() : ''; }
  }

  /* The API request that the form means (the same fields as the form, in the API's names). */
  function entry(form) {
    var kind = form.getAttribute('data-outbox');
    var body = { zone: value(form, 'zone') || zone() };
    if (kind === 'again') {
      body.place = form.getAttribute('data-place');
      body.side = form.getAttribute('data-side');
      body.pain = parseInt(form.getAttribute('data-pain'), 10);
      if (form.getAttribute('data-duration')) { body.duration_seconds = parseInt(form.getAttribute('data-duration'), 10); }
      body.at = value(form, 'at') || new Date().toISOString();
      return body;
    }
    var when = value(form, 'when') || 'now';
    body.at = when === 'time' ? new Date(value(form, 'time')).toISOString() : value(form, 'at');
    body.place = value(form, 'place');
    body.side = value(form, 'side');
    body.pain = parseInt(value(form, 'pain'), 10);
    var d = value(form, 'duration');
    if (d in SECONDS) { body.duration_seconds = SECONDS[d]; }
    if (d === 'exact') { body.duration_seconds = parseInt(value(form, 'duration_seconds'), 10); }
    var woke = value(form, 'woke_me');
    if (woke === 'yes' || woke === 'no') { body.woke_me = woke === 'yes'; }
    return body;
  }

  function markUsed(key) {
    var used = load(USED).filter(function (k) { return k !== key; });
    used.push(key);
    store(USED, used.slice(-200));
  }

  function queue(form) {
    var key = value(form, 'idempotency_key');
    var body;
    try { body = entry(form); } catch (e) { return false; }
    if (!body.at || !body.place || !body.side || isNaN(body.pain)) { return false; }
    var box = load(OUTBOX).filter(function (x) { return x.key !== key; });
    box.push({ key: key, body: body });
    if (!store(OUTBOX, box)) { return false; }
    markUsed(key);
    form.querySelector('input[name="idempotency_key"]').value = newKey();
    show(note ? note.getAttribute('data-saved-offline') : '');
    return true;
  }

  function send(item, token) {
    var headers = { 'Content-Type': 'application/json', 'Idempotency-Key': item.key, 'Accept': 'application/json' };
    if (token) { headers[token.header] = token.token; }
    return fetch(API, { method: 'POST', credentials: 'same-origin', headers: headers, body: JSON.stringify(item.body) });
  }

  /* A fresh CSRF token from a page of ours, when the one this (perhaps stored) page carries has expired. */
  function freshToken() {
    return fetch('/diary/new', { credentials: 'same-origin', cache: 'no-store' })
      .then(function (r) { return r.text(); })
      .then(function (html) {
        var doc = new DOMParser().parseFromString(html, 'text/html');
        var token = doc.querySelector('meta[name="_csrf"]');
        var header = doc.querySelector('meta[name="_csrf_header"]');
        return token && header ? { header: header.getAttribute('content'), token: token.getAttribute('content') } : null;
      });
  }

  var flushing = false;
  function flush() {
    if (flushing || !navigator.onLine) { return; }
    var box = load(OUTBOX);
    if (!box.length) { showPending(); return; }
    flushing = true;
    var token = csrf();
    var retried = false;
    function next() {
      box = load(OUTBOX);
      if (!box.length) { flushing = false; showPending(); return; }
      var item = box[0];
      send(item, token).then(function (r) {
        if (r.status === 403 && !retried) {
          retried = true;
          return freshToken().then(function (t) { token = t; next(); });
        }
        if (r.ok || r.status === 410) {
          // the server has it (201, also for a retry of a key it already stored) or had it and it was deleted since
          store(OUTBOX, load(OUTBOX).filter(function (x) { return x.key !== item.key; }));
          return next();
        }
        if (r.status === 400 || r.status === 422) {
          // the server will never take it as it is: kept aside, never dropped
          var failed = load(FAILED); failed.push(item); store(FAILED, failed);
          store(OUTBOX, load(OUTBOX).filter(function (x) { return x.key !== item.key; }));
          return next();
        }
        flushing = false; showPending(); // signed out, or the server is not well: try again later
      }).catch(function () { flushing = false; showPending(); });
    }
    next();
  }

  function submit(event) {
    var form = event.target;
    if (!form.hasAttribute('data-outbox')) { return; }
    stamp(form);
    if (!navigator.onLine) {
      if (queue(form)) { event.preventDefault(); }
      return;
    }
    event.preventDefault();
    var key = value(form, 'idempotency_key');
    fetch(form.action, { method: 'POST', credentials: 'same-origin', redirect: 'follow',
                         body: new URLSearchParams(new FormData(form)) })
      .then(function (r) {
        markUsed(key);
        if (r.ok && r.redirected) { location.assign(r.url); } else { HTMLFormElement.prototype.submit.call(form); }
      })
      .catch(function () {
        // no answer: perhaps not sent, perhaps stored; the outbox sends it again with the same key, which is safe
        if (!queue(form)) { HTMLFormElement.prototype.submit.call(form); }
      });
  }

  var z = zone();
  Array.prototype.forEach.call(document.querySelectorAll('input.zone'), function (input) { if (z) { input.value = z; } });
  // a form shown again (Back, or from this device's copy offline) must not reuse a key that was already sent
  var used = load(USED);
  Array.prototype.forEach.call(document.querySelectorAll('form[data-outbox] input[name="idempotency_key"]'), function (input) {
    if (used.indexOf(input.value) >= 0 || !input.value) { input.value = newKey(); }
  });
  document.addEventListener('submit', submit);
  window.addEventListener('online', flush);
  showPending();
  flush();
}());
