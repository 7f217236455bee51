package org.docloudmock.client.swarm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.docloudmock.protocol.content.HashOfHashes;
import org.docloudmock.protocol.content.PiecesHashFile;

/**
 * The file being assembled. A piece is written only once its SHA-256 matches the pieces-hash file, so no
 * unverified byte ever lands in it. Pieces are written on the device's loop; reads are positional and may
 * come from any thread.
 */
public final class PieceStore implements AutoCloseable {

    private final Path path;
    private final FileChannel file;
    private final long contentLength;
    private final int pieceSize;
    private final int pieceCount;
    private final List<byte[]> pieceHashes;
    private final BitSet have = new BitSet();
    private final AtomicLong storedBytes = new AtomicLong();
    private final MessageDigest sha256 = HashOfHashes.sha256();

    /** @param pieceHashes the raw hashes {@link PiecesHashFile#verify()} returned */
    public PieceStore(Path path, PiecesHashFile metadata, List<byte[]> pieceHashes) {
        this.path = path;
        this.contentLength = metadata.contentLength();
        this.pieceSize = metadata.pieceSize();
        this.pieceCount = pieceHashes.size();
        this.pieceHashes = List.copyOf(pieceHashes);
        try {
            file = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + path + ": " + e.getMessage(), e);
        }
    }

    public Path path() {
        return path;
    }

    public long contentLength() {
        return contentLength;
    }

    int pieceCount() {
        return pieceCount;
    }

    int pieceLength(int piece) {
        return (int) Math.min(pieceSize, contentLength - (long) piece * pieceSize);
    }

    long pieceOffset(int piece) {
        return (long) piece * pieceSize;
    }

    boolean has(int piece) {
        return have.get(piece);
    }

    /** A copy of the pieces held. */
    BitSet have() {
        return (BitSet) have.clone();
    }

    boolean complete() {
        return have.cardinality() == pieceCount;
    }

    /** Bytes of verified pieces written so far; any thread. */
    public long storedBytes() {
        return storedBytes.get();
    }

    /** Checks the piece against its hash and writes it if it matches; false (and nothing written) if not. */
    boolean store(int piece, byte[] data) {
        if (data.length != pieceLength(piece) || !Arrays.equals(sha256.digest(data), pieceHashes.get(piece))) {
            return false;
        }
        if (!have.get(piece)) {
            write(pieceOffset(piece), ByteBuffer.wrap(data));
            have.set(piece);
            storedBytes.addAndGet(data.length);
        }
        return true;
    }

    ByteBuffer read(int piece, int offset, int length) {
        ByteBuffer block = ByteBuffer.allocate(length);
        long position = pieceOffset(piece) + offset;
        try {
            while (block.hasRemaining()) {
                if (file.read(block, position + block.position()) < 0) {
                    throw new IOException("end of file at " + (position + block.position()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
        }
        return block.flip();
    }

    /** Reads the whole file back and checks every piece: what a client does before handing the file over. */
    public boolean verifyFile() {
        MessageDigest digest = HashOfHashes.sha256();
        try {
            if (file.size() != contentLength) {
                return false;
            }
            for (int piece = 0; piece < pieceCount; piece++) {
                ByteBuffer data = read(piece, 0, pieceLength(piece));
                digest.update(data);
                if (!Arrays.equals(digest.digest(), pieceHashes.get(piece))) {
                    return false;
                }
            }
            return true;
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    private void write(long position, ByteBuffer data) {
        try {
            while (data.hasRemaining()) {
                file.write(data, position + data.position());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            file.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
