package org.docloudmock.contentpolicy.catalog;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.docloudmock.contentpolicy.ContentPolicyProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The catalog as configured: persisted under {@code <data-dir>/content-policy/} when a data directory is set,
 * in memory (uploaded bytes in a temporary directory) otherwise; seeded from the seed folder and, when asked,
 * the troubleshooter's files at start-up.
 */
@Configuration(proxyBeanMethods = false)
class CatalogConfiguration {

    @Bean(destroyMethod = "close")
    PayloadDirectory payloadDirectory(ContentPolicyProperties properties) {
        return properties.dataDirectory()
                .map(dataDir -> PayloadDirectory.at(serviceDirectory(dataDir).resolve("payloads")))
                .orElseGet(PayloadDirectory::temporary);
    }

    @Bean
    CatalogStore catalogStore(ContentPolicyProperties properties, PayloadDirectory payloads) {
        return properties.dataDirectory()
                .<CatalogStore>map(dataDir -> new DirectoryCatalogStore(serviceDirectory(dataDir).resolve("contents"), payloads))
                .orElse(CatalogStore.IN_MEMORY);
    }

    @Bean
    ContentCatalog contentCatalog(ContentPolicyProperties properties, CatalogStore store, PayloadDirectory payloads) {
        long maxContentSize = properties.maxContentSize().toBytes();
        List<CatalogEntry> seeds = new ArrayList<>(properties.seedDirectory()
                .map(seedDir -> new SeedFolder(seedDir, maxContentSize).load())
                .orElse(List.of()));
        if (properties.troubleshooterFiles()) {
            seeds.addAll(TroubleshooterFiles.contents(Instant.now().truncatedTo(ChronoUnit.SECONDS)));
        }
        List<CatalogEntry> registered = store.load();
        Set<Path> referenced = registered.stream()
                .filter(content -> content.source() instanceof ContentSource.Uploaded)
                .map(content -> ((ContentSource.Uploaded) content.source()).file())
                .collect(Collectors.toSet());
        payloads.retainOnly(referenced);
        return new ContentCatalog(store, payloads, seeds, registered);
    }

    @Bean
    ContentRegistrar contentRegistrar(ContentCatalog catalog, PayloadDirectory payloads, ContentPolicyProperties properties) {
        return new ContentRegistrar(catalog, payloads, properties.maxContentSize().toBytes(), Clock.systemUTC());
    }

    /** Counted when scraped: nothing to keep in step with registrations, deletions and resets. */
    @Bean
    MeterBinder catalogMetrics(ContentCatalog catalog) {
        return meters -> {
            for (String kind : ContentSource.KINDS) {
                Gauge.builder("docloud.content-policy.contents", catalog, known -> known.count(kind))
                        .description("Contents in the catalog, by source (PiecesHashFile: metadata only)")
                        .tag("source", kind)
                        .register(meters);
            }
        };
    }

    /** The suite's services share one data directory: each keeps to its own folder. */
    private static Path serviceDirectory(Path dataDir) {
        return dataDir.resolve("content-policy");
    }
}
