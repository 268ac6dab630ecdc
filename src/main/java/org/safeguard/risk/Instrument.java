package org.safeguard.risk;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A version of a risk instrument as loaded from its data file: the police DASH, a supplement (stalking,
 * honour-based abuse) or another checklist a force adopts (e.g. DARA). An assessment keeps the code and
 * version it was made with.
 *
 * @param source where it came from: the resource file name, or "uploaded by NAME"
 */
public record Instrument(String code, int version, String name, Purpose purpose, List<Question> questions,
                         String source) {

    /** MAIN: the count of its Yes answers sets the level. SUPPLEMENT: asked beside it, Yes answers shown. */
    public enum Purpose { MAIN, SUPPLEMENT }

    public Instrument {
        questions = List.copyOf(questions);
    }

    public Optional<Question> question(String id) {
        return questions.stream().filter(q -> q.id().equals(id)).findFirst();
    }

    /** The questions by topic, topics in the order they first appear. */
    public List<Topic> topics() {
        Map<String, List<Question>> byTopic = new LinkedHashMap<>();
        questions.forEach(q -> byTopic.computeIfAbsent(q.topic(), t -> new ArrayList<>()).add(q));
        return byTopic.entrySet().stream().map(e -> new Topic(e.getKey(), code, e.getValue())).toList();
    }

    /** "DASH v1". */
    public String label() {
        return code + " v" + version;
    }

    /** A topic's questions, shown on one page. */
    public record Topic(String name, String instrumentCode, List<Question> questions) {

        public Topic {
            questions = List.copyOf(questions);
        }
    }
}
