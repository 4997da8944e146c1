package com.partnerdesk.adapters.persistence;

import com.partnerdesk.application.port.out.UnitOfWork;
import java.util.function.Supplier;

/**
 * Transactions on the SQLite database: a write is {@code BEGIN IMMEDIATE} on the single writer
 * connection and is durable ({@code synchronous=FULL}) when it returns; an exception rolls it all back.
 * Nested writes and reads on the same thread join the open transaction.
 */
public final class JdbiUnitOfWork implements UnitOfWork {
    private final SqliteDatabase db;

    JdbiUnitOfWork(SqliteDatabase db) {
        this.db = db;
    }

    @Override
    public <T> T write(Supplier<T> work) {
        return db.write(handle -> work.get());
    }

    @Override
    public <T> T read(Supplier<T> work) {
        return db.read(handle -> work.get());
    }
}
