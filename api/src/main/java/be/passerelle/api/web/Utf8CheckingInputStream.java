package be.passerelle.api.web;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import java.io.IOException;

/**
 * A request body that must be well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates,
 * nothing above U+10FFFF); reading past a malformed sequence fails, which Spring MVC answers with
 * a 400. Jackson's own decoder lets overlong forms such as {@code C0 AF} (a slash) through.
 */
final class Utf8CheckingInputStream extends ServletInputStream {
    private final ServletInputStream body;
    private final long limit;
    private long read;
    private int pending;
    private int low = 0x80;
    private int high = 0xBF;

    /** A body longer than {@code limit} bytes fails too (one sent without a length, in chunks). */
    Utf8CheckingInputStream(ServletInputStream body, long limit) {
        this.body = body;
        this.limit = limit;
    }

    /** The body is longer than the limit. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge(long limit) {
            super("the body is longer than " + limit + " bytes");
        }
    }

    @Override
    public int read() throws IOException {
        int b = body.read();
        if (b < 0) {
            end();
        } else {
            count(1);
            check(b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = body.read(buffer, offset, length);
        if (n < 0) {
            end();
        } else {
            count(n);
        }
        for (int i = 0; i < n; i++) {
            check(buffer[offset + i] & 0xFF);
        }
        return n;
    }

    private void count(int n) throws TooLarge {
        read += n;
        if (read > limit) {
            throw new TooLarge(limit);
        }
    }

    private void end() throws IOException {
        if (pending > 0) {
            throw new IOException("the body ends inside a UTF-8 sequence");
        }
    }

    private void check(int b) throws IOException {
        if (pending > 0) {
            if (b < low || b > high) {
                throw new IOException("the body is not UTF-8");
            }
            pending--;
            low = 0x80;
            high = 0xBF;
            return;
        }
        if (b < 0x80) {
            return;
        }
        if (b >= 0xC2 && b <= 0xDF) {
            pending = 1;
        } else if (b >= 0xE0 && b <= 0xEF) {
            pending = 2;
            low = b == 0xE0 ? 0xA0 : 0x80;
            high = b == 0xED ? 0x9F : 0xBF;
        } else if (b >= 0xF0 && b <= 0xF4) {
            pending = 3;
            low = b == 0xF0 ? 0x90 : 0x80;
            high = b == 0xF4 ? 0x8F : 0xBF;
        } else {
            throw new IOException("the body is not UTF-8");
        }
    }

    @Override
    public boolean isFinished() {
        return body.isFinished();
    }

    @Override
    public boolean isReady() {
        return body.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
        body.setReadListener(listener);
    }
}
