package com.partnerdesk.adapters.persistence;

import com.partnerdesk.application.port.out.CustomerRepository;
import com.partnerdesk.application.port.out.UpsertResult;
import com.partnerdesk.domain.catalogue.ProductFamily;
import com.partnerdesk.domain.catalogue.VendorService;
import com.partnerdesk.domain.customer.AzureSubscriptionId;
import com.partnerdesk.domain.customer.CustomerContact;
import com.partnerdesk.domain.agent.Email;
import com.partnerdesk.domain.customer.Cloud;
import com.partnerdesk.domain.customer.CountryCode;
import com.partnerdesk.domain.customer.Customer;
import com.partnerdesk.domain.customer.Region;
import com.partnerdesk.domain.customer.RelationshipStatus;
import com.partnerdesk.domain.customer.ResellerType;
import com.partnerdesk.domain.customer.SupportPlan;
import com.partnerdesk.domain.customer.TenantId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;

/** Customers in SQLite; managed services are stored as {@code name|FAMILY} lines. */
public final class JdbiCustomerRepository implements CustomerRepository {
    private final SqliteDatabase db;

    JdbiCustomerRepository(SqliteDatabase db) {
        this.db = db;
    }

    @Override
    public Optional<Customer> find(TenantId id) {
        return db.read(h -> find(h, id));
    }

    private static Optional<Customer> find(Handle h, TenantId id) {
        return h.createQuery("SELECT * FROM customers WHERE tenant_id = :id").bind("id", id.value())
                .map((rs, ctx) -> customer(rs)).findOne();
    }

    @Override
    public List<Customer> all() {
        return db.read(h -> h.createQuery("SELECT * FROM customers ORDER BY name, tenant_id")
                .map((rs, ctx) -> customer(rs)).list());
    }

    @Override
    public UpsertResult upsert(Customer customer) {
        return db.write(h -> {
            Optional<Customer> existing = find(h, customer.tenantId());
            if (existing.isPresent() && existing.get().equals(customer)) {
                return UpsertResult.UNCHANGED;
            }
            h.createUpdate("""
                    INSERT INTO customers (tenant_id, name, domain, cloud, region, relationship, support_rights,
                        support_plan, reseller_type, country, managed_services, azure_subscription_ids, restricted,
                        contact_name, contact_email)
                    VALUES (:id, :name, :domain, :cloud, :region, :relationship, :rights, :plan, :reseller, :country,
                        :services, :subscriptions, :restricted, :contactName, :contactEmail)
                    ON CONFLICT (tenant_id) DO UPDATE SET name = excluded.name, domain = excluded.domain,
                        cloud = excluded.cloud, region = excluded.region, relationship = excluded.relationship,
                        support_rights = excluded.support_rights, support_plan = excluded.support_plan,
                        reseller_type = excluded.reseller_type, country = excluded.country,
                        managed_services = excluded.managed_services,
                        azure_subscription_ids = excluded.azure_subscription_ids, restricted = excluded.restricted,
                        contact_name = excluded.contact_name, contact_email = excluded.contact_email""")
                    .bind("id", customer.tenantId().value())
                    .bind("name", customer.name())
                    .bind("domain", customer.domain())
                    .bind("cloud", customer.cloud().name())
                    .bind("region", customer.region().value())
                    .bind("relationship", customer.relationship().name())
                    .bind("rights", customer.supportRights())
                    .bind("plan", customer.supportPlan().name())
                    .bind("reseller", customer.resellerType().name())
                    .bind("country", customer.country().value())
                    .bind("restricted", customer.restricted())
                    .bind("contactName", customer.contact().map(CustomerContact::name).orElse(null))
                    .bind("contactEmail", customer.contact().map(c -> c.email().value()).orElse(null))
                    .bind("services", customer.managedServices().stream()
                            .map(s -> s.name() + "|" + s.family().name()).collect(Collectors.joining("\n")))
                    .bind("subscriptions", Rows.joined(customer.azureSubscriptionIds()))
                    .execute();
            return existing.isPresent() ? UpsertResult.UPDATED : UpsertResult.ADDED;
        });
    }

    @Override
    public Set<TenantId> restrictedIds() {
        return db.read(h -> h.createQuery("SELECT tenant_id FROM customers WHERE restricted = 1")
                .map((rs, ctx) -> TenantId.of(rs.getString(1))).collect(java.util.stream.Collectors.toUnmodifiableSet()));
    }

    private static Customer customer(ResultSet rs) throws SQLException {
        List<VendorService> services = Arrays.stream(rs.getString("managed_services").split("\n"))
                .map(line -> {
                    int bar = line.lastIndexOf('|');
                    return new VendorService(line.substring(0, bar), ProductFamily.valueOf(line.substring(bar + 1)));
                })
                .toList();
        return new Customer(TenantId.of(rs.getString("tenant_id")), rs.getString("name"), rs.getString("domain"),
                Cloud.valueOf(rs.getString("cloud")), Rows.region(rs.getString("region")),
                RelationshipStatus.valueOf(rs.getString("relationship")), rs.getBoolean("support_rights"),
                SupportPlan.valueOf(rs.getString("support_plan")), ResellerType.valueOf(rs.getString("reseller_type")),
                CountryCode.of(rs.getString("country")), services,
                Rows.split(rs.getString("azure_subscription_ids"), AzureSubscriptionId::of), rs.getBoolean("restricted"),
                contact(rs.getString("contact_name"), rs.getString("contact_email")));
    }

    private static Optional<CustomerContact> contact(String name, String email) {
        return email == null ? Optional.empty() : Optional.of(new CustomerContact(name, Email.of(email)));
    }
}
