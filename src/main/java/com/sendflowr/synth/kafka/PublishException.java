package com.sendflowr.synth.kafka;

/** Publishing did not complete: the broker was unreachable, stopped acknowledging, or rejected records. */
public class PublishException extends RuntimeException {

    public PublishException(String message, Throwable cause) {
        super(message, cause);
    }

    public PublishException(String message) {
        super(message);
    }
}
