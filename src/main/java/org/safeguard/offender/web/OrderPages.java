package org.safeguard.offender.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.safeguard.access.Role;
import org.safeguard.access.SignedInStaff;
import org.safeguard.offender.NewOrder;
import org.safeguard.offender.OrderKind;
import org.safeguard.offender.OrderSettings;
import org.safeguard.offender.Orders;
import org.safeguard.offender.ProtectiveOrder;
import org.safeguard.offender.ProtectiveOrder.Condition;
import org.safeguard.offender.ProtectiveOrder.ConditionKind;
import org.safeguard.platform.ConcurrentEdit;
import org.safeguard.platform.InvalidRequest;
import org.safeguard.platform.RecordNotFound;
import org.safeguard.shell.TypedDates;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Orders and bail on pages: record one against a person, an order with its conditions and breaches (record a
 * breach, end it early), and the calendar of endings. A refused form comes back with the GOV.UK error summary
 * and what was typed, nothing saved; the facade decides who may do what.
 */
@Controller
class OrderPages {

    static final int CONDITION_ROWS = 5;
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Pattern ID = Pattern.compile("\\d{1,18}");
    private static final int CALENDAR_DAYS = 28;
    private static final java.time.format.DateTimeFormatter UK_DATE = java.time.format.DateTimeFormatter.ofPattern("d/M/yyyy");
    private static final List<String> ORDER_FIELDS = orderFields();
    /**
     * The page's field read with each of the facade's: the time typed beside a date, the number typed under
     * "someone else". When the page could not read it, the facade's message about the other is not shown.
     */
    private static final Map<String, String> READ_WITH = Map.of("startsAt", "startsTime", "endsAt", "endsTime",
            "occurredAt", "occurredTime", "protectedId", "otherProtectedId");

    /** Who records breaches and ends orders early (as {@code OffenderAccess.RECORDS} lets them). */
    private static final Set<Role> RECORDERS = Set.of(Role.OFFICER, Role.SUPERVISOR, Role.DA_SPECIALIST);
    /** Who may open an incident's page (as the incident pages let them). */
    private static final Set<Role> INCIDENT_READERS = Set.of(Role.CALL_HANDLER, Role.OFFICER, Role.SUPERVISOR,
            Role.DA_SPECIALIST, Role.PARTNER);

    private final Orders orders;
    private final OrderSettings settings;
    private final Clock clock;

    OrderPages(Orders orders, OrderSettings settings, Clock clock) {
        this.orders = orders;
        this.settings = settings;
        this.clock = clock;
    }

    /** A day of the calendar and the orders ending on it. */
    record Day(LocalDate date, List<ProtectiveOrder> orders) {
    }

    @GetMapping("/offenders/{personId}/orders/new")
    String newOrder(@PathVariable String personId, Model model) {
        return orderForm(TypedFields.id(personId, "person"), Map.of(), Map.of(), model);
    }

    @PostMapping("/offenders/{personId}/orders/new")
    String recordOrder(@PathVariable String personId, @RequestParam Map<String, String> typed, Model model,
                       RedirectAttributes redirect) {
        long perpetratorId = TypedFields.id(personId, "person");
        InvalidRequest.Check unreadable = new InvalidRequest.Check();
        Instant startsAt = TypedFields.moment(typed, "startsAt", "startsTime", "it starts", unreadable);
        Instant endsAt = TypedFields.moment(typed, "endsAt", "endsTime", "it ends", unreadable);
        OrderKind kind = TypedFields.choice(OrderKind.class, typed.get("kind"));
        Long protectedId = protectedId(typed, kind, unreadable);
        NewOrder order = new NewOrder(kind, perpetratorId, protectedId,
                typed.get("incidentReference"), typed.get("reference"), startsAt, endsAt, conditions(typed));
        try {
            ProtectiveOrder recorded = orders.record(order);
            redirect.addFlashAttribute("success", recorded.kind().words() + " recorded");
            return "redirect:/offenders/orders/" + recorded.id();
        } catch (InvalidRequest refused) {
            return orderForm(perpetratorId, typed, problems(unreadable, refused, ORDER_FIELDS), model);
        }
    }

    @GetMapping("/offenders/orders/{id}")
    String order(@PathVariable String id, Model model) {
        return orderPage(TypedFields.id(id, "order"), null, Map.of(), Map.of(), model);
    }

    @PostMapping("/offenders/orders/{id}/breaches")
    String recordBreach(@PathVariable String id, @RequestParam Map<String, String> typed, Model model,
                        RedirectAttributes redirect) {
        long orderId = TypedFields.id(id, "order");
        InvalidRequest.Check unreadable = new InvalidRequest.Check();
        Instant occurredAt = TypedFields.moment(typed, "occurredAt", "occurredTime", "it happened", unreadable);
        return act(orderId, "breach", List.of("incidentReference", "occurredAt", "occurredTime", "detail"), typed, model,
                redirect, unreadable, () -> {
            orders.recordBreach(orderId, typed.get("incidentReference"), occurredAt, typed.get("detail"));
            return "Breach recorded";
        });
    }

    @PostMapping("/offenders/orders/{id}/end")
    String endEarly(@PathVariable String id, @RequestParam Map<String, String> typed, Model model,
                    RedirectAttributes redirect) {
        long orderId = TypedFields.id(id, "order");
        return act(orderId, "end", List.of("reason"), typed, model, redirect, new InvalidRequest.Check(), () -> {
            orders.endEarly(orderId, typed.get("reason"), TypedFields.version(typed));
            return "Order ended early";
        });
    }

    /** The calendar of endings: the next 28 days unless another range is chosen, grouped by day, soonest first. */
    @GetMapping("/offenders/orders")
    String calendar(@RequestParam Map<String, String> typed, Model model) {
        LocalDate today = LocalDate.now(clock.withZone(LONDON));
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate from = day(typed, "from", today, errors);
        LocalDate to = day(typed, "to", today.plusDays(CALENDAR_DAYS - 1), errors);
        List<ProtectiveOrder> ending = List.of();
        if (errors.isEmpty()) {
            try {
                ending = orders.ending(from, to);
            } catch (InvalidRequest refused) {
                errors.putAll(refused.byField());
            }
        }
        Map<LocalDate, List<ProtectiveOrder>> byDay = new TreeMap<>();
        ending.forEach(o -> byDay.computeIfAbsent(LocalDate.ofInstant(o.endsAt(), LONDON), d -> new ArrayList<>()).add(o));
        model.addAttribute("days", byDay.entrySet().stream().map(e -> new Day(e.getKey(), e.getValue())).toList());
        model.addAttribute("count", ending.size());
        model.addAttribute("form", Map.of("from", shown(typed, "from", from), "to", shown(typed, "to", to)));
        model.addAttribute("errors", errors);
        model.addAttribute("soonUntil", clock.instant().plus(settings.expiryNotice()));
        model.addAttribute("noticeDays", settings.expiryNotice().toDays());
        return "offender/order-calendar";
    }

    // ---- Inside

    private String orderForm(long perpetratorId, Map<String, String> typed, Map<String, String> errors, Model model) {
        model.addAttribute("parties", orders.partiesFor(perpetratorId));
        model.addAttribute("form", typed);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", Arrays.asList(OrderKind.values()));
        model.addAttribute("kindHints", Arrays.stream(OrderKind.values())
                .collect(java.util.stream.Collectors.toMap(k -> k, OrderPages::lengthInWords)));
        model.addAttribute("conditionKindOptions", Arrays.stream(ConditionKind.values())
                .map(k -> new String[]{k.name(), k.words()}).toList());
        model.addAttribute("conditionRows", java.util.stream.IntStream.range(0, CONDITION_ROWS).boxed().toList());
        return "offender/order-new";
    }

    private String orderPage(long orderId, String activeForm, Map<String, String> typed, Map<String, String> errors,
                             Model model) {
        ProtectiveOrder order = orders.order(orderId);
        Instant now = clock.instant();
        model.addAttribute("order", order);
        model.addAttribute("live", order.liveAt(now));
        Set<Role> roles = SignedInStaff.current().roles();
        boolean mayRecord = roles.stream().anyMatch(RECORDERS::contains);
        model.addAttribute("mayRecord", mayRecord);
        model.addAttribute("mayEnd", mayRecord && order.endedEarlyAt() == null && now.isBefore(order.endsAt()));
        model.addAttribute("mayOpenIncidents", roles.stream().anyMatch(INCIDENT_READERS::contains));
        model.addAttribute("active", activeForm == null ? "" : activeForm);
        model.addAttribute("form", typed);
        model.addAttribute("errors", errors);
        return "offender/order";
    }

    /**
     * Runs a form of the order's page: success back to the page with a banner, a refusal on the page with the
     * problems, a stale version as a conflict. Whatever could not be read is handed to the facade as a value it
     * refuses (no moment, no person), so every problem shows at once and nothing is saved.
     */
    private String act(long orderId, String form, List<String> fields, Map<String, String> typed, Model model,
                       RedirectAttributes redirect, InvalidRequest.Check unreadable, Supplier<String> work) {
        try {
            redirect.addFlashAttribute("success", work.get());
            return "redirect:/offenders/orders/" + orderId;
        } catch (InvalidRequest refused) {
            return orderPage(orderId, form, typed, problems(unreadable, refused, fields), model);
        } catch (ConcurrentEdit changed) {
            redirect.addFlashAttribute("conflict", changed.getMessage());
            return "redirect:/offenders/orders/" + orderId;
        }
    }

    /** The problems of a refused form in the order it asks its questions: the page's own first for each field. */
    private static Map<String, String> problems(InvalidRequest.Check unreadable, InvalidRequest refused, List<String> fields) {
        Map<String, String> found = new LinkedHashMap<>();
        try {
            unreadable.throwIfAny();
        } catch (InvalidRequest unread) {
            found.putAll(unread.byField());
        }
        // The facade, given no moment for an unreadable time (or no record for an unreadable number), would ask
        // again for what was typed: the page's own word stands.
        refused.byField().forEach((field, message) -> {
            if (!found.containsKey(field) && !found.containsKey(READ_WITH.getOrDefault(field, field))) {
                found.put(field, message);
            }
        });
        Map<String, String> ordered = new LinkedHashMap<>();
        fields.stream().filter(found::containsKey).forEach(f -> ordered.put(f, found.get(f)));
        found.forEach(ordered::putIfAbsent);
        return ordered;
    }

    /**
     * The person chosen: one of the perpetrator's victims, a record number typed under "someone else", or no one
     * person ("none", bail only: the facade refuses it for any other kind). Nothing chosen, or an unreadable
     * number, is a problem for the page to show; the facade is then given no one, or no record (-1), to refuse.
     */
    private static Long protectedId(Map<String, String> typed, OrderKind kind, InvalidRequest.Check unreadable) {
        String chosen = blankToNull(typed.get("protectedId"));
        if ("other".equals(chosen)) {
            String other = blankToNull(typed.get("otherProtectedId"));
            boolean readable = other != null && ID.matcher(other).matches();
            unreadable.require(readable, "otherProtectedId",
                    "Enter the person record number of the person the order protects, like 12345");
            return readable ? Long.valueOf(other) : -1L;
        }
        if ("none".equals(chosen)) {
            unreadable.require(kind == null || kind.bail(), "protectedId",
                    "Only bail conditions may protect no one person: choose the person the order protects");
            return null;
        }
        boolean readable = chosen != null && ID.matcher(chosen).matches();
        unreadable.require(readable, "protectedId",
                "Choose the person the order protects, or no one person for bail conditions only");
        return readable ? Long.valueOf(chosen) : null;
    }

    /** The condition rows with anything typed in them. */
    private static List<Condition> conditions(Map<String, String> typed) {
        List<Condition> conditions = new ArrayList<>();
        for (int i = 0; i < CONDITION_ROWS; i++) {
            String kind = blankToNull(typed.get("conditions[" + i + "].kind"));
            String detail = blankToNull(typed.get("conditions[" + i + "].detail"));
            if (kind != null || detail != null) {
                conditions.add(new Condition(TypedFields.choice(ConditionKind.class, kind), detail == null ? "" : detail));
            }
        }
        return conditions;
    }

    /** How long the law lets an order of the kind last, as the form's hint says it. */
    private static String lengthInWords(OrderKind kind) {
        if (kind.bail()) {
            return "Until the bail return date";
        }
        if (kind.shortest() != null) {
            return "Lasts from " + kind.shortest().toDays() + " to " + kind.longest().toDays() + " days";
        }
        return kind.longest() != null ? "Lasts at most " + kind.longest().toHours() + " hours" : "As long as the court orders";
    }

    private static LocalDate day(Map<String, String> typed, String field, LocalDate otherwise, Map<String, String> errors) {
        String text = blankToNull(typed.get(field));
        if (text == null) {
            return otherwise;
        }
        LocalDate day = TypedDates.date(text);
        if (day == null) {
            errors.put(field, "Enter the " + (field.equals("from") ? "first" : "last") + " day as a real date, like 24/11/2026");
        }
        return day;
    }

    /** What a day field shows: what was typed (readable or not), or the day used when nothing was. */
    private static String shown(Map<String, String> typed, String field, LocalDate used) {
        String text = blankToNull(typed.get(field));
        return text != null ? text : UK_DATE.format(used);
    }

    private static List<String> orderFields() {
        List<String> fields = new ArrayList<>(List.of("kind", "perpetratorId", "protectedId", "otherProtectedId", "incidentReference",
                "reference", "startsAt", "startsTime", "endsAt", "endsTime", "conditions"));
        for (int i = 0; i < CONDITION_ROWS; i++) {
            fields.add("conditions[" + i + "].kind");
            fields.add("conditions[" + i + "].detail");
        }
        return List.copyOf(fields);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
