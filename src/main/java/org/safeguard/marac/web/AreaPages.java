package org.safeguard.marac.web;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.safeguard.marac.MaracArea;
import org.safeguard.marac.MaracAreas;
import org.safeguard.marac.NewMaracArea;
import org.safeguard.marac.Representative;
import org.safeguard.platform.ConcurrentEdit;
import org.safeguard.platform.InvalidRequest;
import org.safeguard.shell.TypedDates;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The MARAC areas: the list, a new area and changing one. Covers and representatives are typed one a line
 * ("Stevenage"; "j.smith, HOUSING"); a refused form comes back with what was typed and the error summary.
 */
@Controller
class AreaPages {

    static final String AREAS = "/marac/areas";
    private static final List<String> FIELDS = List.of("name", "covers", "weekOfMonth", "dayOfWeek", "startsAt", "capacity",
            "chair", "coordinator", "coreAgencies", "representatives");

    private final MaracAreas areas;

    AreaPages(MaracAreas areas) {
        this.areas = areas;
    }

    @GetMapping(AREAS)
    String list(Model model) {
        model.addAttribute("areas", areas.areas());
        return "marac/areas";
    }

    @GetMapping(AREAS + "/new")
    String newArea(Model model) {
        Map<String, String> blank = new HashMap<>(Map.of("capacity", "20", "startsAt", "10:00"));
        return form(null, blank, List.of(), model);
    }

    @PostMapping(AREAS)
    String create(@RequestParam MultiValueMap<String, String> typed, Model model, RedirectAttributes redirect) {
        InvalidRequest.Check unread = new InvalidRequest.Check();
        NewMaracArea area = read(typed, unread);
        try {
            throwWithTheFacadesProblems(unread, area, null);
            MaracAreas.AreaFile created = areas.create(area);
            redirect.addFlashAttribute("success", created.area().name() + " created");
            return "redirect:" + AREAS + "/" + created.area().id();
        } catch (InvalidRequest refused) {
            return refused(null, typed, refused, model);
        }
    }

    @GetMapping(AREAS + "/{id}")
    String area(@PathVariable String id, Model model) {
        MaracAreas.AreaFile file = areas.area(MaracForms.id(id, "MARAC area"));
        return form(file.area(), shown(file), file.area().coreAgencies(), model);
    }

    @PostMapping(AREAS + "/{id}")
    String change(@PathVariable String id, @RequestParam MultiValueMap<String, String> typed, Model model,
                  RedirectAttributes redirect) {
        long areaId = MaracForms.id(id, "MARAC area");
        InvalidRequest.Check unread = new InvalidRequest.Check();
        NewMaracArea area = read(typed, unread);
        try {
            throwWithTheFacadesProblems(unread, area, areaId);
            MaracAreas.AreaFile changed = areas.change(areaId, area, MaracForms.version(typed.toSingleValueMap()));
            redirect.addFlashAttribute("success", changed.area().name() + " saved");
            return "redirect:" + AREAS + "/" + areaId;
        } catch (InvalidRequest refused) {
            return refused(areas.area(areaId).area(), typed, refused, model);
        } catch (ConcurrentEdit changed) {
            redirect.addFlashAttribute("conflict", changed.getMessage());
            return "redirect:" + AREAS + "/" + areaId;
        }
    }

    /**
     * When some fields could not be read, refuses with those problems and the facade's about the rest, so the form
     * says everything wrong at once (a field that could not be read keeps its own message).
     */
    private void throwWithTheFacadesProblems(InvalidRequest.Check unread, NewMaracArea area, Long areaId) {
        if (unread.count() == 0) {
            return;
        }
        try {
            unread.throwIfAny();
        } catch (InvalidRequest unreadable) {
            Map<String, String> all = new java.util.LinkedHashMap<>(unreadable.byField());
            areas.problems(area, areaId).forEach(p -> all.putIfAbsent(p.field(), p.message()));
            throw new InvalidRequest(all.entrySet().stream()
                    .map(e -> new InvalidRequest.FieldProblem(e.getKey(), e.getValue())).toList());
        }
    }

    /** The form again with what was typed: first the fields that could not be read, else the facade's problems. */
    private String refused(MaracArea existing, MultiValueMap<String, String> typed, InvalidRequest refused, Model model) {
        model.addAttribute("errors", MaracForms.problems(refused, FIELDS));
        return form(existing, typed.toSingleValueMap(), typed.getOrDefault("coreAgencies", List.of()), model);
    }

    private String form(MaracArea area, Map<String, String> typed, List<String> coreAgencies, Model model) {
        model.addAttribute("area", area);
        model.addAttribute("title", area == null ? "New MARAC area" : area.name());
        model.addAttribute("form", typed);
        model.addAttribute("chosenAgencies", coreAgencies);
        model.addAttribute("agencies", areas.agencies());
        model.addAttribute("weeks", List.of(new String[]{"1", "First"}, new String[]{"2", "Second"},
                new String[]{"3", "Third"}, new String[]{"4", "Fourth"}));
        model.addAttribute("days", Arrays.stream(DayOfWeek.values())
                .map(d -> new String[]{d.name(), d.getDisplayName(TextStyle.FULL, Locale.UK)}).toList());
        return "marac/area-form";
    }

    private static Map<String, String> shown(MaracAreas.AreaFile file) {
        MaracArea a = file.area();
        Map<String, String> form = new HashMap<>();
        form.put("name", a.name());
        form.put("covers", String.join("\n", a.covers()));
        form.put("weekOfMonth", String.valueOf(a.weekOfMonth()));
        form.put("dayOfWeek", a.dayOfWeek().name());
        form.put("startsAt", a.startsAt().toString());
        form.put("capacity", String.valueOf(a.capacity()));
        form.put("chair", a.chair());
        form.put("coordinator", a.coordinator());
        form.put("representatives", file.representatives().stream().map(r -> r.username() + ", " + r.agencyCode())
                .collect(Collectors.joining("\n")));
        form.put("version", String.valueOf(a.version()));
        return form;
    }

    /** The typed area; what cannot be read is left null with a problem added for its field. */
    private static NewMaracArea read(MultiValueMap<String, String> typed, InvalidRequest.Check unread) {
        String startsText = typed.getFirst("startsAt");
        LocalTime startsAt = blank(startsText) ? null : TypedDates.time(startsText.strip());
        unread.require(blank(startsText) || startsAt != null, "startsAt", "Enter the time it starts as a 24-hour time, like 10:00");
        String capacityText = typed.getFirst("capacity");
        Integer capacity = blank(capacityText) || !capacityText.strip().matches("\\d{1,3}") ? null
                : Integer.valueOf(capacityText.strip());
        unread.require(blank(capacityText) || capacity != null, "capacity", "Enter the number of cases a meeting hears, like 20");
        String weekText = typed.getFirst("weekOfMonth");
        Integer week = weekText != null && weekText.matches("[1-4]") ? Integer.valueOf(weekText) : null;
        DayOfWeek day = Arrays.stream(DayOfWeek.values()).filter(d -> d.name().equals(typed.getFirst("dayOfWeek")))
                .findFirst().orElse(null);
        List<Representative> representatives = new ArrayList<>();
        for (String line : lines(typed.getFirst("representatives"))) {
            String[] parts = line.split(",");
            if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                unread.require(false, "representatives", "Type each representative as their username, a comma and their "
                        + "agency's code, like j.smith, HOUSING");
                break;
            }
            representatives.add(new Representative(parts[0].strip(), parts[1].strip().toUpperCase(Locale.UK)));
        }
        return new NewMaracArea(typed.getFirst("name"), lines(typed.getFirst("covers")), week, day, startsAt, capacity,
                typed.getFirst("chair"), typed.getFirst("coordinator"), typed.getOrDefault("coreAgencies", List.of()),
                representatives);
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
