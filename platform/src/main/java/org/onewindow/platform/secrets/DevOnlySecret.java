package org.onewindow.platform.secrets;

/**
 * A secret whose configured placeholder {@code ${variable:devDefault}} falls back to a value that is
 * fit only for a developer's machine.
 */
record DevOnlySecret(String property, String variable, String devDefault) {}
