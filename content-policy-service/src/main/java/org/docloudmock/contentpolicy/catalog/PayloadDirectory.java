package org.docloudmock.contentpolicy.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.docloudmock.protocol.content.PieceHasher;
import org.docloudmock.protocol.content.PiecesHashFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

/**
 * The files that hold uploaded bytes. An upload streams into a temporary file, hashed as it goes by, and
 * becomes a payload file by an atomic rename once complete: a cut-off upload, a full disk or a crash
 * never leaves a payload that looks whole.
 */
public final class PayloadDirectory implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PayloadDirectory.class);
    private static final String PAYLOAD = ".payload";
    private static final String PARTIAL = ".upload";
    private static final int CHUNK = 1 << 16;

    private final Path directory;
    private final boolean temporary;

    private PayloadDirectory(Path directory, boolean temporary) {
        this.directory = directory.toAbsolutePath().normalize();
        this.temporary = temporary;
    }

    /** A directory that outlives the process; uploads a crash cut short are deleted. */
    public static PayloadDirectory at(Path directory) {
        try {
            Files.createDirectories(directory);
            try (Stream<Path> files = Files.list(directory)) {
                for (Path partial : files.filter(file -> file.getFileName().toString().endsWith(PARTIAL)).toList()) {
                    Files.deleteIfExists(partial);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the payload directory " + directory, e);
        }
        return new PayloadDirectory(directory, false);
    }

    /** A directory for one run, deleted on {@link #close()}: uploaded bytes go to disk, not to the heap. */
    public static PayloadDirectory temporary() {
        try {
            return new PayloadDirectory(Files.createTempDirectory("docloud-content-"), true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary payload directory", e);
        }
    }

    public Path directory() {
        return directory;
    }

    Path resolve(String fileName) {
        Path file = directory.resolve(fileName).normalize();
        if (!directory.equals(file.getParent())) {
            throw new IllegalArgumentException(fileName + " is not a payload file name");
        }
        return file;
    }

    /** The bytes of one upload, stored whole, and their pieces-hash file. */
    public record Received(Path file, PiecesHashFile piecesHashFile) {
    }

    /**
     * Streams {@code body} to a new payload file, never holding more than a chunk in memory.
     *
     * @throws ContentTooLargeException  the body is longer than {@code maxSize}
     * @throws IncompleteUploadException reading the body failed (the client went away)
     * @throws ContentStorageException   writing failed (the disk is full)
     */
    public Received receive(InputStream body, long maxSize, int pieceSize) {
        PieceHasher hasher = new PieceHasher(pieceSize);
        String name = UUID.randomUUID().toString();
        Path partial = directory.resolve(name + PARTIAL);
        long received = 0;
        try {
            try (FileChannel out = FileChannel.open(partial, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                byte[] chunk = new byte[CHUNK];
                while (true) {
                    int count = readFrom(body, chunk, received);
                    if (count < 0) {
                        break;
                    }
                    received += count;
                    if (received > maxSize) {
                        throw new ContentTooLargeException(maxSize);
                    }
                    hasher.update(chunk, 0, count);
                    writeTo(out, ByteBuffer.wrap(chunk, 0, count));
                }
                out.force(true);
            }
            Path payload = directory.resolve(name + PAYLOAD);
            Files.move(partial, payload, StandardCopyOption.ATOMIC_MOVE);
            return new Received(payload, hasher.finish());
        } catch (IOException e) {
            delete(partial);
            throw new ContentStorageException("cannot store an upload in " + directory, e);
        } catch (RuntimeException e) {
            delete(partial);
            throw e;
        }
    }

    private static int readFrom(InputStream body, byte[] chunk, long receivedSoFar) {
        try {
            return body.read(chunk);
        } catch (IOException e) {
            throw new IncompleteUploadException(receivedSoFar, e);
        }
    }

    private static void writeTo(FileChannel out, ByteBuffer bytes) throws IOException {
        while (bytes.hasRemaining()) {
            out.write(bytes);
        }
    }

    /** Deletes payload files no content refers to any more (left by a crash between upload and registration). */
    public void retainOnly(Set<Path> referenced) {
        try (Stream<Path> files = Files.list(directory)) {
            files.filter(file -> file.getFileName().toString().endsWith(PAYLOAD))
                    .filter(file -> !referenced.contains(file))
                    .forEach(orphan -> {
                        log.info("Deleting {}: no content refers to it", orphan);
                        delete(orphan);
                    });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory, e);
        }
    }

    /** Deletes a payload file; one being served stays readable until its download ends (POSIX). */
    public void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete {}: {}", file, e.getMessage());
        }
    }

    @Override
    public void close() {
        if (!temporary) {
            return;
        }
        try {
            FileSystemUtils.deleteRecursively(directory);
        } catch (IOException e) {
            log.warn("Could not delete the temporary payload directory {}: {}", directory, e.getMessage());
        }
    }
}
