package com.partnerdesk.adapters.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.statement.DefaultStatementBuilder;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Keeps the prepared statements of one connection for reuse: SQLite compiles each statement text once per
 * connection instead of on every call (the desk issues the same few hundred texts over and over).
 *
 * <p>A statement is lent to one caller at a time; a text already lent out (a query issued while another of the
 * same text is still open) gets a fresh statement that is closed after use. Statements that return generated keys
 * are never kept. At most {@value #MAX} texts are kept per connection, the least recently used go first. Used by
 * one thread at a time, like the connection it belongs to.
 */
final class CachingStatementBuilder extends DefaultStatementBuilder {
    static final int MAX = 256;

    private final Map<String, PreparedStatement> idle = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PreparedStatement> eldest) {
            if (size() > MAX) {
                closeQuietly(eldest.getValue());
                return true;
            }
            return false;
        }
    };
    private final Map<Statement, String> lent = new IdentityHashMap<>();
    private final Set<String> textLent = new HashSet<>();

    @Override
    public PreparedStatement create(Connection conn, String sql, StatementContext ctx) throws SQLException {
        if (ctx.isReturningGeneratedKeys() || ctx.isConcurrentUpdatable()) {
            return super.create(conn, sql, ctx);
        }
        if (textLent.contains(sql)) {
            return conn.prepareStatement(sql); // a second one of the same text at once: not kept
        }
        PreparedStatement statement = idle.remove(sql);
        if (statement == null || statement.isClosed()) {
            statement = conn.prepareStatement(sql);
        }
        lent.put(statement, sql);
        textLent.add(sql);
        return statement;
    }

    @Override
    public void close(Connection conn, String sql, Statement statement) throws SQLException {
        String text = lent.remove(statement);
        if (text == null) {
            super.close(conn, sql, statement);
            return;
        }
        textLent.remove(text);
        try {
            ((PreparedStatement) statement).clearParameters();
            statement.clearBatch();
            statement.clearWarnings();
        } catch (SQLException e) {
            closeQuietly(statement);
            return;
        }
        PreparedStatement replaced = idle.put(text, (PreparedStatement) statement);
        if (replaced != null && replaced != statement) {
            closeQuietly(replaced);
        }
    }

    @Override
    public void close(Connection conn) {
        for (Iterator<PreparedStatement> it = idle.values().iterator(); it.hasNext(); ) {
            closeQuietly(it.next());
            it.remove();
        }
        lent.keySet().forEach(CachingStatementBuilder::closeQuietly);
        lent.clear();
        textLent.clear();
    }

    private static void closeQuietly(Statement statement) {
        try {
            statement.close();
        } catch (SQLException e) {
            // closing: nothing more to do
        }
    }
}
