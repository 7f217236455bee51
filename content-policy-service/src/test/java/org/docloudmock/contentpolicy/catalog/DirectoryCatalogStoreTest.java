package org.docloudmock.contentpolicy.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.docloudmock.protocol.admin.PolicyOverrides;
import org.docloudmock.protocol.content.PieceHasher;
import org.docloudmock.protocol.content.PiecesHashFile;
import org.docloudmock.protocol.content.SyntheticContent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryCatalogStoreTest {

    @TempDir
    Path temp;

    private PayloadDirectory payloads;
    private DirectoryCatalogStore store;

    @BeforeEach
    void setUp() {
        payloads = PayloadDirectory.at(temp.resolve("payloads"));
        store = new DirectoryCatalogStore(temp.resolve("contents"), payloads);
    }

    @Test
    void everyKindOfRegisteredContentLoadsBackEqual() {
        PayloadDirectory.Received received = payloads.receive(new ByteArrayInputStream(new byte[3000]), 10_000, 1024);
        ContentSettings settings = new ContentSettings(List.of("http://cdn/x.cab"), false,
                new PolicyOverrides(1L, null, 3L, null, 5L));
        Instant registered = Instant.parse("2025-03-04T05:06:07Z");
        SyntheticContent synthetic = new SyntheticContent(2000, -9);
        List<CatalogEntry> contents = List.of(
                new CatalogEntry("synthetic", new ContentSource.Synthetic(synthetic), hashOf(new byte[2000]), settings, registered),
                new CatalogEntry("uploaded", new ContentSource.Uploaded(received.file()), received.piecesHashFile(),
                        ContentSettings.DEFAULT, registered),
                new CatalogEntry("metadata", new ContentSource.MetadataOnly(), hashOf(new byte[10]), ContentSettings.DEFAULT, registered));

        contents.forEach(store::save);

        assertThat(new DirectoryCatalogStore(temp.resolve("contents"), payloads).load())
                .containsExactlyInAnyOrderElementsOf(contents);
    }

    @Test
    void savingAgainReplacesAndRemoveForgets() {
        CatalogEntry first = metadata("id", 10);
        CatalogEntry second = metadata("id", 20);

        store.save(first);
        store.save(second);
        assertThat(store.load()).containsExactly(second);

        store.remove("id");
        assertThat(store.load()).isEmpty();
    }

    @Test
    void aWriteACrashCutShortIsDeletedAndThePreviousEntryStays() throws IOException {
        CatalogEntry saved = metadata("id", 10);
        store.save(saved);
        Files.writeString(temp.resolve("contents").resolve("0123.json.tmp"), "{\"ContentId\":\"half");

        assertThat(store.load()).containsExactly(saved);
        assertThat(files(temp.resolve("contents"))).allMatch(name -> name.endsWith(".json"));
    }

    @Test
    void entriesThatCannotBeReadOrLostTheirPayloadAreSkipped() throws IOException {
        PayloadDirectory.Received received = payloads.receive(new ByteArrayInputStream(new byte[10]), 100, 1024);
        store.save(new CatalogEntry("lost", new ContentSource.Uploaded(received.file()), received.piecesHashFile(),
                ContentSettings.DEFAULT, Instant.EPOCH));
        Files.delete(received.file());
        Files.writeString(temp.resolve("contents").resolve("garbage.json"), "not json");

        assertThat(store.load()).isEmpty();
    }

    @Test
    void anyContentIdMakesOneSafeFileName() {
        String id = "%2e%2e+=..\\" + "x".repeat(240);

        store.save(metadata(id, 10));

        assertThat(files(temp.resolve("contents"))).singleElement().asString().matches("[0-9a-f]{64}\\.json");
        assertThat(store.load()).extracting(CatalogEntry::id).containsExactly(id);
    }

    private static CatalogEntry metadata(String id, int size) {
        return new CatalogEntry(id, new ContentSource.MetadataOnly(), hashOf(new byte[size]), ContentSettings.DEFAULT, Instant.EPOCH);
    }

    static PiecesHashFile hashOf(byte[] bytes) {
        PieceHasher hasher = new PieceHasher(1024);
        hasher.update(bytes, 0, bytes.length);
        return hasher.finish();
    }

    static List<String> files(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString()).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
