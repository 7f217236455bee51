package org.docloudmock.support.tls;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Optional HTTPS, as the real DO cloud serves. Each service's port serves HTTPS, with the key store
 * given or, without one, a self-signed certificate generated once and kept in {@code certificateDir}.
 *
 * @param keyStore        a PKCS12 or JKS file ({@code classpath:} too); none: the self-signed certificate
 * @param certificateDir  where the self-signed certificate is kept: {@code <docloud.data-dir>/tls}, else
 *                        {@code <java.io.tmpdir>/docloud-mock-tls}
 * @param hostNames       names and IPs the self-signed certificate is for, beside localhost, 127.0.0.1, ::1
 *                        and {@code docloud.advertised-host}
 * @param httpPortOffset  when set, plain HTTP is also served, on each service's port plus this offset
 */
@Validated
@ConfigurationProperties("docloud.tls")
record TlsProperties(
        boolean enabled,
        String keyStore,
        String keyStorePassword,
        @DefaultValue("PKCS12") @NotBlank String keyStoreType,
        String keyAlias,
        Path certificateDir,
        @DefaultValue List<String> hostNames,
        @Min(1) @Max(65535) Integer httpPortOffset) {
}
