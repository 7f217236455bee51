package org.docloudmock.contentpolicy.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.docloudmock.protocol.ContentIds;
import org.docloudmock.protocol.InvalidFieldException;
import org.docloudmock.protocol.content.CdnFile;
import org.docloudmock.protocol.content.PiecesHashFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The contents of a seed folder: every regular file directly in it, its file name as ContentId, served
 * where it lies in pieces of 1 MiB. A file named by a GUID is also served at that real CDN path; a folder
 * named by a GUID that holds one file is served at {@code <GUID>/<file name>}, the GUID as ContentId.
 * Hidden files and names that are not valid ContentIds or file names are skipped.
 */
public final class SeedFolder {

    private static final Logger log = LoggerFactory.getLogger(SeedFolder.class);

    private final Path directory;
    private final long maxContentSize;

    public SeedFolder(Path directory, long maxContentSize) {
        this.directory = directory;
        this.maxContentSize = maxContentSize;
    }

    public List<CatalogEntry> load() {
        if (!Files.isDirectory(directory)) {
            throw new IllegalStateException("the seed folder " + directory + " is not a directory");
        }
        List<CatalogEntry> contents = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.startsWith(".")) {
                    continue;
                }
                try {
                    if (Files.isRegularFile(file)) {
                        String contentId = ContentIds.requireValid(name, "ContentId");
                        contents.add(seed(contentId, file, CdnFile.isGuid(name) ? new CdnFile(name, null) : null));
                    } else if (Files.isDirectory(file) && CdnFile.isGuid(name)) {
                        contents.add(namedFile(name, file));
                    }
                } catch (InvalidFieldException e) {
                    log.warn("Skipping seed file {}: {}", file, e.getMessage());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the seed folder " + directory, e);
        }
        log.info("Seed folder {}: {} contents", directory, contents.size());
        return contents;
    }

    private CatalogEntry namedFile(String fileId, Path folder) throws IOException {
        List<Path> files;
        try (Stream<Path> listed = Files.list(folder)) {
            files = listed.filter(file -> !file.getFileName().toString().startsWith(".") && Files.isRegularFile(file)).toList();
        }
        if (files.size() != 1) {
            throw new InvalidFieldException("FileName", "the folder must hold exactly one file, not " + files.size());
        }
        Path file = files.get(0);
        return seed(fileId, file, new CdnFile(fileId, file.getFileName().toString()));
    }

    private CatalogEntry seed(String contentId, Path file, CdnFile cdnFile) throws IOException {
        ContentSource source = new ContentSource.SeedFile(file.toAbsolutePath());
        Payload payload = source.payload().orElseThrow();
        if (payload.size() > maxContentSize) {
            throw new InvalidFieldException("ContentLength", payload.size() + " bytes is over the maximum of "
                    + maxContentSize + " (docloud.content.max-content-size)");
        }
        PiecesHashFile piecesHashFile = PayloadHashing.piecesHashFile(contentId, payload, PiecesHashFile.DEFAULT_PIECE_SIZE);
        return new CatalogEntry(contentId, source, piecesHashFile, ContentSettings.DEFAULT.withCdnFile(cdnFile),
                Files.getLastModifiedTime(file).toInstant().truncatedTo(ChronoUnit.SECONDS));
    }
}
