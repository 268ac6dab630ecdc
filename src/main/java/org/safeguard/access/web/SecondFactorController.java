package org.safeguard.access.web;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.safeguard.access.SignedInStaff;
import org.safeguard.access.security.SecondFactorDue.Awaiting;
import org.safeguard.access.security.SecondFactorSignIn;
import org.safeguard.access.security.SecondFactorSignIn.Step;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The second step of signing in: setting up an authenticator app (first sign-in, or after an ADMIN reset),
 * then its code or a recovery code. Reached only with a right password ({@link SecondFactorSignIn}).
 */
@Controller
@RequestMapping("/sign-in")
class SecondFactorController {

    private final SecondFactorSignIn secondFactor;

    SecondFactorController(SecondFactorSignIn secondFactor) {
        this.secondFactor = secondFactor;
    }

    @GetMapping("/second-factor")
    String code(Model model) {
        Optional<Awaiting> who = secondFactor.awaiting();
        if (who.isEmpty()) {
            return signedInAlready() ? "redirect:/" : "redirect:/sign-in";
        }
        if (!secondFactor.enrolled(who.get())) {
            return "redirect:/sign-in/second-factor/set-up";
        }
        model.addAttribute("errors", Map.of());
        return "access/sign-in-code";
    }

    @PostMapping("/second-factor")
    String checkCode(@RequestParam(required = false) String code, Model model, HttpServletRequest request,
                     HttpServletResponse response) {
        return submitted("code", "access/sign-in-code", model, request, response,
                who -> secondFactor.verify(who, code, request, response));
    }

    @GetMapping("/second-factor/recovery-code")
    String recoveryCode(Model model) {
        if (secondFactor.awaiting().isEmpty()) {
            return "redirect:/sign-in";
        }
        model.addAttribute("errors", Map.of());
        return "access/sign-in-recovery-code";
    }

    @PostMapping("/second-factor/recovery-code")
    String useRecoveryCode(@RequestParam(required = false) String recoveryCode, Model model,
                           HttpServletRequest request, HttpServletResponse response) {
        return submitted("recoveryCode", "access/sign-in-recovery-code", model, request, response,
                who -> secondFactor.useRecoveryCode(who, recoveryCode, request, response));
    }

    @GetMapping("/second-factor/set-up")
    String setUp(Model model) {
        Optional<Awaiting> who = secondFactor.awaiting();
        if (who.isEmpty()) {
            return "redirect:/sign-in";
        }
        if (secondFactor.enrolled(who.get())) {
            return "redirect:/sign-in/second-factor";
        }
        model.addAttribute("errors", Map.of());
        return setUpPage(who.get(), model);
    }

    @PostMapping("/second-factor/set-up")
    String confirmSetUp(@RequestParam(required = false) String code, Model model, HttpServletRequest request,
                        HttpServletResponse response) {
        Optional<Awaiting> who = secondFactor.awaiting();
        if (who.isEmpty()) {
            return "redirect:/sign-in";
        }
        Step step = secondFactor.confirmEnrolment(who.get(), code, request, response);
        if (step instanceof Step.Refused refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("errors", Map.of("code", refused.message()));
            return setUpPage(who.get(), model);
        }
        if (step instanceof Step.SignedIn signedIn && !signedIn.newRecoveryCodes().isEmpty()) {
            // Shown in this response only: the codes are never kept anywhere but as hashes.
            model.addAttribute("errors", Map.of());
            model.addAttribute("recoveryCodes", signedIn.newRecoveryCodes());
            return "access/sign-in-recovery-codes";
        }
        return after(step, request, response);
    }

    /** "I have kept these", and every completed sign-in: the page first asked for, or the home page. */
    @GetMapping("/continue")
    String carryOn(HttpServletRequest request, HttpServletResponse response) {
        if (!signedInAlready()) {
            return "redirect:/sign-in";
        }
        return "redirect:" + secondFactor.continueTo(request, response);
    }

    private String setUpPage(Awaiting who, Model model) {
        SecondFactorSignIn.Enrolment enrolment = secondFactor.enrolment(who);
        model.addAttribute("secret", enrolment.groupedSecret());
        model.addAttribute("link", enrolment.link());
        model.addAttribute("qrCode", QrCodes.svgDataUri(enrolment.link()));
        return "access/sign-in-set-up";
    }

    /** A code or recovery code typed on its page: the page again with the reason, or on to where the person was going. */
    private String submitted(String field, String page, Model model, HttpServletRequest request,
                             HttpServletResponse response, Function<Awaiting, Step> check) {
        Optional<Awaiting> who = secondFactor.awaiting();
        if (who.isEmpty()) {
            return "redirect:/sign-in";
        }
        Step step = check.apply(who.get());
        if (step instanceof Step.Refused refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("errors", Map.of(field, refused.message()));
            return page;
        }
        return after(step, request, response);
    }

    private String after(Step step, HttpServletRequest request, HttpServletResponse response) {
        if (step instanceof Step.Locked) {
            return "redirect:/sign-in?error=locked";
        }
        return "redirect:" + secondFactor.continueTo(request, response);
    }

    private static boolean signedInAlready() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof SignedInStaff;
    }
}
