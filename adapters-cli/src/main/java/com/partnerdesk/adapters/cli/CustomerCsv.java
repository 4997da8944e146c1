package com.partnerdesk.adapters.cli;

import com.partnerdesk.application.error.InvalidInputException;
import com.partnerdesk.domain.catalogue.VendorService;
import com.partnerdesk.domain.common.InvalidValueException;
import com.partnerdesk.domain.common.Require;
import com.partnerdesk.domain.customer.AzureSubscriptionId;
import com.partnerdesk.domain.customer.Cloud;
import com.partnerdesk.domain.customer.CountryCode;
import com.partnerdesk.domain.customer.Customer;
import com.partnerdesk.domain.customer.CustomerContact;
import com.partnerdesk.domain.agent.Email;
import com.partnerdesk.domain.customer.Region;
import com.partnerdesk.domain.customer.RelationshipStatus;
import com.partnerdesk.domain.customer.ResellerType;
import com.partnerdesk.domain.customer.SupportPlan;
import com.partnerdesk.domain.customer.TenantId;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the customers CSV of SPEC §8 into domain customers. Every row is checked and every fault is
 * reported by line and column; one fault refuses the whole file.
 */
final class CustomerCsv {
    static final List<String> HEADER = List.of("tenantId", "name", "domain", "cloud", "region", "relationship",
            "supportRole", "supportPlan", "resellerType", "country", "services");
    /**
     * Columns a file may have or leave out: restricted (yes/no; left out or empty, GCC_HIGH and DOD are restricted)
     * and the customer's Azure subscriptions, separated by ';'.
     */
    static final List<String> OPTIONAL = List.of("restricted", "azureSubscriptionIds", "contactName", "contactEmail");

    private final Map<String, VendorService> catalogue = new HashMap<>();

    CustomerCsv(List<VendorService> services) {
        services.forEach(s -> catalogue.put(key(s.name()), s));
    }

    /**
     * The customers of the file, in file order.
     *
     * @param source the file's name as the operator knows it, used in every fault's location
     * @throws InvalidInputException listing every fault, when anything is wrong
     */
    List<Customer> read(String source, Reader reader) throws IOException {
        List<Csv.Row> rows;
        try {
            rows = Csv.read(reader);
        } catch (Csv.MalformedCsvException e) {
            throw refused(source, List.of(new com.partnerdesk.application.error.InputFault(
                    source + " line " + e.line(), e.getMessage())));
        }
        Faults faults = new Faults();
        rows = rows.stream().filter(r -> !r.isBlank()).toList();
        if (rows.isEmpty()) {
            faults.add(source + " line 1", "the file is empty; expected the header " + String.join(",", HEADER));
            throw refused(source, faults.list());
        }
        Map<String, Integer> columns = header(source, rows.get(0), faults);
        if (!faults.isEmpty()) {
            throw refused(source, faults.list());
        }
        List<Customer> customers = new ArrayList<>();
        Map<TenantId, Integer> firstLine = new HashMap<>();
        for (Csv.Row row : rows.subList(1, rows.size())) {
            String at = source + " line " + row.line();
            if (row.fields().size() != columns.size()) {
                faults.add(at, "expected " + columns.size() + " fields, found " + row.fields().size());
                continue;
            }
            Optional<Customer> customer = customer(at, new Values(columns, row.fields()), faults);
            customer.ifPresent(c -> {
                Integer earlier = firstLine.putIfAbsent(c.tenantId(), row.line());
                if (earlier != null) {
                    faults.add(at, "tenantId: " + c.tenantId() + " appears again (first on line " + earlier + ")");
                } else {
                    customers.add(c);
                }
            });
        }
        if (!faults.isEmpty()) {
            throw refused(source, faults.list());
        }
        return customers;
    }

    private static InvalidInputException refused(String source,
                                                 List<com.partnerdesk.application.error.InputFault> faults) {
        return new InvalidInputException(source + " refused, nothing was imported", faults);
    }

    private static Map<String, Integer> header(String source, Csv.Row row, Faults faults) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        String at = source + " line " + row.line();
        for (int i = 0; i < row.fields().size(); i++) {
            String name = row.fields().get(i).strip();
            Optional<String> known = java.util.stream.Stream.concat(HEADER.stream(), OPTIONAL.stream())
                    .filter(h -> h.equalsIgnoreCase(name)).findFirst();
            if (known.isEmpty()) {
                faults.add(at, "header: unknown column '" + name + "' (expected " + String.join(",", HEADER)
                        + ", and optionally " + String.join(",", OPTIONAL) + ")");
            } else if (columns.putIfAbsent(known.get(), i) != null) {
                faults.add(at, "header: column '" + name + "' appears twice");
            }
        }
        for (String wanted : HEADER) {
            if (!columns.containsKey(wanted)) {
                faults.add(at, "header: column '" + wanted + "' is missing (expected " + String.join(",", HEADER) + ")");
            }
        }
        return columns;
    }

    private Optional<Customer> customer(String at, Values v, Faults faults) {
        int before = faults.size();
        Optional<TenantId> tenantId = faults.check(at, "tenantId", () -> TenantId.of(v.get("tenantId")));
        Optional<String> name = faults.check(at, "name", () -> Require.text("name", v.get("name"), 200));
        String domain = v.get("domain");
        Optional<Cloud> cloud = faults.check(at, "cloud", () -> Cloud.parse("cloud", v.get("cloud")));
        Optional<Region> region = faults.check(at, "region", () -> Region.of(v.get("region")));
        Optional<RelationshipStatus> relationship = faults.check(at, "relationship",
                () -> Require.oneOf("relationship", RelationshipStatus.class, v.get("relationship")));
        Optional<Boolean> supportRole = faults.check(at, "supportRole", () -> yesNo("supportRole", v.get("supportRole")));
        Optional<String> restrictedText = v.optional("restricted");
        Optional<Boolean> restricted = restrictedText.isEmpty() ? Optional.empty()
                : faults.check(at, "restricted", () -> yesNo("restricted", restrictedText.get()));
        Optional<SupportPlan> plan = faults.check(at, "supportPlan",
                () -> Require.oneOf("supportPlan", SupportPlan.class, v.get("supportPlan")));
        Optional<ResellerType> reseller = faults.check(at, "resellerType",
                () -> Require.oneOf("resellerType", ResellerType.class, v.get("resellerType")));
        Optional<CountryCode> country = faults.check(at, "country", () -> CountryCode.of(v.get("country")));
        List<VendorService> services = services(at, v.get("services"), faults);
        List<AzureSubscriptionId> subscriptions = subscriptions(at, v.get("azureSubscriptionIds"), faults);
        Optional<CustomerContact> contact = contact(at, v, faults);
        if (faults.size() > before) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Customer(tenantId.orElseThrow(), name.orElseThrow(), domain, cloud.orElseThrow(),
                    region.orElseThrow(), relationship.orElseThrow(), supportRole.orElseThrow(), plan.orElseThrow(),
                    reseller.orElseThrow(), country.orElseThrow(), services, subscriptions,
                    restricted.orElse(Customer.restrictedByDefault(cloud.orElseThrow())), contact));
        } catch (InvalidValueException e) {
            faults.add(at, e.getMessage());
            return Optional.empty();
        }
    }

    /** The customer's contact: both contactName and contactEmail, or neither. */
    private static Optional<CustomerContact> contact(String at, Values v, Faults faults) {
        Optional<String> name = v.optional("contactName");
        Optional<String> email = v.optional("contactEmail");
        if (name.isEmpty() && email.isEmpty()) {
            return Optional.empty();
        }
        if (name.isEmpty() || email.isEmpty()) {
            faults.add(at, (name.isEmpty() ? "contactName" : "contactEmail") + ": a contact needs both a name and an"
                    + " e-mail address (or leave both empty)");
            return Optional.empty();
        }
        Optional<Email> address = faults.check(at, "contactEmail", () -> Email.of(email.get().strip()));
        return address.flatMap(a -> faults.check(at, "contactName", () -> new CustomerContact(name.get().strip(), a)));
    }

    private List<VendorService> services(String at, String value, Faults faults) {
        List<VendorService> services = new ArrayList<>();
        boolean named = false;
        for (String part : value.split(";")) {
            String name = part.strip();
            if (name.isEmpty()) {
                continue;
            }
            named = true;
            VendorService service = catalogue.get(key(name));
            if (service == null) {
                faults.add(at, "services: '" + name + "' is not a service in the catalogue");
            } else {
                services.add(service);
            }
        }
        if (!named) {
            faults.add(at, "services: must name at least one service from the catalogue, separated by ';'");
        }
        return services;
    }

    /** The customer's Azure subscription ids, separated by ';'; none when the column is absent or empty. */
    private static List<AzureSubscriptionId> subscriptions(String at, String value, Faults faults) {
        List<AzureSubscriptionId> subscriptions = new ArrayList<>();
        for (String part : value.split(";")) {
            if (!part.isBlank()) {
                faults.check(at, "azureSubscriptionIds", () -> AzureSubscriptionId.of(part.strip()))
                        .ifPresent(subscriptions::add);
            }
        }
        return subscriptions;
    }

    private static boolean yesNo(String field, String value) {
        String text = Require.text(field, value).toLowerCase(Locale.ROOT);
        return switch (text) {
            case "yes" -> true;
            case "no" -> false;
            default -> throw new InvalidValueException(field, "'" + value + "' is not yes or no");
        };
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /** The fields of one row, by column name; an optional column the file leaves out reads as empty. */
    private record Values(Map<String, Integer> columns, List<String> fields) {
        String get(String column) {
            Integer index = columns.get(column);
            return index == null ? "" : Csv.unguard(fields.get(index));
        }

        /** An optional column's value; empty when the file has no such column or the cell is blank. */
        Optional<String> optional(String column) {
            return Optional.of(get(column)).filter(value -> !value.isBlank());
        }
    }
}
