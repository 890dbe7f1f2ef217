package com.sendflowr.synth.cli.boot;

import io.smallrye.config.ConfigValidationException;

/** Tells configuration failures at boot (a value that cannot be converted, e.g. {@code synth.seed=abc}) from others. */
public final class BootFailure {

    private BootFailure() {}

    public static boolean isConfiguration(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConfigValidationException
                    || t instanceof java.util.NoSuchElementException
                    || String.valueOf(t.getMessage()).contains("SRCFG")) {
                return true;
            }
        }
        return false;
    }

    /** One line per problem, in the same shape as the checks done after boot. */
    public static String describe(Throwable failure) {
        StringBuilder text = new StringBuilder("error: invalid configuration (nothing was generated):");
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConfigValidationException validation) {
                for (int i = 0; i < validation.getProblemCount(); i++) {
                    text.append(System.lineSeparator())
                            .append("  ")
                            .append(plain(validation.getProblem(i).getMessage()));
                }
                return text.toString();
            }
        }
        return text.append(System.lineSeparator())
                .append("  ")
                .append(plain(failure.getMessage()))
                .toString();
    }

    private static String plain(String message) {
        return String.valueOf(message).replaceFirst("^[\\w.$]+(Exception|Error): ", "");
    }
}
