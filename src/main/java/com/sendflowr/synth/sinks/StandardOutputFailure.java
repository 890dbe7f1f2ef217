package com.sendflowr.synth.sinks;

import java.io.IOException;

/**
 * Standard output took no more bytes. {@link #brokenPipe()}: whoever read it has gone (as {@code head} does once it
 * has its lines), which ends a run quietly, as it ends other Unix tools; anything else (a full disk, a closed
 * descriptor) is an error.
 */
public final class StandardOutputFailure extends IOException {

    private final boolean brokenPipe;

    public StandardOutputFailure(String message, boolean brokenPipe) {
        super(message);
        this.brokenPipe = brokenPipe;
    }

    public boolean brokenPipe() {
        return brokenPipe;
    }
}
