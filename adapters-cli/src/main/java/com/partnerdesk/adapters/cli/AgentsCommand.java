package com.partnerdesk.adapters.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.partnerdesk.application.port.in.AgentsUseCase;
import com.partnerdesk.application.port.in.GroupMappingsUseCase;
import com.partnerdesk.application.port.in.SecondFactorUseCase;
import com.partnerdesk.domain.agent.Agent;
import com.partnerdesk.domain.agent.ApiToken;
import com.partnerdesk.domain.agent.Email;
import com.partnerdesk.domain.agent.GroupId;
import com.partnerdesk.domain.agent.GroupMapping;
import com.partnerdesk.domain.agent.Role;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code partnerdesk agents add | list | disable | enable | screened | roles | token | tokens | revoke-token | password
 * | map-group | unmap-group | groups | reset-second-factor}.
 */
@Command(name = "agents", mixinStandardHelpOptions = true, description = "Manage the agents who sign in to the desk.")
public final class AgentsCommand {
    private final AgentsUseCase agents;
    private final GroupMappingsUseCase groupMappings;
    private final SecondFactorUseCase secondFactor;
    private final CliSession session;

    @Spec
    CommandSpec spec;

    public AgentsCommand(AgentsUseCase agents, GroupMappingsUseCase groupMappings, SecondFactorUseCase secondFactor,
                         CliSession session) {
        this.agents = agents;
        this.groupMappings = groupMappings;
        this.secondFactor = secondFactor;
        this.session = session;
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Add an agent. Without --password-stdin the agent can only use API tokens until a password is set.")
    void add(@Option(names = "--email", required = true, paramLabel = "E", description = "the agent's e-mail address") String email,
             @Option(names = "--name", required = true, paramLabel = "N", description = "the agent's display name") String name,
             @Option(names = "--role", required = true, arity = "1..*", paramLabel = "ROLE",
                     description = "one or more of ${COMPLETION-CANDIDATES}") List<Role> roles,
             @Option(names = "--password-stdin", description = "read the password from the first line of standard input")
             boolean passwordStdin) {
        Email address = Email.of(email);
        Optional<char[]> password = passwordStdin ? Optional.of(readPassword()) : Optional.empty();
        try {
            Agent agent = agents.add(session.caller(), address, name, EnumSet.copyOf(roles), password);
            Out.of(spec).println("added " + agent.email() + " (" + roles(agent.roles()) + ")");
        } finally {
            password.ifPresent(p -> Arrays.fill(p, '\0'));
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the agents.")
    void list(@Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
                      description = "table, json or csv (default: ${DEFAULT-VALUE})") OutputFormat format) {
        Listing.<Agent>of(a -> {
                    ObjectNode json = Listing.object();
                    json.put("id", a.id().value());
                    json.put("email", a.email().value());
                    json.put("name", a.name());
                    a.roles().stream().sorted().forEach(r -> json.withArray("roles").add(r.name()));
                    json.put("disabled", a.disabled());
                    json.put("screened", a.screened());
                    return json;
                })
                .column("EMAIL", a -> a.email().value())
                .column("NAME", Agent::name)
                .column("ROLES", a -> roles(a.roles()))
                .column("DISABLED", a -> a.disabled() ? "yes" : "no")
                .column("SCREENED", a -> a.screened() ? "yes" : "no")
                .print(format, agents.list(session.caller()), Out.of(spec));
    }

    @Command(name = "disable", mixinStandardHelpOptions = true,
            description = "Disable an agent: no more sign-in, and every API token is revoked.")
    void disable(@Option(names = "--email", required = true, paramLabel = "E") String email) {
        Agent agent = agents.disable(session.caller(), Email.of(email));
        Out.of(spec).println("disabled " + agent.email() + "; API tokens revoked");
    }

    @Command(name = "enable", mixinStandardHelpOptions = true,
            description = "Enable a disabled agent again: they sign in with their password (tokens revoked stay revoked).")
    void enable(@Option(names = "--email", required = true, paramLabel = "E") String email) {
        Agent agent = agents.enable(session.caller(), Email.of(email));
        Out.of(spec).println("enabled " + agent.email() + "; issue new API tokens with agents token");
    }

    @Command(name = "screened", mixinStandardHelpOptions = true,
            description = {"Record whether an agent is screened for restricted customers' data (GCC High and DoD by "
                    + "default: screened US persons only).", "An agent who is not screened is answered as if those "
                    + "customers and their cases did not exist."})
    void screened(@Option(names = "--email", required = true, paramLabel = "E") String email,
                  @picocli.CommandLine.ArgGroup(exclusive = true, multiplicity = "1") Screening screening) {
        Agent agent = agents.setScreened(session.caller(), Email.of(email), screening.yes);
        Out.of(spec).println(agent.email() + (agent.screened() ? " is screened for restricted customers"
                : " is not screened for restricted customers"));
    }

    /** --yes or --no, exactly one. */
    static final class Screening {
        @Option(names = "--yes", required = true, description = "the agent is screened") boolean yes;
        @Option(names = "--no", required = true, description = "the agent is not (or no longer) screened") boolean no;
    }

    @Command(name = "roles", mixinStandardHelpOptions = true, description = "Replace an agent's roles.")
    void roles(@Option(names = "--email", required = true, paramLabel = "E") String email,
               @Option(names = "--role", required = true, arity = "1..*", paramLabel = "ROLE",
                       description = "one or more of ${COMPLETION-CANDIDATES}") List<Role> roles) {
        Agent agent = agents.changeRoles(session.caller(), Email.of(email), EnumSet.copyOf(roles));
        Out.of(spec).println(agent.email() + " now has roles " + roles(agent.roles()));
    }

    @Command(name = "token", mixinStandardHelpOptions = true,
            description = "Issue a new API token for an agent; it is printed once and only its digest is kept. An agent "
                    + "may hold several, each under its own name.")
    void token(@Option(names = "--email", required = true, paramLabel = "E") String email,
               @Option(names = "--name", paramLabel = "N",
                       description = "the token's name, unique for the agent (default: token-1, token-2, ...)")
               String name,
               @Option(names = "--expires-in", paramLabel = "DAYS",
                       description = "the token stops working after this many days (default: never)") Integer days) {
        if (days != null && (days < 1 || days > 3650)) {
            throw new ParameterException(spec.commandLine(), "--expires-in: " + days + " is not between 1 and 3650 days");
        }
        String token = agents.issueToken(session.caller(), Email.of(email), Optional.ofNullable(name),
                Optional.ofNullable(days).map(java.time.Duration::ofDays));
        Out.of(spec).println(token);
        Out.err(spec).println("This token is shown once: store it now. Send it as 'Authorization: Bearer <token>'.");
    }

    @Command(name = "tokens", mixinStandardHelpOptions = true,
            description = "List an agent's API tokens: name, when issued, when they expire (never the secret).")
    void tokens(@Option(names = "--email", required = true, paramLabel = "E") String email,
                @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
                        description = "table, json or csv (default: ${DEFAULT-VALUE})") OutputFormat format) {
        Listing.<ApiToken>of(t -> {
                    ObjectNode json = Listing.object();
                    json.put("name", t.name());
                    json.put("createdAt", t.createdAt().toString());
                    json.put("expiresAt", t.expiresAt().map(Object::toString).orElse(null));
                    return json;
                })
                .column("NAME", ApiToken::name)
                .column("ISSUED", ApiToken::createdAt)
                .column("EXPIRES", t -> t.expiresAt().map(Object::toString).orElse("never"))
                .print(format, agents.tokens(session.caller(), Email.of(email)), Out.of(spec));
    }

    @Command(name = "revoke-token", mixinStandardHelpOptions = true,
            description = "Revoke one of an agent's API tokens by name; the agent's other tokens keep working.")
    void revokeToken(@Option(names = "--email", required = true, paramLabel = "E") String email,
                     @Option(names = "--name", required = true, paramLabel = "N") String name) {
        agents.revokeToken(session.caller(), Email.of(email), name);
        Out.of(spec).println("revoked the token '" + name.strip() + "' of " + Email.of(email));
    }

    @Command(name = "password", mixinStandardHelpOptions = true,
            description = "Reset an agent's password, read from standard input (one line); never from an argument.")
    void password(@Option(names = "--email", required = true, paramLabel = "E") String email,
                  @Option(names = "--password-stdin", required = true,
                          description = "read the new password from standard input") boolean passwordStdin) {
        agents.resetPassword(session.caller(), Email.of(email), readPassword());
        Out.of(spec).println("password reset for " + Email.of(email));
    }

    @Command(name = "map-group", mixinStandardHelpOptions = true,
            description = "Give the members of one of the partner's Entra security groups a role when they sign in with "
                    + "Microsoft (and, with --screened, record them as screened for restricted customers).")
    void mapGroup(@Option(names = "--group", required = true, paramLabel = "GUID",
                          description = "the group's object id") String group,
                  @Option(names = "--role", required = true, paramLabel = "ROLE",
                          description = "one of ${COMPLETION-CANDIDATES}") Role role,
                  @Option(names = "--screened", description = "members are screened for restricted customers")
                  boolean screened) {
        GroupMapping mapping = groupMappings.map(session.caller(), GroupId.of(group), role, screened);
        Out.of(spec).println("members of " + mapping.groupId() + " get " + mapping.role().name()
                + (mapping.screened() ? ", screened," : "") + " at their next sign-in");
    }

    @Command(name = "unmap-group", mixinStandardHelpOptions = true,
            description = "Stop a group giving roles: its members lose them at their next sign-in.")
    void unmapGroup(@Option(names = "--group", required = true, paramLabel = "GUID") String group) {
        GroupId id = GroupId.of(group);
        groupMappings.unmap(session.caller(), id);
        Out.of(spec).println(id + " no longer gives a role");
    }

    @Command(name = "groups", mixinStandardHelpOptions = true, description = "List the Entra group mappings.")
    void groups(@Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
                        description = "table, json or csv (default: ${DEFAULT-VALUE})") OutputFormat format) {
        Listing.<GroupMapping>of(m -> {
                    ObjectNode json = Listing.object();
                    json.put("groupId", m.groupId().value());
                    json.put("role", m.role().name());
                    json.put("screened", m.screened());
                    return json;
                })
                .column("GROUP", m -> m.groupId().value())
                .column("ROLE", m -> m.role().name())
                .column("SCREENED", m -> m.screened() ? "yes" : "no")
                .print(format, groupMappings.list(session.caller()), Out.of(spec));
    }

    @Command(name = "reset-second-factor", mixinStandardHelpOptions = true,
            description = "Remove an agent's second factor (a lost phone): their password signs in alone until they "
                    + "enrol again.")
    void resetSecondFactor(@Option(names = "--email", required = true, paramLabel = "E") String email) {
        secondFactor.reset(session.caller(), Email.of(email));
        Out.of(spec).println("second factor of " + Email.of(email) + " removed; they enrol again under Second factor");
    }

    private char[] readPassword() {
        try {
            BufferedReader reader = new BufferedReader(new InputStreamReader(session.stdin(), StandardCharsets.UTF_8));
            String line = reader.readLine();
            if (line == null || line.isEmpty()) {
                throw new ParameterException(spec.commandLine(), "--password-stdin: standard input held no password");
            }
            return line.toCharArray();
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), "--password-stdin: cannot read standard input: " + e.getMessage());
        }
    }

    private static String roles(Set<Role> roles) {
        return new TreeSet<>(roles).stream().map(Role::name).collect(Collectors.joining(","));
    }
}
