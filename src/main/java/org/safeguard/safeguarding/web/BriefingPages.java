package org.safeguard.safeguarding.web;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.safeguard.access.SignedInStaff;
import org.safeguard.access.StaffDirectory;
import org.safeguard.access.Team;
import org.safeguard.platform.InvalidRequest;
import org.safeguard.safeguarding.Cases;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

/**
 * The neighbourhood briefing: choosing an area, then the area's high-risk and repeat victims with open
 * cases as a printable table. Never an address. The facade lets only the area's own teams and the domestic
 * abuse specialists see it (anyone else gets the 403 page) and audits every view.
 */
@Controller
class BriefingPages {

    private static final int MOST_AREA = 100;

    private final Cases cases;
    private final StaffDirectory staff;

    BriefingPages(Cases cases, StaffDirectory staff) {
        this.cases = cases;
        this.staff = staff;
    }

    /** The form; with an area typed, its briefing's address. */
    @GetMapping("/briefings")
    String choose(@RequestParam(required = false) String area, Model model) {
        if (area != null) {
            InvalidRequest.Check problems = new InvalidRequest.Check()
                    .require(!area.isBlank(), "area", "Enter the policing area, for example Testtown")
                    .require(area.strip().length() <= MOST_AREA, "area", "The area must be 100 characters or fewer");
            try {
                problems.throwIfAny();
                return "redirect:/briefings/" + UriUtils.encodePathSegment(area.strip(), StandardCharsets.UTF_8);
            } catch (InvalidRequest refused) {
                model.addAttribute("errors", refused.byField());
            }
        }
        model.addAttribute("form", Map.of("area", area != null ? area : ownArea()));
        return "safeguarding/briefing";
    }

    @GetMapping("/briefings/{area}")
    String briefing(@PathVariable String area, Model model) {
        model.addAttribute("briefing", cases.briefing(area));
        model.addAttribute("form", Map.of());
        return "safeguarding/briefing";
    }

    /** The signed-in user's team's area, to start the form with; blank when their team has none. */
    private String ownArea() {
        Long teamId = SignedInStaff.current().teamId();
        if (teamId == null) {
            return "";
        }
        return staff.teams().stream().filter(t -> t.id() == teamId).map(Team::area)
                .filter(a -> a != null && !a.isBlank()).findFirst().orElse("");
    }
}
