package org.safeguard.intake.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.safeguard.access.AccessDecision;
import org.safeguard.access.RecordAccess;
import org.safeguard.access.RecordType;
import org.safeguard.access.Restriction;
import org.safeguard.access.SignedInStaff;
import org.safeguard.identity.PersonRecords;
import org.safeguard.intake.Grade;
import org.safeguard.intake.Incident;
import org.safeguard.intake.IncidentPage;
import org.safeguard.intake.History;
import org.safeguard.intake.HistoryQuery;
import org.safeguard.intake.IncidentFile;
import org.safeguard.intake.IncidentFilter;
import org.safeguard.intake.IncidentHistory;
import org.safeguard.intake.IncidentStatus;
import org.safeguard.intake.Incidents;
import org.safeguard.intake.NewIncident;
import org.safeguard.intake.rules.IncidentRules;
import org.safeguard.platform.InvalidRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The control room's pages: record an incident with the history panel beside the form, the incident
 * as the attending officer sees it (checks first), and the incident list with its filters.
 */
@Controller
@RequestMapping("/incidents")
class IncidentPages {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d/M/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Incidents incidents;
    private final IncidentHistory history;
    private final Clock clock;
    private final RecordAccess access;
    private final PersonRecords people;

    IncidentPages(Incidents incidents, IncidentHistory history, Clock clock, RecordAccess access, PersonRecords people) {
        this.people = people;
        this.incidents = incidents;
        this.history = history;
        this.clock = clock;
        this.access = access;
    }

    @GetMapping("/new")
    @PreAuthorize("hasAnyRole('CALL_HANDLER','OFFICER','SUPERVISOR','DA_SPECIALIST','PARTNER')")
    String newIncident(Model model) {
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(FormValues.LONDON));
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("receivedDate", DAY.format(now));
        typed.put("receivedTime", TIME.format(now));
        typed.put("parties[0].role", "VICTIM");
        typed.put("parties[1].role", "SUSPECT");
        return form(model, new IncidentForm(typed), History.EMPTY);
    }

    /**
     * Saves the incident, or shows the form again with its problems. {@code action=history} is the
     * no-JavaScript way to see the history panel: the form comes back with it filled in, nothing saved.
     */
    @PostMapping("/new")
    String record(@RequestParam Map<String, String> typed, Model model, RedirectAttributes redirect) {
        IncidentForm form = new IncidentForm(typed);
        if ("history".equals(typed.get("action"))) {
            return form(model, form, history.lookUp(queryOf(typed)));
        }
        InvalidRequest.Check unreadable = new InvalidRequest.Check();
        NewIncident incident = form.read(unreadable);
        try {
            if (unreadable.count() > 0) {
                // Show what could not be read with every rule problem, all at once.
                collectRuleProblems(incident, unreadable);
                unreadable.throwIfAny();
            }
            IncidentFile saved = incidents.record(incident);
            redirect.addFlashAttribute("success", "Incident " + saved.incident().reference() + " recorded");
            return "redirect:/incidents/" + saved.incident().id();
        } catch (InvalidRequest refused) {
            model.addAttribute("errors", form.onTheForm(refused.problems()));
            return form(model, form, History.EMPTY);
        }
    }

    private void collectRuleProblems(NewIncident incident, InvalidRequest.Check unreadable) {
        try {
            IncidentRules.check(incident, clock.instant());
        } catch (InvalidRequest ruleProblems) {
            ruleProblems.problems().stream()
                    .filter(p -> !unreadable.hasProblemWith(p.field()))
                    .forEach(p -> unreadable.require(false, p.field(), p.message()));
        }
    }

    /** The history panel alone, for the page's script to put beside the form as the operator types. */
    @GetMapping("/history")
    String historyPanel(@RequestParam Map<String, String> typed, Model model) {
        model.addAttribute("history", history.lookUp(queryOf(typed)));
        return "intake/history :: panel";
    }

    private static HistoryQuery queryOf(Map<String, String> typed) {
        String person = typed.getOrDefault("person", "");
        String prefix = person.matches("\\d{1,2}") ? "parties[" + person + "]." : "parties[0].";
        LocalDate dateOfBirth = typed.get(prefix + "dateOfBirth") == null ? null
                : FormValues.parseDate(typed.get(prefix + "dateOfBirth").strip());
        return new HistoryQuery(typed.get("callerPhone"), typed.get("location"), typed.get("postcode"),
                typed.get(prefix + "givenName"), typed.get(prefix + "familyName"), dateOfBirth);
    }

    private String form(Model model, IncidentForm form, History found) {
        model.addAttribute("form", form.typed());
        model.addAttribute("history", found);
        model.addAttribute("partyRows", java.util.stream.IntStream.range(0, IncidentForm.PARTY_ROWS).boxed().toList());
        model.addAttribute("channelOptions", Options.channels());
        model.addAttribute("gradeOptions", Options.grades());
        model.addAttribute("roleOptions", Options.roles());
        model.addAttribute("relationshipOptions", Options.relationships());
        model.addAttribute("sexOptions", Options.sexes());
        return "intake/new";
    }

    @GetMapping("/{id}")
    String view(@PathVariable long id, Model model) {
        IncidentFile file = incidents.file(id);
        Map<Long, AccessDecision> decisions = new LinkedHashMap<>();
        file.incident().parties().forEach(p -> decisions.computeIfAbsent(p.personId(),
                person -> access.decide(RecordType.INCIDENT, person)));
        model.addAttribute("file", file);
        SignedInStaff me = SignedInStaff.current();
        boolean recorder = me.username().equalsIgnoreCase(file.incident().recordedBy());
        boolean responding = recorder || file.deployments().stream().anyMatch(d -> d.accountId() == me.accountId());
        // A refuge stays confidential after its resident moves on: the incident's own address decides too.
        boolean atConfidentialAddress = file.incident().addressId() != null
                && !people.withheldAddresses(java.util.List.of(file.incident().addressId())).isEmpty();
        IncidentAsSeen seen = IncidentAsSeen.of(file.incident(), file.checks(), decisions, recorder, responding,
                atConfidentialAddress);
        model.addAttribute("seen", seen);
        // Other modules' sections are given the parties as this reader may see them, never as recorded.
        model.addAttribute("sections", incidents.sectionsFor(seen.incident()));
        model.addAttribute("offences", incidents.offences(id));
        model.addAttribute("viewers", incidents.whoHasSeen(id).orElse(null));
        return "intake/incident";
    }

    @PostMapping("/{id}/checks")
    String rerunChecks(@PathVariable long id, RedirectAttributes redirect) {
        incidents.rerunChecks(id);
        redirect.addFlashAttribute("success", "Checks run again");
        return "redirect:/incidents/" + id;
    }

    @GetMapping
    String list(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                @RequestParam(required = false) String area, @RequestParam(required = false) String status,
                @RequestParam(required = false) String grade, @RequestParam(required = false) String repeat,
                @RequestParam(required = false) String risk, @RequestParam(defaultValue = "1") String page, Model model) {
        InvalidRequest.Check problems = new InvalidRequest.Check();
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("from", from);
        typed.put("to", to);
        FormValues values = new FormValues(typed, problems);
        LocalDate fromDay = values.date("from", "Enter the 'from' date like 1/11/2026");
        LocalDate toDay = values.date("to", "Enter the 'to' date like 30/11/2026");
        problems.require(fromDay == null || toDay == null || !toDay.isBefore(fromDay), "to",
                "The 'to' date must be the same as or after the 'from' date");
        IncidentFilter filter = new IncidentFilter(
                fromDay == null ? null : startOf(fromDay), toDay == null ? null : startOf(toDay.plusDays(1)),
                blankToNull(area), parse(IncidentStatus.class, status), parse(Grade.class, grade),
                yesNo(repeat), null, yesNo(risk));
        if (problems.count() > 0) {
            try {
                problems.throwIfAny();
            } catch (InvalidRequest refused) {
                model.addAttribute("errors", refused.byField());
            }
            filter = IncidentFilter.ANY;
        }
        int pageNumber = page.matches("\\d{1,5}") ? Integer.parseInt(page) : 1;
        IncidentPage result = incidents.search(filter, pageNumber, 25);
        model.addAttribute("result", result);
        model.addAttribute("locationWithheld", withConfidentialAddress(result.incidents()));
        model.addAttribute("filter", Map.of("from", from == null ? "" : from, "to", to == null ? "" : to,
                "area", area == null ? "" : area, "status", status == null ? "" : status,
                "grade", grade == null ? "" : grade, "repeat", repeat == null ? "" : repeat,
                "risk", risk == null ? "" : risk));
        model.addAttribute("gradeOptions", Options.grades());
        return "intake/list";
    }

    /**
     * The incidents of a list whose location may be a party's confidential address: a list never shows it, whoever
     * reads (the incident's own page shows it to those who may see it).
     */
    private java.util.Set<Long> withConfidentialAddress(java.util.List<Incident> listed) {
        Map<Long, java.util.Set<Restriction>> restrictions = access.restrictionsOf(listed.stream()
                .flatMap(i -> i.parties().stream()).map(Incident.Party::personId).distinct().toList());
        java.util.Set<Long> confidentialAddresses = people.withheldAddresses(listed.stream().map(Incident::addressId)
                .filter(java.util.Objects::nonNull).distinct().toList());
        return listed.stream().filter(i -> confidentialAddresses.contains(i.addressId()) || i.parties().stream().anyMatch(p -> restrictions
                        .getOrDefault(p.personId(), java.util.Set.of()).contains(Restriction.CONFIDENTIAL_ADDRESS)))
                .map(Incident::id).collect(java.util.stream.Collectors.toSet());
    }

    private static Boolean yesNo(String value) {
        return "yes".equals(value) ? Boolean.TRUE : "no".equals(value) ? Boolean.FALSE : null;
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(FormValues.LONDON).toInstant();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        try {
            return value == null || value.isBlank() ? null : Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
