package com.partnerdesk.archfixtures.violating.domain;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Deliberately broken fixture for ArchitectureRulesCatchViolationsTest; never production code. Broken: the domain reads the database through JDBC. */
public final class DomainUsingJdbc {

    public int countOpenCases(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select count(*) from cases where status = 'OPEN'")) {
            return rows.next() ? rows.getInt(1) : 0;
        }
    }
}
