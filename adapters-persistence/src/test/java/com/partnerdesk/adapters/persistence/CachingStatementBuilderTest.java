package com.partnerdesk.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CachingStatementBuilderTest {
    private final CachingStatementBuilder builder = new CachingStatementBuilder();
    private Handle handle;

    @BeforeEach
    void open() throws Exception {
        Connection connection = DriverManager.getConnection("jdbc:sqlite::memory:");
        Jdbi jdbi = Jdbi.create(connection);
        jdbi.setStatementBuilderFactory(c -> builder);
        handle = jdbi.open();
        handle.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL)");
        handle.execute("INSERT INTO t (id, name) VALUES (1, 'one'), (2, 'two')");
    }

    @AfterEach
    void close() {
        handle.close();
    }

    private String name(int id) {
        return handle.createQuery("SELECT name FROM t WHERE id = :id").bind("id", id).mapTo(String.class).one();
    }

    @Test
    void a_text_issued_again_reuses_its_prepared_statement_with_new_values() throws Exception {
        Connection connection = handle.getConnection();
        PreparedStatement first = builder.create(connection, "SELECT name FROM t WHERE id = ?", handle.createQuery("x").getContext());
        builder.close(connection, "SELECT name FROM t WHERE id = ?", first);
        PreparedStatement second = builder.create(connection, "SELECT name FROM t WHERE id = ?", handle.createQuery("x").getContext());

        assertThat(second).isSameAs(first);
        assertThat(name(1)).isEqualTo("one");
        assertThat(name(2)).isEqualTo("two");
        assertThat(name(1)).isEqualTo("one");
    }

    @Test
    void the_same_text_while_it_is_open_gets_a_statement_of_its_own() {
        List<String> pairs = new ArrayList<>();
        handle.createQuery("SELECT id FROM t ORDER BY id").mapTo(Integer.class).forEach(id ->
                handle.createQuery("SELECT id FROM t ORDER BY id").mapTo(Integer.class)
                        .forEach(inner -> pairs.add(id + "/" + inner)));

        assertThat(pairs).containsExactly("1/1", "1/2", "2/1", "2/2");
        assertThat(handle.createQuery("SELECT count(*) FROM t").mapTo(Integer.class).one()).isEqualTo(2);
    }

    @Test
    void closing_the_handle_closes_every_kept_statement() throws Exception {
        Connection connection = handle.getConnection();
        PreparedStatement kept = builder.create(connection, "SELECT name FROM t WHERE id = ?", handle.createQuery("x").getContext());
        builder.close(connection, "SELECT name FROM t WHERE id = ?", kept);

        handle.close();

        assertThat(kept.isClosed()).isTrue();
    }

    @Test
    void a_statement_that_failed_is_usable_again() {
        assertThatThrownBy(() -> insert(1, "again")).hasMessageContaining("UNIQUE");

        insert(3, "three");

        assertThat(name(3)).isEqualTo("three");
    }

    private void insert(int id, String name) {
        handle.createUpdate("INSERT INTO t (id, name) VALUES (:id, :name)").bind("id", id).bind("name", name).execute();
    }
}
