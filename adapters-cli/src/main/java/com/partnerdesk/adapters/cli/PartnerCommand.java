package com.partnerdesk.adapters.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.partnerdesk.application.error.InputFault;
import com.partnerdesk.application.error.InvalidInputException;
import com.partnerdesk.application.port.in.PartnerProfileView;
import com.partnerdesk.application.port.in.ShowPartnerProfileUseCase;
import com.partnerdesk.application.port.in.UpdatePartnerProfileCommand;
import com.partnerdesk.application.port.in.UpdatePartnerProfileUseCase;
import com.partnerdesk.domain.partner.Contact;
import com.partnerdesk.domain.partner.PartnerProfile;
import java.io.PrintWriter;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code partnerdesk partner show | set}: the partner's profile, which every escalation carries to the vendor. */
@Command(name = "partner", mixinStandardHelpOptions = true,
        description = "Show or set the partner's profile: the organization, the primary contact the vendor calls about"
                + " every service request, and the Dynamics 365 Advanced Support entitlement.")
public final class PartnerCommand {
    /** The option that sets each field, to name it in a refusal. */
    private static final Map<String, String> OPTIONS = Map.of(
            UpdatePartnerProfileCommand.ORGANIZATION, "--organization",
            UpdatePartnerProfileCommand.CONTACT_NAME, "--contact-name",
            UpdatePartnerProfileCommand.CONTACT_EMAIL, "--contact-email",
            UpdatePartnerProfileCommand.CONTACT_PHONE, "--contact-phone");

    private final ShowPartnerProfileUseCase show;
    private final UpdatePartnerProfileUseCase update;
    private final CliSession session;

    @Spec
    CommandSpec spec;

    public PartnerCommand(ShowPartnerProfileUseCase show, UpdatePartnerProfileUseCase update, CliSession session) {
        this.show = show;
        this.update = update;
        this.session = session;
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Show the partner's profile.")
    void show(@Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
                      description = "table or json (default: ${DEFAULT-VALUE})") OutputFormat format) {
        if (format == OutputFormat.CSV) {
            throw new ParameterException(spec.commandLine(), "--format: partner show writes table or json, not csv");
        }
        print(show.show(session.caller()), format);
    }

    @Command(name = "set", mixinStandardHelpOptions = true,
            description = "Change the partner's profile; options not given keep their value. The primary contact's"
                    + " name, e-mail and phone go together.")
    void set(@Option(names = "--organization", paramLabel = "O", description = "the partner's organization name")
             String organization,
             @Option(names = "--contact-name", paramLabel = "N", description = "the primary contact's name") String name,
             @Option(names = "--contact-email", paramLabel = "E", description = "the primary contact's e-mail address")
             String email,
             @Option(names = "--contact-phone", paramLabel = "P", description = "the primary contact's telephone number")
             String phone,
             @Option(names = "--advanced-support", negatable = true,
                     description = "the partner holds Dynamics 365 Advanced Support (--no-advanced-support: it does not)")
             Boolean advancedSupport) {
        PartnerProfileView current = show.show(session.caller());
        PartnerProfile was = current.profile();
        Optional<Contact> contact = was.primaryContact();
        UpdatePartnerProfileCommand command;
        try {
            command = UpdatePartnerProfileCommand.of(session.caller(), current.version(),
                    organization != null ? organization : was.organization(),
                    name != null ? name : contact.map(Contact::name).orElse(null),
                    email != null ? email : contact.map(c -> c.email().value()).orElse(null),
                    phone != null ? phone : contact.map(Contact::phone).orElse(null),
                    advancedSupport != null ? advancedSupport : was.advancedSupport());
        } catch (InvalidInputException invalid) {
            throw new InvalidInputException("The partner profile was not saved", invalid.faults().stream()
                    .map(f -> new InputFault(OPTIONS.getOrDefault(f.location(), f.location()), f.message())).toList());
        }
        PartnerProfileView saved = update.update(command);
        PrintWriter out = Out.of(spec);
        out.println(saved.version() == current.version() ? "The partner profile is unchanged."
                : "Saved the partner profile (version " + saved.version() + ").");
        print(saved, OutputFormat.TABLE);
    }

    private void print(PartnerProfileView view, OutputFormat format) {
        PrintWriter out = Out.of(spec);
        PartnerProfile p = view.profile();
        if (format == OutputFormat.JSON) {
            Listing.printJson(out, json(p));
        } else {
            field(out, "organization", p.organization());
            field(out, "primary contact", p.primaryContact().map(c -> c.name() + " <" + c.email().value() + ">, " + c.phone())
                    .orElse("(none: set it with --contact-name, --contact-email and --contact-phone; no escalation can"
                            + " pass without it)"));
            field(out, "advanced support", p.advancedSupport() ? "yes" : "no");
        }
        out.flush();
    }

    /** {organization, primaryContact: {name, email, phone} or null, advancedSupport}. */
    static ObjectNode json(PartnerProfile p) {
        ObjectNode json = Listing.object();
        json.put("organization", p.organization());
        p.primaryContact().ifPresentOrElse(c -> {
            ObjectNode contact = json.putObject("primaryContact");
            contact.put("name", c.name());
            contact.put("email", c.email().value());
            contact.put("phone", c.phone());
        }, () -> json.putNull("primaryContact"));
        json.put("advancedSupport", p.advancedSupport());
        return json;
    }

    private static void field(PrintWriter out, String label, String value) {
        out.printf("%-17s %s%n", label + ":", value);
    }
}
