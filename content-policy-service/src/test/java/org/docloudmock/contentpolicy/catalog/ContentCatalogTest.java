package org.docloudmock.contentpolicy.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.docloudmock.protocol.InvalidFieldException;
import org.junit.jupiter.api.Test;

class ContentCatalogTest {

    private final ContentCatalog catalog = new ContentCatalog();
    private final ContentRegistrar registrar = new ContentRegistrar(catalog, 1 << 30,
            Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC));

    @Test
    void findsAContentByIdAndByEachAltCatalogId() {
        registrar.synthetic("a", 1000, 1, 1 << 20, settings("http://cdn/a.cab", "http://cdn/a2.cab"));
        registrar.synthetic("b", 1000, 2, 1 << 20, ContentSettings.DEFAULT);

        assertThat(catalog.find("a")).get().extracting(Content::size).isEqualTo(1000L);
        assertThat(catalog.findByAltCatalogId("http://cdn/a2.cab")).get().extracting(Content::id).isEqualTo("a");
        assertThat(catalog.findByAltCatalogId("http://cdn/other.cab")).isEmpty();
        assertThat(catalog.list()).extracting(Content::id).containsExactly("a", "b");
    }

    @Test
    void aReplacementTakesOverTheAltCatalogIdsItListsAndDropsTheOthers() {
        registrar.synthetic("a", 1000, 1, 1 << 20, settings("http://cdn/old.cab"));

        boolean created = catalog.put(withSettings(catalog.find("a").orElseThrow(), settings("http://cdn/new.cab")));

        assertThat(created).isFalse();
        assertThat(catalog.findByAltCatalogId("http://cdn/old.cab")).isEmpty();
        assertThat(catalog.findByAltCatalogId("http://cdn/new.cab")).get().extracting(Content::id).isEqualTo("a");
    }

    @Test
    void anAltCatalogIdOfAnotherContentIsRefusedAndNothingChanges() {
        registrar.synthetic("a", 1000, 1, 1 << 20, settings("http://cdn/a.cab"));

        assertThatThrownBy(() -> registrar.synthetic("b", 1000, 2, 1 << 20, settings("http://cdn/a.cab")))
                .isInstanceOf(InvalidFieldException.class).extracting("field").isEqualTo("AltCatalogIds[0]");
        assertThat(catalog.find("b")).isEmpty();
    }

    @Test
    void putIfAbsentKeepsTheContentThatIsThere() {
        registrar.synthetic("a", 1000, 1, 1 << 20, settings("http://cdn/a.cab"));
        Content other = withSettings(catalog.find("a").orElseThrow(), ContentSettings.DEFAULT);

        assertThat(catalog.putIfAbsent(other)).get().extracting(content -> content.settings().altCatalogIds())
                .isEqualTo(List.of("http://cdn/a.cab"));
    }

    @Test
    void removeForgetsTheContentAndItsAltCatalogIds() {
        registrar.synthetic("a", 1000, 1, 1 << 20, settings("http://cdn/a.cab"));

        assertThat(catalog.remove("a")).isPresent();
        assertThat(catalog.remove("a")).isEmpty();
        assertThat(catalog.findByAltCatalogId("http://cdn/a.cab")).isEmpty();
    }

    @Test
    void resetDropsWhatTheAdminApiRegistered() {
        registrar.synthetic("a", 1000, 1, 1 << 20, settings("http://cdn/a.cab"));

        catalog.reset();

        assertThat(catalog.list()).isEmpty();
        assertThat(catalog.findByAltCatalogId("http://cdn/a.cab")).isEmpty();
    }

    static ContentSettings settings(String... altCatalogIds) {
        return new ContentSettings(List.of(altCatalogIds), true, PolicyOverrides.NONE);
    }

    static Content withSettings(Content content, ContentSettings settings) {
        return new Content(content.id(), content.source(), content.piecesHashFile(), settings, content.lastModified());
    }
}
