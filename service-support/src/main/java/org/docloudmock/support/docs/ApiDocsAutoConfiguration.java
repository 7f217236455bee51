package org.docloudmock.support.docs;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.docloudmock.support.address.ClientAddress;
import org.docloudmock.support.admin.AdminApi;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * The OpenAPI document ({@code /v3/api-docs}) and Swagger UI ({@code /swagger-ui.html}) of each service:
 * springdoc lists the controllers; this names the service and marks the admin operations as needing
 * the admin token.
 */
@AutoConfiguration
class ApiDocsAutoConfiguration {

    static {
        // resolved from the connection, not a request parameter a client sends
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(ClientAddress.class);
    }

    @Bean
    @ConditionalOnMissingBean
    OpenAPI serviceApi(Environment environment) {
        String service = environment.getProperty("spring.application.name", "service");
        String version = ApiDocsAutoConfiguration.class.getPackage().getImplementationVersion();
        return new OpenAPI()
                .info(new Info()
                        .title("DO Cloud Mock: " + service)
                        .version(version != null ? version : "development")
                        .description("One service of DO Cloud Mock, an emulator of the Windows Delivery Optimization "
                                + "cloud. JSON field names are the real DO names where DO has them. Errors are RFC 9457 "
                                + "problems (application/problem+json). Admin operations need "
                                + "`Authorization: Bearer <docloud.admin.token>` when a token is configured."))
                .components(new Components().addSecuritySchemes(AdminApi.SECURITY_SCHEME, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer")
                        .description("docloud.admin.token, when the service is started with one")));
    }

    /** Every operation under /admin, the services' own included, needs the token and may answer 401. */
    @Bean
    OpenApiCustomizer adminOperationsNeedToken() {
        return api -> api.getPaths().forEach((path, item) -> {
            if (path.equals("/admin") || path.startsWith("/admin/")) {
                item.readOperations().forEach(operation -> operation
                        .addSecurityItem(new SecurityRequirement().addList(AdminApi.SECURITY_SCHEME))
                        .getResponses().addApiResponse("401", new ApiResponse()
                                .description("docloud.admin.token is set and the call does not carry it")));
            }
        });
    }

    /**
     * Every operation that takes a body may refuse it as too large or too slow (README, "Limits"); an operation
     * that documents its own 413 (a streamed upload, bounded otherwise) keeps it.
     */
    @Bean
    OpenApiCustomizer requestBodiesAreBounded() {
        return api -> api.getPaths().values().forEach(item -> item.readOperations().forEach(operation -> {
            if (operation.getRequestBody() != null) {
                operation.getResponses().putIfAbsent("413", new ApiResponse().description("The body is larger than "
                        + "allowed: docloud.limits.max-body-size, docloud.limits.max-admin-body-size under /admin; the "
                        + "problem names the limit"));
                operation.getResponses().addApiResponse("408", new ApiResponse().description("The body did not arrive "
                        + "whole within docloud.limits.body-timeout; the connection is closed"));
            }
        }));
    }
}
