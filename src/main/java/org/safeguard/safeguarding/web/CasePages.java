package org.safeguard.safeguarding.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.safeguard.access.FieldGroup;
import org.safeguard.access.RecordAccess;
import org.safeguard.access.RecordType;
import org.safeguard.access.Role;
import org.safeguard.access.Visibility;
import org.safeguard.access.SignedInStaff;
import org.safeguard.access.StaffAccount;
import org.safeguard.intake.Incident;
import org.safeguard.intake.IncidentHistory;
import org.safeguard.intake.PartyRole;
import org.safeguard.platform.ConcurrentEdit;
import org.safeguard.platform.InvalidRequest;
import org.safeguard.platform.RecordNotFound;
import org.safeguard.safeguarding.CaseFile;
import org.safeguard.safeguarding.CaseTask;
import org.safeguard.safeguarding.Cases;
import org.safeguard.safeguarding.ContactChannel;
import org.safeguard.safeguarding.NewContact;
import org.safeguard.safeguarding.NewTask;
import org.safeguard.safeguarding.SafetyMeasure;
import org.safeguard.safeguarding.VictimCase;
import org.safeguard.shell.TypedDates;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The victim's case page and each of its forms: change the SPOC, record a contact, the safety plan, tasks,
 * and closing the case. Every form posts to its own address; a refused form comes back on the case page
 * with the GOV.UK error summary and what was typed, a stale version comes back as a conflict message.
 * The facade decides who may do what; the page only hides forms the user could not use.
 */
@Controller
class CasePages {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Pattern ID = Pattern.compile("\\d{1,18}");

    private final Cases cases;
    private final IncidentHistory history;
    private final Clock clock;
    private final RecordAccess access;

    CasePages(Cases cases, IncidentHistory history, Clock clock, RecordAccess access) {
        this.cases = cases;
        this.history = history;
        this.clock = clock;
        this.access = access;
    }

    /** One incident of the case as the page lists it. */
    record IncidentLine(long id, String reference, Instant receivedAt, String kind, String suspects,
                        int childrenPresent, int childrenLiving) {
    }

    @GetMapping("/cases/{id}")
    String page(@PathVariable String id, Model model) {
        return casePage(id(id, "case"), null, Map.of(), model);
    }

    @PostMapping("/cases/{id}/spoc")
    String changeSpoc(@PathVariable String id, @RequestParam Map<String, String> typed, Model model,
                      RedirectAttributes redirect) {
        long caseId = id(id, "case");
        return act(caseId, "spoc", List.of("spoc", "reason", "handoverNote"), typed, model, redirect,
                new InvalidRequest.Check(), Set.of(), () -> {
            VictimCase changed = cases.changeSpoc(caseId, version(typed), typed.get("spoc"), typed.get("reason"),
                    typed.get("handoverNote"));
            return changed.spoc().name() + " is now the single point of contact";
        });
    }

    @PostMapping("/cases/{id}/contacts")
    String recordContact(@PathVariable String id, @RequestParam Map<String, String> typed, Model model,
                         RedirectAttributes redirect) {
        long caseId = id(id, "case");
        InvalidRequest.Check unreadable = new InvalidRequest.Check();
        Instant contactedAt = moment(typed, "contactedAt", "contactedTime", "of the contact", "24/11/2026", "14:30",
                unreadable);
        return act(caseId, "contact", List.of("contactedAt", "contactedTime", "channel", "purpose", "outcome"), typed, model,
                redirect, unreadable, Set.of("contactedAt", "contactedTime"), () -> {
            cases.recordContact(caseId, new NewContact(contactedAt, typed.get("channel"), typed.get("purpose"),
                    typed.get("outcome")));
            return "Contact recorded";
        });
    }

    @PostMapping("/cases/{id}/measures")
    String addMeasure(@PathVariable String id, @RequestParam Map<String, String> typed, Model model,
                      RedirectAttributes redirect) {
        long caseId = id(id, "case");
        return act(caseId, "measure", List.of("kind", "detail", "owner"), typed, model, redirect,
                new InvalidRequest.Check(), Set.of(), () -> {
            SafetyMeasure added = cases.addMeasure(caseId, typed.get("kind"), typed.get("detail"), typed.get("owner"));
            return "Added to the safety plan: " + added.kind().label();
        });
    }

    @PostMapping("/cases/{id}/measures/{measureId}")
    String updateMeasure(@PathVariable String id, @PathVariable String measureId, @RequestParam Map<String, String> typed,
                         Model model, RedirectAttributes redirect) {
        long caseId = id(id, "case");
        long measure = id(measureId, "safety plan measure");
        return act(caseId, "measure-" + measure, List.of("status"), typed, model, redirect, new InvalidRequest.Check(),
                Set.of(), () -> {
            SafetyMeasure updated = cases.updateMeasure(caseId, measure, version(typed), typed.get("status"));
            return updated.kind().label() + ": " + updated.status().label().toLowerCase();
        });
    }

    @PostMapping("/cases/{id}/tasks")
    String addTask(@PathVariable String id, @RequestParam Map<String, String> typed, Model model,
                   RedirectAttributes redirect) {
        long caseId = id(id, "case");
        InvalidRequest.Check unreadable = new InvalidRequest.Check();
        Instant dueAt = moment(typed, "dueAt", "dueTime", "it is due", "27/11/2026", "17:00", unreadable);
        return act(caseId, "task", List.of("kind", "title", "owner", "dueAt", "dueTime"), typed, model, redirect,
                unreadable, Set.of("dueAt", "dueTime"), () -> {
            CaseTask added = cases.addTask(caseId, new NewTask(typed.get("kind"), typed.get("title"), typed.get("owner"),
                    dueAt));
            return "Task added for " + added.owner() + ": " + added.title();
        });
    }

    /**
     * Marks a task done. The form carries the case's id so a refusal can come back on the case page; the
     * facade finds the task by its own id, so the case id only chooses the page.
     */
    @PostMapping("/tasks/{taskId}/done")
    String completeTask(@PathVariable String taskId, @RequestParam Map<String, String> typed, Model model,
                        RedirectAttributes redirect) {
        long task = id(taskId, "task");
        String caseText = typed.get("caseId");
        Long caseId = caseText != null && ID.matcher(caseText.strip()).matches() ? Long.valueOf(caseText.strip()) : null;
        try {
            CaseTask done = cases.completeTask(task, version(typed), typed.get("outcome"));
            redirect.addFlashAttribute("success", "Task done: " + done.title());
            return "redirect:/cases/" + done.caseId();
        } catch (InvalidRequest refused) {
            if (caseId == null) {
                redirect.addFlashAttribute("conflict", refused.problems().get(0).message());
                return "redirect:/board";
            }
            model.addAttribute("errors", refused.byField());
            return casePage(caseId, "done-" + task, typed, model);
        } catch (ConcurrentEdit changed) {
            redirect.addFlashAttribute("conflict", changed.getMessage());
            return caseId == null ? "redirect:/board" : "redirect:/cases/" + caseId;
        }
    }

    @PostMapping("/cases/{id}/close")
    String close(@PathVariable String id, @RequestParam Map<String, String> typed, Model model,
                 RedirectAttributes redirect) {
        long caseId = id(id, "case");
        return act(caseId, "close", List.of("reason"), typed, model, redirect, new InvalidRequest.Check(), Set.of(), () -> {
            cases.close(caseId, version(typed), typed.get("reason"));
            return "Case closed";
        });
    }

    /**
     * Runs a form's work: success goes back to the case page with a banner; a refusal shows the case page with
     * the problems in the order of the form's {@code fields} — those found reading the form and the facade's,
     * except the facade's message about a field whose typed date or time could not be read ({@code covered}) —
     * and a stale version a conflict.
     * When the form could not be read the work is given nothing for the moment, which the facade refuses, so
     * nothing is saved.
     */
    private String act(long caseId, String form, List<String> fields, Map<String, String> typed, Model model,
                       RedirectAttributes redirect, InvalidRequest.Check unreadable, Set<String> covered,
                       Supplier<String> work) {
        try {
            String done = work.get();
            redirect.addFlashAttribute("success", done);
            return "redirect:/cases/" + caseId;
        } catch (InvalidRequest refused) {
            Map<String, String> errors = new LinkedHashMap<>();
            try {
                unreadable.throwIfAny();
            } catch (InvalidRequest unread) {
                errors.putAll(unread.byField());
            }
            boolean unreadMoment = covered.stream().anyMatch(unreadable::hasProblemWith);
            refused.byField().forEach((field, message) -> {
                if (!(unreadMoment && covered.contains(field))) {
                    errors.putIfAbsent(field, message);
                }
            });
            model.addAttribute("errors", inOrder(errors, fields));
            return casePage(caseId, form, typed, model);
        } catch (ConcurrentEdit changed) {
            redirect.addFlashAttribute("conflict", changed.getMessage());
            return "redirect:/cases/" + caseId;
        }
    }

    /** The problems in the order the form asks its questions; any other field after them. */
    private static Map<String, String> inOrder(Map<String, String> errors, List<String> fields) {
        Map<String, String> ordered = new LinkedHashMap<>();
        fields.stream().filter(errors::containsKey).forEach(f -> ordered.put(f, errors.get(f)));
        errors.forEach(ordered::putIfAbsent);
        return ordered;
    }

    private String casePage(long caseId, String activeForm, Map<String, String> typed, Model model) {
        CaseFile file = cases.file(caseId);
        List<StaffAccount> spocs = cases.possibleSpocs();
        SignedInStaff me = SignedInStaff.current();
        VictimCase victimCase = file.victimCase();
        boolean seniorOrSpecialist = me.holds(Role.SUPERVISOR) || me.holds(Role.DA_SPECIALIST);
        model.addAttribute("file", file);
        model.addAttribute("victimCase", victimCase);
        Set<Long> closedSuspects = access.closedAmong(RecordType.INCIDENT, file.incidents().stream()
                .flatMap(i -> i.partiesIn(PartyRole.SUSPECT).stream()).map(Incident.Party::personId).toList());
        model.addAttribute("incidents", file.incidents().stream().map(i -> line(i, closedSuspects)).toList());
        model.addAttribute("riskHidden", file.access().of(FieldGroup.RISK) == Visibility.EXISTS_ONLY);
        // The police's incident history: for those who work incidents, as the facade allows.
        model.addAttribute("counterAllegations", me.holds(Role.CALL_HANDLER) || me.holds(Role.OFFICER) || seniorOrSpecialist
                ? history.counterAllegations(victimCase.victimId()) : List.of());
        model.addAttribute("sameVictimCases", cases.otherOpenCasesOfSamePerson(victimCase.id()));
        model.addAttribute("now", clock.instant());
        model.addAttribute("active", activeForm == null ? "" : activeForm);
        model.addAttribute("form", typed);
        model.addAttribute("names", spocs.stream()
                .collect(Collectors.toMap(StaffAccount::username, StaffAccount::displayName, (a, b) -> a)));
        model.addAttribute("spocOptions", spocs.stream()
                .map(s -> new String[]{s.username(), s.displayName() + (s.teamName() == null ? "" : ", " + s.teamName())})
                .toList());
        model.addAttribute("channelOptions", Arrays.stream(ContactChannel.values())
                .map(c -> new String[]{c.name(), c.label()}).toList());
        model.addAttribute("measureKindOptions", Arrays.stream(SafetyMeasure.Kind.values())
                .map(k -> new String[]{k.name(), k.label()}).toList());
        model.addAttribute("measureStatusOptions", Arrays.stream(SafetyMeasure.Status.values())
                .map(s -> new String[]{s.name(), s.label()}).toList());
        model.addAttribute("taskKindOptions", Arrays.stream(CaseTask.Kind.values())
                .map(k -> new String[]{k.name(), k.label()}).toList());
        model.addAttribute("mayChangeSpoc", victimCase.open()
                && (seniorOrSpecialist || (me.holds(Role.OFFICER) && me.username().equals(victimCase.spoc().username()))));
        model.addAttribute("mayClose", victimCase.open() && (seniorOrSpecialist || me.holds(Role.OFFICER)));
        return "safeguarding/case";
    }

    /** An incident's line; a suspect the reader may see only as existing is a restricted record, unnamed. */
    private static IncidentLine line(Incident incident, Set<Long> closedSuspects) {
        List<String> suspects = new ArrayList<>();
        incident.partiesIn(PartyRole.SUSPECT).forEach(p -> suspects.add(closedSuspects.contains(p.personId())
                ? "Restricted record" : p.name()));
        return new IncidentLine(incident.id(), incident.reference(), incident.receivedAt(), incident.kindInWords(),
                suspects.isEmpty() ? "None recorded" : String.join(", ", suspects), incident.childrenPresent(),
                incident.childrenLiving());
    }

    /**
     * A moment typed as a date (24/11/2026) and a 24-hour time (14:30), in UK time. Null when both are blank
     * (the facade says it is needed) or when either cannot be read (a problem for that field is added).
     */
    static Instant moment(Map<String, String> typed, String dateField, String timeField, String what, String dateExample,
                          String timeExample, InvalidRequest.Check problems) {
        String dateText = blankToNull(typed.get(dateField));
        String timeText = blankToNull(typed.get(timeField));
        if (dateText == null && timeText == null) {
            return null;
        }
        LocalDate date = TypedDates.date(dateText);
        LocalTime time = TypedDates.time(timeText);
        problems.require(dateText != null, dateField, "Enter the date " + what + ", like " + dateExample)
                .require(dateText == null || date != null, dateField,
                        "Enter the date " + what + " as a real date, like " + dateExample)
                .require(timeText != null, timeField, "Enter the time " + what + ", like " + timeExample)
                .require(timeText == null || time != null, timeField,
                        "Enter the time " + what + " as a 24-hour time, like " + timeExample);
        if (date == null || time == null) {
            return null;
        }
        return date.atTime(time).atZone(LONDON).toInstant();
    }

    /** An id in a page's address; anything that is not one is a page that does not exist. */
    static long id(String typed, String what) {
        if (typed == null || !ID.matcher(typed).matches()) {
            throw new RecordNotFound(what, typed);
        }
        return Long.parseLong(typed);
    }

    /** The hidden version field; -1 (which no record has) when missing or altered, so saving is refused as stale. */
    static int version(Map<String, String> typed) {
        String value = typed.get("version");
        return value != null && value.strip().matches("\\d{1,9}") ? Integer.parseInt(value.strip()) : -1;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
