// Upload progress: while htmx sends the materials form, its <progress> shows how much has gone.
// htmx reports both the upload and the download of the answer as htmx:xhr:progress, so the bar
// only ever moves forward. Without JavaScript the form posts as a plain multipart form.
(function () {
  'use strict';

  document.addEventListener('htmx:xhr:progress', function (event) {
    var form = event.target;
    if (!form.matches || !form.matches('form.upload-form') || !event.detail.lengthComputable) {
      return;
    }
    var box = form.querySelector('.upload-progress');
    var bar = box && box.querySelector('progress');
    if (!bar || event.detail.total === 0) {
      return;
    }
    box.hidden = false;
    var percent = Math.round((event.detail.loaded / event.detail.total) * 100);
    bar.value = Math.max(bar.value, percent);
    bar.textContent = bar.value + '%';
  });

  document.addEventListener('htmx:beforeRequest', function (event) {
    var form = event.target;
    if (form.matches && form.matches('form.upload-form')) {
      var bar = form.querySelector('.upload-progress progress');
      if (bar) {
        bar.value = 0;
      }
    }
  });
})();
