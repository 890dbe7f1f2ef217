package com.sendflowr.synth.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.ArrayList;
import java.util.List;

/**
 * A file cut into byte ranges of about a given size that each begin at the start of a line and end after a line
 * feed (or at the end of the file), with the number of the line each begins on, so that the ranges can be parsed
 * apart and still name the file's lines.
 */
final class LineChunks {

    /** One range: {@code start} inclusive, {@code end} exclusive; {@code firstLine} counts from 1. */
    record Chunk(long start, long end, long firstLine) {

        /**
         * Reads the range's bytes into {@code into} (at least as long as the range), at their position: positional
         * reads of one channel may run side by side.
         */
        void read(FileChannel channel, byte[] into) throws IOException {
            ByteBuffer buffer = ByteBuffer.wrap(into, 0, length());
            for (long at = start; buffer.hasRemaining(); ) {
                int n = channel.read(buffer, at);
                if (n < 0) {
                    throw new IOException("the file became shorter while it was read");
                }
                at += n;
            }
        }

        int length() {
            return Math.toIntExact(end - start);
        }

        private long lineFeeds(FileChannel channel) {
            ByteBuffer buffer = ByteBuffer.allocate(BUFFER);
            long count = 0;
            try {
                for (long at = start; at < end; at += buffer.limit()) {
                    buffer.clear().limit((int) Math.min(BUFFER, end - at));
                    if (channel.read(buffer, at) <= 0) {
                        throw new IOException("the file became shorter while it was read");
                    }
                    buffer.flip();
                    byte[] bytes = buffer.array(); // not buffer.get(i): a call per byte, most of the count's time
                    for (int i = 0; i < buffer.limit(); i++) {
                        if (bytes[i] == '\n') {
                            count++;
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return count;
        }
    }

    private static final int BUFFER = 64 * 1024;

    private LineChunks() {}

    /** The ranges covering the first {@code size} bytes of the file, about {@code target} bytes each. */
    static List<Chunk> of(FileChannel channel, long size, long target) throws IOException {
        List<Chunk> ranges = new ArrayList<>();
        long start = 0;
        while (start < size) {
            long end = size - start <= target ? size : lineStartAtOrAfter(channel, start + target, size);
            ranges.add(new Chunk(start, end, 0));
            start = end;
        }
        long[] lineFeeds;
        try {
            lineFeeds = ranges.parallelStream()
                    .mapToLong(chunk -> chunk.lineFeeds(channel))
                    .toArray();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        List<Chunk> chunks = new ArrayList<>(ranges.size());
        long line = 1;
        for (int i = 0; i < ranges.size(); i++) {
            chunks.add(new Chunk(ranges.get(i).start(), ranges.get(i).end(), line));
            line += lineFeeds[i];
        }
        return chunks;
    }

    /** The first position at or after {@code from} that follows a line feed, or {@code size} if there is none. */
    private static long lineStartAtOrAfter(FileChannel channel, long from, long size) throws IOException {
        ByteBuffer probe = ByteBuffer.allocate(BUFFER);
        for (long at = from - 1; at < size; at += probe.limit()) {
            probe.clear();
            if (channel.read(probe, at) <= 0) {
                break;
            }
            probe.flip();
            byte[] bytes = probe.array();
            for (int i = 0; i < probe.limit(); i++) {
                if (bytes[i] == '\n') {
                    return Math.min(size, at + i + 1);
                }
            }
        }
        return size;
    }
}
