/* CrampCare offline first aid: registers the service worker (which keeps every first-aid page on this device) and
   says so on the page once it is true. Loaded as a file: the Content-Security-Policy allows no inline script. */
(function () {
  'use strict';
  var note = document.getElementById('offline-note');
  function show() { if (note) { note.hidden = false; } }
  if (!navigator.onLine) { show(); }
  if (!('serviceWorker' in navigator)) { return; }
  if (navigator.serviceWorker.controller) { show(); }
  navigator.serviceWorker.register('/sw.js', { scope: '/' })
    .then(function () { return navigator.serviceWorker.ready; })
    .then(show)
    .catch(function () { /* no offline copy: the pages still work online */ });
}());
