// The public pages' small helpers (progress, complaints, certificate check, disclosure). Loaded as a
// file: the CSP allows no inline script and no eval. Everything here only makes a page quicker or
// easier; each page works without it.
(function () {
    'use strict';

    // A print button only where printing works; without JavaScript the page says to use the browser's.
    function showPrintButtons(root) {
        root.querySelectorAll('.js-print').forEach(function (button) {
            button.hidden = false;
            button.addEventListener('click', function () {
                window.print();
            });
        });
    }

    // After htmx swapped a result in, move focus to what changed, so that a screen reader reads it:
    // the error summary first, else the result's heading. Looked up in the document: an outerHTML
    // swap has replaced the element the event names.
    function focusNews() {
        var news = document.querySelector('#main .error-summary') || document.querySelector('#main .result-heading');
        if (news) {
            news.focus();
        }
    }

    document.addEventListener('DOMContentLoaded', function () {
        showPrintButtons(document);
    });
    document.addEventListener('htmx:afterSwap', focusNews);
}());
