package com.sendflowr.synth.generation;

import java.time.LocalDate;

/**
 * A calendar day that is not like the others: {@code volume} scales the number of campaigns sent that (UTC) day,
 * {@code engagement} the odds of opening a message delivered on it (the user's local date).
 */
public record SpecialDay(String name, LocalDate date, double volume, double engagement) {
}
