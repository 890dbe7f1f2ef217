package com.sendflowr.synth.generation;

import java.util.List;

import com.sendflowr.synth.model.Client;
import com.sendflowr.synth.model.Persona;
import com.sendflowr.synth.model.Recipient;

/**
 * One user's own behaviour: the persona's, varied by the user's rates and shifted hours.
 *
 * @param sendTimeBlend how strongly this user's opening follows the send-time response (the configured strength,
 *                      lowered where it would push the open probability above {@link #MAX_OPEN_PROBABILITY})
 */
public record UserProfile(Recipient recipient, Persona persona, int shiftMinutes, ActivityCurve curve,
                          SendTimeResponse response, double openRate, double clickGivenOpen, double sendTimeBlend,
                          List<Client> clients) {

    public static final double MAX_OPEN_PROBABILITY = 0.98;

    public double clickRate() {
        return openRate * clickGivenOpen;
    }
}
