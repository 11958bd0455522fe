package org.onewindow.catalog.code;

import java.util.regex.Pattern;
import org.onewindow.platform.codes.CreditCode;

/**
 * Item codes of DOMAIN.md: the basic code (type + 5-digit main item + 3-digit sub-item) and the
 * implementation code (implementing body's credit code + basic code + 3-digit handling item).
 */
public final class ItemCodes {

    private static final Pattern BASE_CODE = Pattern.compile("(XK|CF|QZ|ZS|GF|JC|QR|JL|CJ|QT|GG)(\\d{5})(\\d{3})");
    private static final Pattern IMPLEMENTATION_CODE = Pattern.compile("(.{18})(.{10})(\\d{3})");

    private ItemCodes() {}

    public static boolean isBaseCode(String code) {
        if (code == null) {
            return false;
        }
        var matcher = BASE_CODE.matcher(code);
        return matcher.matches() && !"00000".equals(matcher.group(2));
    }

    /** The type code a basic code starts with ({@code XK} for licensing, ...). */
    public static String typeOf(String baseCode) {
        return baseCode.substring(0, 2);
    }

    /** Everything wrong with an implementation code, given the basic code it must contain. */
    public static java.util.List<String> problemsOfImplementationCode(String code, String baseCode) {
        var problems = new java.util.ArrayList<String>();
        if (code == null || !IMPLEMENTATION_CODE.matcher(code).matches()) {
            problems.add("an implementation code is 31 characters: credit code (18) + basic code (10) + 3 digits");
            return problems;
        }
        var creditCode = code.substring(0, 18);
        if (!CreditCode.hasValidShape(creditCode)) {
            problems.add("the first 18 characters are not a unified social credit code");
        } else if (!CreditCode.isValid(creditCode)) {
            problems.add("the credit code's check character is wrong (GB 32100-2015)");
        }
        if (baseCode != null && !code.substring(18, 28).equals(baseCode)) {
            problems.add("characters 19-28 must be the item's basic code " + baseCode);
        }
        return problems;
    }
}
