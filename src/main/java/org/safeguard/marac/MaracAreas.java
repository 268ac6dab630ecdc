package org.safeguard.marac;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.safeguard.access.Agency;
import org.safeguard.access.Role;
import org.safeguard.access.SignedInStaff;
import org.safeguard.access.StaffAccount;
import org.safeguard.access.StaffDirectory;
import org.safeguard.audit.AuditEvent;
import org.safeguard.audit.AuditTrail;
import org.safeguard.marac.store.AreaStore;
import org.safeguard.marac.store.MeetingStore;
import org.safeguard.platform.ConcurrentEdit;
import org.safeguard.platform.InvalidRequest;
import org.safeguard.platform.RecordNotFound;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The MARAC areas: the intake areas each covers (never one covered by two), when it meets, how many cases a
 * meeting hears, its chair, coordinator, core agencies and each agency's named representative. Kept by MARAC
 * coordinators and administrators (an area is changed only by its own coordinator or an administrator; nobody
 * appoints themself to an area they are not already part of; every change of its people is audited by username);
 * areas hold no victim's details, so administrators may keep them. A new
 * capacity applies to the meetings still to come; a new schedule to meetings made from then on (cases already
 * listed keep their meeting until the coordinator moves them).
 */
@Service
public class MaracAreas {

    static final String KEEPS_AREAS = "hasAnyRole('MARAC_COORDINATOR','ADMIN')";
    private static final int DEFAULT_CAPACITY = 20;
    private static final int MAX_NAME = 100;

    private final AreaStore areas;
    private final MeetingStore meetings;
    private final StaffDirectory staff;
    private final MaracReaders readers;
    private final AuditTrail audit;
    private final Clock clock;

    MaracAreas(AreaStore areas, MeetingStore meetings, StaffDirectory staff, MaracReaders readers, AuditTrail audit,
               Clock clock) {
        this.areas = areas;
        this.meetings = meetings;
        this.staff = staff;
        this.readers = readers;
        this.audit = audit;
        this.clock = clock;
    }

    /** An area with its representatives. */
    public record AreaFile(MaracArea area, List<Representative> representatives) {
    }

    @PreAuthorize(KEEPS_AREAS)
    @Transactional(readOnly = true)
    public List<MaracArea> areas() {
        return areas.all();
    }

    @PreAuthorize(KEEPS_AREAS)
    @Transactional(readOnly = true)
    public AreaFile area(long areaId) {
        MaracArea area = areas.find(areaId).orElseThrow(() -> new RecordNotFound("MARAC area", areaId));
        return new AreaFile(area, areas.representatives(areaId));
    }

    /** The agencies that may be core agencies or send representatives, by code. */
    @PreAuthorize(KEEPS_AREAS)
    @Transactional(readOnly = true)
    public List<Agency> agencies() {
        return staff.agencies();
    }

    /** Creates the area, or refuses it with every problem and saves nothing. */
    @PreAuthorize(KEEPS_AREAS)
    @Transactional
    public AreaFile create(NewMaracArea typed) {
        areas.lockForChange();
        MaracArea area = checked(typed, null, 0, Set.of());
        long id = areas.insert(area);
        List<Representative> representatives = typed.representatives().stream().map(this::cleaned).toList();
        areas.replaceRepresentatives(id, representatives);
        audit.record(AuditEvent.of("MARAC_AREA_CREATED", "marac-area", id)
                .because(membershipChange(Set.of(), members(area, representatives))));
        return area(id);
    }

    /**
     * What is wrong with the typed area, without saving it: for a form some of whose fields could not be read, so
     * everything wrong is said at once. {@code areaId} null for a new area.
     */
    @PreAuthorize(KEEPS_AREAS)
    @Transactional(readOnly = true)
    public List<InvalidRequest.FieldProblem> problems(NewMaracArea typed, Long areaId) {
        try {
            checked(typed, areaId, 0, areaId == null ? Set.of() : peopleOf(areaId));
            return List.of();
        } catch (InvalidRequest refused) {
            return refused.problems();
        }
    }

    /** Changes the area if nobody has since the editor saw {@code version}; refused with every problem otherwise. */
    @PreAuthorize(KEEPS_AREAS)
    @Transactional
    public AreaFile change(long areaId, NewMaracArea typed, int version) {
        areas.lockForChange();
        MaracArea before = areas.find(areaId).orElseThrow(() -> new RecordNotFound("MARAC area", areaId));
        if (!before.coordinator().equals(me()) && !SignedInStaff.current().holds(Role.ADMIN)) {
            readers.refuse("marac-area", areaId, "not the area's coordinator",
                    "Only the coordinator of the " + before.name() + " or an administrator may change it");
        }
        if (before.version() != version) {
            throw new ConcurrentEdit("This MARAC area");
        }
        Set<String> membersBefore = members(before, areas.representatives(areaId));
        MaracArea area = checked(typed, areaId, version, peopleOf(areaId));
        if (!areas.update(area)) {
            throw new ConcurrentEdit("This MARAC area");
        }
        List<Representative> representatives = typed.representatives().stream().map(this::cleaned).toList();
        areas.replaceRepresentatives(areaId, representatives);
        meetings.resizeComing(areaId, area.capacity(), clock.instant());
        AuditEvent changed = AuditEvent.of("MARAC_AREA_CHANGED", "marac-area", areaId);
        String membership = membershipChange(membersBefore, members(area, representatives));
        audit.record(membership.isEmpty() ? changed : changed.because(membership));
        return area(areaId);
    }

    /**
     * Nobody appoints themself to an area they are not already in: not as chair, not as a representative, and
     * not as coordinator, except a MARAC coordinator setting up a new MARAC to run (it holds no case yet).
     */
    private void noSelfAppointment(NewMaracArea typed, Long areaId, Set<String> alreadyIn, InvalidRequest.Check check) {
        String me = me();
        if (alreadyIn.stream().anyMatch(me::equalsIgnoreCase)) {
            return;
        }
        boolean runsANewMarac = areaId == null && SignedInStaff.current().holds(Role.MARAC_COORDINATOR);
        String notYourself = "You cannot appoint yourself to a MARAC you are not already part of: ask its coordinator "
                + "or an administrator";
        check.require(!me.equalsIgnoreCase(String.valueOf(strip(typed.chair()))), "chair", notYourself)
                .require(runsANewMarac || !me.equalsIgnoreCase(String.valueOf(strip(typed.coordinator()))), "coordinator",
                        notYourself)
                .require(typed.representatives().stream().noneMatch(r -> me.equalsIgnoreCase(String.valueOf(strip(r.username())))),
                        "representatives", notYourself);
    }

    /** The usernames of the area's coordinator, chair and representatives. */
    private Set<String> peopleOf(long areaId) {
        Set<String> people = new java.util.HashSet<>();
        areas.find(areaId).ifPresent(a -> people.addAll(List.of(a.coordinator(), a.chair())));
        areas.representatives(areaId).forEach(r -> people.add(r.username()));
        return people;
    }

    /** The area's people as "coordinator x", "chair y", "representative z" (usernames are account names, not typed text). */
    private static Set<String> members(MaracArea area, List<Representative> representatives) {
        Set<String> members = new java.util.TreeSet<>();
        members.add("coordinator " + area.coordinator());
        members.add("chair " + area.chair());
        representatives.forEach(r -> members.add("representative " + r.username()));
        return members;
    }

    /** "added: chair b; removed: chair a", empty when nobody changed. */
    private static String membershipChange(Set<String> before, Set<String> after) {
        List<String> added = after.stream().filter(m -> !before.contains(m)).toList();
        List<String> removed = before.stream().filter(m -> !after.contains(m)).toList();
        List<String> parts = new ArrayList<>();
        if (!added.isEmpty()) {
            parts.add("added: " + String.join(", ", added));
        }
        if (!removed.isEmpty()) {
            parts.add("removed: " + String.join(", ", removed));
        }
        return String.join("; ", parts);
    }

    private static String me() {
        return SignedInStaff.current().username();
    }

    private MaracArea checked(NewMaracArea typed, Long areaId, int version, Set<String> alreadyIn) {
        String name = strip(typed.name());
        List<String> covers = new ArrayList<>(new LinkedHashSet<>(typed.covers().stream().map(MaracAreas::strip)
                .filter(c -> c != null).toList()));
        int capacity = typed.capacity() == null ? DEFAULT_CAPACITY : typed.capacity();
        InvalidRequest.Check check = new InvalidRequest.Check()
                .require(name != null, "name", "Enter the MARAC's name")
                .require(name == null || name.length() <= MAX_NAME, "name", "The name must be 100 characters or fewer")
                .require(name == null || areas.named(name).filter(other -> areaId == null || other.id() != areaId).isEmpty(), "name",
                        "Another MARAC area already has this name")
                .require(!covers.isEmpty(), "covers", "Enter the towns or districts the MARAC covers, one a line")
                .require(covers.stream().allMatch(c -> c.length() <= MAX_NAME), "covers",
                        "Each town or district must be 100 characters or fewer");
        coveredElsewhere(covers, areaId).ifPresent(problem -> check.require(false, "covers", problem));
        check.require(typed.weekOfMonth() != null && typed.weekOfMonth() >= 1 && typed.weekOfMonth() <= 4, "weekOfMonth",
                        "Choose the week of the month it meets: first, second, third or fourth")
                .require(typed.dayOfWeek() != null, "dayOfWeek", "Choose the day of the week it meets")
                .require(typed.startsAt() != null, "startsAt", "Enter the time it starts, like 10:00")
                .require(capacity >= 1 && capacity <= 100, "capacity", "A meeting hears from 1 to 100 cases")
                .require(enabledAccount(typed.chair()).isPresent(), "chair", "Enter the chair's username: an active account")
                .require(enabledAccount(typed.coordinator()).isPresent(), "coordinator",
                        "Enter the coordinator's username: an active account")
                .require(!typed.coreAgencies().isEmpty(), "coreAgencies", "Choose the core agencies expected at every meeting")
                .require(typed.coreAgencies().stream().allMatch(code -> staff.agencyByCode(code).isPresent()), "coreAgencies",
                        "Choose core agencies from the list");
        representativeProblem(typed.representatives()).ifPresent(problem -> check.require(false, "representatives", problem));
        noSelfAppointment(typed, areaId, alreadyIn, check);
        check.throwIfAny();
        return new MaracArea(areaId == null ? 0 : areaId, name, covers, typed.weekOfMonth(), typed.dayOfWeek(),
                typed.startsAt(), capacity, enabledAccount(typed.chair()).get().username(),
                enabledAccount(typed.coordinator()).get().username(), List.copyOf(new LinkedHashSet<>(typed.coreAgencies())),
                version);
    }

    /** "Stevenage is already covered by the North Herts MARAC", for the first town another area covers. */
    private Optional<String> coveredElsewhere(List<String> covers, Long areaId) {
        for (String town : covers) {
            Optional<MaracArea> other = areas.covering(town).filter(a -> areaId == null || a.id() != areaId);
            if (other.isPresent()) {
                return Optional.of(town + " is already covered by " + other.get().name()
                        + ": an area is covered by one MARAC only");
            }
        }
        return Optional.empty();
    }

    private Optional<String> representativeProblem(List<Representative> representatives) {
        Set<String> seen = new java.util.HashSet<>();
        for (Representative r : representatives) {
            Optional<StaffAccount> account = enabledAccount(r.username());
            Optional<Agency> agency = r.agencyCode() == null ? Optional.empty() : staff.agencyByCode(r.agencyCode().strip());
            if (account.isEmpty()) {
                return Optional.of("Each representative must be an active account: " + clip(r.username()) + " is not");
            }
            if (agency.isEmpty() || agency.get().id() != account.get().agencyId()) {
                return Optional.of(account.get().username() + " works for " + account.get().agencyName()
                        + ": give their own agency");
            }
            if (!seen.add(account.get().username())) {
                return Optional.of(account.get().username() + " is named twice");
            }
        }
        return Optional.empty();
    }

    private Optional<StaffAccount> enabledAccount(String username) {
        return strip(username) == null ? Optional.empty()
                : staff.accountByUsername(username).filter(StaffAccount::enabled);
    }

    /** As checked: the account's own spelling of the username. */
    private Representative cleaned(Representative r) {
        return new Representative(enabledAccount(r.username()).orElseThrow().username(), r.agencyCode().strip());
    }

    private static String clip(String text) {
        String value = String.valueOf(text);
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
