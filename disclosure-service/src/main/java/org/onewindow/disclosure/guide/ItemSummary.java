package org.onewindow.disclosure.guide;

record ItemSummary(String code, String name, String type, String department, int version) {}
