package org.docloudmock.support.admin;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** {@code POST /admin/reset} and the admin token that guards every {@code /admin} path, the services' own too. */
@AutoConfiguration
@EnableConfigurationProperties(AdminProperties.class)
class AdminAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(AdminAutoConfiguration.class);

    @Bean
    ResetController resetController(Map<String, RuntimeState> runtimeStates) {
        return new ResetController(runtimeStates);
    }

    @Bean
    WebMvcConfigurer adminToken(AdminProperties properties) {
        if (properties.open()) {
            log.warn("The admin API is open to anyone who can reach this port: set docloud.admin.token to require a bearer token");
        }
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                if (!properties.open()) {
                    registry.addInterceptor(new AdminTokenInterceptor(properties.token()))
                            .addPathPatterns("/admin", "/admin/**")
                            // a page's static shell holds no data: it loads, then calls the admin API with the token
                            .excludePathPatterns("/admin/ui", "/admin/ui/**");
                }
            }
        };
    }
}
