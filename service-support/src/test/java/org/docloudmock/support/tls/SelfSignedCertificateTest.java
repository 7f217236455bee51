package org.docloudmock.support.tls;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SelfSignedCertificateTest {

    @TempDir
    Path directory;

    @Test
    void isMadeOnceForItsHostNamesAndReused() throws Exception {
        SelfSignedCertificate made = SelfSignedCertificate.forHosts(directory, List.of("localhost", "127.0.0.1", "::1", "DO.Lab"));

        assertThat(made.generated()).isTrue();
        assertThat(made.hostNames()).containsExactlyInAnyOrder("localhost", "127.0.0.1", "0:0:0:0:0:0:0:1", "do.lab");
        assertThat(Files.readString(made.certificate())).startsWith("-----BEGIN CERTIFICATE-----");
        assertThat(made.sha256Fingerprint()).matches("([0-9A-F]{2}:){31}[0-9A-F]{2}");

        SelfSignedCertificate again = SelfSignedCertificate.forHosts(directory, List.of("localhost", "::1"));

        assertThat(again.generated()).isFalse();
        assertThat(again.sha256Fingerprint()).isEqualTo(made.sha256Fingerprint());
    }

    @Test
    void isMadeAnewWhenAHostIsMissingFromIt() {
        SelfSignedCertificate first = SelfSignedCertificate.forHosts(directory, List.of("localhost"));

        SelfSignedCertificate second = SelfSignedCertificate.forHosts(directory, List.of("localhost", "203.0.113.9"));

        assertThat(second.generated()).isTrue();
        assertThat(second.sha256Fingerprint()).isNotEqualTo(first.sha256Fingerprint());
        assertThat(second.hostNames()).contains("203.0.113.9");
    }
}
