package org.safeguard.risk.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.safeguard.platform.ConcurrentEdit;
import org.safeguard.platform.InvalidRequest;
import org.safeguard.platform.RecordNotFound;
import org.safeguard.risk.Answer;
import org.safeguard.risk.Assessment;
import org.safeguard.risk.AssessmentAnswers;
import org.safeguard.risk.AssessmentView;
import org.safeguard.risk.Instrument;
import org.safeguard.risk.MaracCriterion;
import org.safeguard.risk.Question;
import org.safeguard.risk.RiskAssessments;
import org.safeguard.risk.RiskLevel;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Completing a risk assessment, following the GOV.UK question pages pattern: one page per topic (the
 * main instrument's topics, then the supplements'), then the victim's own view, then "check your
 * answers" with the suggested level and professional judgement, then the result. Every page saves what
 * was answered, so the assessor can stop and come back.
 */
@Controller
class AssessmentPages {

    private static final String LATER = "later";
    static final Map<String, String> ANSWER_LABELS = java.util.Arrays.stream(Answer.values())
            .collect(java.util.stream.Collectors.toUnmodifiableMap(Answer::name, Answer::label));

    private final RiskAssessments assessments;

    AssessmentPages(RiskAssessments assessments) {
        this.assessments = assessments;
    }

    /** One page of questions: a topic of an instrument, numbered as the assessor sees them. */
    record QuestionPage(int number, int pages, Instrument instrument, String topic, List<Numbered> questions,
                        boolean supplement) {
    }

    record Numbered(int number, Question question) {
    }

    @PostMapping("/incidents/{incidentId}/risk-assessments")
    String start(@PathVariable long incidentId, @RequestParam(required = false) String victimId,
                 RedirectAttributes redirect) {
        if (victimId == null || !victimId.matches("\\d{1,18}")) {
            redirect.addFlashAttribute("conflict", "Choose a victim of this incident to assess");
            return "redirect:/incidents/" + incidentId;
        }
        try {
            Assessment draft = assessments.start(incidentId, Long.parseLong(victimId), null);
            return "redirect:/risk/assessments/" + draft.id() + "/questions/1";
        } catch (InvalidRequest refused) {
            redirect.addFlashAttribute("conflict", refused.problems().get(0).message());
            return "redirect:/incidents/" + incidentId;
        }
    }

    @GetMapping("/risk/assessments/{id}")
    String assessment(@PathVariable long id, Model model) {
        AssessmentView view = assessments.view(id);
        if (!view.assessment().completed()) {
            return "redirect:/risk/assessments/" + id + "/questions/" + firstUnanswered(view);
        }
        model.addAttribute("view", view);
        model.addAttribute("criteria", MaracCriterion.values());
        model.addAttribute("pages", pages(view));
        model.addAttribute("answerOf", answersByQuestion(view.assessment()));
        model.addAttribute("reasonOf", reasonsByQuestion(view.assessment()));
        model.addAttribute("answerLabels", ANSWER_LABELS);
        return "risk/assessment";
    }

    @GetMapping("/risk/assessments/{id}/questions/{page}")
    String questions(@PathVariable long id, @PathVariable String page, Model model) {
        AssessmentView view = assessments.view(id);
        if (view.assessment().completed()) {
            return "redirect:/risk/assessments/" + id;
        }
        return questionPage(view, pageNumber(page, view), model, Map.of());
    }

    @PostMapping("/risk/assessments/{id}/questions/{page}")
    String saveQuestions(@PathVariable long id, @PathVariable String page, @RequestParam Map<String, String> typed,
                         Model model, RedirectAttributes redirect) {
        AssessmentView view = assessments.view(id);
        int number = pageNumber(page, view);
        List<QuestionPage> pages = pages(view);
        Map<String, String> answers = new LinkedHashMap<>();
        Map<String, String> reasons = new LinkedHashMap<>();
        String victimView = null;
        if (number <= pages.size()) {
            for (Numbered q : pages.get(number - 1).questions()) {
                String id2 = q.question().id();
                String answer = typed.get("answer-" + id2);
                if (answer != null && !answer.isBlank()) {
                    answers.put(id2, answer);
                }
                String reason = typed.get("reason-" + id2);
                if (reason != null && !reason.isBlank()) {
                    reasons.put(id2, reason);
                }
            }
        } else {
            victimView = typed.getOrDefault("victimView", "");
        }
        try {
            assessments.save(id, version(typed), new AssessmentAnswers(answers, reasons, victimView));
        } catch (InvalidRequest refused) {
            model.addAttribute("errors", refused.byField());
            return questionPage(assessments.view(id), number, model, typed);
        } catch (ConcurrentEdit changed) {
            redirect.addFlashAttribute("conflict", changed.getMessage());
            return "redirect:/risk/assessments/" + id + "/questions/" + number;
        }
        if (LATER.equals(typed.get("action"))) {
            redirect.addFlashAttribute("success", "Risk assessment saved. Continue it from the incident when you are ready.");
            return "redirect:/incidents/" + view.assessment().incidentId();
        }
        return number <= pages.size() ? "redirect:/risk/assessments/" + id + "/questions/" + (number + 1)
                : "redirect:/risk/assessments/" + id + "/check";
    }

    @GetMapping("/risk/assessments/{id}/check")
    String check(@PathVariable long id, Model model) {
        AssessmentView view = assessments.view(id);
        if (view.assessment().completed()) {
            return "redirect:/risk/assessments/" + id;
        }
        return checkPage(view, model, Map.of());
    }

    @PostMapping("/risk/assessments/{id}/complete")
    String complete(@PathVariable long id, @RequestParam Map<String, String> typed, Model model,
                    RedirectAttributes redirect) {
        try {
            Assessment done = assessments.complete(id, version(typed), AssessmentAnswers.none(),
                    typed.get("judgementLevel"), typed.get("judgementRationale"));
            redirect.addFlashAttribute("success", "Risk assessment completed: " + done.finalLevel().label().toLowerCase()
                    + " risk" + (done.criteria().isEmpty() ? "" : ". MARAC criteria met: "
                    + String.join(", ", done.criteriaInWords())));
            return "redirect:/risk/assessments/" + id;
        } catch (InvalidRequest refused) {
            model.addAttribute("errors", refused.byField());
            return checkPage(assessments.view(id), model, typed);
        } catch (ConcurrentEdit changed) {
            redirect.addFlashAttribute("conflict", changed.getMessage());
            // Back to "check your answers" (or the result, if someone completed it), where the message shows.
            return "redirect:/risk/assessments/" + id + "/check";
        }
    }

    @GetMapping("/risk/reassessments")
    String reassessments(Model model) {
        model.addAttribute("due", assessments.reassessmentsDue());
        return "risk/reassessments";
    }

    @GetMapping("/risk/people/{personId}")
    String timeline(@PathVariable long personId, Model model) {
        model.addAttribute("timeline", assessments.timeline(personId));
        return "risk/timeline";
    }

    private String questionPage(AssessmentView view, int number, Model model, Map<String, String> typed) {
        List<QuestionPage> pages = pages(view);
        model.addAttribute("view", view);
        model.addAttribute("number", number);
        model.addAttribute("pageCount", pages.size() + 1);
        model.addAttribute("form", typed);
        model.addAttribute("answerOf", answersByQuestion(view.assessment()));
        model.addAttribute("reasonOf", reasonsByQuestion(view.assessment()));
        if (number > pages.size()) {
            return "risk/victim-view";
        }
        model.addAttribute("page", pages.get(number - 1));
        return "risk/questions";
    }

    private String checkPage(AssessmentView view, Model model, Map<String, String> typed) {
        model.addAttribute("view", view);
        model.addAttribute("pages", pages(view));
        model.addAttribute("answerOf", answersByQuestion(view.assessment()));
        model.addAttribute("reasonOf", reasonsByQuestion(view.assessment()));
        model.addAttribute("form", typed);
        model.addAttribute("answerLabels", ANSWER_LABELS);
        List<String[]> levels = new ArrayList<>();
        for (RiskLevel level : RiskLevel.values()) {
            if (!view.preview().suggested().isAbove(level)) {
                levels.add(new String[]{level.name(), level.label() + (level == view.preview().suggested()
                        ? " (suggested)" : " (raise on professional judgement)")});
            }
        }
        model.addAttribute("levelOptions", levels);
        return "risk/check";
    }

    /** The question pages: each topic of the main instrument, then each supplement's. */
    static List<QuestionPage> pages(AssessmentView view) {
        List<QuestionPage> pages = new ArrayList<>();
        List<Instrument> instruments = view.instruments();
        int total = instruments.stream().mapToInt(i -> i.topics().size()).sum();
        for (Instrument instrument : instruments) {
            int number = 0;
            for (Instrument.Topic topic : instrument.topics()) {
                List<Numbered> numbered = new ArrayList<>();
                for (Question question : topic.questions()) {
                    numbered.add(new Numbered(instrument.questions().indexOf(question) + 1, question));
                }
                number++;
                pages.add(new QuestionPage(pages.size() + 1, total, instrument, topic.name(), numbered,
                        instrument != view.main()));
            }
        }
        return pages;
    }

    /** The first page with a main question not yet answered; the check page's number when all are. */
    private static int firstUnanswered(AssessmentView view) {
        List<QuestionPage> pages = pages(view);
        for (QuestionPage page : pages) {
            if (!page.supplement() && page.questions().stream()
                    .anyMatch(q -> view.assessment().answerTo(q.question().id()).isEmpty())) {
                return page.number();
            }
        }
        return pages.size() + 1;
    }

    private static int pageNumber(String typed, AssessmentView view) {
        int last = pages(view).size() + 1;
        if (typed == null || !typed.matches("\\d{1,3}") || Integer.parseInt(typed) < 1 || Integer.parseInt(typed) > last) {
            throw new RecordNotFound("page", typed);
        }
        return Integer.parseInt(typed);
    }

    private static int version(Map<String, String> typed) {
        String value = typed.get("version");
        return value != null && value.matches("\\d{1,9}") ? Integer.parseInt(value) : -1;
    }

    private static Map<String, String> answersByQuestion(Assessment assessment) {
        Map<String, String> answers = new LinkedHashMap<>();
        assessment.answers().forEach(a -> answers.put(a.questionId(), a.answer().name()));
        return answers;
    }

    private static Map<String, String> reasonsByQuestion(Assessment assessment) {
        Map<String, String> reasons = new LinkedHashMap<>();
        assessment.answers().stream().filter(a -> a.answer() == Answer.NOT_ASKED)
                .forEach(a -> reasons.put(a.questionId(), a.notAskedReason()));
        return reasons;
    }
}
