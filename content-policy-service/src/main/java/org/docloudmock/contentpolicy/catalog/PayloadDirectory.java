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
        Upload upload = startUpload(maxSize, pieceSize);
        try {
            byte[] chunk = new byte[CHUNK];
            int count;
            while ((count = readFrom(body, chunk, upload.received())) >= 0) {
                upload.write(chunk, 0, count);
            }
            return upload.finish();
        } catch (RuntimeException e) {
            upload.abort();
            throw e;
        }
    }

    /** A new payload file, to be written as the bytes arrive: by non-blocking reads, say. */
    public Upload startUpload(long maxSize, int pieceSize) {
        Path partial = directory.resolve(UUID.randomUUID() + PARTIAL);
        try {
            return new Upload(partial, FileChannel.open(partial, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                    maxSize, new PieceHasher(pieceSize));
        } catch (IOException e) {
            throw new ContentStorageException("cannot store an upload in " + directory, e);
        }
    }

    /**
     * The bytes of one upload on their way to disk, hashed as they go by. Once {@link #finish() finished} they are a
     * payload file; {@link #abort() aborted}, or failed, they are deleted.
     */
    public final class Upload {

        private final Path partial;
        private final FileChannel out;
        private final long maxSize;
        private final PieceHasher hasher;
        private long received;

        private Upload(Path partial, FileChannel out, long maxSize, PieceHasher hasher) {
            this.partial = partial;
            this.out = out;
            this.maxSize = maxSize;
            this.hasher = hasher;
        }

        public long received() {
            return received;
        }

        /**
         * @throws ContentTooLargeException the upload passed {@code maxSize}
         * @throws ContentStorageException  writing failed (the disk is full)
         */
        public void write(byte[] bytes, int offset, int count) {
            received += count;
            if (received > maxSize) {
                throw new ContentTooLargeException(maxSize);
            }
            hasher.update(bytes, offset, count);
            ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, count);
            try {
                while (buffer.hasRemaining()) {
                    out.write(buffer);
                }
            } catch (IOException e) {
                throw new ContentStorageException("cannot store an upload in " + directory, e);
            }
        }

        /** The whole upload, now a payload file. */
        public Received finish() {
            try {
                out.force(true);
                out.close();
                Path payload = directory.resolve(partial.getFileName().toString().replace(PARTIAL, PAYLOAD));
                Files.move(partial, payload, StandardCopyOption.ATOMIC_MOVE);
                return new Received(payload, hasher.finish());
            } catch (IOException e) {
                throw new ContentStorageException("cannot store an upload in " + directory, e);
            }
        }

        /** Nothing of the upload is kept. */
        public void abort() {
            try {
                out.close();
            } catch (IOException e) {
                log.warn("Could not close {}: {}", partial, e.getMessage());
            }
            delete(partial);
        }
    }

    private static int readFrom(InputStream body, byte[] chunk, long receivedSoFar) {
        try {
            return body.read(chunk);
        } catch (IOException e) {
            throw new IncompleteUploadException(receivedSoFar, e);
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
