package com.sendflowr.synth.generation;

import java.time.LocalDate;

/**
 * A calendar day that is not like the others: {@code volume} scales the number of campaigns sent that (UTC) day,
 * {@code engagement} the odds of opening a message delivered on it (the user's local date).
 *
 * @param epochDay the date as days since the epoch, kept because days are looked up by it once per delivery
 */
public record SpecialDay(String name, LocalDate date, long epochDay, double volume, double engagement) {

    public SpecialDay {
        if (epochDay != date.toEpochDay()) {
            throw new IllegalArgumentException("epoch day " + epochDay + " is not " + date);
        }
    }

    public SpecialDay(String name, LocalDate date, double volume, double engagement) {
        this(name, date, date.toEpochDay(), volume, engagement);
    }
}
