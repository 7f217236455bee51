package org.docloudmock.protocol.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.docloudmock.protocol.InvalidFieldException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PiecesHashFileTest {

    /** Content byte i is (7i + 3) mod 251; the expected values were computed with Python's hashlib and struct. */
    static PiecesHashFile hashOf(int length, int pieceSize) {
        byte[] data = new byte[length];
        for (int i = 0; i < length; i++) {
            data[i] = (byte) ((i * 7L + 3) % 251);
        }
        PieceHasher hasher = new PieceHasher(pieceSize);
        // odd chunk sizes so that chunks straddle piece boundaries
        for (int offset = 0; offset < length; offset += 77_777) {
            hasher.update(data, offset, Math.min(77_777, length - offset));
        }
        return hasher.finish();
    }

    @ParameterizedTest
    @CsvSource({
            "3145733, 1048576, 4, gDl2nG/gYA9rjgJcOdHoUtEH3YuHTnl4+EG3Kx57A3k=, GsQ39HbEiKy6QACveuie9T9/++7y6TeFCYX1zri1rm8=",
            "100000, 65536, 2, KxxLN2lLeBqb/NPf45eDOroUBD2WDoJ4hFOVp/al9ZA=, k9GllbtYKMCI6ZxT343KVRFWe3ckvCMlzz5U1yX6Bps=",
    })
    void hashOfHashesMatchesIndependentlyComputedVectors(int length, int pieceSize, int pieces, String hashOfHashes,
                                                       String firstPiece) {
        PiecesHashFile file = hashOf(length, pieceSize);

        assertThat(file.hashOfHashes()).isEqualTo(hashOfHashes);
        assertThat(file.pieces()).hasSize(pieces).first().isEqualTo(firstPiece);
        assertThat(file.contentLength()).isEqualTo(length);
        assertThat(file.verify()).hasSize(pieces);
    }

    @Test
    void emptyContentHasNoPiecesAndTheHashOfItsHeaderAlone() {
        PiecesHashFile file = hashOf(0, 1 << 20);

        assertThat(file.pieces()).isEmpty();
        assertThat(file.hashOfHashes()).isEqualTo("6UPKkvt/ctOKnSEXdKmYO8Fjukvt56j5y7rylSVNdfg=");
    }

    @Test
    void verifyRejectsAWrongHashOfHashes() {
        PiecesHashFile good = hashOf(100_000, 65536);
        PiecesHashFile tampered = new PiecesHashFile(1, 0, hashOf(100_001, 65536).hashOfHashes(),
                good.contentLength(), good.pieceSize(), good.pieces());

        assertThatThrownBy(tampered::verify).isInstanceOf(InvalidFieldException.class)
                .extracting("field").isEqualTo("HashOfHashes");
    }

    @Test
    void verifyRejectsAPieceCountThatDoesNotFitTheLength() {
        PiecesHashFile good = hashOf(100_000, 65536);
        List<String> onePieceShort = good.pieces().subList(0, 1);
        PiecesHashFile bad = new PiecesHashFile(1, 0, good.hashOfHashes(), good.contentLength(), good.pieceSize(),
                onePieceShort);

        assertThatThrownBy(bad::verify).extracting("field").isEqualTo("Pieces");
    }

    @Test
    void verifyRejectsAHashThatIsNotThirtyTwoBytes() {
        PiecesHashFile good = hashOf(100_000, 65536);
        List<String> pieces = new ArrayList<>(good.pieces());
        pieces.set(1, "AAAA");
        PiecesHashFile bad = new PiecesHashFile(1, 0, good.hashOfHashes(), good.contentLength(), good.pieceSize(), pieces);

        assertThatThrownBy(bad::verify).extracting("field").isEqualTo("Pieces[1]");
    }

    @ParameterizedTest
    @CsvSource({"0", "-1024", "1000", "3"})
    void pieceSizeMustBeAPowerOfTwo(int pieceSize) {
        assertThatThrownBy(() -> new PieceHasher(pieceSize)).extracting("field").isEqualTo("PieceSize");
    }

    @Test
    void negativeContentLengthIsRejected() {
        PiecesHashFile bad = new PiecesHashFile(1, 0, hashOf(0, 65536).hashOfHashes(), -1, 65536, List.of());

        assertThatThrownBy(bad::verify).extracting("field").isEqualTo("ContentLength");
    }
}
