package org.docloudmock.support.service;

import java.util.ArrayList;
import java.util.List;
import org.docloudmock.support.address.CidrBlock;
import org.docloudmock.support.address.ClientAddressResolver;
import org.docloudmock.support.address.TrustedProxiesProperties;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.Valve;
import org.apache.catalina.valves.ErrorReportValve;
import org.docloudmock.support.problem.ProblemErrorController;
import org.docloudmock.support.problem.ProblemErrorReportValve;
import org.docloudmock.support.problem.ProblemResponses;
import org.docloudmock.support.query.CaseInsensitiveQueryFilter;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.accept.HeaderContentNegotiationStrategy;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.ContentNegotiationConfigurer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** What every DO Cloud Mock service has, the same way: client address, problem responses, query parameters. */
@AutoConfiguration(before = ErrorMvcAutoConfiguration.class)
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

            /**
             * RFC 9110 12.5.1 lets a server disregard {@code Accept}: an answer that matches none of it goes out
             * in its own type, rather than as a 406 after the request did its work (a content registered, a peer
             * joined) or on a malformed header.
             */
            @Override
            public void configureContentNegotiation(ContentNegotiationConfigurer configurer) {
                HeaderContentNegotiationStrategy header = new HeaderContentNegotiationStrategy();
                configurer.strategies(List.of(request -> {
                    List<MediaType> accepted = new ArrayList<>();
                    try {
                        accepted.addAll(header.resolveMediaTypes(request));
                    } catch (HttpMediaTypeNotAcceptableException e) {
                        // a malformed Accept says nothing
                    }
                    accepted.add(MediaType.ALL);
                    return accepted;
                }));
            }
        };
    }

    @Bean
    ProblemResponses problemResponses() {
        return new ProblemResponses();
    }

    @Bean
    ProblemErrorController problemErrorController() {
        return new ProblemErrorController();
    }

    /** Spring Boot puts Tomcat's HTML error report on the host; the host takes the problem valve instead. */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReportValve() {
        return factory -> factory.addContextCustomizers(context -> {
            StandardHost host = (StandardHost) context.getParent();
            for (Valve valve : host.getPipeline().getValves()) {
                if (valve instanceof ErrorReportValve && !(valve instanceof ProblemErrorReportValve)) {
                    host.getPipeline().removeValve(valve);
                }
            }
            host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
        });
    }

    @Bean
    FilterRegistrationBean<CaseInsensitiveQueryFilter> caseInsensitiveQueryFilter() {
        FilterRegistrationBean<CaseInsensitiveQueryFilter> registration =
                new FilterRegistrationBean<>(new CaseInsensitiveQueryFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 100);
        return registration;
    }
}
