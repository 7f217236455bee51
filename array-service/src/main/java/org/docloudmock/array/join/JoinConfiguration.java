package org.docloudmock.array.join;

import jakarta.servlet.DispatcherType;
import org.docloudmock.array.matching.PeerMatching;
import org.docloudmock.support.address.ClientAddressResolver;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
class JoinConfiguration {

    /** The last filter, so that the journal, faults, body limits and the observation see a join as before. */
    @Bean
    FilterRegistrationBean<LeanJoinFilter> leanJoinFilter(PeerMatching matching, ClientAddressResolver clientAddresses,
                                                          JsonMapper json) {
        FilterRegistrationBean<LeanJoinFilter> registration =
                new FilterRegistrationBean<>(new LeanJoinFilter(matching, clientAddresses, json));
        registration.setOrder(Ordered.LOWEST_PRECEDENCE);
        registration.setAsyncSupported(true);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC);
        registration.addUrlPatterns(JoinController.PATH, JoinController.PATH_WITHOUT_SLASH);
        return registration;
    }
}
