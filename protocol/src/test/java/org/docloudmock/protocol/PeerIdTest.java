package org.docloudmock.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class PeerIdTest {

    @Test
    void peerIdIsFortyHexDigitsNormalisedToLowerCase() {
        PeerId id = new PeerId("0123456789ABCDEF0123456789abcdef01234567");

        assertThat(id.hex()).isEqualTo("0123456789abcdef0123456789abcdef01234567");
        assertThat(PeerId.of(id.bytes())).isEqualTo(id);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "0123", "0123456789abcdef0123456789abcdef0123456g",
            "0123456789abcdef0123456789abcdef012345678"})
    void anythingButFortyHexDigitsIsRejected(String hex) {
        assertThatThrownBy(() -> new PeerId(hex)).isInstanceOf(InvalidFieldException.class)
                .extracting("field").isEqualTo("PeerId");
    }

    @Test
    void downloadModesAreDoCodesAndOnlyLanGroupInternetPeer() {
        assertThat(DownloadMode.of(99, "Scope")).isEqualTo(DownloadMode.SIMPLE);
        assertThat(DownloadMode.of(1, "Scope").peers()).isTrue();
        assertThat(DownloadMode.of(100, "Scope").peers()).isFalse();
        assertThat(DownloadMode.of(0, "Scope").peers()).isFalse();
        assertThatThrownBy(() -> DownloadMode.of(4, "Scope")).extracting("field").isEqualTo("Scope");
    }
}
