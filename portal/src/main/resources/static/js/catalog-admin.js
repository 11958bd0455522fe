// The catalog admin's pages: a page that comes back with problems puts the keyboard and the screen
// reader on its error summary first. After htmx has drawn a list of rows again (a row added), the
// new row's first input takes the focus; the live preview never takes it.
(function () {
  'use strict';

  document.addEventListener('DOMContentLoaded', function () {
    var summary = document.querySelector('.error-summary');
    if (summary) {
      summary.focus();
    }
  });

  document.addEventListener('htmx:afterSettle', function (event) {
    var rows = event.detail && event.detail.elt;
    if (!rows || !rows.id || rows.id.indexOf('rows-') !== 0) {
      return;
    }
    var all = rows.querySelectorAll('.editor-row');
    var last = all.length ? all[all.length - 1] : null;
    var input = last ? last.querySelector('input:not([type=hidden]), select, textarea') : null;
    (input || rows).focus();
  });
})();
