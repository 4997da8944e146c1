package com.partnerdesk.adapters.persistence;

import com.partnerdesk.application.contract.AbstractHealthSyncStatusRepositoryContractTest;
import com.partnerdesk.application.fakes.StoragePorts;
import org.junit.jupiter.api.extension.RegisterExtension;

class SqliteHealthSyncStatusRepositoryContractTest extends AbstractHealthSyncStatusRepositoryContractTest {
    @RegisterExtension
    final SqliteStorage sqlite = new SqliteStorage();

    @Override
    protected StoragePorts newStorage() {
        return sqlite.open();
    }
}
