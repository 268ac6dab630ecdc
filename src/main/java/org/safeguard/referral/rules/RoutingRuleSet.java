package org.safeguard.referral.rules;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.safeguard.directory.ServiceKind;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The routing rules as a coordinator reads them in YAML: a list under {@code rules}, each with an {@code id}, the
 * kind of service to {@code refer-to}, the {@code reason} shown on the referral and its {@code when} conditions
 * ({@code event}, {@code risk-levels}, {@code marac-criteria-met}, {@code children}, {@code honour-based-abuse},
 * {@code stalking}, {@code victim-age} as "16-17", {@code domestic-abuse}, {@code marac-referral-within-months} as
 * a number of months). Every condition of a rule must hold; several rules may fire. A rule may say
 * {@code once-while-open: false} to refer once per incident rather than once while a referral of its kind is open. A file with a problem is refused whole, naming the line.
 */
public final class RoutingRuleSet {

    private static final Pattern RULE_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");
    private static final Pattern AGE_RANGE = Pattern.compile("(\\d{1,3})\\s*(?:-|–|to)\\s*(\\d{1,3})");
    private static final Set<String> RULE_KEYS = Set.of("id", "refer-to", "reason", "when", "once-while-open");
    private static final Set<String> CONDITIONS = Set.of("event", "risk-levels", "marac-criteria-met", "children",
            "honour-based-abuse", "stalking", "victim-age", "domestic-abuse", "marac-referral-within-months");
    private static final Set<String> LEVELS = Set.of("STANDARD", "MEDIUM", "HIGH");
    private static final int MAX_RULES = 200;

    private final List<RoutingRule> rules;

    private RoutingRuleSet(List<RoutingRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** A problem in a rules file, on a line (1-based; 0 for the file as a whole). */
    public static final class Problem extends RuntimeException {

        private final int line;

        Problem(int line, String message) {
            super((line > 0 ? "Line " + line + ": " : "") + message);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    public List<RoutingRule> rules() {
        return rules;
    }

    /**
     * The rules that fire on the facts, in the file's order; when two refer to the same kind of service the first
     * stands (one referral per kind).
     */
    public List<RoutingRule> route(RoutingFacts facts) {
        Map<ServiceKind, RoutingRule> fired = new LinkedHashMap<>();
        rules.stream().filter(rule -> rule.firesOn(facts)).forEach(rule -> fired.putIfAbsent(rule.referTo(), rule));
        return List.copyOf(fired.values());
    }

    /**
     * Refuses rules that would leave a victim assessed as high risk (with nothing else known) without a MARAC and an
     * IDVA referral: the two the issue and SafeLives require for every high-risk victim.
     */
    public RoutingRuleSet requireHighRiskRouting() {
        RoutingFacts highRisk = new RoutingFacts(RoutingFacts.Trigger.RISK_ASSESSED, "HIGH", false, false, false, false,
                30, true);
        Set<ServiceKind> referred = EnumSet.noneOf(ServiceKind.class);
        route(highRisk).forEach(rule -> referred.add(rule.referTo()));
        List<String> missing = java.util.stream.Stream.of(ServiceKind.MARAC, ServiceKind.IDVA)
                .filter(kind -> !referred.contains(kind)).map(Enum::name).toList();
        if (!missing.isEmpty()) {
            throw new Problem(0, "a victim assessed as high risk must be referred to MARAC and IDVA; these rules make no "
                    + String.join(" or ", missing) + " referral on RISK_ASSESSED with risk-levels [HIGH]");
        }
        return this;
    }

    public static RoutingRuleSet parse(String text) {
        if (text == null || text.isBlank()) {
            throw new Problem(0, "The rules are empty: give a list of rules under 'rules:'");
        }
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(10);
        options.setCodePointLimit(500_000);
        Node root;
        try {
            root = new Yaml(new SafeConstructor(options)).compose(new StringReader(text));
        } catch (MarkedYAMLException broken) {
            throw new Problem(broken.getProblemMark() == null ? 0 : broken.getProblemMark().getLine() + 1,
                    "not valid YAML (" + broken.getProblem() + ")");
        } catch (YAMLException broken) {
            throw new Problem(0, "not valid YAML (" + broken.getMessage() + ")");
        }
        if (!(root instanceof MappingNode top)) {
            throw new Problem(root == null ? 0 : lineOf(root), "the file must start with 'rules:' and a list of rules");
        }
        Map<String, Node> fields = keyed(top, Set.of("rules"), "field");
        if (!(fields.get("rules") instanceof SequenceNode list) || list.getValue().isEmpty()) {
            throw new Problem(lineOf(top), "'rules' must be a list of at least one rule");
        }
        if (list.getValue().size() > MAX_RULES) {
            throw new Problem(lineOf(list), "at most " + MAX_RULES + " rules");
        }
        List<RoutingRule> rules = new ArrayList<>();
        Map<String, Integer> ids = new LinkedHashMap<>();
        for (Node item : list.getValue()) {
            RoutingRule rule = rule(item);
            Integer first = ids.putIfAbsent(rule.id(), rule.line());
            if (first != null) {
                throw new Problem(rule.line(), "rule id '" + rule.id() + "' is used twice (first at line " + first + ")");
            }
            rules.add(rule);
        }
        return new RoutingRuleSet(rules);
    }

    private static RoutingRule rule(Node item) {
        if (!(item instanceof MappingNode entry)) {
            throw new Problem(lineOf(item), "each rule needs id, refer-to, reason and when");
        }
        Map<String, Node> fields = keyed(entry, RULE_KEYS, "field of a rule");
        String id = required(fields, "id", entry);
        if (!RULE_ID.matcher(id).matches()) {
            throw new Problem(lineOf(fields.get("id")), "rule id '" + id
                    + "' must be lower-case letters, digits and '-' (at most 80), like high-risk-to-marac");
        }
        String kindText = required(fields, "refer-to", entry);
        ServiceKind kind = Arrays.stream(ServiceKind.values()).filter(k -> k.name().equals(kindText)).findFirst()
                .orElseThrow(() -> new Problem(lineOf(fields.get("refer-to")), "unknown kind of service '" + kindText
                        + "'; expected one of " + String.join(", ", Arrays.stream(ServiceKind.values()).map(Enum::name).toList())));
        String reason = required(fields, "reason", entry);
        if (reason.length() > 500) {
            throw new Problem(lineOf(fields.get("reason")), "the reason must be 500 characters or fewer");
        }
        Node when = fields.get("when");
        if (!(when instanceof MappingNode conditions) || conditions.getValue().isEmpty()) {
            throw new Problem(when == null ? lineOf(entry) : lineOf(when), "rule '" + id + "' needs 'when' with at least one condition");
        }
        Boolean once = yesNo(fields, "once-while-open");
        return new RoutingRule(id, kind, reason, when(keyed(conditions, CONDITIONS, "condition")), lineOf(entry),
                once == null || once);
    }

    private static RoutingRule.When when(Map<String, Node> given) {
        Set<RoutingFacts.Trigger> events = given.containsKey("event") ? events(given.get("event")) : null;
        Set<String> levels = given.containsKey("risk-levels") ? levels(given.get("risk-levels")) : null;
        Integer from = null;
        Integer to = null;
        if (given.containsKey("victim-age")) {
            Node node = given.get("victim-age");
            Matcher range = AGE_RANGE.matcher(scalar(node, "victim-age").strip());
            if (!range.matches() || Integer.parseInt(range.group(1)) > Integer.parseInt(range.group(2))
                    || Integer.parseInt(range.group(2)) > 130) {
                throw new Problem(lineOf(node), "victim-age must be a range of whole years, youngest first, like 16-17");
            }
            from = Integer.parseInt(range.group(1));
            to = Integer.parseInt(range.group(2));
        }
        Integer months = null;
        if (given.containsKey("marac-referral-within-months")) {
            Node node = given.get("marac-referral-within-months");
            String typed = scalar(node, "marac-referral-within-months").strip();
            if (!typed.matches("\\d{1,3}") || Integer.parseInt(typed) < 1 || Integer.parseInt(typed) > 120) {
                throw new Problem(lineOf(node), "marac-referral-within-months must be a whole number of months from 1 to 120, like 12");
            }
            months = Integer.parseInt(typed);
        }
        return new RoutingRule.When(events, levels, yesNo(given, "marac-criteria-met"), yesNo(given, "children"),
                yesNo(given, "honour-based-abuse"), yesNo(given, "stalking"), from, to, yesNo(given, "domestic-abuse"),
                months);
    }

    private static Set<RoutingFacts.Trigger> events(Node node) {
        Set<RoutingFacts.Trigger> events = EnumSet.noneOf(RoutingFacts.Trigger.class);
        for (Node value : values(node, "event")) {
            String named = scalar(value, "event").strip();
            events.add(Arrays.stream(RoutingFacts.Trigger.values()).filter(t -> t.name().equals(named)).findFirst()
                    .orElseThrow(() -> new Problem(lineOf(value), "unknown event '" + named
                            + "'; expected RISK_ASSESSED or INCIDENT_RECORDED")));
        }
        return events;
    }

    private static Set<String> levels(Node node) {
        Set<String> levels = new LinkedHashSet<>();
        for (Node value : values(node, "risk-levels")) {
            String named = scalar(value, "risk-levels").strip();
            if (!LEVELS.contains(named)) {
                throw new Problem(lineOf(value), "unknown risk level '" + named + "'; expected STANDARD, MEDIUM or HIGH");
            }
            levels.add(named);
        }
        return levels;
    }

    /** A single value or a list of them, at least one. */
    private static List<Node> values(Node node, String key) {
        if (node instanceof SequenceNode list) {
            if (list.getValue().isEmpty()) {
                throw new Problem(lineOf(node), "'" + key + "' needs at least one value");
            }
            return list.getValue();
        }
        return List.of(node);
    }

    private static Boolean yesNo(Map<String, Node> given, String key) {
        if (!given.containsKey(key)) {
            return null;
        }
        String value = scalar(given.get(key), key).strip();
        return switch (value) {
            case "true", "yes" -> Boolean.TRUE;
            case "false", "no" -> Boolean.FALSE;
            default -> throw new Problem(lineOf(given.get(key)), "'" + key + "' must be true or false, not '" + value + "'");
        };
    }

    private static Map<String, Node> keyed(MappingNode mapping, Set<String> allowed, String what) {
        Map<String, Node> fields = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : "?";
            if (!allowed.contains(key)) {
                throw new Problem(lineOf(tuple.getKeyNode()), "unknown " + what + " '" + key + "'; expected one of "
                        + String.join(", ", allowed.stream().sorted().toList()));
            }
            if (fields.put(key, tuple.getValueNode()) != null) {
                throw new Problem(lineOf(tuple.getKeyNode()), "'" + key + "' is given twice");
            }
        }
        return fields;
    }

    private static String required(Map<String, Node> fields, String key, Node parent) {
        Node node = fields.get(key);
        if (node == null) {
            throw new Problem(lineOf(parent), "'" + key + "' is missing");
        }
        String value = scalar(node, key).strip();
        if (value.isEmpty()) {
            throw new Problem(lineOf(node), "'" + key + "' is empty");
        }
        return value;
    }

    private static String scalar(Node node, String key) {
        if (!(node instanceof ScalarNode scalar)) {
            throw new Problem(lineOf(node), "'" + key + "' must be a single value");
        }
        return scalar.getValue();
    }

    private static int lineOf(Node node) {
        return node.getStartMark().getLine() + 1;
    }
}
