package com.sendflowr.synth.evaluation;

/** An input file of {@code evaluate} is unusable: which file, which line (0 for the file as a whole) and why. */
public class BadInputException extends RuntimeException {

    private final String file;
    private final long line;
    private final String problem;

    public BadInputException(String file, long line, String problem) {
        super(file + (line > 0 ? " line " + line : "") + ": " + problem);
        this.file = file;
        this.line = line;
        this.problem = problem;
    }

    public String file() {
        return file;
    }

    public long line() {
        return line;
    }

    public String problem() {
        return problem;
    }
}
