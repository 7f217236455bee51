package org.docloudmock.contentpolicy.catalog;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.docloudmock.protocol.content.SyntheticContent;

/** Where a content's bytes come from, if it has any. */
public sealed interface ContentSource {

    String SYNTHETIC = "Synthetic";
    String UPLOADED = "Uploaded";
    String SEED_FILE = "SeedFile";
    String PIECES_HASH_FILE = "PiecesHashFile";

    /** Every kind of source, as {@link #kind()} names them. */
    List<String> KINDS = List.of(SYNTHETIC, UPLOADED, SEED_FILE, PIECES_HASH_FILE);

    /** The name the admin API, the stored catalog and the metrics give this source. */
    String kind();

    Optional<Payload> payload();

    /** Generated from size and seed: nothing stored. */
    record Synthetic(SyntheticContent bytes) implements ContentSource {

        @Override
        public String kind() {
            return SYNTHETIC;
        }

        @Override
        public Optional<Payload> payload() {
            return Optional.of(new Payload() {
                @Override
                public long size() {
                    return bytes.size();
                }

                @Override
                public InputStream open() {
                    return bytes.openStream();
                }
            });
        }
    }

    /** Bytes uploaded through the admin API, in a file the catalog owns. */
    record Uploaded(Path file) implements ContentSource {

        @Override
        public String kind() {
            return UPLOADED;
        }

        @Override
        public Optional<Payload> payload() {
            return Optional.of(new FilePayload(file));
        }
    }

    /** A file of the seed folder, served where it lies. */
    record SeedFile(Path file) implements ContentSource {

        @Override
        public String kind() {
            return SEED_FILE;
        }

        @Override
        public Optional<Payload> payload() {
            return Optional.of(new FilePayload(file));
        }
    }

    /** A pieces-hash file alone: its swarm can be joined, its bytes are not served. */
    record MetadataOnly() implements ContentSource {

        @Override
        public String kind() {
            return PIECES_HASH_FILE;
        }

        @Override
        public Optional<Payload> payload() {
            return Optional.empty();
        }
    }

    record FilePayload(Path file) implements Payload {

        @Override
        public long size() {
            return file.toFile().length();
        }

        @Override
        public InputStream open() throws IOException {
            // FileInputStream skips with a seek
            return new FileInputStream(file.toFile());
        }
    }
}
