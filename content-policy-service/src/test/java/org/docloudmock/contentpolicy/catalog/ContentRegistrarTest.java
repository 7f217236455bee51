package org.docloudmock.contentpolicy.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.docloudmock.contentpolicy.catalog.ContentCatalogTest.settings;
import static org.docloudmock.contentpolicy.catalog.DirectoryCatalogStoreTest.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import org.docloudmock.protocol.InvalidFieldException;
import org.docloudmock.protocol.admin.PolicyOverrides;
import org.docloudmock.protocol.content.CdnFile;
import org.docloudmock.protocol.content.PieceHasher;
import org.docloudmock.protocol.content.PiecesHashFile;
import org.docloudmock.protocol.content.SyntheticContent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContentRegistrarTest {

    private static final String GUID = "52fa8751-747d-479d-8f22-e32730cc0eb1";

    private static final int MAX_SIZE = 10 << 20;
    private static final Instant NOW = Instant.parse("2025-06-01T12:00:00.750Z");

    @TempDir
    Path temp;

    private PayloadDirectory payloads;
    private ContentCatalog catalog;
    private ContentRegistrar registrar;

    @BeforeEach
    void setUp() {
        payloads = PayloadDirectory.at(temp);
        catalog = new ContentCatalog(CatalogStore.IN_MEMORY, payloads, List.of(), List.of());
        registrar = new ContentRegistrar(catalog, payloads, MAX_SIZE, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void tearDown() {
        payloads.close();
    }

    @Test
    void syntheticContentIsHashedAsTheBytesItServes() throws IOException {
        CatalogEntry content = registrar.synthetic("s", 3_000_001, 42, 1 << 20, ContentSettings.DEFAULT).content();

        byte[] bytes = new SyntheticContent(3_000_001, 42).openStream().readAllBytes();
        assertThat(content.piecesHashFile()).isEqualTo(hashOf(bytes, 1 << 20));
        assertThat(content.source().payload().orElseThrow().open().readAllBytes()).isEqualTo(bytes);
        assertThat(content.lastModified()).isEqualTo(Instant.parse("2025-06-01T12:00:00Z"));
    }

    @Test
    void aSyntheticContentOfKnownSizeSeedAndPieceSizeIsNotHashedAgain() {
        CatalogEntry first = registrar.synthetic("first", 100_000, 1, 1 << 14, ContentSettings.DEFAULT).content();

        CatalogEntry second = registrar.synthetic("second", 100_000, 1, 1 << 14, ContentSettings.DEFAULT).content();

        assertThat(second.piecesHashFile()).isSameAs(first.piecesHashFile());
        assertThat(registrar.synthetic("third", 100_000, 1, 1 << 15, ContentSettings.DEFAULT).content().piecesHashFile())
                .isNotEqualTo(first.piecesHashFile());
    }

    @Test
    void withoutAnIdTheIdIsDerivedAsDoDerivesItAndASecondRegistrationFindsIt() {
        ContentRegistrar.Registration first = registrar.synthetic(null, 5000, 9, 1 << 20, settings("http://cdn/a.cab"));
        String hashOfHashes = first.content().piecesHashFile().hashOfHashes();

        ContentRegistrar.Registration again = registrar.metadataOnly(null, first.content().piecesHashFile(), ContentSettings.DEFAULT);

        assertThat(first.created()).isTrue();
        assertThat(first.content().id()).isEqualTo("DO-" + hashOfHashes.replace('/', '-'));
        assertThat(again.created()).isFalse();
        assertThat(again.content()).isEqualTo(first.content());
    }

    @Test
    void aPiecesHashFileIsRegisteredAsMetadataOnly() {
        PiecesHashFile file = hashOf(new byte[70_000], 1 << 15);

        CatalogEntry content = registrar.metadataOnly("m", file, ContentSettings.DEFAULT).content();

        assertThat(content.source().payload()).isEmpty();
        assertThat(content.piecesHashFile()).isEqualTo(file);
    }

    @ParameterizedTest
    @CsvSource({
            "-1, 1048576, Synthetic.Size",
            "10485761, 1048576, Synthetic.Size",
            "1000, 0, PieceSize",
            "1000, 3000, PieceSize",
            "10485760, 128, PieceSize",
    })
    void aSyntheticContentBreakingARuleIsRefusedNamingTheField(long size, int pieceSize, String field) {
        assertRefused(() -> registrar.synthetic("s", size, 1, pieceSize, ContentSettings.DEFAULT), field);
    }

    @Test
    void aPiecesHashFileThatDoesNotCheckOutIsRefusedNamingTheField() {
        PiecesHashFile good = hashOf(new byte[70_000], 1 << 15);
        PiecesHashFile wrongHashOfHashes = new PiecesHashFile(1, 0, hashOf(new byte[70_001], 1 << 15).hashOfHashes(),
                good.contentLength(), good.pieceSize(), good.pieces());
        PiecesHashFile wrongCount = new PiecesHashFile(1, 0, good.hashOfHashes(), 1 << 20, good.pieceSize(), good.pieces());
        List<String> shortHash = new ArrayList<>(good.pieces());
        shortHash.set(1, Base64.getEncoder().encodeToString(new byte[31]));
        PiecesHashFile notThirtyTwoBytes = new PiecesHashFile(1, 0, good.hashOfHashes(), good.contentLength(),
                good.pieceSize(), shortHash);
        PiecesHashFile zeroPieceSize = new PiecesHashFile(1, 0, good.hashOfHashes(), good.contentLength(), 0, good.pieces());
        List<byte[]> elevenPieces = Collections.nCopies(11, new byte[32]);
        PiecesHashFile overTheMaximum = PiecesHashFile.of(MAX_SIZE + 1L, 1 << 20, elevenPieces);

        assertRefused(() -> registrar.metadataOnly("m", wrongHashOfHashes, ContentSettings.DEFAULT), "PiecesHashFile.HashOfHashes");
        assertRefused(() -> registrar.metadataOnly("m", wrongCount, ContentSettings.DEFAULT), "PiecesHashFile.Pieces");
        assertRefused(() -> registrar.metadataOnly("m", notThirtyTwoBytes, ContentSettings.DEFAULT), "PiecesHashFile.Pieces[1]");
        assertRefused(() -> registrar.metadataOnly("m", zeroPieceSize, ContentSettings.DEFAULT), "PiecesHashFile.PieceSize");
        assertRefused(() -> registrar.metadataOnly("m", overTheMaximum, ContentSettings.DEFAULT), "PiecesHashFile.ContentLength");
    }

    @Test
    void contentIdsSpec2DoesNotAllowAreRefused() {
        assertRefused(() -> registrar.synthetic("x".repeat(257), 10, 1, 1 << 20, ContentSettings.DEFAULT), "contentId");
        assertRefused(() -> registrar.synthetic("tab\there", 10, 1, 1 << 20, ContentSettings.DEFAULT), "contentId");
        assertRefused(() -> registrar.upload("a/b", new ByteArrayInputStream(new byte[1]), 1, UploadOptions.NONE), "contentId");
    }

    @Test
    void anUploadReplacesTheBytesAndKeepsAltCatalogIdsPeeringAndPolicies() throws IOException {
        PolicyOverrides policies = new PolicyOverrides(5L, null, null, null, null);
        registrar.synthetic("u", 10, 1, 1 << 20, new ContentSettings(List.of("http://cdn/u.cab"), false, policies));
        byte[] bytes = "new bytes".getBytes();

        ContentRegistrar.Registration replaced = registrar.upload("u", new ByteArrayInputStream(bytes), bytes.length, UploadOptions.NONE);

        assertThat(replaced.created()).isFalse();
        assertThat(replaced.content().settings()).isEqualTo(new ContentSettings(List.of("http://cdn/u.cab"), false, policies));
        assertThat(replaced.content().source().payload().orElseThrow().open().readAllBytes()).isEqualTo(bytes);
        assertThat(replaced.content().piecesHashFile()).isEqualTo(hashOf(bytes, 1 << 20));
    }

    @Test
    void anUploadMaySetPieceSizePeeringAndAltCatalogIds() {
        CatalogEntry content = registrar.upload("u", new ByteArrayInputStream(new byte[40_000]), -1,
                new UploadOptions(1 << 14, false, List.of("http://cdn/u.cab"), new CdnFile(GUID, "u.cab"))).content();

        assertThat(content.pieceCount()).isEqualTo(3);
        assertThat(content.settings()).isEqualTo(new ContentSettings(List.of("http://cdn/u.cab"), false, PolicyOverrides.NONE,
                new CdnFile(GUID, "u.cab"), null));
    }

    @Test
    void anUploadOverTheMaximumIsRefusedBeforeAByteIsRead() {
        InputStream neverRead = new InputStream() {
            @Override
            public int read() {
                throw new AssertionError("read");
            }
        };

        assertThatThrownBy(() -> registrar.upload("u", neverRead, MAX_SIZE + 1L, UploadOptions.NONE))
                .isInstanceOf(ContentTooLargeException.class);
    }

    @Test
    void anUploadTheCatalogRefusesLeavesNoFile() {
        registrar.synthetic("other", 10, 1, 1 << 20, settings("http://cdn/taken.cab"));

        assertRefused(() -> registrar.upload("u", new ByteArrayInputStream(new byte[1000]), 1000,
                new UploadOptions(null, null, List.of("http://cdn/taken.cab"), null)), "AltCatalogIds[0]");
        assertThat(files(temp)).isEmpty();
    }

    @Test
    void aFileIdNamesOneContentOnlyAndGoesWithIt() {
        registrar.synthetic("a", 10, 1, 1 << 20, ContentSettings.DEFAULT.withCdnFile(new CdnFile(GUID, null)));

        assertRefused(() -> registrar.synthetic("b", 10, 2, 1 << 20,
                ContentSettings.DEFAULT.withCdnFile(new CdnFile(GUID.toUpperCase(), "b.cab"))), "FileId");
        assertThat(catalog.findByFileId(GUID.toUpperCase())).map(CatalogEntry::id).contains("a");

        registrar.synthetic("a", 10, 1, 1 << 20, ContentSettings.DEFAULT);
        assertThat(catalog.findByFileId(GUID)).isEmpty();
        registrar.synthetic("b", 10, 2, 1 << 20, ContentSettings.DEFAULT.withCdnFile(new CdnFile(GUID, "b.cab")));
        assertThat(catalog.findByFileId(GUID)).map(CatalogEntry::id).contains("b");
        catalog.remove("b");
        assertThat(catalog.findByFileId(GUID)).isEmpty();
    }

    private void assertRefused(Runnable registration, String field) {
        List<CatalogEntry> before = catalog.list();
        assertThatThrownBy(registration::run).isInstanceOf(InvalidFieldException.class).extracting("field").isEqualTo(field);
        assertThat(catalog.list()).isEqualTo(before);
    }

    private static PiecesHashFile hashOf(byte[] bytes, int pieceSize) {
        PieceHasher hasher = new PieceHasher(pieceSize);
        hasher.update(bytes, 0, bytes.length);
        return hasher.finish();
    }
}
