package org.safeguard.marac.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.safeguard.marac.MaracMeetings;
import org.safeguard.marac.NewAttendance;
import org.safeguard.marac.NewResearch;
import org.safeguard.marac.Research;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A MARAC meeting's pages: each agency's research on a case (and the form for the user's own agency), who has
 * returned research for the meeting's cases, attendance, and closing the meeting with its minutes. The facade
 * decides who may see and do what; these pages only turn forms into calls.
 */
@Controller
class MeetingPages {

    /** Blank rows offered for agencies that attended without being core agencies. */
    static final int OTHER_AGENCY_ROWS = 3;

    private final MaracMeetings meetings;

    MeetingPages(MaracMeetings meetings) {
        this.meetings = meetings;
    }

    // ---- Research

    @GetMapping("/marac/cases/{id}/research")
    String research(@PathVariable String id, Model model) {
        long caseId = MaracForms.id(id, "MARAC case");
        MaracMeetings.CaseResearch research = meetings.research(caseId);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", typedFrom(research.mine()));
        }
        model.addAttribute("research", research);
        return "marac/research";
    }

    @PostMapping("/marac/cases/{id}/research")
    String returnResearch(@PathVariable String id, @RequestParam Map<String, String> typed, Model model,
                          RedirectAttributes redirect) {
        long caseId = MaracForms.id(id, "MARAC case");
        Integer version = typed.containsKey("version") && !typed.get("version").isBlank()
                ? MaracForms.version(typed, "version") : null;
        return MaracForms.answer("/marac/cases/" + caseId + "/research", typed, model, redirect, () -> {
            meetings.returnResearch(caseId, new NewResearch(MaracForms.yesNo(typed.get("holdsInformation")),
                    typed.get("aboutVictim"), typed.get("aboutChildren"), typed.get("aboutPerpetrator"), version));
            return "Your agency's research has been returned";
        }, () -> research(id, model));
    }

    @GetMapping("/marac/meetings/{id}/research")
    String researchReturns(@PathVariable String id, Model model) {
        model.addAttribute("returns", meetings.researchReturns(MaracForms.id(id, "meeting")));
        return "marac/research-returns";
    }

    // ---- Attendance

    @GetMapping("/marac/meetings/{id}/attendance")
    String attendance(@PathVariable String id, Model model) {
        MaracMeetings.MeetingAttendance attendance = meetings.attendance(MaracForms.id(id, "meeting"));
        model.addAttribute("attendance", attendance);
        model.addAttribute("otherRows", OTHER_AGENCY_ROWS);
        model.addAttribute("agencyOptions", MaracForms.agencyOptions(attendance.allAgencies()));
        return "marac/attendance";
    }

    @PostMapping("/marac/meetings/{id}/attendance")
    String recordAttendance(@PathVariable String id, @RequestParam MultiValueMap<String, String> typed, Model model,
                            RedirectAttributes redirect) {
        long meetingId = MaracForms.id(id, "meeting");
        List<NewAttendance> lines = new ArrayList<>();
        for (String agency : typed.getOrDefault("agency", List.of())) {
            lines.add(new NewAttendance(agency, MaracForms.yesNo(typed.getFirst("present-" + agency)),
                    typed.getFirst("representative-" + agency)));
        }
        for (int row = 1; row <= OTHER_AGENCY_ROWS; row++) {
            lines.add(new NewAttendance(typed.getFirst("other-agency-" + row),
                    MaracForms.yesNo(typed.getFirst("other-present-" + row)), typed.getFirst("other-representative-" + row),
                    row));
        }
        Map<String, String> form = typed.toSingleValueMap();
        return MaracForms.answer("/marac/meetings/" + meetingId + "/attendance", form, model, redirect,
                () -> {
                    meetings.recordAttendance(meetingId, MaracForms.version(form, "version"), lines);
                    return "Attendance recorded";
                }, () -> attendance(id, model));
    }

    // ---- Closing

    @GetMapping("/marac/meetings/{id}/close")
    String closing(@PathVariable String id, Model model) {
        model.addAttribute("closing", meetings.closing(MaracForms.id(id, "meeting")));
        return "marac/meeting-close";
    }

    @PostMapping("/marac/meetings/{id}/close")
    String close(@PathVariable String id, @RequestParam Map<String, String> typed, Model model,
                 RedirectAttributes redirect) {
        long meetingId = MaracForms.id(id, "meeting");
        return MaracForms.answer("/marac/meetings/" + meetingId + "/close", typed, model, redirect, () -> {
            MaracMeetings.MeetingClosing closed = meetings.closeMeeting(meetingId, MaracForms.version(typed, "version"),
                    typed.get("minutes"));
            long heard = closed.cases().size();
            return "Meeting closed: " + heard + (heard == 1 ? " case" : " cases") + " heard";
        }, () -> closing(id, model));
    }

    /** The agency's return as the form shows it, or an empty form. */
    private static Map<String, String> typedFrom(Research mine) {
        if (mine == null) {
            return Map.of();
        }
        return Map.of("holdsInformation", mine.holdsInformation() ? "yes" : "no",
                "aboutVictim", mine.aboutVictim() == null ? "" : mine.aboutVictim(),
                "aboutChildren", mine.aboutChildren() == null ? "" : mine.aboutChildren(),
                "aboutPerpetrator", mine.aboutPerpetrator() == null ? "" : mine.aboutPerpetrator(),
                "version", Integer.toString(mine.version()));
    }
}
