package org.docloudmock.contentpolicy.catalog;

import java.io.InputStream;
import java.util.Optional;
import org.docloudmock.protocol.content.SyntheticContent;

/** Where a content's bytes come from, if it has any. */
public sealed interface ContentSource {

    /** The name the admin API gives this source. */
    String kind();

    Optional<Payload> payload();

    /** Generated from size and seed: nothing stored. */
    record Synthetic(SyntheticContent bytes) implements ContentSource {

        @Override
        public String kind() {
            return "Synthetic";
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

    /** A pieces-hash file alone: its swarm can be joined, its bytes are not served. */
    record MetadataOnly() implements ContentSource {

        @Override
        public String kind() {
            return "PiecesHashFile";
        }

        @Override
        public Optional<Payload> payload() {
            return Optional.empty();
        }
    }
}
