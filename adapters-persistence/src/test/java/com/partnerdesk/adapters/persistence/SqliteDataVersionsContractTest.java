package com.partnerdesk.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.partnerdesk.application.contract.AbstractDataVersionsContractTest;
import com.partnerdesk.application.error.StorageException;
import com.partnerdesk.application.fakes.Samples;
import com.partnerdesk.application.fakes.StoragePorts;
import com.partnerdesk.domain.agent.Agent;
import com.partnerdesk.domain.agent.Role;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class SqliteDataVersionsContractTest extends AbstractDataVersionsContractTest {
    @RegisterExtension
    final SqliteStorage sqlite = new SqliteStorage();

    @Override
    protected StoragePorts newStorage() {
        return sqlite.open();
    }

    @Test
    void writesOfAnotherProcessOnTheSameFileAreSeen(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("desk.db");
        try (SqliteDatabase server = SqliteDatabase.open(file); SqliteDatabase cli = SqliteDatabase.open(file)) {
            Agent maria = Samples.agent("maria.lopez@federalcloudpartners.example", "Maria Lopez", Role.HELPDESK_AGENT);
            cli.agents().insert(maria, Optional.empty(), Samples.T0);
            long any = server.versions().anyChange();
            long agents = server.versions().agents();

            cli.customers().upsert(Samples.contoso());
            assertThat(server.versions().anyChange()).isNotEqualTo(any);
            assertThat(server.versions().agents()).isEqualTo(agents);

            cli.agents().update(maria.disable());
            assertThat(server.versions().agents()).isNotEqualTo(agents);
        }
    }

    @Test
    void aTokenRevokedByHandInTheDatabaseIsSeen(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("desk.db");
        try (SqliteDatabase server = SqliteDatabase.open(file)) {
            Agent maria = Samples.agent("maria.lopez@federalcloudpartners.example", "Maria Lopez", Role.HELPDESK_AGENT);
            server.agents().insert(maria, Optional.empty(), Samples.T0);
            server.agents().addToken(maria.id(), "digest",
                    new com.partnerdesk.domain.agent.ApiToken("ci", Samples.T0, Optional.empty()));
            long agents = server.versions().agents();

            try (Connection sqlite3 = DriverManager.getConnection("jdbc:sqlite:" + file);
                 Statement statement = sqlite3.createStatement()) {
                statement.execute("DELETE FROM agent_tokens");
            }

            assertThat(server.versions().agents()).isNotEqualTo(agents);
        }
    }

    @Test
    void aReadOnlyFileOfAnOlderSchemaStillOpensAndAnswersAnyChange(@TempDir Path dir) {
        Path file = dir.resolve("v2.db");
        org.flywaydb.core.Flyway.configure().dataSource("jdbc:sqlite:" + file, null, null)
                .locations("classpath:db/migration").target("2").load().migrate();

        try (SqliteDatabase old = SqliteDatabase.openReadOnly(file)) {
            assertThat(old.customers().all()).isEmpty();
            assertThat(old.versions().anyChange()).isEqualTo(old.versions().anyChange());
            assertThatThrownBy(() -> old.versions().agents()).isInstanceOf(StorageException.class);
        }
    }

    @Test
    void aClosedDatabaseAnswersNoVersion(@TempDir Path dir) {
        SqliteDatabase db = SqliteDatabase.open(dir.resolve("desk.db"));
        db.close();

        assertThatThrownBy(() -> db.versions().anyChange()).isInstanceOf(StorageException.class)
                .hasMessageContaining("closed");
    }
}
