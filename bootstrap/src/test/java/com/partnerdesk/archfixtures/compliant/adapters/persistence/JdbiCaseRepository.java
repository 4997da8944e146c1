package com.partnerdesk.archfixtures.compliant.adapters.persistence;

import com.partnerdesk.archfixtures.compliant.application.port.out.CaseRepository;
import com.partnerdesk.archfixtures.compliant.application.port.out.SaveOutcome;
import com.partnerdesk.archfixtures.compliant.domain.cases.Case;
import com.partnerdesk.archfixtures.compliant.domain.cases.CaseId;
import com.partnerdesk.archfixtures.compliant.domain.customer.CustomerId;
import java.sql.Timestamp;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.sqlite.SQLiteDataSource;

/** Well-formed fixture for ArchitectureRulesAcceptCompliantCodeTest; never production code. */
public final class JdbiCaseRepository implements CaseRepository {

    private final Jdbi jdbi;

    public JdbiCaseRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** The persistence adapter builds its own connection; bootstrap hands over only a file name. */
    public static JdbiCaseRepository open(String databaseFile) {
        SQLiteDataSource dataSource = new SQLiteDataSource();
        dataSource.setUrl("jdbc:sqlite:" + databaseFile);
        return migrated(dataSource);
    }

    static JdbiCaseRepository migrated(DataSource dataSource) {
        Flyway.configure().dataSource(dataSource).load().migrate();
        return new JdbiCaseRepository(Jdbi.create(dataSource));
    }

    @Override
    public SaveOutcome save(Case aCase) {
        jdbi.useHandle(handle -> handle.execute("insert into cases (id, customer_id, opened_at) values (?, ?, ?)",
                aCase.id().value(), aCase.customer().value(), Timestamp.from(aCase.openedAt())));
        return SaveOutcome.INSERTED;
    }

    @Override
    public Optional<Case> find(CaseId id) {
        return jdbi.withHandle(handle -> handle.createQuery("select customer_id, opened_at from cases where id = :id")
                .bind("id", id.value())
                .map((row, ctx) -> Case.rehydrate(id, new CustomerId(row.getString("customer_id")),
                        row.getTimestamp("opened_at").toInstant()))
                .findOne());
    }
}
