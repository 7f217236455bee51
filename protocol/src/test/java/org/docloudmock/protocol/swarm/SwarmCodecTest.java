package org.docloudmock.protocol.swarm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.util.BitSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SwarmCodecTest {

    private static final HexFormat HEX = HexFormat.of();

    /** Every message of SPEC 8 with its exact bytes: u32be length counting the id, the id, the payload. */
    static Stream<Arguments> everyMessage() {
        return Stream.of(
                Arguments.of(new SwarmMessage.KeepAlive(), "00000000"),
                Arguments.of(new SwarmMessage.Choke(), "0000000100"),
                Arguments.of(new SwarmMessage.Unchoke(), "0000000101"),
                Arguments.of(new SwarmMessage.Interested(), "0000000102"),
                Arguments.of(new SwarmMessage.NotInterested(), "0000000103"),
                Arguments.of(new SwarmMessage.Have(0x01020304), "000000050401020304"),
                Arguments.of(new SwarmMessage.BitField(new byte[] {(byte) 0xA0, 0x01}), "0000000305a001"),
                Arguments.of(new SwarmMessage.Request(7, 16384, 16384), "0000000d06000000070000400000004000"),
                Arguments.of(new SwarmMessage.Piece(2, 32768, new byte[] {(byte) 0xDE, (byte) 0xAD}),
                        "0000000b07000000020000800" + "0dead"),
                Arguments.of(new SwarmMessage.Cancel(7, 16384, 16384), "0000000d08000000070000400000004000"));
    }

    @ParameterizedTest
    @MethodSource("everyMessage")
    void encodesEveryMessageByteForByte(SwarmMessage message, String hex) {
        assertThat(HEX.formatHex(bytesOf(SwarmCodec.encode(message)))).isEqualTo(hex);
    }

    @ParameterizedTest
    @MethodSource("everyMessage")
    void decodesEveryMessageFromItsBytesAndConsumesExactlyTheFrame(SwarmMessage message, String hex) throws Exception {
        ByteBuffer in = ByteBuffer.wrap(HEX.parseHex(hex + "ff"));

        assertThat(SwarmCodec.decode(in)).isEqualTo(message);
        assertThat(in.remaining()).isEqualTo(1);
    }

    @ParameterizedTest
    @MethodSource("everyMessage")
    void waitsForTheWholeFrameWithoutConsumingAnything(SwarmMessage message, String hex) throws Exception {
        byte[] frame = HEX.parseHex(hex);
        for (int cut = 0; cut < frame.length; cut++) {
            ByteBuffer partial = ByteBuffer.wrap(frame, 0, cut);

            assertThat(SwarmCodec.decode(partial)).as("first %d bytes", cut).isNull();
            assertThat(partial.position()).isZero();
        }
    }

    @Test
    void aPieceHeaderIsTheStartOfThePieceMessage() {
        byte[] data = {1, 2, 3};
        String whole = HEX.formatHex(bytesOf(SwarmCodec.encode(new SwarmMessage.Piece(5, 16384, data))));

        assertThat(whole).isEqualTo(HEX.formatHex(bytesOf(SwarmCodec.pieceHeader(5, 16384, 3))) + "010203");
    }

    @Test
    void bitFieldPutsPieceZeroInTheHighBitOfTheFirstByte() throws Exception {
        BitSet pieces = new BitSet();
        pieces.set(0);
        pieces.set(2);
        pieces.set(15);

        SwarmMessage.BitField field = SwarmMessage.BitField.of(pieces, 16);

        assertThat(HEX.formatHex(field.bits())).isEqualTo("a001");
        assertThat(field.pieces(16)).isEqualTo(pieces);
    }

    @Test
    void bitFieldOfTheWrongLengthOrWithSpareBitsIsAProtocolError() {
        assertThatThrownBy(() -> new SwarmMessage.BitField(new byte[2]).pieces(20))
                .isInstanceOf(SwarmProtocolException.class).hasMessageContaining("2 bytes for 20 pieces");
        assertThatThrownBy(() -> new SwarmMessage.BitField(new byte[] {(byte) 0xFF}).pieces(5))
                .isInstanceOf(SwarmProtocolException.class).hasMessageContaining("spare bit 5");
    }

    @Test
    void refusesAnOversizedLengthAsSoonAsTheLengthArrives() {
        ByteBuffer in = ByteBuffer.allocate(4).putInt(SwarmCodec.MAX_MESSAGE_LENGTH + 1).flip();

        assertThatThrownBy(() -> SwarmCodec.decode(in)).isInstanceOf(SwarmProtocolException.class)
                .hasMessageContaining("over the limit");
    }

    @Test
    void refusesALengthThatOnlyLooksSmallAsASignedInteger() {
        ByteBuffer in = ByteBuffer.wrap(HEX.parseHex("ffffffff07"));

        assertThatThrownBy(() -> SwarmCodec.decode(in)).isInstanceOf(SwarmProtocolException.class)
                .hasMessageContaining("4294967295");
    }

    @Test
    void acceptsALargestBlock() throws Exception {
        SwarmMessage.Piece piece = new SwarmMessage.Piece(1, 0, new byte[SwarmCodec.MAX_BLOCK_LENGTH]);

        assertThat(SwarmCodec.decode(SwarmCodec.encode(piece))).isEqualTo(piece);
    }

    @Test
    void refusesAPayloadOfTheWrongLengthForItsId() {
        assertThatThrownBy(() -> SwarmCodec.decode(ByteBuffer.wrap(HEX.parseHex("0000000404000000"))))
                .isInstanceOf(SwarmProtocolException.class).hasMessageContaining("Have payload of 3 bytes");
        assertThatThrownBy(() -> SwarmCodec.decode(ByteBuffer.wrap(HEX.parseHex("000000020100"))))
                .isInstanceOf(SwarmProtocolException.class).hasMessageContaining("Unchoke payload of 1 bytes");
        assertThatThrownBy(() -> SwarmCodec.decode(ByteBuffer.wrap(HEX.parseHex("000000080700000001000000"))))
                .isInstanceOf(SwarmProtocolException.class).hasMessageContaining("at least 8");
    }

    @Test
    void heapSprayingAndUnknownIdsAreReadAsFarAsTheirIdForTheCallerToSkip() throws Exception {
        ByteBuffer in = ByteBuffer.wrap(HEX.parseHex("0000000514aabbccdd" + "0000000109" + "0000000102"));

        assertThat(SwarmCodec.decode(in)).isEqualTo(new SwarmMessage.Discarded(SwarmMessage.HEAP_SPRAYING, 4));
        assertThat(in.position()).as("only the length and the id are consumed").isEqualTo(5);
        in.position(in.position() + 4);
        assertThat(SwarmCodec.decode(in)).isEqualTo(new SwarmMessage.Discarded(9, 0));
        assertThat(SwarmCodec.decode(in)).isEqualTo(new SwarmMessage.Interested());
        assertThat(in.hasRemaining()).isFalse();
    }

    @Test
    void aDiscardedMessageIsKnownFromItsFirstFiveBytesWhateverItsLength() throws Exception {
        ByteBuffer in = ByteBuffer.allocate(5).putInt(SwarmCodec.MAX_MESSAGE_LENGTH).put((byte) 200).flip();

        assertThat(SwarmCodec.decode(in)).isEqualTo(new SwarmMessage.Discarded(200, SwarmCodec.MAX_MESSAGE_LENGTH - 1));
        assertThat(SwarmCodec.decode(ByteBuffer.wrap(HEX.parseHex("00000009")))).as("id not yet here").isNull();
    }

    @Test
    void encodingADiscardedMessageWritesItsLengthOfZeros() throws Exception {
        ByteBuffer frame = SwarmCodec.encode(new SwarmMessage.Discarded(SwarmMessage.HEAP_SPRAYING, 3));

        assertThat(HEX.formatHex(bytesOf(frame))).isEqualTo("0000000414000000");
    }

    @Test
    void theLengthLimitIsDoSvcs() {
        assertThat(SwarmCodec.MAX_MESSAGE_LENGTH).isEqualTo(0x1F4000);
    }

    @Test
    void randomRequestsAndPiecesSurviveARoundTrip() throws Exception {
        Random random = new Random(42);
        for (int i = 0; i < 500; i++) {
            byte[] data = new byte[random.nextInt(4097)];
            random.nextBytes(data);
            List<SwarmMessage> messages = List.of(
                    new SwarmMessage.Request(random.nextInt(), random.nextInt(), random.nextInt()),
                    new SwarmMessage.Cancel(random.nextInt(), random.nextInt(), random.nextInt()),
                    new SwarmMessage.Have(random.nextInt()),
                    new SwarmMessage.Piece(random.nextInt(), random.nextInt(), data));
            for (SwarmMessage message : messages) {
                assertThat(SwarmCodec.decode(SwarmCodec.encode(message))).isEqualTo(message);
            }
        }
    }

    static byte[] bytesOf(ByteBuffer buffer) {
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        return bytes;
    }
}
