package com.sendflowr.synth.evaluation;

import java.util.Locale;
import java.util.Map;

/**
 * One row of a JSON Lines or CSV input: field values as text, number lists as numbers (a JSON array, or a CSV cell
 * of numbers joined with {@code ;} as the manifest writes them), with the file and line for messages.
 */
public final class Row {

    private final String file;
    private final long line;
    private final Map<String, Object> values;

    Row(String file, long line, Map<String, Object> values) {
        this.file = file;
        this.line = line;
        this.values = values;
    }

    public long line() {
        return line;
    }

    public boolean has(String field) {
        Object value = values.get(field);
        return value != null && !(value instanceof String text && text.isEmpty());
    }

    public BadInputException problem(String message) {
        return new BadInputException(file, line, message);
    }

    public String text(String field) {
        Object value = require(field);
        if (value instanceof double[]) {
            throw problem(field + " is a list; expected a single value");
        }
        return value.toString();
    }

    public boolean bool(String field) {
        String text = text(field);
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(text.toLowerCase(Locale.ROOT));
        }
        throw problem(field + " is '" + text + "'; expected true or false");
    }

    public double number(String field) {
        String text = text(field);
        try {
            double value = Double.parseDouble(text);
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw problem(field + " is '" + text + "'; expected a number");
    }

    public int integer(String field) {
        String text = text(field);
        try {
            return Integer.parseInt(text.endsWith(".0") ? text.substring(0, text.length() - 2) : text);
        } catch (NumberFormatException e) {
            throw problem(field + " is '" + text + "'; expected a whole number");
        }
    }

    /** A list of numbers: a JSON array, or CSV text joined with {@code ;}. */
    public double[] numbers(String field) {
        Object value = require(field);
        if (value instanceof double[] numbers) {
            return numbers;
        }
        String[] parts = value.toString().split(";", -1);
        double[] numbers = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                numbers[i] = com.fasterxml.jackson.core.io.NumberInput.parseDouble(parts[i].trim(), true);
            } catch (NumberFormatException e) {
                numbers[i] = Double.NaN;
            }
            if (!Double.isFinite(numbers[i])) {
                throw problem(field + " value " + (i + 1) + " is '" + parts[i] + "'; expected a number");
            }
        }
        return numbers;
    }

    private Object require(String field) {
        Object value = values.get(field);
        if (value == null) {
            throw problem("no " + field + " value");
        }
        return value;
    }
}
