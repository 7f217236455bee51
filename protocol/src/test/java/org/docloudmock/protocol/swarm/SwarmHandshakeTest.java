package org.docloudmock.protocol.swarm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.util.HexFormat;
import org.docloudmock.protocol.PeerId;
import org.junit.jupiter.api.Test;

class SwarmHandshakeTest {

    private static final HexFormat HEX = HexFormat.of();
    private static final String HASH = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";
    private static final String PEER = "0123456789abcdef0123456789abcdef01234567";
    /** 14, "Swarm protocol", 00 00 00 01 00 00 00 00, the swarm hash, the 16-byte peer id and its 4-byte suffix. */
    private static final String WIRE = "0e" + "537761726d2070726f746f636f6c" + "0000000100000000" + HASH + PEER;

    private final SwarmHandshake handshake = new SwarmHandshake(HEX.parseHex(HASH), new PeerId(PEER));

    @Test
    void encodesByteForByte() {
        assertThat(HEX.formatHex(SwarmCodecTest.bytesOf(handshake.encode()))).isEqualTo(WIRE);
        assertThat(SwarmHandshake.LENGTH).isEqualTo(75);
    }

    @Test
    void decodesAndLeavesWhatFollowsForTheMessages() throws Exception {
        ByteBuffer in = ByteBuffer.wrap(HEX.parseHex(WIRE + "00000000"));

        assertThat(SwarmHandshake.decode(in)).isEqualTo(handshake);
        assertThat(in.remaining()).isEqualTo(4);
        assertThat(handshake.isFor(HEX.parseHex(HASH))).isTrue();
    }

    @Test
    void waitsForTheWholeHandshake() throws Exception {
        ByteBuffer partial = ByteBuffer.wrap(HEX.parseHex(WIRE), 0, SwarmHandshake.LENGTH - 1);

        assertThat(SwarmHandshake.decode(partial)).isNull();
        assertThat(partial.position()).isZero();
    }

    @Test
    void refusesAWrongNameLengthFromTheFirstByte() {
        ByteBuffer bitTorrent = ByteBuffer.wrap(HEX.parseHex("13"));

        assertThatThrownBy(() -> SwarmHandshake.decode(bitTorrent)).isInstanceOf(SwarmProtocolException.class)
                .hasMessageContaining("name length 19");
    }

    @Test
    void refusesAWrongProtocolNameBeforeTheRestArrives() {
        ByteBuffer in = ByteBuffer.wrap(HEX.parseHex("0e" + "537761726d2070726f746f636f4c"));

        assertThatThrownBy(() -> SwarmHandshake.decode(in)).isInstanceOf(SwarmProtocolException.class)
                .hasMessageContaining("Swarm protocol");
    }
}
