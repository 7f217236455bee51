package org.docloudmock.protocol.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import org.docloudmock.protocol.InvalidFieldException;
import org.junit.jupiter.api.Test;

class SyntheticContentTest {

    @Test
    void bytesAreTheLittleEndianOutputsOfSplitMix64() {
        byte[] first = new byte[16];
        new SyntheticContent(16, 0).read(0, first, 0, 16);

        // SplitMix64 seeded with 0 starts e220a8397b1dcdaf, 6e789e6aa1b965f4 (the reference sequence)
        assertThat(HexFormat.of().formatHex(first)).isEqualTo("afcd1d7b39a820e2" + "f465b9a16a9e786e");
    }

    @Test
    void everyRangeEqualsTheSameSliceOfTheWhole() throws IOException {
        Random random = new Random(42);
        for (int round = 0; round < 500; round++) {
            int size = random.nextInt(5000);
            SyntheticContent content = new SyntheticContent(size, random.nextLong());
            byte[] whole = content.openStream().readAllBytes();
            int position = size == 0 ? 0 : random.nextInt(size);
            int length = random.nextInt(size - position + 1);
            byte[] range = new byte[length + 3];

            content.read(position, range, 3, length);

            assertThat(whole).hasSize(size);
            assertThat(Arrays.copyOfRange(range, 3, 3 + length)).isEqualTo(Arrays.copyOfRange(whole, position, position + length));
        }
    }

    @Test
    void skippingCostsNothingAndLandsOnTheSameBytes() throws IOException {
        SyntheticContent huge = new SyntheticContent(1L << 40, 7);
        byte[] expected = new byte[100];
        huge.read((1L << 40) - 100, expected, 0, 100);

        try (InputStream in = huge.openStream()) {
            assertThat(in.skip((1L << 40) - 100)).isEqualTo((1L << 40) - 100);
            assertThat(in.readAllBytes()).isEqualTo(expected);
            assertThat(in.skip(10)).isZero();
            assertThat(in.read()).isEqualTo(-1);
        }
    }

    @Test
    void transferToWritesEveryByteOnce() throws IOException {
        SyntheticContent content = new SyntheticContent(200_001, 3);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        long transferred = content.openStream().transferTo(out);

        assertThat(transferred).isEqualTo(200_001);
        assertThat(out.toByteArray()).isEqualTo(content.openStream().readAllBytes());
    }

    @Test
    void seedsGiveDifferentBytes() throws IOException {
        assertThat(new SyntheticContent(64, 1).openStream().readAllBytes())
                .isNotEqualTo(new SyntheticContent(64, 2).openStream().readAllBytes());
    }

    @Test
    void rejectsANegativeSizeAndReadsPastTheEnd() {
        assertThatThrownBy(() -> new SyntheticContent(-1, 0)).isInstanceOf(InvalidFieldException.class);
        assertThatThrownBy(() -> new SyntheticContent(10, 0).read(5, new byte[6], 0, 6))
                .isInstanceOf(IndexOutOfBoundsException.class);
    }
}
