package org.safeguard.safeguarding.web;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.safeguard.access.StaffAccount;
import org.safeguard.safeguarding.Board;
import org.safeguard.safeguarding.CaseTask;
import org.safeguard.safeguarding.Cases;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * A member of staff's board: the cases they are SPOC for, their tasks (overdue first), tasks escalated to
 * them, their team's overdue tasks, and victims of their cases contacted by too many people.
 */
@Controller
class BoardPages {

    private final Cases cases;
    private final Clock clock;

    BoardPages(Cases cases, Clock clock) {
        this.cases = cases;
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
        return "safeguarding/board";
    }
}
