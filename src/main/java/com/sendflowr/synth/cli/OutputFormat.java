package com.sendflowr.synth.cli;

/** How reports are printed: aligned tables for people, one JSON document for pipelines ({@code --output}). */
public enum OutputFormat {
    TABLE,
    JSON
}
