package org.docloudmock.contentpolicy.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.docloudmock.protocol.content.PieceHasher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeedFolderTest {

    @TempDir
    Path seeds;

    @Test
    void everyRegularFileIsAContentNamedByItsFileNameAndHashedInPiecesOf1MiB() throws IOException {
        byte[] bytes = new byte[(3 << 20) + 17];
        new Random(3).nextBytes(bytes);
        Files.write(seeds.resolve("KB5031356+x=.cab"), bytes);
        Files.write(seeds.resolve(".hidden"), bytes);
        Files.write(seeds.resolve("bad\u0001name"), bytes);
        Files.write(seeds.resolve("too-large"), new byte[(4 << 20) + 1]);
        Files.createDirectory(seeds.resolve("subfolder"));
        PieceHasher hasher = new PieceHasher(1 << 20);
        hasher.update(bytes, 0, bytes.length);

        var contents = new SeedFolder(seeds, 4 << 20).load();

        assertThat(contents).singleElement().satisfies(content -> {
            assertThat(content.id()).isEqualTo("KB5031356+x=.cab");
            assertThat(content.piecesHashFile()).isEqualTo(hasher.finish());
            assertThat(content.source()).isEqualTo(new ContentSource.SeedFile(seeds.resolve("KB5031356+x=.cab").toAbsolutePath()));
            assertThat(content.source().payload().orElseThrow().open().readAllBytes()).isEqualTo(bytes);
        });
    }
}
