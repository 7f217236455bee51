package org.docloudmock.support.admin;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code docloud.admin.token}: when set, every {@code /admin} call needs {@code Authorization: Bearer <token>}. */
@ConfigurationProperties("docloud.admin")
record AdminProperties(String token) {

    boolean open() {
        return token == null || token.isBlank();
    }
}
