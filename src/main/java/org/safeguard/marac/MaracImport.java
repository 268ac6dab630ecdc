package org.safeguard.marac;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.safeguard.audit.AuditEvent;
import org.safeguard.audit.AuditTrail;
import org.safeguard.marac.store.MaracBulkStore;
import org.safeguard.platform.InvalidRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * MARAC areas and history loaded in bulk (the demo; a migration from a legacy system): areas made once by name, and
 * cases already heard with their action plans, one batch per transaction, the batch in the audit log once. The batch
 * is checked first (a known area, a hearing after the referral, a repeat naming an earlier hearing of the same
 * victim, every action with an owner agency, a named owner and a due date, no meeting over its capacity), so a bad
 * case refuses the whole batch with a message and nothing is saved. Imported history publishes no events and makes
 * no tasks. Called by code, not by users, so no role is checked.
 */
@Service
public class MaracImport {

    private static final Set<String> ACTION_STATUSES = Set.of("OPEN", "DONE", "CANCELLED");
    private static final Set<String> SEXES = Set.of("FEMALE", "MALE", "NOT_KNOWN");
    static final String IMPORTED_BY = "system";

    private final MaracBulkStore store;
    private final AuditTrail audit;

    MaracImport(MaracBulkStore store, AuditTrail audit) {
        this.store = store;
        this.audit = audit;
    }

    /** The area of that name, made (with its representatives) when there is none; returns its id. */
    @Transactional
    public long ensureArea(ImportedMaracArea area) {
        InvalidRequest.Check check = new InvalidRequest.Check();
        check.require(area.name() != null && !area.name().isBlank() && area.name().length() <= 100, "name",
                "Give the MARAC a name of up to 100 characters");
        check.require(!area.covers().isEmpty(), "covers", "Name the towns the MARAC covers");
        check.require(area.weekOfMonth() >= 1 && area.weekOfMonth() <= 4, "weekOfMonth",
                "A MARAC meets in the first to fourth week of the month");
        check.require(area.capacity() >= 1 && area.capacity() <= 100, "capacity",
                "A meeting hears from 1 to 100 cases");
        check.require(!blank(area.chair()) && !blank(area.coordinator()), "chair", "A MARAC has a chair and a coordinator");
        check.throwIfAny();
        return store.areaNamed(area.name()).orElseGet(() -> {
            long id = store.insertArea(area);
            audit.record(AuditEvent.of("MARAC_AREA_CREATED", "marac-area", id));
            return id;
        });
    }

    /** The MARAC areas with these names (those there are), in the order they were made. */
    @Transactional(readOnly = true)
    public List<MaracArea> areasNamed(Collection<String> names) {
        return store.areasNamed(names);
    }

    /** How many cases each meeting of the areas has now, by area id and the meeting's time. */
    @Transactional(readOnly = true)
    public Map<Long, Map<Instant, Integer>> casesPerMeeting(Collection<Long> areaIds) {
        return store.casesPerMeeting(areaIds);
    }

    /**
     * Imports cases already heard, making the meetings they were heard at when the area has none then; returns the
     * cases' ids in the order given. Refused (nothing written) when a case breaks a rule above.
     */
    @Transactional
    public long[] importHistory(List<ImportedMaracCase> imported) {
        if (imported.isEmpty()) {
            return new long[0];
        }
        Map<String, MaracArea> areas = new HashMap<>();
        store.areasNamed(imported.stream().map(ImportedMaracCase::areaName).distinct().toList())
                .forEach(a -> areas.put(a.name(), a));
        for (int n = 0; n < imported.size(); n++) {
            check(n, imported.get(n), imported, areas);
        }
        long[] areaIds = new long[imported.size()];
        long[] meetingIds = new long[imported.size()];
        Map<Long, Integer> adding = new LinkedHashMap<>();
        for (int n = 0; n < imported.size(); n++) {
            ImportedMaracCase c = imported.get(n);
            MaracArea area = areas.get(c.areaName());
            areaIds[n] = area.id();
            meetingIds[n] = store.heldMeeting(area.id(), c.heardAt(), area.capacity());
            adding.merge(meetingIds[n], 1, Integer::sum);
        }
        for (int n = 0; n < imported.size(); n++) {
            Integer added = adding.remove(meetingIds[n]);
            if (added != null) {
                int[] capacityAndCases = store.capacityAndCases(meetingIds[n]);
                require(n, capacityAndCases[1] + added <= capacityAndCases[0], "heardAt", "the meeting at "
                        + imported.get(n).heardAt() + " would hear " + (capacityAndCases[1] + added)
                        + " cases, over its capacity of " + capacityAndCases[0]);
            }
        }
        long[] ids = store.copy(imported, areaIds, meetingIds, IMPORTED_BY);
        long repeats = imported.stream().filter(ImportedMaracCase::repeat).count();
        audit.record(AuditEvent.of("MARAC_CASES_IMPORTED", "marac-case", null)
                .because(imported.size() + " cases heard (" + repeats + " repeats)"));
        return ids;
    }

    private static void check(int n, ImportedMaracCase c, List<ImportedMaracCase> batch, Map<String, MaracArea> areas) {
        require(n, areas.containsKey(c.areaName()), "areaName", "no MARAC area is named " + c.areaName());
        text(n, "victimName", c.victimName(), 200);
        text(n, "referringAgency", c.referringAgency(), 60);
        require(n, c.heardAt() != null && c.referredAt() != null && !c.heardAt().isBefore(c.referredAt()), "heardAt",
                "a case is heard after it is referred");
        require(n, c.children() >= 0, "children", "a number of children below 0");
        require(n, c.victimSex() == null || SEXES.contains(c.victimSex()), "victimSex", "sex is FEMALE, MALE or NOT_KNOWN");
        require(n, c.victimAge() == null || (c.victimAge() >= 0 && c.victimAge() < 130), "victimAge", "an age out of range");
        require(n, c.idvaSummary() == null || c.idvaSummary().length() <= 4000, "idvaSummary",
                "the IDVA's account is longer than 4000 characters");
        if (c.repeat()) {
            require(n, c.repeatOf() >= 0 && c.repeatOf() < n && batch.get(c.repeatOf()).victimId() == c.victimId()
                            && batch.get(c.repeatOf()).heardAt().isBefore(c.referredAt()), "repeatOf",
                    "a repeat names an earlier hearing of the same victim, before it in the batch");
        }
        for (ImportedMaracCase.Action a : c.actions()) {
            text(n, "actions", a.description(), 1000);
            text(n, "actions", a.ownerAgency(), 60);
            text(n, "actions", a.owner(), 100);
            require(n, a.dueOn() != null, "actions", "every action has a due date");
            require(n, ACTION_STATUSES.contains(a.status()), "actions", "an action is OPEN, DONE or CANCELLED");
            require(n, !"DONE".equals(a.status()) || a.doneAt() != null, "actions", "a done action needs when it was done");
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static void text(int n, String field, String value, int max) {
        require(n, !blank(value), field, "a required text is blank");
        require(n, value.length() <= max, field, "a text is longer than " + max + " characters");
    }

    private static void require(int n, boolean condition, String field, String problem) {
        if (!condition) {
            throw InvalidRequest.of(field, "Case " + n + " of the batch: " + problem);
        }
    }
}
