package org.safeguard.offender.web;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.safeguard.access.Role;
import org.safeguard.access.SignedInStaff;
import org.safeguard.access.StaffDirectory;
import org.safeguard.access.Team;
import org.safeguard.offender.PriorityList;
import org.safeguard.offender.RankedPerpetrator;
import org.safeguard.offender.RfgRun;
import org.safeguard.platform.InvalidRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The RFG priority list page: the top perpetrators with the parts of their scores, for the whole force or
 * one area. A local officer opens it on their own team's area (HMIC recommendation 6: the list must reach
 * local officers) and may choose another; supervisors and specialists may recompute the whole list. The
 * same list downloads as CSV.
 */
@Controller
class PriorityListPages {

    private static final DateTimeFormatter DATE_OF_BIRTH = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK);
    private static final DateTimeFormatter UK_MOMENT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

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
        String chosen = chosenArea(area, me);
        int shown = limit(limit);
        try {
            model.addAttribute("perpetrators", priorityList.top(chosen, shown));
        } catch (InvalidRequest refused) {
            model.addAttribute("errors", refused.byField());
            shown = priorityList.listSize();
            model.addAttribute("perpetrators", priorityList.top(chosen, shown));
        }
        model.addAttribute("area", chosen);
        model.addAttribute("areas", priorityList.areas());
        model.addAttribute("limit", limit != null ? limit : String.valueOf(shown));
        model.addAttribute("ownArea", ownArea(me));
        model.addAttribute("weights", priorityList.method());
        model.addAttribute("lastRun", priorityList.lastRun().orElse(null));
        model.addAttribute("mayRecompute", me.holds(Role.SUPERVISOR) || me.holds(Role.DA_SPECIALIST));
        return "offender/priority-list";
    }

    /**
     * The same list as a spreadsheet (audited as a view like the page); a count out of range or not a number gives
     * the default size, as the page does. Dates as UK spreadsheets read them, times in UK time.
     */
    @GetMapping("/offenders.csv")
    ResponseEntity<String> spreadsheet(@RequestParam(required = false) String area, @RequestParam(required = false) String limit) {
        String chosen = chosenArea(area, SignedInStaff.current());
        List<RankedPerpetrator> shown;
        try {
            shown = priorityList.top(chosen, limit(limit));
        } catch (InvalidRequest refused) {
            shown = priorityList.top(chosen, priorityList.listSize());
        }
        StringBuilder csv = new StringBuilder("Rank,Name,Date of birth,Score,R,F,G,V,Incidents,Latest incident,Area\r\n");
        for (RankedPerpetrator p : shown) {
            csv.append(String.join(",", String.valueOf(p.rank()), cell(p.name()),
                    p.dateOfBirth() == null ? "" : DATE_OF_BIRTH.format(p.dateOfBirth()), p.score().stripTrailingZeros().toPlainString(),
                    String.valueOf(p.recency()), String.valueOf(p.frequency()), String.valueOf(p.gravity()),
                    String.valueOf(p.victims()), String.valueOf(p.incidents()), UK_MOMENT.format(p.latestIncidentAt()),
                    cell(p.area()))).append("\r\n");
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"priority-perpetrators.csv\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store").body(csv.toString());
    }

    @PostMapping("/offenders/recompute")
    String recompute(RedirectAttributes redirect) {
        RfgRun run;
        try {
            run = priorityList.recomputeAll();
        } catch (PriorityList.AlreadyRecomputing underway) {
            redirect.addFlashAttribute("conflict", underway.getMessage());
            return "redirect:/offenders?area=";
        }
        redirect.addFlashAttribute("success", String.format("The list was recomputed: %,d perpetrators from %,d incidents "
                + "in %.1f seconds", run.perpetrators(), run.incidentsRead(), run.took().toMillis() / 1000.0));
        return "redirect:/offenders?area=";
    }

    /** {@code area} absent: an officer's own team's area, anyone else's whole list (blank); otherwise as given. */
    private String chosenArea(String area, SignedInStaff me) {
        return area != null ? area.strip() : me.holds(Role.OFFICER) ? ownArea(me) : "";
    }

    /** The count asked for, the default when none; -1 (refused by the list) when it is not a number. */
    private int limit(String typed) {
        if (typed == null || typed.isBlank()) {
            return priorityList.listSize();
        }
        try {
            return Integer.parseInt(typed.strip());
        } catch (NumberFormatException notANumber) {
            return -1;
        }
    }

    /** A text cell: quoted when it must be, and never read as a formula by a spreadsheet. */
    private static String cell(String text) {
        if (text == null) {
            return "";
        }
        String safe = !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
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
