package org.docloudmock.contentpolicy.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.docloudmock.protocol.content.CdnFile;
import org.docloudmock.protocol.content.HashOfHashes;
import org.docloudmock.protocol.content.SyntheticContent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The catalog as a directory of JSON files, one per content, each written to a temporary file and then
 * renamed over the old one, so that a crash never leaves a half-written content. Uploaded bytes live in
 * {@link PayloadDirectory}; an entry names its payload file.
 */
public final class DirectoryCatalogStore implements CatalogStore {

    private static final Logger log = LoggerFactory.getLogger(DirectoryCatalogStore.class);
    private static final String ENTRY = ".json";
    private static final String PARTIAL = ".tmp";

    private final Path directory;
    private final PayloadDirectory payloads;
    private final JsonMapper json = JsonMapper.builder().build();

    public DirectoryCatalogStore(Path directory, PayloadDirectory payloads) {
        this.directory = directory;
        this.payloads = payloads;
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the catalog directory " + directory, e);
        }
    }

    @Override
    public List<CatalogEntry> load() {
        List<CatalogEntry> contents = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(PARTIAL)) {
                    // a write that a crash cut short: the entry it would have replaced is still there
                    Files.deleteIfExists(file);
                } else if (name.endsWith(ENTRY)) {
                    read(file).ifPresent(contents::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the catalog in " + directory, e);
        }
        log.info("Catalog in {}: {} contents registered through the admin API", directory, contents.size());
        return contents;
    }

    private Optional<CatalogEntry> read(Path file) throws IOException {
        try {
            StoredContent stored = json.readValue(Files.readString(file), StoredContent.class);
            return Optional.of(toContent(stored));
        } catch (JacksonException | IllegalArgumentException e) {
            log.warn("Skipping the unreadable catalog entry {}: {}", file, e.getMessage());
            return Optional.empty();
        }
    }

    private CatalogEntry toContent(StoredContent stored) {
        ContentSource source = switch (stored.source()) {
            case ContentSource.SYNTHETIC -> new ContentSource.Synthetic(
                    new SyntheticContent(stored.piecesHashFile().contentLength(), stored.seed()));
            case ContentSource.UPLOADED -> {
                Path payload = payloads.resolve(stored.payloadFile());
                if (!Files.isRegularFile(payload)) {
                    throw new IllegalArgumentException("its payload file " + payload + " is missing");
                }
                yield new ContentSource.Uploaded(payload);
            }
            case ContentSource.PIECES_HASH_FILE -> new ContentSource.MetadataOnly();
            default -> throw new IllegalArgumentException("unknown source " + stored.source());
        };
        return new CatalogEntry(stored.contentId(), source, stored.piecesHashFile(),
                new ContentSettings(stored.altCatalogIds(), stored.p2pAllowed(), stored.policies(),
                        CdnFile.ofNullable(stored.fileId(), stored.fileName()), stored.secure()), stored.lastModified());
    }

    @Override
    public void save(CatalogEntry content) {
        Path entry = entryOf(content.id());
        Path partial = entry.resolveSibling(entry.getFileName() + PARTIAL);
        try {
            byte[] bytes = json.writeValueAsBytes(toStored(content));
            try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            Files.move(partial, entry, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            deleteQuietly(partial);
            throw new ContentStorageException("cannot store content " + content.id() + " in " + directory, e);
        }
    }

    private StoredContent toStored(CatalogEntry content) {
        ContentSource source = content.source();
        Long seed = source instanceof ContentSource.Synthetic synthetic ? synthetic.bytes().seed() : null;
        String payloadFile = source instanceof ContentSource.Uploaded uploaded ? uploaded.file().getFileName().toString() : null;
        ContentSettings settings = content.settings();
        CdnFile cdnFile = settings.cdnFile();
        return new StoredContent(content.id(), source.kind(), seed, payloadFile, content.piecesHashFile(),
                settings.altCatalogIds(), settings.p2pAllowed(), settings.policies(), content.lastModified(),
                cdnFile == null ? null : cdnFile.fileId(), cdnFile == null ? null : cdnFile.fileName(), settings.secure());
    }

    @Override
    public void remove(String contentId) {
        try {
            Files.deleteIfExists(entryOf(contentId));
        } catch (IOException e) {
            throw new ContentStorageException("cannot remove content " + contentId + " from " + directory, e);
        }
    }

    /** Content ids may be 256 characters of anything but '/': the file is named by their SHA-256. */
    private Path entryOf(String contentId) {
        byte[] digest = HashOfHashes.sha256().digest(contentId.getBytes(StandardCharsets.UTF_8));
        return directory.resolve(HexFormat.of().formatHex(digest) + ENTRY);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete {}: {}", file, e.getMessage());
        }
    }
}
