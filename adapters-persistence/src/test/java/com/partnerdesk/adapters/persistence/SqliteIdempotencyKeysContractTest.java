package com.partnerdesk.adapters.persistence;

import com.partnerdesk.application.contract.AbstractIdempotencyKeysContractTest;
import com.partnerdesk.application.fakes.StoragePorts;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

class SqliteIdempotencyKeysContractTest extends AbstractIdempotencyKeysContractTest {
    @TempDir
    Path dir;
    private SqliteDatabase db;

    @Override
    protected StoragePorts newStorage() {
        db = SqliteDatabase.open(dir.resolve("partnerdesk.db"));
        return SqliteStorage.ports(db);
    }

    @AfterEach
    void closeDatabase() {
        if (db != null) {
            db.close();
        }
    }
}
