package org.onewindow.portal.catalog;

/** What the portal asks the catalog for; blank filters are left out of the call. */
public record SearchRequest(String q, String department, String serviceObject, int page, int size) {}
