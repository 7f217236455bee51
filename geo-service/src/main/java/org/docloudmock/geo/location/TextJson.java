package org.docloudmock.geo.location;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;

/** Geo answers {@code text/json}, which Spring's JSON converter does not write unless told to. */
@Configuration(proxyBeanMethods = false)
class TextJson {

    // real: DO's troubleshooter rejects anything else, and reads text/html as a captive portal
    static final String TEXT_JSON_VALUE = "text/json";
    static final MediaType TEXT_JSON = MediaType.parseMediaType(TEXT_JSON_VALUE);

    @Bean
    ServerHttpMessageConvertersCustomizer textJsonConverter() {
        return builder -> builder.configureMessageConverters(converter -> {
            if (converter instanceof JacksonJsonHttpMessageConverter json) {
                List<MediaType> supported = new ArrayList<>(json.getSupportedMediaTypes());
                supported.add(TEXT_JSON);
                json.setSupportedMediaTypes(supported);
            }
        });
    }
}
