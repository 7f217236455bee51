package org.docloudmock.support.limits;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/** Every request's body bounded in size and in time, read without holding a worker (docs/operating.md, "Limits"). */
@AutoConfiguration
@EnableConfigurationProperties(RequestLimits.class)
class LimitsAutoConfiguration {

    /** After the case-insensitive parameters: the request is dispatched again with that wrapper. */
    static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 110;

    @Bean
    FilterRegistrationBean<BodyReadingFilter> bodyReadingFilter(RequestLimits limits) {
        FilterRegistrationBean<BodyReadingFilter> registration = new FilterRegistrationBean<>(new BodyReadingFilter(limits));
        registration.setOrder(ORDER);
        registration.setAsyncSupported(true);
        return registration;
    }

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> unreadBodyValve() {
        return factory -> factory.addEngineValves(new UnreadBodyValve());
    }
}
