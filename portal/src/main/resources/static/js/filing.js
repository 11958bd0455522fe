// Filing pages: a page that comes back with problems puts the keyboard and the screen reader on
// its error summary first (GOV.UK's pattern), also after htmx has swapped new content in.
// Without JavaScript the summary is still the first thing after the heading.
(function () {
  'use strict';

  function focusSummary() {
    var summary = document.querySelector('.error-summary');
    if (summary) {
      summary.focus();
      return;
    }
    var done = document.querySelector('.upload-done');
    if (done) {
      done.focus();
    }
  }

  document.addEventListener('DOMContentLoaded', focusSummary);
  document.addEventListener('htmx:afterSettle', focusSummary);
})();
