// The confirmation page is the receipt: its 打印回执 button prints it (the print stylesheet drops
// the site's frame). The button stays hidden without JavaScript; the browser's own print works.
(function () {
  'use strict';

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('.print-receipt').forEach(function (button) {
      button.hidden = false;
      button.addEventListener('click', function () {
        window.print();
      });
    });
  });
})();
