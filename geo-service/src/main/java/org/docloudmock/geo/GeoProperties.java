package org.docloudmock.geo;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Map;
import org.docloudmock.support.address.CidrBlock;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * What Geo answers: the country of each client range, the KeyValue endpoint of each region (data
 * center), and the Connected Cache host of each range that has one. Cross-checks (the default region
 * exists, no country in two regions) are made when the tables are built.
 *
 * @param defaultCountry country of a client no range matches
 * @param countries      CIDR → country; the longest matching prefix wins, the first listed on a tie
 * @param defaultRegion  region of a country no region lists
 * @param regions        name → region
 * @param cacheHosts     CIDR → Connected Cache host, matched like {@code countries}
 * @param cacheId        {@code CacheId} of every answer (real: {@code "7"} observed)
 * @param contentCert    {@code ContentCert} of every answer (real: {@code false} observed)
 * @param downloadModeFailSafe {@code DownloadModeFailSafe} of every answer (real: {@code ""} observed)
 */
@Validated
@ConfigurationProperties("docloud.geo")
public record GeoProperties(
        @NotNull @Pattern(regexp = COUNTRY_CODE, message = COUNTRY_CODE_MESSAGE) String defaultCountry,
        @DefaultValue List<@NotNull @Valid CountryRange> countries,
        @NotBlank String defaultRegion,
        @NotEmpty Map<String, @NotNull @Valid Region> regions,
        @DefaultValue List<@NotNull @Valid CacheHostRange> cacheHosts,
        @DefaultValue("7") @NotNull String cacheId,
        @DefaultValue("false") boolean contentCert,
        @DefaultValue("") @NotNull String downloadModeFailSafe) {

    static final String COUNTRY_CODE = "[A-Z]{2}";
    static final String COUNTRY_CODE_MESSAGE = "must be a two-letter upper-case country code";

    public record CountryRange(@NotNull CidrBlock cidr,
                               @NotNull @Pattern(regexp = COUNTRY_CODE, message = COUNTRY_CODE_MESSAGE) String country) {
    }

    /**
     * @param keyValueUrl the {@code KeyValue_EndpointFullUri} its clients get
     * @param countries   the countries it serves
     */
    public record Region(
            @NotBlank @Pattern(regexp = "https?://\\S+", message = "must be an absolute http or https URL") String keyValueUrl,
            @DefaultValue List<@NotNull @Pattern(regexp = COUNTRY_CODE, message = COUNTRY_CODE_MESSAGE) String> countries) {
    }

    /** {@code flag} is handed out as {@code CacheHostFlag} as it is; the mock gives it no meaning. */
    public record CacheHostRange(@NotNull CidrBlock cidr, @NotBlank String host, @DefaultValue("0") int flag) {
    }
}
