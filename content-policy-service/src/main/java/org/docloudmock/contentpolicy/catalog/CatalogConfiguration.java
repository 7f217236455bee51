package org.docloudmock.contentpolicy.catalog;

import java.time.Clock;
import org.docloudmock.contentpolicy.ContentPolicyProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CatalogConfiguration {

    @Bean
    ContentCatalog contentCatalog() {
        return new ContentCatalog();
    }

    @Bean
    ContentRegistrar contentRegistrar(ContentCatalog catalog, ContentPolicyProperties properties) {
        return new ContentRegistrar(catalog, properties.maxContentSize().toBytes(), Clock.systemUTC());
    }
}
