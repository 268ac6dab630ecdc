package org.safeguard.marac;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import org.safeguard.access.Agency;
import org.safeguard.access.StaffDirectory;
import org.safeguard.audit.AuditEvent;
import org.safeguard.audit.AuditTrail;
import org.safeguard.identity.PersonRecords;
import org.safeguard.identity.PersonSummary;
import org.safeguard.marac.rules.QuarterlyReturn;
import org.safeguard.marac.rules.QuarterlyReturn.Figures;
import org.safeguard.marac.rules.QuarterlyReturn.Quarter;
import org.safeguard.marac.store.AreaStore;
import org.safeguard.marac.store.ReturnStore;
import org.safeguard.marac.store.ReturnStore.AgendaLine;
import org.safeguard.marac.store.ReturnStore.MeetingHeading;
import org.safeguard.platform.InvalidRequest;
import org.safeguard.platform.RecordNotFound;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the MARAC hands out: a meeting's agenda and action plan as PDF, for the people who need to know
 * ({@link MaracReaders}), and the quarterly data return ({@link QuarterlyReturn}), which holds counts and no personal
 * data, for coordinators, chairs, supervisors, specialists and analysts. Every export and view is audited.
 */
@Service
public class MaracReturns {

    /** Who may see the quarterly return. */
    static final String SEES_RETURNS = "hasAnyRole('MARAC_COORDINATOR','SUPERVISOR','ANALYST','DA_SPECIALIST')";
    /** The return's name for the figures of every area together. */
    public static final String ALL_AREAS = "All areas";

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final ReturnStore store;
    private final MaracReaders readers;
    private final PersonRecords people;
    private final StaffDirectory staff;
    private final AuditTrail audit;
    private final AreaStore areas;
    private final PrintedPeople printed;

    MaracReturns(ReturnStore store, MaracReaders readers, PersonRecords people, StaffDirectory staff, AuditTrail audit,
                 AreaStore areas, PrintedPeople printed) {
        this.printed = printed;
        this.store = store;
        this.areas = areas;
        this.readers = readers;
        this.people = people;
        this.staff = staff;
        this.audit = audit;
    }

    /** A PDF ready to download: the name to save it under and its bytes. */
    public record Paper(String filename, byte[] pdf) {
    }

    /** The area chosen for a return: its id and name (null and "All areas" for every area). */
    public record AreaChoice(Long id, String name) {
    }

    /** A meeting's agenda; only for the people who need to know the meeting (refusals are audited). */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Paper agenda(long meetingId) {
        return paper(meetingId, "agenda", "MARAC_AGENDA_EXPORTED",
                (meeting, cases) -> MeetingPapers.agenda(meeting, cases, perpetratorNames(cases), withheld(cases, true),
                        agencyNames()));
    }

    /** A meeting's action plan, case by case; only for the people who need to know the meeting. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Paper actionPlan(long meetingId) {
        return paper(meetingId, "action-plan", "MARAC_ACTION_PLAN_EXPORTED",
                (meeting, cases) -> MeetingPapers.actionPlan(meeting, cases, withheld(cases, false),
                        store.actions(cases.stream().map(AgendaLine::caseId).toList()), agencyNames()));
    }

    /** The MARAC areas a return may be chosen for. */
    @PreAuthorize(SEES_RETURNS)
    @Transactional(readOnly = true)
    public List<AreaChoice> areas() {
        return store.areas().stream().map(a -> new AreaChoice(a.id(), a.name())).toList();
    }

    /**
     * The quarterly return for the quarter typed (like 2026-Q3) and one area (null or blank: every area, each on its
     * own and then all together). Refuses a quarter that is not one and an area that is not a MARAC's.
     */
    @PreAuthorize(SEES_RETURNS)
    @Transactional
    public List<Figures> quarterly(String quarter, String area) {
        return figures(quarter, area, "MARAC_RETURN_VIEWED");
    }

    /** The same return, audited as taken away (the CSV download). */
    @PreAuthorize(SEES_RETURNS)
    @Transactional
    public List<Figures> exportQuarterly(String quarter, String area) {
        return figures(quarter, area, "MARAC_RETURN_EXPORTED");
    }

    /** The meeting's paper, made once the reader is known to need to know it, audited with the cases it holds. */
    private Paper paper(long meetingId, String name, String auditAction,
                        BiFunction<MeetingHeading, List<AgendaLine>, byte[]> make) {
        readers.requireMeeting(meetingId);
        MeetingHeading meeting = store.meeting(meetingId).orElseThrow(() -> new RecordNotFound("meeting", meetingId));
        List<AgendaLine> cases = store.agenda(meetingId);
        byte[] pdf = make.apply(meeting, cases);
        audit.record(AuditEvent.of(auditAction, "marac-meeting", meetingId).because(caseIds(cases)));
        return new Paper(filename(name, meeting), pdf);
    }

    private List<Figures> figures(String typedQuarter, String typedArea, String auditAction) {
        InvalidRequest.Check check = new InvalidRequest.Check();
        Quarter quarter = Quarter.parse(typedQuarter).orElse(null);
        check.require(quarter != null, "quarter", QuarterlyReturn.TYPED_WRONG);
        AreaChoice area = chosenArea(typedArea);
        check.require(area != null, "area", "Choose a MARAC area from the list, or all areas");
        check.throwIfAny();
        Map<String, List<QuarterlyReturn.HeardCase>> byArea = new LinkedHashMap<>();
        if (area.id() == null) {
            store.areas().forEach(a -> byArea.put(a.name(), new ArrayList<>()));
        } else {
            byArea.put(area.name(), new ArrayList<>());
        }
        for (ReturnStore.Heard heard : store.heard(quarter.from(), quarter.until(), area.id())) {
            byArea.computeIfAbsent(heard.areaName(), name -> new ArrayList<>()).add(heard.heard());
        }
        List<Figures> figures = new ArrayList<>();
        byArea.forEach((name, heard) -> figures.add(QuarterlyReturn.of(name, quarter, heard)));
        if (area.id() == null) {
            figures.add(QuarterlyReturn.of(ALL_AREAS, quarter,
                    byArea.values().stream().flatMap(Collection::stream).toList()));
        }
        audit.record(AuditEvent.of(auditAction, "marac-return", quarter).because(area.id() == null ? "all areas"
                : "area " + area.id()));
        return figures;
    }

    /** Blank: every area; otherwise the area with that id; null when there is none. */
    private AreaChoice chosenArea(String typed) {
        if (typed == null || typed.isBlank()) {
            return new AreaChoice(null, ALL_AREAS);
        }
        long id;
        try {
            id = Long.parseLong(typed.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
        return store.areas().stream().filter(a -> a.id() == id).findFirst()
                .map(a -> new AreaChoice(a.id(), a.name())).orElse(null);
    }

    /** What the paper withholds of its victims (and, when it names them, its perpetrators) from this reader. */
    private PrintedPeople.Withheld withheld(List<AgendaLine> cases, boolean withPerpetrators) {
        return printed.of(cases.stream().map(AgendaLine::victimId).toList(), withPerpetrators
                ? cases.stream().flatMap(c -> c.perpetratorIds().stream()).distinct().toList() : List.of());
    }

    private Map<Long, String> perpetratorNames(List<AgendaLine> cases) {
        List<Long> ids = cases.stream().flatMap(c -> c.perpetratorIds().stream()).distinct().toList();
        return ids.isEmpty() ? Map.of() : people.people(ids).stream()
                .collect(Collectors.toMap(PersonSummary::id, PersonSummary::fullName, (a, b) -> a, HashMap::new));
    }

    private Map<String, String> agencyNames() {
        return staff.agencies().stream().collect(Collectors.toMap(Agency::code, Agency::name, (a, b) -> a));
    }

    private static String caseIds(List<AgendaLine> cases) {
        return cases.isEmpty() ? "no cases" : "cases " + cases.stream().map(c -> String.valueOf(c.caseId()))
                .collect(Collectors.joining(","));
    }

    private static String filename(String paper, MeetingHeading meeting) {
        String area = meeting.areaName().toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return "marac-" + area + "-" + meeting.heldAt().atZone(LONDON).toLocalDate()
                + "-" + paper + ".pdf";
    }

    /**
     * Figures for the cases heard from {@code from} until (not including) {@code to}, UK dates, for the dashboard:
     * every MARAC when {@code town} is null or blank, otherwise the MARAC covering that town (any case), with all the
     * towns it covers; no figures and no towns when none covers it. Counted by the quarterly return's own rules
     * ({@link QuarterlyReturn}), so the dashboard and the return agree. Counts only, no personal data: not audited
     * (the dashboard audits its own views).
     */
    @PreAuthorize("hasAnyRole('ANALYST','SUPERVISOR','DA_SPECIALIST','MARAC_COORDINATOR','ADMIN')")
    @Transactional(readOnly = true)
    public MaracFigures figures(LocalDate from, LocalDate to, String town) {
        if (from == null || to == null || !from.isBefore(to)) {
            throw new IllegalArgumentException("A period runs from one day to a later one: " + from + " to " + to);
        }
        boolean everyMarac = town == null || town.isBlank();
        Optional<MaracArea> covering = everyMarac ? Optional.empty() : areas.covering(town);
        if (!everyMarac && covering.isEmpty()) {
            return MaracFigures.none();
        }
        List<MaracArea> counted = everyMarac ? areas.all() : List.of(covering.get());
        Long areaId = covering.map(MaracArea::id).orElse(null);
        List<QuarterlyReturn.HeardCase> heard = store.heardCases(from.atStartOfDay(LONDON).toInstant(),
                to.atStartOfDay(LONDON).toInstant(), areaId);
        // The return's figures for these cases; the quarter it is labelled with plays no part in the counting.
        Figures counts = QuarterlyReturn.of(ALL_AREAS, Quarter.of(from), heard);
        return new MaracFigures(counts.casesHeard(), counts.repeats(), counts.meetings(), counts.casesWithChildren(),
                counts.byReferringAgency(), counted.stream().flatMap(a -> a.covers().stream()).distinct().toList(),
                recorded(counts.blackAndMinorityEthnic()), recorded(counts.lgbt()), recorded(counts.disability()));
    }

    private static MaracFigures.Recorded recorded(QuarterlyReturn.Recorded figure) {
        return new MaracFigures.Recorded(figure.count(), figure.notRecorded());
    }
}
