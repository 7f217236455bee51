package org.docloudmock.protocol.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Objects;
import org.docloudmock.protocol.InvalidFieldException;

/**
 * Content made of {@code size} bytes generated from {@code seed}, the same on the mock CDN and in a simulated
 * peer, so neither has to store or download it. Byte {@code p} is byte {@code p mod 8} (little-endian) of the
 * {@code p / 8}-th output of SplitMix64 seeded with {@code seed}: any range is computed without the bytes
 * before it.
 */
public record SyntheticContent(long size, long seed) {

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;
    private static final VarHandle LONG_LE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final int TRANSFER_CHUNK = 1 << 16;

    public SyntheticContent {
        if (size < 0) {
            throw new InvalidFieldException("Size", "must not be negative");
        }
    }

    /** Fills {@code target[offset, offset + length)} with the bytes at {@code position}. */
    public void read(long position, byte[] target, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, target.length);
        if (position < 0 || length > size - position) {
            throw new IndexOutOfBoundsException("bytes " + position + "+" + length + " of " + size);
        }
        int i = 0;
        while (i < length && ((position + i) & 7) != 0) {
            target[offset + i] = byteAt(position + i);
            i++;
        }
        long word = (position + i) >>> 3;
        while (length - i >= Long.BYTES) {
            LONG_LE.set(target, offset + i, wordAt(word++));
            i += Long.BYTES;
        }
        while (i < length) {
            target[offset + i] = byteAt(position + i);
            i++;
        }
    }

    /** The bytes from the start; {@code skip} is free, so a range costs only its own length. */
    public InputStream openStream() {
        return new SyntheticInputStream();
    }

    private byte byteAt(long position) {
        return (byte) (wordAt(position >>> 3) >>> ((position & 7) << 3));
    }

    private long wordAt(long index) {
        long z = seed + (index + 1) * GOLDEN_GAMMA;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private final class SyntheticInputStream extends InputStream {

        private long position;

        @Override
        public int read() {
            return position < size ? byteAt(position++) & 0xFF : -1;
        }

        @Override
        public int read(byte[] target, int offset, int length) {
            Objects.checkFromIndexSize(offset, length, target.length);
            if (length == 0) {
                return 0;
            }
            int count = (int) Math.min(length, size - position);
            if (count <= 0) {
                return -1;
            }
            SyntheticContent.this.read(position, target, offset, count);
            position += count;
            return count;
        }

        @Override
        public long skip(long count) {
            long skipped = Math.max(0, Math.min(count, size - position));
            position += skipped;
            return skipped;
        }

        @Override
        public int available() {
            return (int) Math.min(Integer.MAX_VALUE, size - position);
        }

        @Override
        public long transferTo(OutputStream out) throws IOException {
            byte[] chunk = new byte[(int) Math.min(TRANSFER_CHUNK, Math.max(1, size - position))];
            long transferred = 0;
            int count;
            while ((count = read(chunk, 0, chunk.length)) > 0) {
                out.write(chunk, 0, count);
                transferred += count;
            }
            return transferred;
        }
    }
}
