package org.docloudmock.support.service;

import java.util.List;
import org.docloudmock.support.address.CidrBlock;
import org.docloudmock.support.address.ClientAddressResolver;
import org.docloudmock.support.address.TrustedProxiesProperties;
import org.docloudmock.support.problem.ProblemResponses;
import org.docloudmock.support.query.CaseInsensitiveQueryFilter;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** What every DO Cloud Mock service has, the same way: client address, problem responses, query parameters. */
@AutoConfiguration
@EnableConfigurationProperties(TrustedProxiesProperties.class)
public class ServiceSupportAutoConfiguration {

    @Bean
    ClientAddressResolver clientAddressResolver(TrustedProxiesProperties properties) {
        List<CidrBlock> trusted = properties.trustedProxies().stream().map(CidrBlock::parse).toList();
        return new ClientAddressResolver(trusted);
    }

    @Bean
    WebMvcConfigurer clientAddressArgument(ClientAddressResolver resolver) {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(resolver);
            }
        };
    }

    @Bean
    ProblemResponses problemResponses() {
        return new ProblemResponses();
    }

    @Bean
    FilterRegistrationBean<CaseInsensitiveQueryFilter> caseInsensitiveQueryFilter() {
        FilterRegistrationBean<CaseInsensitiveQueryFilter> registration =
                new FilterRegistrationBean<>(new CaseInsensitiveQueryFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 100);
        return registration;
    }
}
