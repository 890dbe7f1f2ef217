package com.sendflowr.synth.evaluation;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.ArrayList;
import java.util.List;

/**
 * A file cut into byte ranges of about a given size that each begin at the start of a line and end after a line
 * break (or at the end of the file), so that the ranges can be parsed apart and their lines counted apart.
 */
final class LineChunks {

    /** One range: {@code start} inclusive, {@code end} exclusive. */
    record Chunk(long start, long end) {

        /** The range's bytes, read at their position (positional reads of one channel may run side by side). */
        byte[] read(FileChannel channel) throws IOException {
            byte[] bytes = new byte[Math.toIntExact(end - start)];
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                if (channel.read(buffer, start + buffer.position()) < 0) {
                    throw new IOException("the file became shorter while it was read");
                }
            }
            return bytes;
        }
    }

    private static final int PROBE = 64 * 1024;

    private LineChunks() {}

    /** The ranges covering the first {@code size} bytes of the file, about {@code target} bytes each. */
    static List<Chunk> of(FileChannel channel, long size, long target) throws IOException {
        List<Chunk> chunks = new ArrayList<>();
        long start = 0;
        while (start < size) {
            long end = size - start <= target ? size : lineStartAtOrAfter(channel, start + target, size);
            chunks.add(new Chunk(start, end));
            start = end;
        }
        return chunks;
    }

    /** The first position at or after {@code from} that follows a line feed, or {@code size} if there is none. */
    private static long lineStartAtOrAfter(FileChannel channel, long from, long size) throws IOException {
        ByteBuffer probe = ByteBuffer.allocate(PROBE);
        for (long at = from - 1; at < size; at += probe.limit()) {
            probe.clear();
            if (channel.read(probe, at) <= 0) {
                break;
            }
            probe.flip();
            for (int i = 0; i < probe.limit(); i++) {
                if (probe.get(i) == '\n') {
                    return Math.min(size, at + i + 1);
                }
            }
        }
        return size;
    }
}
