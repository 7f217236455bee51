package org.docloudmock.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextFieldsTest {

    @ParameterizedTest
    @ValueSource(strings = {"a", "demo-content", "http://dl.example/f.cab?x=1&y=%20", "Ünïcode ✓", "emoji \uD83D\uDE00"})
    void printableTextPasses(String value) {
        assertThat(TextFields.requireValid(value, "GroupId", 256)).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tab\there", "nul\u0000", "del\u007f", "c1\u0085", "bidi\u202e", "zero-width\u200b",
            "lone high \uD800", "lone low \uDC00 x", "reversed \uDC00\uD800"})
    void controlFormatAndLoneSurrogatesAreRefusedNamingTheField(String value) {
        assertThatThrownBy(() -> TextFields.requireValid(value, "GroupId", 256))
                .isInstanceOf(InvalidFieldException.class).extracting("field").isEqualTo("GroupId");
    }

    @Test
    void lengthIsBoundedAndEmptyRefusedUnlessOptional() {
        assertThat(TextFields.requireValid("x".repeat(256), "ContentId", 256)).hasSize(256);
        assertThatThrownBy(() -> TextFields.requireValid("x".repeat(257), "ContentId", 256))
                .hasMessage("ContentId: must be at most 256 characters");
        assertThatThrownBy(() -> TextFields.requireValid("", "ContentId", 256)).hasMessage("ContentId: must not be empty");
        assertThatThrownBy(() -> TextFields.requireValid(null, "ContentId", 256)).hasMessage("ContentId: must not be empty");
        assertThat(TextFields.requireValidIfPresent(null, "GroupId", 256)).isNull();
        assertThat(TextFields.requireValidIfPresent("", "GroupId", 256)).isEmpty();
    }

    /** Against a reference written with code points: the one-pass check agrees on random text. */
    @Test
    void agreesWithTheReferenceRuleOnRandomText() {
        long seed = Long.getLong("docloud.fuzz.seed", System.nanoTime());
        Random random = new Random(seed);
        char[] alphabet = {'a', 'Z', '0', '/', ' ', '%', '\t', '\u0000', '\u007f', '\u00e9', '\u200b', '\uD800', '\uDBFF',
                '\uDC00', '\uDFFF', '\uFFFF', '\u4e2d'};
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(8); n >= 0; n--) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String value = text.toString();
            boolean accepted;
            try {
                TextFields.requireValid(value, "f", 256);
                accepted = true;
            } catch (InvalidFieldException e) {
                accepted = false;
            }
            assertThat(accepted).as("seed %d (-Ddocloud.fuzz.seed=%d): %s", seed, seed, value.chars().mapToObj(Integer::toHexString).toList())
                    .isEqualTo(reference(value));
        }
    }

    private static boolean reference(String value) {
        return value.codePoints().allMatch(cp -> !Character.isISOControl(cp) && Character.getType(cp) != Character.FORMAT
                && Character.getType(cp) != Character.SURROGATE);
    }
}
