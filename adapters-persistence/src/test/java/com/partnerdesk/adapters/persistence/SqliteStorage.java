package com.partnerdesk.adapters.persistence;

import com.partnerdesk.application.fakes.StoragePorts;

/** Every storage port of one SQLite database, as the contract tests take them. */
final class SqliteStorage {
    private SqliteStorage() {
    }

    static StoragePorts ports(SqliteDatabase db) {
        return new StoragePorts(db.unitOfWork(), db.cases(), db.customers(), db.health(), db.agents(), db.requests(),
                db.clusters(), db.audit(), db.idempotency(), db.outbox(), db.partner(), db.reference());
    }
}
