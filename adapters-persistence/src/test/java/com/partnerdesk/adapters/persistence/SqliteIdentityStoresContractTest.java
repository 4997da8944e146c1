package com.partnerdesk.adapters.persistence;

import com.partnerdesk.application.contract.AbstractIdentityStoresContractTest;
import com.partnerdesk.application.fakes.StoragePorts;
import org.junit.jupiter.api.extension.RegisterExtension;

class SqliteIdentityStoresContractTest extends AbstractIdentityStoresContractTest {
    @RegisterExtension
    final SqliteStorage sqlite = new SqliteStorage();

    @Override
    protected StoragePorts newStorage() {
        return sqlite.open();
    }
}
