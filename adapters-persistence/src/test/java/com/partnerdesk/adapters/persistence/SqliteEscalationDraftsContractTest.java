package com.partnerdesk.adapters.persistence;

import com.partnerdesk.application.contract.AbstractEscalationDraftsContractTest;
import com.partnerdesk.application.fakes.StoragePorts;
import org.junit.jupiter.api.extension.RegisterExtension;

class SqliteEscalationDraftsContractTest extends AbstractEscalationDraftsContractTest {
    @RegisterExtension
    final SqliteStorage sqlite = new SqliteStorage();

    @Override
    protected StoragePorts newStorage() {
        return sqlite.open();
    }
}
