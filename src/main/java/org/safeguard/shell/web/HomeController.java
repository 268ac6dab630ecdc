package org.safeguard.shell.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The page a user lands on after signing in: who they are and what they can do here. */
@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return "shell/home";
    }
}
