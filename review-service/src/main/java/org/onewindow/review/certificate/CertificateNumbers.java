package org.onewindow.review.certificate;

/**
 * Certificate identifiers in the style of GB/T 36903-2018 (DOMAIN.md): {@code 1.2.156.3005.2.}
 * + certificate type + {@code .} + issuer's credit code + {@code .} + sequence + {@code .} +
 * version + {@code .} + check character. The check character is computed like GB 32100's (mod 31
 * over the identifier's letters and digits), as the standard's own algorithm was not at hand.
 */
final class CertificateNumbers {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private CertificateNumbers() {}

    static String of(String typeCode, String issuerCode, long sequence, int version) {
        var body =
                "1.2.156.3005.2." + typeCode + "." + issuerCode + "." + String.format("%08d", sequence) + "." + version;
        return body + "." + checkCharacter(body);
    }

    static boolean wellFormed(String number) {
        int last = number.lastIndexOf('.');
        return last > 0
                && number.length() == last + 2
                && number.charAt(last + 1) == checkCharacter(number.substring(0, last));
    }

    static char checkCharacter(String body) {
        int sum = 0;
        int weight = 1;
        for (var c : body.toCharArray()) {
            int value = ALPHABET.indexOf(Character.toUpperCase(c));
            if (value < 0) {
                continue;
            }
            sum += value * weight;
            weight = weight * 3 % 31;
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }
}
