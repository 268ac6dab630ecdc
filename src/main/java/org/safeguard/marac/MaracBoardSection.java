package org.safeguard.marac;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.safeguard.access.SignedInStaff;
import org.safeguard.audit.AuditEvent;
import org.safeguard.audit.AuditTrail;
import org.safeguard.marac.rules.MeetingSchedule;
import org.safeguard.marac.store.ReaderStore;
import org.safeguard.safeguarding.BoardSection;
import org.safeguard.safeguarding.BoardSectionContributor;
import org.safeguard.shell.UkTime;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * "MARAC" on the board, the way in for everyone in a MARAC's circle: my coming meetings (as coordinator, chair or
 * representative), the cases on those agendas still waiting for my agency's research, and the MARAC cases of victims
 * whose IDVA or SPOC I am (waiting, listed, or heard in the last three months, for the minutes and action plan), each
 * linked. Nothing at all for someone with no part in a MARAC; the victims' names listed are audited.
 */
@Component
class MaracBoardSection implements BoardSectionContributor {

    private static final int MOST = 20;
    /** My victims' cases shown; an IDVA's caseload is larger than a meeting's research list. */
    private static final int MOST_OF_MY_VICTIMS = 50;
    /** A heard case stays on its IDVA's and SPOC's board this long, for the minutes and the action plan. */
    private static final Period HEARD_SHOWN_FOR = Period.ofMonths(3);

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
        List<ReaderStore.VictimsCase> mine = store.casesOfVictims(readers.victimsWorkedBy(me),
                now.atZone(MeetingSchedule.UK).minus(HEARD_SHOWN_FOR).toInstant(), MOST_OF_MY_VICTIMS + 1);
        mine.stream().limit(MOST_OF_MY_VICTIMS).forEach(c -> lines.add(new BoardSection.Line(c.victimName(), where(c),
                "My victim", "grey", "Open the MARAC case", "/marac/cases/" + c.caseId())));
        if (mine.size() > MOST_OF_MY_VICTIMS) {
            lines.add(new BoardSection.Line("More", "Only the first " + MOST_OF_MY_VICTIMS + " MARAC cases of your victims "
                    + "are shown here", null, null, null, null));
        }
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        if (!research.isEmpty() || !mine.isEmpty()) {
            audit.record(AuditEvent.of("MARAC_BOARD_VIEWED", "marac-case", null).because("cases "
                    + Stream.concat(research.stream().map(ReaderStore.ResearchDue::caseId),
                            mine.stream().limit(MOST_OF_MY_VICTIMS).map(ReaderStore.VictimsCase::caseId))
                    .distinct().sorted().map(String::valueOf).collect(Collectors.joining(","))));
        }
        return Optional.of(new BoardSection("MARAC", "", lines));
    }

    private String where(ReaderStore.VictimsCase c) {
        return switch (c.status()) {
            case "HEARD" -> "Heard at MARAC on " + time.moment(c.heardAt());
            case "LISTED" -> "Listed at MARAC on " + time.moment(c.meetingAt());
            default -> "Waiting for a MARAC meeting";
        };
    }
}
