package org.headback.work;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.util.Objects;
import java.util.function.LongConsumer;

/** A reader that tells how many characters have been read so far, after each read, for a progress bar. */
public final class CountingReader extends FilterReader {
    private final LongConsumer told;
    private long read;

    public CountingReader(Reader in, LongConsumer told) {
        super(in);
        this.told = Objects.requireNonNull(told, "told");
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            told.accept(++read);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            read += n;
            told.accept(read);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        read += skipped;
        return skipped;
    }
}
