package com.partnerdesk.adapters.persistence;

import com.partnerdesk.application.contract.AbstractNearbyCasesContractTest;
import com.partnerdesk.application.fakes.StoragePorts;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Rule 3's questions answered by SQLite's indexed queries (V9), against the plain list. */
class SqliteNearbyCasesContractTest extends AbstractNearbyCasesContractTest {
    private final SqliteStorage sqlite = new SqliteStorage();

    @Override
    protected StoragePorts newStorage() {
        return sqlite.open();
    }

    @Override
    protected void release() {
        try {
            sqlite.afterEach(null); // jqwik runs no JUnit extension: close and delete the database here
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
