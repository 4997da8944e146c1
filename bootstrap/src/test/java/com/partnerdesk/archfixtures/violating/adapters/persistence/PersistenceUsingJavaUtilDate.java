package com.partnerdesk.archfixtures.violating.adapters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Date;

/** Deliberately broken fixture for ArchitectureRulesCatchViolationsTest; never production code. Broken: java.util.Date, which is banned everywhere, the persistence adapter included. */
public final class PersistenceUsingJavaUtilDate {

    public Date openedAt(ResultSet row) throws SQLException {
        return new Date(row.getLong("opened_at"));
    }
}
