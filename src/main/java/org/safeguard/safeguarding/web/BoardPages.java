package org.safeguard.safeguarding.web;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.safeguard.access.StaffAccount;
import org.safeguard.safeguarding.Board;
import org.safeguard.safeguarding.BoardSection;
import org.safeguard.safeguarding.BoardSectionContributor;
import org.safeguard.safeguarding.CaseTask;
import org.safeguard.safeguarding.Cases;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * A member of staff's board: the cases they are SPOC for, their tasks (overdue first), tasks escalated to
 * them, their team's overdue tasks, victims of their cases contacted by too many people, and the sections other
 * modules contribute ({@link BoardSectionContributor}).
 */
@Controller
class BoardPages {

    private static final Logger log = LoggerFactory.getLogger(BoardPages.class);

    private final Cases cases;
    private final List<BoardSectionContributor> contributors;
    private final Clock clock;

    BoardPages(Cases cases, List<BoardSectionContributor> contributors, Clock clock) {
        this.cases = cases;
        this.contributors = contributors.stream().sorted(Comparator.comparingInt(BoardSectionContributor::order)).toList();
        this.clock = clock;
    }

    @GetMapping("/board")
    String board(Model model) {
        Board board = cases.board();
        Instant now = clock.instant();
        List<CaseTask> myTasks = board.myTasks().stream()
                .sorted(Comparator.comparing((CaseTask t) -> !t.overdue(now)).thenComparing(CaseTask::dueAt))
                .toList();
        model.addAttribute("board", board);
        model.addAttribute("myTasks", myTasks);
        model.addAttribute("overdueCount", myTasks.stream().filter(t -> t.overdue(now)).count());
        model.addAttribute("now", now);
        model.addAttribute("names", cases.possibleSpocs().stream()
                .collect(Collectors.toMap(StaffAccount::username, StaffAccount::displayName, (a, b) -> a)));
        model.addAttribute("sections", contributedSections());
        return "safeguarding/board";
    }

    /** Other modules' sections; one the user may not read is left out, one that fails says so. */
    private List<BoardSection> contributedSections() {
        List<BoardSection> sections = new java.util.ArrayList<>();
        for (BoardSectionContributor contributor : contributors) {
            try {
                contributor.section().ifPresent(sections::add);
            } catch (AccessDeniedException notForThisUser) {
                log.debug("Board section {} not shown to this user", contributor.getClass().getSimpleName());
            } catch (RuntimeException failed) {
                log.warn("Board section {} could not be shown", contributor.getClass().getSimpleName(), failed);
                sections.add(new BoardSection("Not shown", null, List.of(new BoardSection.Line(null,
                        "Part of this board could not be shown. Reload the page to try again.", null, null, null, null))));
            }
        }
        return sections;
    }
}
