package org.onewindow.disclosure.complaint;

/** 投诉 (a complaint about the service) or 举报 (a report of wrongdoing). */
enum Kind {
    COMPLAINT,
    REPORT
}
