package com.sendflowr.synth.kafka;

import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.TimeoutException;

/**
 * What a record's failure says about where it is. A record the broker refused (too large, not authorised, …) is not
 * in the topic; one that expired while the broker did not answer, or failed with an error worth retrying, may have
 * been written before the answer was lost: its fate is unknown.
 */
enum RecordFate {
    FAILED, UNKNOWN;

    static RecordFate ofFailure(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof TimeoutException || t instanceof RetriableException) {
                return UNKNOWN;
            }
        }
        return FAILED;
    }

    /** A plain sentence for the first failure, without Kafka's internal wording or class names. */
    static String describe(Throwable error, String bootstrap) {
        if (ofFailure(error) == UNKNOWN) {
            return "Kafka at " + bootstrap + " did not acknowledge records within the producer's delivery.timeout.ms "
                    + "(broker down or unreachable for longer than that?)";
        }
        Throwable cause = error;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return "Kafka at " + bootstrap + " refused a record: " + cause.getMessage();
    }
}
