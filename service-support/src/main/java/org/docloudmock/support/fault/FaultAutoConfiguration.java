package org.docloudmock.support.fault;

import io.micrometer.core.instrument.MeterRegistry;
import org.docloudmock.support.docs.SchemaDocs;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import tools.jackson.databind.json.JsonMapper;

/** Fault rules of SPEC 9: {@code GET}, {@code PUT} and {@code DELETE /admin/faults}, applied by a filter. */
@AutoConfiguration
class FaultAutoConfiguration {

    /** Inside the request journal's filter, so that the journal records the faulted answer. */
    static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 20;

    @Bean
    FaultRules faultRules() {
        return new FaultRules();
    }

    @Bean
    FilterRegistrationBean<FaultFilter> faultFilter(FaultRules rules, MeterRegistry meters) {
        FilterRegistrationBean<FaultFilter> registration = new FilterRegistrationBean<>(new FaultFilter(rules, meters));
        registration.setOrder(ORDER);
        return registration;
    }

    @Bean
    FaultController faultController(FaultRules rules, JsonMapper json) {
        return new FaultController(rules, json);
    }

    @Bean
    SchemaDocs faultRuleSchema() {
        return FaultApi.faultRuleSchema();
    }

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> connectionDropValve() {
        return factory -> factory.addContextValves(new ConnectionDropValve());
    }
}
