package org.onewindow.application.application;

/**
 * Administrative divisions (行政区划代码, 6 digits: province, city, county) as they appear in an
 * implementation code: characters 3–8 of the implementing body's unified social credit code.
 */
final class Regions {

    private Regions() {}

    /** The division of the body that implements the item, read from its implementation code. */
    static String divisionOf(String implementationCode) {
        return implementationCode == null || implementationCode.length() < 8 ? "" : implementationCode.substring(2, 8);
    }

    /** Whether {@code division} lies within {@code region}: 530000 (a province) holds 530102 (a county in it). */
    static boolean contains(String region, String division) {
        if (region == null || !region.matches("\\d{6}") || !division.matches("\\d{6}")) {
            return false;
        }
        var prefix = region;
        while (prefix.endsWith("00") && prefix.length() > 2) {
            prefix = prefix.substring(0, prefix.length() - 2);
        }
        return division.startsWith(prefix);
    }
}
