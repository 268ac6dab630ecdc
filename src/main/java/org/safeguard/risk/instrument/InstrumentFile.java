package org.safeguard.risk.instrument;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.safeguard.risk.Answer;
import org.safeguard.risk.Instrument;
import org.safeguard.risk.Question;
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
 * Reads an instrument's YAML file. Every problem names the file and the line, so a broken file stops
 * start-up (or an upload is refused) with a message an administrator can act on:
 * <pre>
 * code: DASH            # letters, digits and '-', upper case
 * version: 1            # a whole number from 1
 * name: ...
 * purpose: MAIN         # MAIN (its Yes count sets the level) or SUPPLEMENT
 * questions:
 *   - id: dash-01       # unique in the file; lower case letters, digits and '-'
 *     topic: ...        # one page per topic
 *     wording: ...
 *     help: ...         # optional
 *     answers: [YES, NO, NOT_KNOWN]   # optional; this is the default
 * </pre>
 */
public final class InstrumentFile {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9-]{0,19}");
    private static final Pattern QUESTION_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    private static final List<Answer> DEFAULT_OPTIONS = List.of(Answer.YES, Answer.NO, Answer.NOT_KNOWN);
    private static final Set<String> TOP_KEYS = Set.of("code", "version", "name", "purpose", "questions");
    private static final Set<String> QUESTION_KEYS = Set.of("id", "topic", "wording", "help", "answers");
    private static final int MAX_QUESTIONS = 200;

    private InstrumentFile() {
    }

    /** A problem in an instrument file, with where it is. */
    public static final class Problem extends RuntimeException {

        private final String file;
        private final int line;

        Problem(String file, int line, String message) {
            super(file + (line > 0 ? " line " + line : "") + ": " + message);
            this.file = file;
            this.line = line;
        }

        public String file() {
            return file;
        }

        /** 1-based; 0 when the problem is with the file as a whole. */
        public int line() {
            return line;
        }
    }

    /** Parses and checks the text of the file called {@code fileName}; {@code source} goes on the instrument. */
    public static Instrument read(String fileName, String text, String source) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(10);
        options.setCodePointLimit(1_000_000);
        Node root;
        try {
            root = new Yaml(new SafeConstructor(options)).compose(new StringReader(text));
        } catch (MarkedYAMLException broken) {
            int line = broken.getProblemMark() == null ? 0 : broken.getProblemMark().getLine() + 1;
            throw new Problem(fileName, line, "not valid YAML: " + broken.getProblem());
        } catch (YAMLException broken) {
            throw new Problem(fileName, 0, "not valid YAML: " + broken.getMessage());
        }
        if (!(root instanceof MappingNode top)) {
            throw new Problem(fileName, root == null ? 0 : line(root), "expected code, version, name, purpose and questions");
        }
        Map<String, Node> fields = fields(fileName, top, TOP_KEYS);
        String code = text(fileName, fields, "code", top, true);
        if (!CODE.matcher(code).matches()) {
            throw new Problem(fileName, line(fields.get("code")), "code '" + code
                    + "' must be upper-case letters, digits and '-', starting with a letter (at most 20)");
        }
        String versionText = text(fileName, fields, "version", top, true);
        int version;
        try {
            version = Integer.parseInt(versionText);
        } catch (NumberFormatException notANumber) {
            version = 0;
        }
        if (version < 1 || version > 9999) {
            throw new Problem(fileName, line(fields.get("version")), "version must be a whole number from 1 to 9999, not '" + versionText + "'");
        }
        String name = text(fileName, fields, "name", top, true);
        String purposeText = text(fileName, fields, "purpose", top, true);
        Instrument.Purpose purpose;
        try {
            purpose = Instrument.Purpose.valueOf(purposeText);
        } catch (IllegalArgumentException unknown) {
            throw new Problem(fileName, line(fields.get("purpose")), "purpose must be MAIN or SUPPLEMENT, not '" + purposeText + "'");
        }
        Node list = fields.get("questions");
        if (!(list instanceof SequenceNode sequence) || sequence.getValue().isEmpty()) {
            throw new Problem(fileName, list == null ? line(top) : line(list), "questions must be a list of at least one question");
        }
        if (sequence.getValue().size() > MAX_QUESTIONS) {
            throw new Problem(fileName, line(list), "at most " + MAX_QUESTIONS + " questions");
        }
        List<Question> questions = new ArrayList<>();
        Map<String, Integer> firstSeen = new HashMap<>();
        for (Node item : sequence.getValue()) {
            if (!(item instanceof MappingNode entry)) {
                throw new Problem(fileName, line(item), "each question needs id, topic and wording");
            }
            Map<String, Node> question = fields(fileName, entry, QUESTION_KEYS);
            String id = text(fileName, question, "id", entry, true);
            if (!QUESTION_ID.matcher(id).matches()) {
                throw new Problem(fileName, line(question.get("id")), "question id '" + id
                        + "' must be lower-case letters, digits and '-' (at most 40)");
            }
            Integer earlier = firstSeen.putIfAbsent(id, line(question.get("id")));
            if (earlier != null) {
                throw new Problem(fileName, line(question.get("id")), "question id '" + id
                        + "' is used twice (first at line " + earlier + ")");
            }
            questions.add(new Question(id, text(fileName, question, "topic", entry, true),
                    text(fileName, question, "wording", entry, true), text(fileName, question, "help", entry, false),
                    options(fileName, question.get("answers"))));
        }
        return new Instrument(code, version, name, purpose, questions, source);
    }

    private static List<Answer> options(String fileName, Node node) {
        if (node == null) {
            return DEFAULT_OPTIONS;
        }
        if (!(node instanceof SequenceNode list) || list.getValue().isEmpty()) {
            throw new Problem(fileName, line(node), "answers must be a list such as [YES, NO, NOT_KNOWN]");
        }
        List<Answer> options = new ArrayList<>();
        for (Node item : list.getValue()) {
            Answer answer = item instanceof ScalarNode scalar ? Answer.named(scalar.getValue()) : null;
            if (answer == null || answer == Answer.NOT_ASKED || options.contains(answer)) {
                throw new Problem(fileName, line(item), "answers may be YES, NO and NOT_KNOWN, each once "
                        + "(not asked is always possible)");
            }
            options.add(answer);
        }
        return options;
    }

    private static Map<String, Node> fields(String fileName, MappingNode mapping, Set<String> allowed) {
        Map<String, Node> fields = new LinkedHashMap<>();
        Map<String, Integer> keyLines = new HashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key) || !allowed.contains(key.getValue())) {
                String name = tuple.getKeyNode() instanceof ScalarNode key ? key.getValue() : "?";
                throw new Problem(fileName, line(tuple.getKeyNode()), "unknown field '" + name + "'; expected one of "
                        + String.join(", ", allowed.stream().sorted().toList()));
            }
            // compose() does not apply LoaderOptions.setAllowDuplicateKeys(false): only construction does.
            Integer first = keyLines.putIfAbsent(key.getValue(), line(key));
            if (first != null) {
                throw new Problem(fileName, line(key), "'" + key.getValue() + "' is given twice (first at line " + first + ")");
            }
            fields.put(key.getValue(), tuple.getValueNode());
        }
        return fields;
    }

    private static String text(String fileName, Map<String, Node> fields, String key, Node parent, boolean required) {
        Node node = fields.get(key);
        if (node == null) {
            if (required) {
                throw new Problem(fileName, line(parent), "'" + key + "' is missing");
            }
            return null;
        }
        if (!(node instanceof ScalarNode scalar)) {
            throw new Problem(fileName, line(node), "'" + key + "' must be text");
        }
        String value = scalar.getValue().strip();
        if (value.isEmpty() && required) {
            throw new Problem(fileName, line(node), "'" + key + "' is empty");
        }
        if (value.length() > 1000) {
            throw new Problem(fileName, line(node), "'" + key + "' is longer than 1,000 characters");
        }
        return value.isEmpty() ? null : value;
    }

    private static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }
}
