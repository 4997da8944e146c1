-- Issue 15: service requests the vendor holds for a customer whose number no request of the desk carries (most often
-- filed in the vendor's portal and never recorded), offered to the agent to link. severity and status keep the desk's
-- names; status is NULL for a value the desk does not know; created_date NULL when the vendor gave none.
CREATE TABLE unlinked_vendor_requests (
    vendor_request_number TEXT PRIMARY KEY,
    tenant_id             TEXT NOT NULL REFERENCES customers (tenant_id),
    title                 TEXT NOT NULL,
    severity              TEXT NOT NULL,
    status                TEXT,
    created_date          TEXT,
    found_at              TEXT NOT NULL
);
CREATE INDEX unlinked_vendor_requests_tenant ON unlinked_vendor_requests (tenant_id);

CREATE INDEX service_requests_vendor_number ON service_requests (vendor_request_number)
    WHERE vendor_request_number IS NOT NULL;
