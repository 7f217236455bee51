package org.docloudmock.contentpolicy.files;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FileIdsTest {

    @ParameterizedTest
    @ValueSource(strings = {"a", "DO-pnfBh6zEGx3sxf6WBId825S6VQpwJTWIaAWU-cBsHD0=", "100%+sure=?&#", "ünïcødé ☃", "..", "a\\b"})
    void aFileIdIsUrlSafeAndGivesItsContentIdBack(String contentId) {
        String fileId = FileIds.of(contentId);

        assertThat(fileId).matches("[A-Za-z0-9_-]+");
        assertThat(FileIds.contentIdOf(fileId)).contains(contentId);
    }

    @ParameterizedTest
    @ValueSource(strings = {"not base64!", "a+b/c", "abcde"})
    void aFileIdThatIsNotBase64UrlNamesNoContent(String fileId) {
        assertThat(FileIds.contentIdOf(fileId)).isEmpty();
    }
}
