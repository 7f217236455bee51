package org.docloudmock.support.tls;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.docloudmock.support.testapp.LockedDownTestService;
import org.docloudmock.support.testapp.ServerPorts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

@LockedDownTestService
class HttpsTest {

    @LocalServerPort
    int httpsPort;

    @Autowired
    WebServerApplicationContext context;

    @Test
    void servesHttpsWithTheGeneratedCertificate() {
        given().relaxedHTTPSValidation().baseUri("https://localhost").port(httpsPort).get("/geo")
                .then().statusCode(200);
    }

    @Test
    void aClientThatTrustsTheCertificateFileConnectsToLocalhost() throws Exception {
        Path certificate = Path.of(LockedDownTestService.CERTIFICATE_DIR, SelfSignedCertificate.CERTIFICATE_FILE);
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        try (InputStream pem = Files.newInputStream(certificate)) {
            trusted.setCertificateEntry("docloud-mock", CertificateFactory.getInstance("X.509").generateCertificate(pem));
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, trust.getTrustManagers(), null);

        HttpClient client = HttpClient.newBuilder().sslContext(tls).build();
        HttpResponse<String> response = client.send(
                HttpRequest.newBuilder(URI.create("https://localhost:" + httpsPort + "/geo")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void plainHttpIsServedBesideWhenAskedFor() {
        int httpPort = ServerPorts.plainHttp(context);

        assertThat(httpPort).isNotEqualTo(httpsPort);
        given().port(httpPort).get("/geo").then().statusCode(200);
    }
}
