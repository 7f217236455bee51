package org.docloudmock.contentpolicy.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.docloudmock.protocol.InvalidFieldException;
import org.docloudmock.protocol.admin.PolicyOverrides;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentCatalogTest {

    @TempDir
    Path temp;

    private final RecordingStore store = new RecordingStore();
    private PayloadDirectory payloads;
    private CatalogEntry seed;
    private ContentCatalog catalog;
    private ContentRegistrar registrar;

    @BeforeEach
    void setUp() throws IOException {
        payloads = PayloadDirectory.at(temp.resolve("payloads"));
        Path seedFile = Files.write(Files.createDirectories(temp.resolve("seeds")).resolve("seed-1"), new byte[5000]);
        seed = new SeedFolder(seedFile.getParent(), 1 << 20).load().get(0);
        catalog = new ContentCatalog(store, payloads, List.of(seed), List.of());
        registrar = new ContentRegistrar(catalog, payloads, 1 << 30, Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC));
    }

    @AfterEach
    void tearDown() {
        payloads.close();
    }

    @Test
    void findsAContentByIdAndByEachAltCatalogId() {
        registrar.synthetic("a", 1000, 1, 1 << 20, settings("http://cdn/a.cab", "http://cdn/a2.cab"));

        assertThat(catalog.find("a")).get().extracting(CatalogEntry::size).isEqualTo(1000L);
        assertThat(catalog.findByAltCatalogId("http://cdn/a2.cab")).get().extracting(CatalogEntry::id).isEqualTo("a");
        assertThat(catalog.findByAltCatalogId("http://cdn/other.cab")).isEmpty();
        assertThat(catalog.list()).extracting(CatalogEntry::id).containsExactly("a", "seed-1");
    }

    @Test
    void aReplacementTakesOverTheAltCatalogIdsItListsAndDropsTheOthers() {
        registrar.synthetic("a", 1000, 1, 1 << 20, settings("http://cdn/old.cab"));

        boolean created = catalog.put(withSettings(catalog.find("a").orElseThrow(), settings("http://cdn/new.cab")));

        assertThat(created).isFalse();
        assertThat(catalog.findByAltCatalogId("http://cdn/old.cab")).isEmpty();
        assertThat(catalog.findByAltCatalogId("http://cdn/new.cab")).get().extracting(CatalogEntry::id).isEqualTo("a");
    }

    @Test
    void anAltCatalogIdOfAnotherContentIsRefusedAndNothingChanges() {
        registrar.synthetic("a", 1000, 1, 1 << 20, settings("http://cdn/a.cab"));
        int saves = store.saved.size();

        assertThatThrownBy(() -> registrar.synthetic("b", 1000, 2, 1 << 20, settings("http://cdn/a.cab")))
                .isInstanceOf(InvalidFieldException.class).extracting("field").isEqualTo("AltCatalogIds[0]");
        assertThat(catalog.find("b")).isEmpty();
        assertThat(store.saved).hasSize(saves);
    }

    @Test
    void aContentTheStoreCannotSaveIsNotRegistered() {
        store.failing = true;

        assertThatThrownBy(() -> registrar.synthetic("a", 1000, 1, 1 << 20, ContentSettings.DEFAULT))
                .isInstanceOf(ContentStorageException.class);
        assertThat(catalog.find("a")).isEmpty();
    }

    @Test
    void putIfAbsentKeepsTheContentThatIsThere() {
        registrar.synthetic("a", 1000, 1, 1 << 20, settings("http://cdn/a.cab"));
        CatalogEntry other = withSettings(catalog.find("a").orElseThrow(), ContentSettings.DEFAULT);

        assertThat(catalog.putIfAbsent(other)).get().extracting(content -> content.settings().altCatalogIds())
                .isEqualTo(List.of("http://cdn/a.cab"));
    }

    @Test
    void deletingOrReplacingUploadedBytesDeletesTheirFileButNeverASeedFile() {
        Path first = upload("u", 3000);
        Path second = upload("u", 4000);

        assertThat(first).doesNotExist();
        assertThat(second).exists();
        assertThat(catalog.remove("u")).isPresent();
        assertThat(second).doesNotExist();
        assertThat(store.removed).contains("u");

        assertThat(catalog.remove("seed-1")).isPresent();
        assertThat(((ContentSource.SeedFile) seed.source()).file()).exists();
        assertThat(catalog.remove("seed-1")).isEmpty();
    }

    @Test
    void resetDropsAdminContentsAndBringsSeedContentsBackAsTheyWere() {
        Path uploaded = upload("u", 3000);
        registrar.synthetic("seed-1", 10, 1, 1 << 20, settings("http://cdn/s.cab"));

        catalog.reset();

        assertThat(catalog.list()).containsExactly(seed);
        assertThat(uploaded).doesNotExist();
        assertThat(store.removed).contains("u", "seed-1");
        assertThat(catalog.findByAltCatalogId("http://cdn/s.cab")).isEmpty();
    }

    private Path upload(String id, int size) {
        CatalogEntry content = registrar.upload(id, new ByteArrayInputStream(new byte[size]), size, UploadOptions.NONE).content();
        return ((ContentSource.Uploaded) content.source()).file();
    }

    static ContentSettings settings(String... altCatalogIds) {
        return new ContentSettings(List.of(altCatalogIds), true, PolicyOverrides.NONE);
    }

    static CatalogEntry withSettings(CatalogEntry content, ContentSettings settings) {
        return new CatalogEntry(content.id(), content.source(), content.piecesHashFile(), settings, content.lastModified());
    }

    static final class RecordingStore implements CatalogStore {

        final List<CatalogEntry> saved = new ArrayList<>();
        final List<String> removed = new ArrayList<>();
        boolean failing;

        @Override
        public List<CatalogEntry> load() {
            return List.of();
        }

        @Override
        public void save(CatalogEntry content) {
            if (failing) {
                throw new ContentStorageException("disk full", new IOException("No space left on device"));
            }
            saved.add(content);
        }

        @Override
        public void remove(String contentId) {
            removed.add(contentId);
        }
    }
}
