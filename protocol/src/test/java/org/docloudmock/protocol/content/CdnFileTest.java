package org.docloudmock.protocol.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.docloudmock.protocol.InvalidFieldException;
import org.junit.jupiter.api.Test;

class CdnFileTest {

    @Test
    void aGuidIsKeptInLowerCaseAndTheNameFollowsItInThePath() {
        CdnFile file = new CdnFile("7BC846E0-AF9C-49BE-A03D-BB04428C9BB5", "Microsoft.png");

        assertThat(file.fileId()).isEqualTo("7bc846e0-af9c-49be-a03d-bb04428c9bb5");
        assertThat(file.path()).isEqualTo("7bc846e0-af9c-49be-a03d-bb04428c9bb5/Microsoft.png");
        assertThat(new CdnFile("52fa8751-747d-479d-8f22-e32730cc0eb1", null).path())
                .isEqualTo("52fa8751-747d-479d-8f22-e32730cc0eb1");
    }

    @Test
    void aFileIdThatIsNoGuidIsRefusedNamingFileId() {
        for (String fileId : new String[] {"", "ZGVtbw", "52fa8751747d479d8f22e32730cc0eb1",
                "{52fa8751-747d-479d-8f22-e32730cc0eb1}", "52fa8751-747d-479d-8f22-e32730cc0eb1/x", "52fa875g-747d-479d-8f22-e32730cc0eb1"}) {
            assertThatThrownBy(() -> new CdnFile(fileId, null))
                    .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("FileId"));
        }
    }

    @Test
    void aNameThatIsNoSinglePathSegmentIsRefusedNamingFileName() {
        for (String name : new String[] {"", ".", "..", "a/b", "../x", "a\\b", "a b", "a?b", "a%2Fb", "pieceshash",
                "x".repeat(256), "caf\u00e9"}) {
            assertThatThrownBy(() -> new CdnFile("52fa8751-747d-479d-8f22-e32730cc0eb1", name))
                    .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("FileName"));
        }
    }

    @Test
    void aNameWithoutAnIdIsRefusedAndNeitherIsNoFile() {
        assertThat(CdnFile.ofNullable(null, null)).isNull();
        assertThatThrownBy(() -> CdnFile.ofNullable(null, "a.cab"))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("FileId"));
    }
}
