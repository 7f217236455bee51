package org.docloudmock.kv;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * What {@code GET /all} hands out: where the other services are, and the device configuration, with
 * overrides that apply in the order base &lt; country &lt; Profile &lt; eId (the most specific wins).
 *
 * @param contentPolicyUrl  base URL of Content Policy ({@code ContentPolicy_EndpointUri})
 * @param discoveryUrl      base URL of Discovery; {@code Discovery_EndpointFullUri} is built from it
 * @param registeredCallers {@code Client_RegisteredCallersFilterList}
 * @param deviceConfig      key → value for every client
 * @param countryOverrides  country code → keys that replace or add to the base for its clients
 * @param profileOverrides  {@code Profile} → keys, over the country's
 * @param eidOverrides      {@code eId} → keys, over all others
 */
@Validated
@ConfigurationProperties("docloud.kv")
public record KeyValueProperties(
        @NotNull @Pattern(regexp = BASE_URL, message = BASE_URL_MESSAGE) String contentPolicyUrl,
        @NotNull @Pattern(regexp = BASE_URL, message = BASE_URL_MESSAGE) String discoveryUrl,
        @DefaultValue List<@NotNull String> registeredCallers,
        @DefaultValue Map<String, @NotNull Object> deviceConfig,
        @DefaultValue Map<@Pattern(regexp = "[A-Za-z]{2}", message = "must be a two-letter country code") String,
                Map<String, @NotNull Object>> countryOverrides,
        @DefaultValue Map<Integer, Map<String, @NotNull Object>> profileOverrides,
        @DefaultValue Map<String, Map<String, @NotNull Object>> eidOverrides) {

    // clients append their own query string to the templates built from these
    static final String BASE_URL = "https?://[^\\s?#]+";
    static final String BASE_URL_MESSAGE = "must be an absolute http or https URL without query or fragment";
}
