package org.docloudmock.contentpolicy.files;

import org.docloudmock.contentpolicy.ContentPolicyProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class FilesConfiguration {

    @Bean
    ContentUrls contentUrls(ContentPolicyProperties properties) {
        return new ContentUrls(properties.publicUrl());
    }
}
