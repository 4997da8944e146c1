package com.partnerdesk.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerdesk.application.fakes.Samples;
import com.partnerdesk.domain.audit.AuditJsonLines;
import com.partnerdesk.domain.audit.AuditChain;
import com.partnerdesk.domain.audit.AuditEvent;
import com.partnerdesk.domain.audit.Channel;
import com.partnerdesk.domain.audit.ChainedEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The chain on a real file: events written before it existed are chained on open; the archive file (issue 13). */
class AuditChainOnDiskTest {
    @TempDir
    Path dir;

    @Test
    void eventsWrittenBeforeTheChainExistedAreChainedWhenTheDatabaseOpens() throws Exception {
        Path file = dir.resolve("old.db");
        SqliteDatabase.open(file).close();
        try (Connection sql = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = sql.createStatement()) {
            for (int i = 1; i <= 3; i++) {
                statement.execute("INSERT INTO audit_events (at, actor, actor_kind, roles, action, channel, outcome, "
                        + "detail) VALUES ('2025-0" + i + "-01T00:00:00Z', 'ops', 'OPERATOR', '', 'customer.import', "
                        + "'CLI', 'ALLOWED', 'before the chain " + i + "')");
            }
        }

        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            db.audit().append(AuditEvent.anonymous("x@example.com", "agent.sign-in", Channel.WEB, "unknown agent",
                    Samples.T0));
            List<ChainedEvent> chain = db.unitOfWork().read(() -> db.audit().chained(0, 10));

            assertThat(chain).extracting(ChainedEvent::seq).containsExactly(1L, 2L, 3L, 4L);
            AuditChain.Walk walk = new AuditChain.Walk(AuditChain.GENESIS);
            chain.forEach(walk::next);
            assertThat(walk.mismatch()).isEmpty();
            assertThat(walk.checked()).isEqualTo(4);
        }
    }

    @Test
    void theArchiveIsOneOwnerOnlyJsonLinesFileWrittenWhole() throws Exception {
        List<ChainedEvent> events = List.of(
                ChainedEvent.append(1, AuditEvent.anonymous("a@example.com", "agent.sign-in", Channel.WEB, "line\nbreak",
                        Samples.T0), AuditChain.GENESIS));
        List<ChainedEvent> two = List.of(events.get(0), ChainedEvent.append(2, AuditEvent.anonymous("b@example.com",
                "agent.sign-in", Channel.API, "unknown agent", Samples.T0), events.get(0).hash()));
        FileAuditArchive archive = new FileAuditArchive(dir.resolve("archive"));

        String where = archive.store(two);

        Path stored = Path.of(where);
        assertThat(stored.getFileName().toString()).isEqualTo("audit-1-2.jsonl");
        assertThat(Files.readAllLines(stored)).containsExactly(AuditJsonLines.line(two.get(0)),
                AuditJsonLines.line(two.get(1)));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(stored))).isEqualTo("rw-------");
        try (var listing = Files.list(dir.resolve("archive"))) {
            assertThat(listing.map(p -> p.getFileName().toString())).containsExactly("audit-1-2.jsonl");
        }
    }
}
