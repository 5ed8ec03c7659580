// Check my symptoms: small enhancements only; every page works without this file.
(function () {
  'use strict';
  // After a form error, move focus to the list of problems so it is read out first.
  var summary = document.getElementById('error-summary');
  if (summary) {
    summary.focus();
  }
  // Print view: a real Print button where JavaScript can print.
  var buttons = document.querySelectorAll('.js-print');
  for (var i = 0; i < buttons.length; i++) {
    buttons[i].hidden = false;
    buttons[i].addEventListener('click', function () {
      window.print();
    });
  }
})();
// After Continue, move focus to the new page's heading (not the page body), unless there are errors to read first.
(function () {
  'use strict';
  if (!document.getElementById('error-summary')) {
    var heading = document.getElementById('page-heading');
    if (heading && document.referrer && document.referrer.indexOf('/assessment') >= 0) {
      heading.focus();
    }
  }
})();
