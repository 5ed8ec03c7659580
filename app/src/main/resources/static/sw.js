/* CrampCare service worker: keeps the first-aid pages on this device so they open with the network off.
   On install it stores every address listed by /offline/precache.json (the first-aid pages, their CSS and script).
   First-aid pages: network first (always the latest advice), the stored copy when offline.
   CSS, scripts, manifest: the stored copy at once, refreshed in the background.
   "Log a cramp" (/diary/new): network first, the stored copy when offline, so a cramp can be logged without a
   connection (the page's script keeps it in an outbox on the device until the server has it).
   Any other page, when offline: the small offline page ("You are offline", with links to the saved first-aid pages),
   never another page in its place. Nothing a visitor types is ever stored. */
'use strict';
// v3: CSS and scripts under their content-versioned addresses (/css/app-<md5>.css), and the offline page
var CACHE = 'crampcare-first-aid-v4';
var OFFLINE_PAGE = '/offline';
var PRECACHE = '/offline/precache.json';
var NETWORK_TIMEOUT_MS = 4000;

self.addEventListener('install', function (event) {
  event.waitUntil(
    fetch(PRECACHE, { cache: 'no-store' })
      .then(function (response) { return response.json(); })
      .then(function (list) {
        return caches.open(CACHE).then(function (cache) {
          return cache.addAll(list.urls.map(function (u) { return new Request(u, { cache: 'reload' }); }));
        });
      })
      .then(function () { return self.skipWaiting(); })
  );
});

self.addEventListener('activate', function (event) {
  event.waitUntil(
    caches.keys()
      .then(function (keys) {
        return Promise.all(keys.filter(function (k) { return k !== CACHE; }).map(function (k) { return caches.delete(k); }));
      })
      .then(function () { return self.clients.claim(); })
  );
});

function isFirstAid(path) { return path === '/first-aid' || path.indexOf('/first-aid/') === 0; }
function isDiaryForm(path) { return path === '/diary/new'; }
function isAsset(path) { return /^\/(css|js|img)\//.test(path) || path === '/manifest.webmanifest' || path === '/icon.svg'; }

function networkFirst(request) {
  return caches.open(CACHE).then(function (cache) {
    var network = fetch(request).then(function (response) {
      if (response.ok) { cache.put(request, response.clone()); }
      return response;
    });
    var timeout = new Promise(function (resolve) { setTimeout(resolve, NETWORK_TIMEOUT_MS); });
    var fallback = function () {
      return cache.match(request, { ignoreSearch: true }).then(function (hit) { return hit || network; });
    };
    return Promise.race([network, timeout.then(function () { return cache.match(request, { ignoreSearch: true }); })])
      .then(function (response) { return response || network; })
      .catch(fallback);
  });
}

function staleWhileRevalidate(request) {
  return caches.open(CACHE).then(function (cache) {
    return cache.match(request).then(function (hit) {
      var network = fetch(request).then(function (response) {
        if (response.ok) { cache.put(request, response.clone()); }
        return response;
      });
      if (hit) { network.catch(function () {}); return hit; }
      return network;
    });
  });
}

self.addEventListener('fetch', function (event) {
  var request = event.request;
  if (request.method !== 'GET') { return; }
  var url = new URL(request.url);
  if (url.origin !== self.location.origin) { return; }
  if (isFirstAid(url.pathname) || isDiaryForm(url.pathname)) {
    event.respondWith(networkFirst(request));
  } else if (isAsset(url.pathname)) {
    event.respondWith(staleWhileRevalidate(request));
  } else if (request.mode === 'navigate') {
    event.respondWith(fetch(request).catch(function () {
      return caches.open(CACHE).then(function (cache) { return cache.match(OFFLINE_PAGE); })
        .then(function (hit) { return hit || Response.error(); });
    }));
  }
});
