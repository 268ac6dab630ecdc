package org.safeguard.demo;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.safeguard.access.ActingAs;
import org.safeguard.access.StaffDirectory;
import org.safeguard.directory.NewPartnerService;
import org.safeguard.directory.PartnerService;
import org.safeguard.directory.ServiceDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The demo partnership's partner services in the directory, one or more of each kind; created when missing. Added
 * through the directory's API as the demo administrator, as a real administrator would.
 */
@Component
class DemoServices {

    private static final Logger log = LoggerFactory.getLogger(DemoServices.class);
    private static final String ADMIN = "admin";
    private static final String WEEKDAYS = "Monday to Friday, 9am to 5pm";
    private static final List<String> NORTH = List.of("Stevenage", "Hitchin", "Letchworth Garden City");

    private static final List<NewPartnerService> SERVICES = List.of(
            service("MARAC", "Demo MARAC Coordination", "MARAC", "POLICE", List.of(),
                    "Lists high-risk victims at the next MARAC of their area; agencies share information and agree an action plan.",
                    "Referred by the routing rules on a high-risk assessment, or by hand from the victim's page.",
                    WEEKDAYS, 72),
            service("IDVA", "Demo IDVA Service", "IDVA", "IDVA_SERVICE", List.of(),
                    "Independent domestic violence advisers for high-risk victims: safety planning, the victim's voice at MARAC, court support.",
                    "Referred automatically on high risk; by hand through Safeguard for others.",
                    "Monday to Friday, 8am to 8pm; Saturday 10am to 2pm", 24, "12.0"),
            service("IDVA-NORTH", "Demo IDVA Service - North Herts", "IDVA", "IDVA_SERVICE", NORTH,
                    "The IDVA team based in Stevenage for North Hertfordshire.",
                    "As the county IDVA service; picked for victims in Stevenage, Hitchin and Letchworth.",
                    WEEKDAYS, 24, "4.5"),
            service("MASH", "Demo Multi-Agency Safeguarding Hub", "CHILDRENS_SERVICES", "CHILDRENS_SERVICES", List.of(),
                    "Children's services front door: screens notifications about children at domestic abuse incidents.",
                    "Notification through Safeguard; urgent concerns by phone to the MASH duty line.",
                    "24 hours, every day (out of hours: emergency duty team)", 24),
            service("HBA-SPECIALIST", "Demo Honour-Based Abuse and Forced Marriage Service", "HONOUR_BASED_ABUSE", "REFUGE",
                    List.of(), "Specialist caseworkers for honour-based abuse, forced marriage and FGM; links to the Forced Marriage Unit.",
                    "Through Safeguard; never contact the family to arrange it.", WEEKDAYS, 24),
            service("YOUNG-PEOPLE", "Demo Young People's Domestic Abuse Service", "YOUNG_PEOPLE", "VICTIM_CARE_HUB", List.of(),
                    "Young people's violence advisers for victims aged 13 to 17, in and out of school.",
                    "Through Safeguard or the school's safeguarding lead.", WEEKDAYS, 48),
            service("STALKING", "Demo Stalking Advocacy Service", "STALKING_ADVOCACY", "VICTIM_CARE_HUB", List.of(),
                    "Independent stalking advocacy caseworkers (ISAC): risk, evidence logs, protective orders.",
                    "Through Safeguard.", WEEKDAYS, 48),
            service("VICTIM-CARE-HUB", "Demo Victim Care Hub", "VICTIM_CARE_HUB", "VICTIM_CARE_HUB", List.of(),
                    "Below-MARAC support offer for standard and medium risk victims: needs assessment, safety advice, onward referral.",
                    "Referred automatically on standard or medium risk; self-referral by phone.", "Monday to Saturday, 8am to 8pm", 72),
            service("REFUGE", "Demo Refuge", "REFUGE", "REFUGE", List.of(),
                    "Safe emergency accommodation for women and children, with support workers.",
                    "Through Safeguard or the national helpline; the address is never shared.", "24 hours, every day", 4),
            service("HOUSING-OPTIONS", "Demo Housing Options", "HOUSING", "HOUSING", List.of(),
                    "Homelessness assessment, sanctuary scheme (target hardening) and management transfers.",
                    "Through Safeguard.", WEEKDAYS, 72));

    private final ServiceDirectory directory;
    private final StaffDirectory staff;
    private final ActingAs acting;

    DemoServices(ServiceDirectory directory, StaffDirectory staff, ActingAs acting) {
        this.directory = directory;
        this.staff = staff;
        this.acting = acting;
    }

    void ensure() {
        if (staff.accountByUsername(ADMIN).isEmpty()) {
            log.warn("No '{}' account: the demo partner services are not added", ADMIN);
            return;
        }
        Map<String, PartnerService> known = directory.all().stream()
                .collect(Collectors.toMap(PartnerService::code, s -> s, (a, b) -> a));
        List<NewPartnerService> missing = SERVICES.stream().filter(s -> !known.containsKey(s.code())).toList();
        // A demo database made before services had full-time workers: its services get the demo's figure.
        List<NewPartnerService> withoutWorkers = SERVICES.stream().filter(s -> s.fullTimeWorkers() != null)
                .filter(s -> known.containsKey(s.code()) && known.get(s.code()).fullTimeWorkers() == null).toList();
        if (!missing.isEmpty() || !withoutWorkers.isEmpty()) {
            acting.run(ADMIN, () -> {
                missing.forEach(directory::add);
                withoutWorkers.forEach(s -> giveWorkers(known.get(s.code()), s.fullTimeWorkers()));
                return null;
            });
        }
    }

    /** The service as it is, with the demo's full-time workers. */
    private void giveWorkers(PartnerService service, String fullTimeWorkers) {
        directory.change(service.id(), service.version(), new NewPartnerService(service.code(), service.name(),
                service.kind().name(), service.agencyCode(), service.areas(), service.offers(), service.referralRoute(),
                service.hours(), Integer.toString(service.slaHours()), fullTimeWorkers), service.active());
    }

    private static NewPartnerService service(String code, String name, String kind, String agency, List<String> areas,
                                             String offers, String route, String hours, int slaHours) {
        return service(code, name, kind, agency, areas, offers, route, hours, slaHours, null);
    }

    /** A service with its full-time-equivalent workers (the IDVA services: the dashboard's caseload per worker). */
    private static NewPartnerService service(String code, String name, String kind, String agency, List<String> areas,
                                             String offers, String route, String hours, int slaHours,
                                             String fullTimeWorkers) {
        return new NewPartnerService(code, name, kind, agency, areas, offers, route, hours, Integer.toString(slaHours),
                fullTimeWorkers);
    }
}
