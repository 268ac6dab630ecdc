package org.safeguard.access.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page. Spring Security checks the form; this only shows it, with the reason for a refusal. */
@Controller
class SignInController {

    @GetMapping("/sign-in")
    String signIn(@RequestParam(name = "error", required = false) String error,
                  @RequestParam(name = "signed-out", required = false) String signedOut, Model model) {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        if (current != null && current.isAuthenticated() && !(current instanceof AnonymousAuthenticationToken)) {
            return "redirect:/";
        }
        model.addAttribute("errors", messagesFor(error));
        model.addAttribute("success", signedOut != null ? "You have signed out" : null);
        return "access/sign-in";
    }

    private static Map<String, String> messagesFor(String error) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (error == null) {
            return errors;
        }
        switch (error) {
            case "missing-both" -> {
                errors.put("username", "Enter your username");
                errors.put("password", "Enter your password");
            }
            case "missing-username" -> errors.put("username", "Enter your username");
            case "missing-password" -> errors.put("password", "Enter your password");
            case "locked" -> errors.put("username",
                    "You have entered the wrong details too many times. Wait 15 minutes, then try again");
            case "disabled" -> errors.put("username",
                    "Your account has been switched off. Contact your administrator");
            default -> errors.put("password", "The username or password is not correct");
        }
        return errors;
    }
}
