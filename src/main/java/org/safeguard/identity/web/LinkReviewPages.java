package org.safeguard.identity.web;

import java.util.List;
import java.util.Map;

import org.safeguard.identity.LinkReview;
import org.safeguard.identity.PersonLinks;
import org.safeguard.identity.PersonSummary;
import org.safeguard.platform.ConcurrentEdit;
import org.safeguard.platform.InvalidRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The specialists' review queue: pairs of records the linkage was not sure enough to link, most likely
 * first; one pair side by side with the comparisons that drove its score; the decision. The facade checks
 * the decision (a choice; a note when the records are different people, at most 1,000 characters), decides
 * who may, and refuses a pair someone else decided first, which the page then shows as it now is.
 */
@Controller
class LinkReviewPages {

    static final int QUEUE_LENGTH = 100;
    private static final int REASONS_IN_QUEUE = 3;
    private static final List<String> FIELDS = List.of("judgement", "note");

    private final PersonLinks links;

    LinkReviewPages(PersonLinks links) {
        this.links = links;
    }

    /** One pair as the queue lists it. */
    record QueueLine(long id, PersonSummary first, PersonSummary second, String probability, List<String> reasons) {
    }

    @GetMapping(IdentityNavigation.QUEUE)
    String queue(Model model) {
        List<QueueLine> lines = links.reviewQueue(QUEUE_LENGTH).stream()
                .map(r -> new QueueLine(r.id(), r.first().person(), r.second().person(), LinkageInWords.percent(r.probability()),
                        LinkageInWords.topReasons(r.evidence(), REASONS_IN_QUEUE)))
                .toList();
        model.addAttribute("pairs", lines);
        model.addAttribute("open", lines.size() < QUEUE_LENGTH ? lines.size() : links.openReviews());
        return "identity/link-reviews";
    }

    @GetMapping(IdentityNavigation.QUEUE + "/{id}")
    String review(@PathVariable String id, Model model) {
        return reviewPage(links.review(IdentityForms.id(id, "pair to review")), Map.of(), model);
    }

    @PostMapping(IdentityNavigation.QUEUE + "/{id}")
    String decide(@PathVariable String id, @RequestParam Map<String, String> typed, Model model,
                  RedirectAttributes redirect) {
        long reviewId = IdentityForms.id(id, "pair to review");
        try {
            LinkReview decided = links.decide(reviewId, judgement(typed.get("judgement")), typed.get("note"),
                    IdentityForms.version(typed));
            redirect.addFlashAttribute("success", decidedInWords(decided));
            return "redirect:" + IdentityNavigation.QUEUE;
        } catch (InvalidRequest refused) {
            LinkReview now = links.review(reviewId);
            if (!now.open()) {
                return decidedAlready(now, refused.getMessage(), redirect);
            }
            model.addAttribute("errors", IdentityForms.problems(refused,
                    field -> FIELDS.contains(field) ? field : "judgement", FIELDS));
            return reviewPage(now, typed, model);
        } catch (ConcurrentEdit changed) {
            return decidedAlready(links.review(reviewId), changed.getMessage(), redirect);
        }
    }

    /**
     * Someone decided the pair first (or changed it): back to the pair as it now is, saying who decided what;
     * the refusal's own words when it is still open.
     */
    private static String decidedAlready(LinkReview now, String refusal, RedirectAttributes redirect) {
        redirect.addFlashAttribute("conflict", now.open() ? refusal
                : now.decidedBy() + " has already decided this pair: " + now.decision().label().toLowerCase()
                  + ". Your decision has not been saved.");
        return "redirect:" + IdentityNavigation.QUEUE + "/" + now.id();
    }

    private String reviewPage(LinkReview review, Map<String, String> typed, Model model) {
        model.addAttribute("review", review);
        model.addAttribute("probability", LinkageInWords.percent(review.probability()));
        model.addAttribute("weight", LinkageInWords.signed(review.weight()));
        model.addAttribute("evidence", LinkageInWords.strongestFirst(review.evidence()));
        model.addAttribute("judgements", LinkReview.Judgement.values());
        model.addAttribute("form", typed);
        return "identity/link-review";
    }

    private static LinkReview.Judgement judgement(String typed) {
        for (LinkReview.Judgement judgement : LinkReview.Judgement.values()) {
            if (judgement.name().equals(typed)) {
                return judgement;
            }
        }
        return null;
    }

    private static String decidedInWords(LinkReview decided) {
        String pair = decided.first().person().fullName() + " (record " + decided.first().person().id() + ") and "
                + decided.second().person().fullName() + " (record " + decided.second().person().id() + ")";
        return decided.decision() == LinkReview.Judgement.SAME
                ? pair + " are the same person: their records are linked"
                : pair + " are different people: they will not be put forward as a pair again";
    }
}
