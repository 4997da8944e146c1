package com.partnerdesk.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerdesk.application.fakes.Samples;
import com.partnerdesk.bootstrap.PartnerDeskApp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13's "Done when": one audit row's content is edited in the database file behind the desk's back (its
 * append-only trigger dropped, as someone with the file would) and {@code partnerdesk audit verify} names that event
 * and exits 1; an export made before verifies on its own.
 */
class AuditTamperIT {
    @TempDir
    Path dir;

    @Test
    void anAuditRowEditedInTheFileIsNamedByAuditVerify() throws Exception {
        Path file = dir.resolve("desk.db");
        DeskFile desk = new DeskFile(file, Map.of());
        PartnerDeskApp app = desk.app();
        try {
            desk.seed(app.injector());
            desk.escalate(app.injector(), Samples.CONTOSO_ID);
        } finally {
            app.close();
        }
        DeskFile.Run clean = desk.run("audit", "verify");
        DeskFile.Run export = desk.run("audit", "export", "--format", "jsonl");
        Path exported = Files.writeString(dir.resolve("siem.jsonl"), export.out());
        assertThat(clean.exitCode()).as(clean.err()).isZero();
        long events = export.out().lines().count();
        assertThat(events).isGreaterThanOrEqualTo(4);

        long edited;
        try (Connection sql = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = sql.createStatement()) {
            try (ResultSet row = statement.executeQuery(
                    "SELECT id FROM audit_events WHERE action = 'case.escalate' ORDER BY id LIMIT 1")) {
                assertThat(row.next()).isTrue();
                edited = row.getLong(1);
            }
            statement.execute("DROP TRIGGER audit_events_no_update");
            statement.execute("UPDATE audit_events SET detail = 'nothing was filed' WHERE id = " + edited);
        }

        DeskFile.Run tampered = desk.run("audit", "verify");
        DeskFile.Run fromExport = desk.run("audit", "verify", "--file", exported.toString());

        assertThat(tampered.exitCode()).isEqualTo(1);
        assertThat(tampered.err()).contains("the audit trail was altered: audit event " + edited + " (",
                "case.escalate", "does not match its hash");
        assertThat(fromExport.exitCode()).as(fromExport.err()).isZero();
        assertThat(fromExport.out()).contains(events + " events verified (1 to " + events + ")");
        System.out.printf("AuditTamperIT: %d audit events; event %d edited in the file; audit verify: %s%n", events,
                edited, tampered.err().strip());
    }
}
