package com.partnerdesk.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerdesk.application.fakes.Samples;
import com.partnerdesk.domain.customer.Cloud;
import com.partnerdesk.domain.customer.Customer;
import com.partnerdesk.domain.health.HealthIssueId;
import com.partnerdesk.domain.health.IssueAudience;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** V8 carries the board over: what was imported for a cloud stays known to every customer of that cloud. */
class HealthFeedsMigrationTest {
    @Test
    @DisplayName("issues stored before V8 are shown to every customer of the clouds they were imported for (none: of all)")
    void existingIssuesBecomeKnownToEveryCustomerOfTheirClouds(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("before-v8.db");
        String url = "jdbc:sqlite:" + file;
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration").target("5").load().migrate();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.executeUpdate("""
                    INSERT INTO customers (tenant_id, name, domain, cloud, region, relationship, support_rights,
                        support_plan, reseller_type, country, managed_services)
                    VALUES ('6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b', 'Contoso Defense Solutions',
                        'contosodefense.onmicrosoft.us', 'GCC_HIGH', 'us-gov-virginia', 'ACTIVE', 1, 'CSP', 'DIRECT',
                        'US', 'Exchange Online|OFFICE_365')""");
            for (String[] issue : List.of(new String[] {"EX1", "GCC_HIGH"}, new String[] {"EX2", "GCC,DOD"},
                    new String[] {"EX3", ""})) {
                s.executeUpdate("INSERT INTO health_issues (id, title, service, feature, classification, status,"
                        + " resolved_flag, started_at, ended_at, last_modified_at, impact_description, clouds, regions)"
                        + " VALUES ('" + issue[0] + "', 'Mail delayed', 'Exchange Online', '', 'INCIDENT',"
                        + " 'SERVICE_DEGRADATION', 0, '2026-11-24T13:00:00Z', NULL, '2026-11-24T13:00:00Z', '', '"
                        + issue[1] + "', '')");
            }
        }

        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            Customer contoso = db.customers().find(Samples.CONTOSO_ID).orElseThrow();
            assertThat(contoso.azureSubscriptionIds()).isEmpty();
            assertThat(db.health().shownTo(contoso, List.of("Exchange Online"), true))
                    .extracting(i -> i.id().value()).containsExactlyInAnyOrder("EX1", "EX3");
            assertThat(db.health().audiences(List.of(HealthIssueId.of("EX2"), HealthIssueId.of("EX3"))))
                    .containsEntry(HealthIssueId.of("EX2"), Set.of(IssueAudience.everyCustomerOf(Cloud.GCC),
                            IssueAudience.everyCustomerOf(Cloud.DOD)))
                    .containsEntry(HealthIssueId.of("EX3"), Set.of(IssueAudience.everyCustomer()));
            assertThat(db.integrityCheck()).isEqualTo("ok");
        }
    }
}
