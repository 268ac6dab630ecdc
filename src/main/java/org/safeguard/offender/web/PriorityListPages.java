package org.safeguard.offender.web;

import java.util.List;

import org.safeguard.access.Role;
import org.safeguard.access.SignedInStaff;
import org.safeguard.access.StaffDirectory;
import org.safeguard.access.Team;
import org.safeguard.offender.PriorityList;
import org.safeguard.offender.RfgRun;
import org.safeguard.platform.InvalidRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The RFG priority list page: the top perpetrators with the parts of their scores, for the whole force or
 * one area. A local officer opens it on their own team's area (HMIC recommendation 6: the list must reach
 * local officers) and may choose another; supervisors and specialists may recompute the whole list.
 */
@Controller
class PriorityListPages {

    private final PriorityList priorityList;
    private final StaffDirectory directory;

    PriorityListPages(PriorityList priorityList, StaffDirectory directory) {
        this.priorityList = priorityList;
        this.directory = directory;
    }

    /**
     * The list. {@code area} absent: an officer's own team's area, anyone else's whole list; blank: the whole
     * list; otherwise that area, ranked within it.
     */
    @GetMapping("/offenders")
    String list(@RequestParam(required = false) String area, @RequestParam(required = false) String limit, Model model) {
        SignedInStaff me = SignedInStaff.current();
        String chosen = area != null ? area.strip() : me.holds(Role.OFFICER) ? ownArea(me) : "";
        int shown = priorityList.listSize();
        if (limit != null && !limit.isBlank()) {
            try {
                shown = Integer.parseInt(limit.strip());
            } catch (NumberFormatException notANumber) {
                shown = -1;
            }
        }
        try {
            model.addAttribute("perpetrators", priorityList.top(chosen, shown));
        } catch (InvalidRequest refused) {
            model.addAttribute("errors", refused.byField());
            shown = priorityList.listSize();
            model.addAttribute("perpetrators", priorityList.top(chosen, shown));
        }
        List<String> areas = priorityList.areas();
        model.addAttribute("area", chosen);
        model.addAttribute("areas", areas);
        model.addAttribute("limit", limit != null ? limit : String.valueOf(shown));
        model.addAttribute("ownArea", ownArea(me));
        model.addAttribute("weights", priorityList.method());
        model.addAttribute("lastRun", priorityList.lastRun().orElse(null));
        model.addAttribute("mayRecompute", me.holds(Role.SUPERVISOR) || me.holds(Role.DA_SPECIALIST));
        return "offender/priority-list";
    }

    @PostMapping("/offenders/recompute")
    String recompute(RedirectAttributes redirect) {
        RfgRun run = priorityList.recomputeAll();
        redirect.addFlashAttribute("success", String.format("The list was recomputed: %,d perpetrators from %,d incidents "
                + "in %.1f seconds", run.perpetrators(), run.incidentsRead(), run.took().toMillis() / 1000.0));
        return "redirect:/offenders?area=";
    }

    /** The signed-in user's team's area; blank when their team has none. */
    private String ownArea(SignedInStaff me) {
        Long teamId = me.teamId();
        if (teamId == null) {
            return "";
        }
        return directory.teams().stream().filter(t -> t.id() == teamId).map(Team::area)
                .filter(a -> a != null && !a.isBlank()).findFirst().orElse("");
    }
}
