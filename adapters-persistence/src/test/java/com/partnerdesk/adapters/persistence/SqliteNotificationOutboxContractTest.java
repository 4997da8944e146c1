package com.partnerdesk.adapters.persistence;

import com.partnerdesk.application.contract.AbstractNotificationOutboxContractTest;
import com.partnerdesk.application.fakes.StoragePorts;
import org.junit.jupiter.api.extension.RegisterExtension;

class SqliteNotificationOutboxContractTest extends AbstractNotificationOutboxContractTest {
    @RegisterExtension
    final SqliteStorage sqlite = new SqliteStorage();

    @Override
    protected StoragePorts newStorage() {
        return sqlite.open();
    }
}
