package org.docloudmock.contentpolicy.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.docloudmock.contentpolicy.ContentPolicyProperties.DefaultPolicies;
import org.docloudmock.contentpolicy.catalog.CatalogEntry;
import org.docloudmock.contentpolicy.catalog.ContentSettings;
import org.docloudmock.contentpolicy.catalog.ContentSource;
import org.docloudmock.contentpolicy.files.ContentUrls;
import org.docloudmock.protocol.admin.PolicyOverrides;
import org.docloudmock.protocol.content.CdnFile;
import org.docloudmock.protocol.content.ContentPolicy;
import org.docloudmock.protocol.content.PiecesHashFile;
import org.docloudmock.protocol.content.SyntheticContent;
import org.junit.jupiter.api.Test;

class ContentPoliciesTest {

    private static final Instant NOW = Instant.parse("2025-01-01T00:00:00Z");
    private static final PiecesHashFile FILE = PiecesHashFile.of(10, 1 << 20, List.of(new byte[32]));

    private final ContentPolicies policies = new ContentPolicies(
            new DefaultPolicies(100, 50, Duration.ofDays(1), Duration.ofDays(30), Duration.ofHours(2), false),
            new ContentUrls("http://cdn.test:8083/"), Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aContentWithBytesPointsAtTheMockCdnAndTakesTheDefaultPolicies() {
        ContentPolicy policy = policies.of(content("a+b=", new ContentSource.Synthetic(new SyntheticContent(10, 1)), ContentSettings.DEFAULT));

        assertThat(policy.contentId()).isEqualTo("a+b=");
        assertThat(policy.hashOfHashes()).isEqualTo(FILE.hashOfHashes());
        assertThat(policy.piecesHashFileCdnUrls()).containsExactly("http://cdn.test:8083/filestreamingservice/files/YStiPQ/pieceshash");
        assertThat(policy.contentCdnUrls()).containsExactly("http://cdn.test:8083/filestreamingservice/files/YStiPQ");
        assertThat(policy.p2pAllowed()).isTrue();
        assertThat(policy.secure()).isFalse();
        assertThat(policy.policies()).isEqualTo(new ContentPolicy.Policies(100, 50, 86_400,
                Long.toString(NOW.plus(Duration.ofDays(30)).getEpochSecond()), 7200));
    }

    @Test
    void aContentsOwnPoliciesWinAndMetadataOnlyHasNoContentUrl() {
        ContentSettings settings = new ContentSettings(List.of(), false, new PolicyOverrides(1L, 2L, 3L, 4L, 5L));

        ContentPolicy policy = policies.of(content("m", new ContentSource.MetadataOnly(), settings));

        assertThat(policy.contentCdnUrls()).isEmpty();
        assertThat(policy.piecesHashFileCdnUrls()).hasSize(1);
        assertThat(policy.p2pAllowed()).isFalse();
        assertThat(policy.policies()).isEqualTo(new ContentPolicy.Policies(1, 2, 3, "4", 5));
    }

    @Test
    void withoutExpireAfterAContentDoesNotExpireAsRealOnesShowAndIsSecureIsItsOwn() {
        ContentPolicies observed = new ContentPolicies(
                new DefaultPolicies(100, 50, Duration.ofDays(1), null, Duration.ofHours(2), false),
                new ContentUrls("http://cdn.test:8083"), Clock.fixed(NOW, ZoneOffset.UTC));
        ContentSettings settings = new ContentSettings(List.of(), true, PolicyOverrides.NONE,
                new CdnFile("7BC846E0-AF9C-49BE-A03D-BB04428C9BB5", "Microsoft.png"), true);

        ContentPolicy policy = observed.of(content("m", new ContentSource.Synthetic(new SyntheticContent(10, 1)), settings));

        assertThat(policy.policies().expireAtSecsSinceEpoch()).isEmpty();
        assertThat(policy.secure()).isTrue();
        assertThat(policy.contentCdnUrls()).containsExactly(
                "http://cdn.test:8083/filestreamingservice/files/7bc846e0-af9c-49be-a03d-bb04428c9bb5/Microsoft.png");
        assertThat(policy.piecesHashFileCdnUrls()).containsExactly(
                "http://cdn.test:8083/filestreamingservice/files/7bc846e0-af9c-49be-a03d-bb04428c9bb5/pieceshash");
    }

    private static CatalogEntry content(String id, ContentSource source, ContentSettings settings) {
        return new CatalogEntry(id, source, FILE, settings, NOW);
    }
}
