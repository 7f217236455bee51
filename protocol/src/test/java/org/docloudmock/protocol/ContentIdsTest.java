package org.docloudmock.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContentIdsTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "a/b", "tab\there", "nul\u0000", "bidi\u202e"})
    void contentIdsOutsideTheRuleAreRejected(String id) {
        assertThatThrownBy(() -> ContentIds.requireValid(id, "contentId")).isInstanceOf(InvalidFieldException.class);
    }

    @Test
    void contentIdsUpTo256PrintableCharactersAreAccepted() {
        assertThat(ContentIds.requireValid("x".repeat(256), "contentId")).hasSize(256);
        assertThat(ContentIds.requireValid("DO-abc+def=", "contentId")).isEqualTo("DO-abc+def=");
        assertThatThrownBy(() -> ContentIds.requireValid("x".repeat(257), "contentId"))
                .hasMessageContaining("at most 256");
    }

    @Test
    void derivedIdReplacesSlashesAsDoDoes() {
        assertThat(ContentIds.fromHashOfHashes("gDl2nG/gYA9rjgJcOdHoUtEH3YuHTnl4+EG3Kx57A3k="))
                .isEqualTo("DO-gDl2nG-gYA9rjgJcOdHoUtEH3YuHTnl4+EG3Kx57A3k=");
    }

    @Test
    void swarmKeyIsTheContentIdWhenGivenElseTheAltCatalogId() {
        assertThat(ContentIds.swarmKey("c1", "http://x/f.cab")).isEqualTo("c1");
        assertThat(ContentIds.swarmKey(null, "http://x/f.cab")).isEqualTo("http://x/f.cab");
        assertThat(ContentIds.swarmKey("", "http://x/f.cab")).isEqualTo("http://x/f.cab");
        assertThatThrownBy(() -> ContentIds.swarmKey(null, " ")).extracting("field").isEqualTo("ContentId");
    }
}
