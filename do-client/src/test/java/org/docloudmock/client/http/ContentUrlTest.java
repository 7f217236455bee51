package org.docloudmock.client.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class ContentUrlTest {

    @Test
    void aCacheHostIsAskedForTheCdnPathWithTheOriginalHostAsItIs() {
        ContentUrl url = ContentUrl.viaCacheHost(URI.create("http://cdn.example:8080/files/a%20b.bin?v=1"), "10.0.0.5:18080");

        assertThat(url.cacheServer()).isTrue();
        assertThat(url.url()).hasToString("http://10.0.0.5:18080/files/a%20b.bin?v=1&cacheHostOrigin=cdn.example:8080");
    }

    @Test
    void anOriginValueIsEncodedAsRfc3986HasItNotAsAForm() {
        assertThat(ContentUrl.queryValue("user name&x=1@host~1:80")).isEqualTo("user%20name%26x%3D1%40host~1:80");
        assertThat(ContentUrl.queryValue("bücher.example")).isEqualTo("b%C3%BCcher.example");
    }
}
