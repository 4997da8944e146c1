package com.partnerdesk.adapters.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.partnerdesk.application.error.InvalidInputException;
import com.partnerdesk.application.port.in.CustomersUseCase;
import com.partnerdesk.application.port.in.ImportCustomersUseCase;
import com.partnerdesk.application.port.in.ImportReport;
import com.partnerdesk.application.port.in.ReferenceDataUseCase;
import com.partnerdesk.domain.catalogue.VendorService;
import com.partnerdesk.domain.customer.AzureSubscriptionId;
import com.partnerdesk.domain.customer.Customer;
import com.partnerdesk.domain.customer.CustomerContact;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code partnerdesk customers import FILE.csv | customers list}. */
@Command(name = "customers", mixinStandardHelpOptions = true, description = "Import and list customers.")
public final class CustomersCommand {
    private final CustomersUseCase customers;
    private final ImportCustomersUseCase importer;
    private final ReferenceDataUseCase referenceData;
    private final CliSession session;

    @Spec
    CommandSpec spec;

    public CustomersCommand(CustomersUseCase customers, ImportCustomersUseCase importer,
                            ReferenceDataUseCase referenceData, CliSession session) {
        this.customers = customers;
        this.importer = importer;
        this.referenceData = referenceData;
        this.session = session;
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Add or update customers from a CSV file (UTF-8, RFC 4180) with the header",
                    "tenantId,name,domain,cloud,region,relationship,supportRole,supportPlan,resellerType,country,services",
                    "and optionally restricted (yes/no; left out or empty: GCC_HIGH and DOD customers are restricted,",
                    "seen only by agents marked with 'agents screened --yes') and azureSubscriptionIds (the customer's",
                    "Azure subscriptions, separated by ';'), contactName and contactEmail (the customer's contact,",
                    "whom customer updates are mailed to: both or neither).",
                    "Every row is checked first; any fault refuses the whole file and nothing is written."})
    void importFile(@Parameters(paramLabel = "FILE.csv") Path file) {
        String source = InputFiles.name(file);
        List<VendorService> catalogue = referenceData.services(session.caller());
        List<Customer> parsed;
        try (Reader reader = InputFiles.utf8(file)) {
            parsed = new CustomerCsv(catalogue).read(source, reader);
        } catch (CharacterCodingException e) {
            throw InvalidInputException.of(source, "is not UTF-8 text");
        } catch (IOException e) {
            throw InvalidInputException.of(source, "cannot be read: " + e.getMessage());
        }
        ImportReport report = importer.importCustomers(session.caller(), parsed);
        Out.of(spec).println("added " + report.added() + ", updated " + report.updated()
                + ", unchanged " + report.unchanged());
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the customers.")
    void list(@Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
                      description = "table, json or csv (default: ${DEFAULT-VALUE}); csv has the import header")
              OutputFormat format) {
        Listing.<Customer>of(CustomersCommand::json)
                .column("tenantId", c -> c.tenantId().value())
                .column("name", Customer::name)
                .column("domain", Customer::domain)
                .column("cloud", c -> c.cloud().name())
                .column("region", c -> c.region().value())
                .column("relationship", c -> c.relationship().name())
                .column("supportRole", c -> c.supportRights() ? "yes" : "no")
                .column("supportPlan", c -> c.supportPlan().name())
                .column("resellerType", c -> c.resellerType().name())
                .column("country", c -> c.country().value())
                .column("services", CustomersCommand::services)
                .column("restricted", c -> c.restricted() ? "yes" : "no")
                .column("azureSubscriptionIds", c -> c.azureSubscriptionIds().stream().map(AzureSubscriptionId::value)
                        .collect(Collectors.joining(";")))
                .column("contactName", c -> c.contact().map(CustomerContact::name).orElse(""))
                .column("contactEmail", c -> c.contact().map(contact -> contact.email().value()).orElse(""))
                .print(format, customers.list(session.caller()), Out.of(spec));
    }

    private static String services(Customer c) {
        return c.managedServices().stream().map(VendorService::name).collect(Collectors.joining(";"));
    }

    private static ObjectNode json(Customer c) {
        ObjectNode json = Listing.object();
        json.put("tenantId", c.tenantId().value());
        json.put("name", c.name());
        json.put("domain", c.domain());
        json.put("cloud", c.cloud().name());
        json.put("region", c.region().value());
        json.put("relationship", c.relationship().name());
        json.put("supportRole", c.supportRights());
        json.put("supportPlan", c.supportPlan().name());
        json.put("resellerType", c.resellerType().name());
        json.put("country", c.country().value());
        json.put("restricted", c.restricted());
        c.contact().ifPresentOrElse(contact -> {
            ObjectNode person = json.putObject("contact");
            person.put("name", contact.name());
            person.put("email", contact.email().value());
        }, () -> json.putNull("contact"));
        c.managedServices().forEach(s -> {
            ObjectNode service = json.withArray("services").addObject();
            service.put("name", s.name());
            service.put("productFamily", s.family().name().toUpperCase(Locale.ROOT));
        });
        json.withArray("services");
        c.azureSubscriptionIds().forEach(s -> json.withArray("azureSubscriptionIds").add(s.value()));
        json.withArray("azureSubscriptionIds");
        return json;
    }
}
