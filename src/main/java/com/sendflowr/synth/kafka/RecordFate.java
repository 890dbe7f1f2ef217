package com.sendflowr.synth.kafka;

import org.apache.kafka.common.errors.ApiException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.TimeoutException;

/**
 * What a record's failure says about where it is. A record the broker refused (too large, not authorised, …) is not
 * in the topic; one that expired while the broker did not answer, or failed with an error worth retrying, may have
 * been written before the answer was lost: its fate is unknown.
 */
enum RecordFate {
    FAILED,
    UNKNOWN;

    /**
     * Failed only when the broker or the client refused the record for good (a non-retriable broker error, or a
     * record that could not be serialised); anything else — an expiry, a retriable error, the producer closed while
     * the record was in flight (SIGTERM during an outage) — leaves its fate unknown.
     */
    static RecordFate ofFailure(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof TimeoutException || t instanceof RetriableException) {
                return UNKNOWN;
            }
            if (t instanceof ApiException || t instanceof SerializationException) {
                return FAILED;
            }
        }
        return UNKNOWN;
    }

    /** A plain sentence for the first failure, without Kafka's internal wording or class names. */
    static String describe(Throwable error, String bootstrap) {
        Throwable cause = error;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        if (cause instanceof RetriableException) {
            return "Kafka at " + bootstrap + " did not acknowledge records within the producer's delivery.timeout.ms "
                    + "(broker down or unreachable for longer than that?)";
        }
        return ofFailure(error) == FAILED
                ? "Kafka at " + bootstrap + " refused a record: " + cause.getMessage()
                : "publishing to Kafka at " + bootstrap + " stopped: " + cause.getMessage();
    }
}
