// Sign-up: fills the time-zone field with the device's zone (the field says UTC without JavaScript, and can be typed).
(function () {
  var field = document.querySelector('input[data-detect-time-zone="yes"]');
  if (!field || !window.Intl || !Intl.DateTimeFormat) {
    return;
  }
  try {
    var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (zone) {
      field.value = zone;
    }
  } catch (e) {
    // keep what the field says
  }
})();
