package com.partnerdesk.domain.catalogue;

import com.partnerdesk.domain.common.InvalidValueException;
import com.partnerdesk.domain.common.Require;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The vendor services the desk knows, by the health feed's names. Ships with a standard list; extendable. */
public final class ServiceCatalogue {
    private final Map<String, VendorService> byName = new LinkedHashMap<>();

    public ServiceCatalogue(Collection<VendorService> services) {
        for (VendorService service : services) {
            byName.put(key(service.name()), service);
        }
    }

    public static ServiceCatalogue standard() {
        List<VendorService> services = new ArrayList<>();
        for (String name : List.of("Exchange Online", "Microsoft Teams", "SharePoint Online", "OneDrive for Business",
                "Microsoft Entra", "Microsoft Intune", "Microsoft 365 Apps", VendorService.SUITE,
                "Microsoft Defender for Office 365", "Microsoft Purview", "Power BI", "Planner", "Microsoft Forms")) {
            services.add(new VendorService(name, ProductFamily.OFFICE_365));
        }
        for (String name : List.of("Azure Virtual Machines", "Azure Storage", "Azure SQL Database", "Azure Virtual Network",
                "Azure Kubernetes Service", "Azure App Service", "Azure Key Vault", "Azure Monitor")) {
            services.add(new VendorService(name, ProductFamily.AZURE));
        }
        for (String name : List.of("Dynamics 365 Sales", "Dynamics 365 Customer Service", "Dynamics 365 Field Service",
                "Power Apps", "Power Automate")) {
            services.add(new VendorService(name, ProductFamily.DYNAMICS_365));
        }
        services.add(new VendorService("Marketplace Apps", ProductFamily.MARKETPLACE));
        return new ServiceCatalogue(services);
    }

    public Optional<VendorService> find(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(byName.get(key(name)));
    }

    /** The service of this name, or an error naming the field and the unknown value. */
    public VendorService require(String field, String name) {
        Require.text(field, name);
        return find(name).orElseThrow(() -> new InvalidValueException(field,
                "'" + name.strip() + "' is not a service in the catalogue"));
    }

    public List<VendorService> all() {
        return byName.values().stream().sorted(Comparator.comparing(VendorService::name)).toList();
    }

    public ServiceCatalogue with(VendorService service) {
        List<VendorService> services = new ArrayList<>(byName.values());
        services.add(service);
        return new ServiceCatalogue(services);
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
