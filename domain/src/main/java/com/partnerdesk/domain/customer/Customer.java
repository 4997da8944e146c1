package com.partnerdesk.domain.customer;

import com.partnerdesk.domain.catalogue.VendorService;
import com.partnerdesk.domain.common.Require;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A tenant the partner serves: where it lives (cloud, region), what the relationship with the vendor
 * allows, the vendor services the partner supports for it, and the Azure subscriptions whose resource health the
 * desk reads.
 */
public record Customer(
        TenantId tenantId,
        String name,
        String domain,
        Cloud cloud,
        Region region,
        RelationshipStatus relationship,
        boolean supportRights,
        SupportPlan supportPlan,
        ResellerType resellerType,
        CountryCode country,
        List<VendorService> managedServices,
        List<AzureSubscriptionId> azureSubscriptionIds,
        boolean restricted,
        Optional<CustomerContact> contact) {
    private static final Pattern DOMAIN_NAME = Pattern.compile("(?i)[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+");

    public Customer {
        Require.present("tenantId", tenantId);
        name = Require.text("name", name, 200);
        domain = Require.matching("domain", domain, DOMAIN_NAME,
                "a domain name such as contoso.onmicrosoft.us");
        Require.present("cloud", cloud);
        Require.present("region", region);
        Require.present("relationship", relationship);
        Require.present("supportPlan", supportPlan);
        Require.present("resellerType", resellerType);
        Require.present("country", country);
        managedServices = List.copyOf(Require.notEmpty("services", managedServices)).stream()
                .distinct()
                .sorted(Comparator.comparing(VendorService::name))
                .toList();
        azureSubscriptionIds = Require.present("azureSubscriptionIds", azureSubscriptionIds).stream()
                .distinct()
                .sorted()
                .toList();
        Require.present("contact", contact);
    }

    /** A customer without a contact on file. */
    public Customer(TenantId tenantId, String name, String domain, Cloud cloud, Region region,
                    RelationshipStatus relationship, boolean supportRights, SupportPlan supportPlan,
                    ResellerType resellerType, CountryCode country, List<VendorService> managedServices,
                    List<AzureSubscriptionId> azureSubscriptionIds, boolean restricted) {
        this(tenantId, name, domain, cloud, region, relationship, supportRights, supportPlan, resellerType, country,
                managedServices, azureSubscriptionIds, restricted, Optional.empty());
    }

    /** The same customer with {@code newContact} (or none) as its contact. */
    public Customer withContact(Optional<CustomerContact> newContact) {
        return new Customer(tenantId, name, domain, cloud, region, relationship, supportRights, supportPlan,
                resellerType, country, managedServices, azureSubscriptionIds, restricted, newContact);
    }

    /** A customer restricted as its cloud says: GCC High and DoD data is for screened US persons only (ADR 0014). */
    public Customer(TenantId tenantId, String name, String domain, Cloud cloud, Region region,
                    RelationshipStatus relationship, boolean supportRights, SupportPlan supportPlan,
                    ResellerType resellerType, CountryCode country, List<VendorService> managedServices) {
        this(tenantId, name, domain, cloud, region, relationship, supportRights, supportPlan, resellerType, country,
                managedServices, List.of(), restrictedByDefault(cloud));
    }

    /** A customer with Azure subscriptions on file, restricted as its cloud says. */
    public Customer(TenantId tenantId, String name, String domain, Cloud cloud, Region region,
                    RelationshipStatus relationship, boolean supportRights, SupportPlan supportPlan,
                    ResellerType resellerType, CountryCode country, List<VendorService> managedServices,
                    List<AzureSubscriptionId> azureSubscriptionIds) {
        this(tenantId, name, domain, cloud, region, relationship, supportRights, supportPlan, resellerType, country,
                managedServices, azureSubscriptionIds, restrictedByDefault(cloud));
    }

    /** A customer restricted or not as given, without Azure subscriptions on file. */
    public Customer(TenantId tenantId, String name, String domain, Cloud cloud, Region region,
                    RelationshipStatus relationship, boolean supportRights, SupportPlan supportPlan,
                    ResellerType resellerType, CountryCode country, List<VendorService> managedServices,
                    boolean restricted) {
        this(tenantId, name, domain, cloud, region, relationship, supportRights, supportPlan, resellerType, country,
                managedServices, List.of(), restricted);
    }

    /** GCC High and DoD customers are restricted unless said otherwise. */
    public static boolean restrictedByDefault(Cloud cloud) {
        return cloud == Cloud.GCC_HIGH || cloud == Cloud.DOD;
    }

    /** Whether this actor may see the customer's records at all: restricted ones only screened agents and operators. */
    public boolean visibleTo(com.partnerdesk.domain.agent.Actor actor) {
        return !restricted || actor.screened();
    }

    /** The relationship is active and grants the vendor's Service support administrator role. */
    public boolean relationshipPermitsSupport() {
        return relationship == RelationshipStatus.ACTIVE && supportRights;
    }

    public Optional<VendorService> managedService(String serviceName) {
        return managedServices.stream().filter(s -> s.name().equalsIgnoreCase(serviceName.strip())).findFirst();
    }

    public boolean manages(VendorService service) {
        return managedServices.contains(service);
    }
}
