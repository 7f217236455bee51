package org.docloudmock.support.journal;

import org.docloudmock.support.address.ClientAddressResolver;
import org.docloudmock.support.docs.SchemaDocs;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/** The request journal of SPEC 9: {@code GET} and {@code DELETE /admin/requests}. */
@AutoConfiguration
@EnableConfigurationProperties(JournalProperties.class)
class JournalAutoConfiguration {

    /** Inside the HTTP metrics filter, outside the fault filter: the journal sees the status the client got. */
    static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

    @Bean
    RequestJournal requestJournal(JournalProperties properties) {
        return new RequestJournal(properties.capacity());
    }

    @Bean
    FilterRegistrationBean<JournalFilter> journalFilter(RequestJournal journal, ClientAddressResolver clientAddresses,
                                                        JournalProperties properties) {
        FilterRegistrationBean<JournalFilter> registration =
                new FilterRegistrationBean<>(new JournalFilter(journal, clientAddresses, properties.headers()));
        registration.setOrder(ORDER);
        return registration;
    }

    @Bean
    JournalController journalController(RequestJournal journal) {
        return new JournalController(journal);
    }

    @Bean
    SchemaDocs journalEntrySchema() {
        return JournalApi.journalEntrySchema();
    }
}
