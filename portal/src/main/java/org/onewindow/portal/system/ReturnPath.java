package org.onewindow.portal.system;

/** A place on this site to go back to: a local path, never another host ("//evil.example", "/\evil"). */
final class ReturnPath {

    private ReturnPath() {}

    static String safe(String asked) {
        if (asked == null
                || !asked.startsWith("/")
                || asked.startsWith("//")
                || asked.startsWith("/\\")
                || asked.chars().anyMatch(Character::isISOControl)) {
            return "/";
        }
        return asked;
    }
}
