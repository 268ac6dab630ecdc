package org.safeguard.marac;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.safeguard.access.SignedInStaff;
import org.safeguard.audit.AuditEvent;
import org.safeguard.audit.AuditTrail;
import org.safeguard.marac.store.ReaderStore;
import org.safeguard.safeguarding.BoardSection;
import org.safeguard.safeguarding.BoardSectionContributor;
import org.safeguard.shell.UkTime;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * "MARAC" on the board, the way in for everyone in a MARAC's circle: my coming meetings (as coordinator, chair or
 * representative), the cases on those agendas still waiting for my agency's research, and the open MARAC cases of
 * victims whose IDVA or SPOC I am, each linked. Nothing at all for someone with no part in a MARAC; the victims'
 * names listed are audited.
 */
@Component
class MaracBoardSection implements BoardSectionContributor {

    private static final int MOST = 20;
    /** The open MARAC cases looked through for the user's own victims; the newest come first. */
    private static final int OPEN_CASES_LOOKED_AT = 200;

    private final ReaderStore store;
    private final MaracReaders readers;
    private final AuditTrail audit;
    private final UkTime time;
    private final Clock clock;

    MaracBoardSection(ReaderStore store, MaracReaders readers, AuditTrail audit, UkTime time, Clock clock) {
        this.store = store;
        this.readers = readers;
        this.audit = audit;
        this.time = time;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    @Transactional
    public Optional<BoardSection> section() {
        String me = SignedInStaff.current().username();
        Instant now = clock.instant();
        List<BoardSection.Line> lines = new ArrayList<>();
        store.comingMeetingsOf(me, now, MOST).forEach(m -> lines.add(new BoardSection.Line(m.areaName(),
                "Meeting on " + time.moment(m.heldAt()), "Meeting", "blue", "Open the agenda", "/marac/meetings/" + m.meetingId())));
        List<ReaderStore.ResearchDue> research = store.researchDueFrom(me, now, MOST);
        research.forEach(r -> lines.add(new BoardSection.Line(r.victimName(), "Research from " + r.agencyCode()
                + " not yet returned for the " + r.areaName() + " on " + time.moment(r.heldAt()), "Research due", "orange",
                "Return the research", "/marac/cases/" + r.caseId())));
        List<ReaderStore.OpenCase> mine = victimsWorkedBy(me);
        mine.forEach(c -> lines.add(new BoardSection.Line(c.victimName(), c.meetingAt() == null ? "Waiting for a MARAC meeting"
                : "Listed at MARAC on " + time.moment(c.meetingAt()), "My victim", "grey", "Open the MARAC case",
                "/marac/cases/" + c.caseId())));
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        if (!research.isEmpty() || !mine.isEmpty()) {
            audit.record(AuditEvent.of("MARAC_BOARD_VIEWED", "marac-case", null).because("cases "
                    + java.util.stream.Stream.concat(research.stream().map(ReaderStore.ResearchDue::caseId),
                            mine.stream().map(ReaderStore.OpenCase::caseId))
                    .distinct().sorted().map(String::valueOf).collect(Collectors.joining(","))));
        }
        return Optional.of(new BoardSection("MARAC", "", lines));
    }

    /** The open MARAC cases of victims whose IDVA or SPOC the user is. */
    private List<ReaderStore.OpenCase> victimsWorkedBy(String me) {
        Map<Long, Boolean> mineByVictim = new HashMap<>();
        return store.openCases(OPEN_CASES_LOOKED_AT).stream()
                .filter(c -> mineByVictim.computeIfAbsent(c.victimId(), victim -> {
                    MaracReaders.VictimsWorkers workers = readers.workersOf(victim);
                    return workers.idva().filter(me::equals).isPresent() || workers.spoc().filter(me::equals).isPresent();
                }))
                .limit(MOST).toList();
    }
}
