package org.safeguard.demo;

import java.util.List;
import java.util.Set;

import org.safeguard.access.Agency;
import org.safeguard.access.NewAgency;
import org.safeguard.access.NewStaffAccount;
import org.safeguard.access.NewTeam;
import org.safeguard.access.Role;
import org.safeguard.access.StaffDirectory;
import org.safeguard.access.Team;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The demo partnership: one police force and its partner agencies (all fictional), their teams, and
 * one sign-in per role. Created through the access module's API like any administrator would.
 */
@Component
public class DemoOrganisation {

    /** A demo sign-in: username, what it is for, and the role it holds. */
    public record DemoSignIn(String username, String displayName, Role role, String agencyCode, String team) {

        /** The account's email address, e.g. officer@police.example. */
        public String email() {
            return username + "@" + agencyCode.toLowerCase().replace('_', '-') + ".example";
        }

        /** The name of the sign-in's agency, e.g. "Demo Constabulary". */
        public String agencyName() {
            return AGENCIES.stream().filter(a -> a.code().equals(agencyCode)).map(DemoAgency::name).findFirst()
                    .orElseThrow();
        }
    }

    private record DemoAgency(String code, String name, String kind, List<String> teams) {
    }

    private static final List<DemoAgency> AGENCIES = List.of(
            new DemoAgency("POLICE", "Demo Constabulary", "POLICE", List.of("Force Control Room", "Response North",
                    "Response South", "Domestic Abuse Investigation and Safeguarding Unit", "Professional Standards",
                    "MARAC Coordination", "Performance and Analysis", "Information Services")),
            new DemoAgency("CHILDRENS_SERVICES", "Demo County Children's Services", "CHILDRENS_SERVICES",
                    List.of("Multi-Agency Safeguarding Hub")),
            new DemoAgency("ADULT_SOCIAL_CARE", "Demo County Adult Social Care", "ADULT_SOCIAL_CARE", List.of("Safeguarding Adults")),
            new DemoAgency("HEALTH", "Demo Hospitals NHS Trust", "HEALTH", List.of("Safeguarding Team")),
            new DemoAgency("HOUSING", "Demo District Council Housing", "HOUSING", List.of("Housing Options")),
            new DemoAgency("PROBATION", "Demo Probation Delivery Unit", "PROBATION", List.of("Public Protection")),
            new DemoAgency("IDVA_SERVICE", "Demo IDVA Service", "IDVA_SERVICE", List.of("IDVA Team")),
            new DemoAgency("REFUGE", "Demo Refuge", "REFUGE_PROVIDER", List.of("Refuge Support")),
            new DemoAgency("VICTIM_CARE_HUB", "Demo Victim Care Hub", "VICTIM_CARE_HUB", List.of("Victim Care")));

    public static final List<DemoSignIn> SIGN_INS = List.of(
            new DemoSignIn("call.handler", "Sam Okoro", Role.CALL_HANDLER, "POLICE", "Force Control Room"),
            new DemoSignIn("officer", "Alex Rowan", Role.OFFICER, "POLICE", "Response North"),
            new DemoSignIn("supervisor", "Priya Marsh", Role.SUPERVISOR, "POLICE", "Response North"),
            new DemoSignIn("specialist", "Jordan Hale", Role.DA_SPECIALIST, "POLICE",
                    "Domestic Abuse Investigation and Safeguarding Unit"),
            new DemoSignIn("professional.standards", "Kit Ashdown", Role.PROFESSIONAL_STANDARDS, "POLICE",
                    "Professional Standards"),
            new DemoSignIn("marac.coordinator", "Morgan Tate", Role.MARAC_COORDINATOR, "POLICE", "MARAC Coordination"),
            new DemoSignIn("idva", "Robin Ellery", Role.IDVA, "IDVA_SERVICE", "IDVA Team"),
            new DemoSignIn("partner", "Casey Noor", Role.PARTNER, "CHILDRENS_SERVICES", "Multi-Agency Safeguarding Hub"),
            new DemoSignIn("analyst", "Taylor Brisk", Role.ANALYST, "POLICE", "Performance and Analysis"),
            new DemoSignIn("admin", "Jamie Fenwick", Role.ADMIN, "POLICE", "Information Services"));

    private final StaffDirectory directory;
    private final DemoServices services;
    private final DemoMaracs maracs;
    private final String demoPassword;

    DemoOrganisation(StaffDirectory directory, DemoServices services, DemoMaracs maracs,
                     @Value("${safeguard.demo.password}") String demoPassword) {
        this.directory = directory;
        this.services = services;
        this.maracs = maracs;
        this.demoPassword = demoPassword;
    }

    public String demoPassword() {
        return demoPassword;
    }

    /** Creates whatever of the demo partnership is missing (its services and MARACs too); safe to run on every start. */
    public void ensure() {
        for (DemoAgency demo : AGENCIES) {
            Agency agency = directory.agencyByCode(demo.code())
                    .orElseGet(() -> directory.createAgency(new NewAgency(demo.code(), demo.name(), demo.kind())));
            for (String team : demo.teams()) {
                if (directory.teamByName(agency.id(), team).isEmpty()) {
                    directory.createTeam(new NewTeam(agency.id(), team, null));
                }
            }
        }
        if (!directory.hasAnyAccount()) {
            for (DemoSignIn signIn : SIGN_INS) {
                Agency agency = directory.agencyByCode(signIn.agencyCode()).orElseThrow();
                Team team = directory.teamByName(agency.id(), signIn.team()).orElseThrow();
                directory.createAccount(new NewStaffAccount(signIn.username(), signIn.displayName(),
                        signIn.email(),
                        agency.id(), team.id(), Set.of(signIn.role().name()), demoPassword));
            }
        }
        services.ensure();
        maracs.ensure();
    }
}
