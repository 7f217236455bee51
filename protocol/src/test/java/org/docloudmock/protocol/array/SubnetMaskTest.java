package org.docloudmock.protocol.array;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.docloudmock.protocol.InvalidFieldException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SubnetMaskTest {

    @ParameterizedTest
    @CsvSource({"255.255.255.0, 24", "255.255.255.255, 32", "0.0.0.0, 0", "255.255.128.0, 17", "255.0.0.0, 8"})
    void aMaskIsReadAsItsPrefixLength(String mask, int prefix) {
        assertThat(SubnetMask.prefixLength(mask, "SubnetMask")).isEqualTo(prefix);
    }

    @ParameterizedTest
    @ValueSource(strings = {"255.0.255.0", "0.255.255.255", "255.255.255.1", "255.255.255", "ffff::", "24", "", "x.y.z.w"})
    void anythingElseIsRefusedNamingTheField(String mask) {
        assertThatThrownBy(() -> SubnetMask.prefixLength(mask, "SubnetMask")).isInstanceOf(InvalidFieldException.class)
                .hasMessageContaining("SubnetMask");
    }
}
