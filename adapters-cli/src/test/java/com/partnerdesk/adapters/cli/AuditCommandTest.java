package com.partnerdesk.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.partnerdesk.adapters.cli.CliTestDesk.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** audit export --format jsonl, audit verify [--file], audit prune (issue 13). */
class AuditCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final CliTestDesk desk = new CliTestDesk();

    @TempDir
    Path dir;

    @BeforeEach
    void someActions() {
        desk.run("agents", "add", "--email", "a@partner.example", "--name", "A", "--role", "ADMIN_AGENT");
        desk.run("agents", "add", "--email", "b@partner.example", "--name", "B", "--role", "HELPDESK_AGENT");
        desk.run("agents", "disable", "--email", "b@partner.example");
    }

    @Test
    void jsonlExportsOneChainedEventALineForASiem() throws Exception {
        Result result = desk.run("audit", "export", "--format", "jsonl");

        assertThat(result.exitCode()).as(result.err()).isZero();
        List<String> lines = result.out().lines().toList();
        assertThat(lines).hasSize(3);
        JsonNode first = JSON.readTree(lines.get(0));
        JsonNode second = JSON.readTree(lines.get(1));
        assertThat(first.get("seq").asLong()).isEqualTo(1);
        assertThat(first.get("action").asText()).isEqualTo("agent.add");
        assertThat(first.get("prevHash").asText()).isEqualTo("0".repeat(64));
        assertThat(second.get("prevHash").asText()).isEqualTo(first.get("hash").asText());
        assertThat(first.fieldNames()).toIterable().containsExactly("seq", "at", "actor", "actorKind", "roles", "action",
                "customer", "caseId", "channel", "outcome", "detail", "prevHash", "hash");
    }

    @Test
    void verifyPassesOnTheTrailAndOnAnUntouchedExport() throws Exception {
        Path file = Files.writeString(dir.resolve("audit.jsonl"), desk.run("audit", "export", "--format", "jsonl").out());

        Result trail = desk.run("audit", "verify");
        Result export = desk.run("audit", "verify", "--file", file.toString());

        assertThat(trail.exitCode()).as(trail.err()).isZero();
        assertThat(trail.out()).contains("the audit trail: 3 events verified (1 to 3)");
        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(export.out()).contains("3 events verified (1 to 3)");
    }

    @Test
    void verifyOfAnExportWithOneEventEditedNamesItAndExitsOne() throws Exception {
        List<String> lines = desk.run("audit", "export", "--format", "jsonl").out().lines().toList();
        String edited = lines.get(1).replace("\"detail\":\"", "\"detail\":\"nothing happened; ");
        Path file = Files.write(dir.resolve("audit.jsonl"), List.of(lines.get(0), edited, lines.get(2)));

        Result result = desk.run("audit", "verify", "--file", file.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(result.err()).contains("was altered: audit event 2 (", "does not match its hash",
                "(1 events before it match)");
    }

    @Test
    void aFileThatIsNotAnAuditExportIsBadInputNamingTheLine() throws Exception {
        Path file = Files.writeString(dir.resolve("bad.jsonl"), "{\"seq\":1}\n");

        Result result = desk.run("audit", "verify", "--file", file.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(result.err()).contains("bad.jsonl line 1");
    }

    @Test
    void pruneArchivesWhatIsOlderThanTheRetentionAndSaysWhere() {
        Result nothing = desk.run("audit", "prune");
        desk.clock.advance(Duration.ofDays(366));

        Result pruned = desk.run("audit", "prune");

        assertThat(nothing.out()).startsWith("nothing older than");
        assertThat(pruned.exitCode()).as(pruned.err()).isZero();
        assertThat(pruned.out()).startsWith("archived and pruned 3 events older than").contains("audit-1-3.jsonl");
        assertThat(desk.auditArchive.files).containsKey("audit-1-3.jsonl");
        assertThat(desk.run("audit", "verify").out()).contains("1 events verified (4 to 4)");
    }
}
