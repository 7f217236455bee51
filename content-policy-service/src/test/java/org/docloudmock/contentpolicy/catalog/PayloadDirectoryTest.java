package org.docloudmock.contentpolicy.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.docloudmock.contentpolicy.catalog.DirectoryCatalogStoreTest.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.Set;
import org.docloudmock.protocol.content.PieceHasher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PayloadDirectoryTest {

    @TempDir
    Path temp;

    @Test
    void anUploadIsStoredWholeAndHashedAsItsBytes() throws IOException {
        byte[] bytes = new byte[300_001];
        new Random(1).nextBytes(bytes);
        PieceHasher hasher = new PieceHasher(65536);
        hasher.update(bytes, 0, bytes.length);

        PayloadDirectory.Received received = PayloadDirectory.at(temp).receive(new ByteArrayInputStream(bytes), bytes.length, 65536);

        assertThat(Files.readAllBytes(received.file())).isEqualTo(bytes);
        assertThat(received.piecesHashFile()).isEqualTo(hasher.finish());
        assertThat(files(temp)).containsExactly(received.file().getFileName().toString());
    }

    @Test
    void anUploadThatBreaksOffLeavesNoFile() {
        InputStream breaksOff = new InputStream() {
            private int sent;

            @Override
            public int read() {
                throw new UnsupportedOperationException();
            }

            @Override
            public int read(byte[] target, int offset, int length) throws IOException {
                if (sent == 200_000) {
                    throw new IOException("Connection reset by peer");
                }
                int count = Math.min(length, 200_000 - sent);
                sent += count;
                return count;
            }
        };

        assertThatThrownBy(() -> PayloadDirectory.at(temp).receive(breaksOff, 1 << 20, 65536))
                .isInstanceOf(IncompleteUploadException.class).hasMessageContaining("after 200000 bytes");
        assertThat(files(temp)).isEmpty();
    }

    @Test
    void anUploadOverTheMaximumLeavesNoFile() {
        assertThatThrownBy(() -> PayloadDirectory.at(temp).receive(new ByteArrayInputStream(new byte[100_001]), 100_000, 65536))
                .isInstanceOf(ContentTooLargeException.class);
        assertThat(files(temp)).isEmpty();
    }

    @Test
    void uploadsACrashCutShortAndPayloadsNoContentRefersToAreDeleted() throws IOException {
        Files.write(temp.resolve("cut-short.upload"), new byte[10]);
        PayloadDirectory payloads = PayloadDirectory.at(temp);
        Path kept = payloads.receive(new ByteArrayInputStream(new byte[10]), 100, 1024).file();
        Path orphan = payloads.receive(new ByteArrayInputStream(new byte[10]), 100, 1024).file();

        payloads.retainOnly(Set.of(kept));

        assertThat(files(temp)).containsExactly(kept.getFileName().toString());
        assertThat(orphan).doesNotExist();
    }

    @Test
    void aTemporaryDirectoryGoesAwayOnClose() {
        PayloadDirectory payloads = PayloadDirectory.temporary();
        payloads.receive(new ByteArrayInputStream(new byte[10]), 100, 1024);

        payloads.close();

        assertThat(payloads.directory()).doesNotExist();
    }
}
