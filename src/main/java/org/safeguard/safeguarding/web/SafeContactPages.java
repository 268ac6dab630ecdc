package org.safeguard.safeguarding.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.safeguard.notify.Channel;
import org.safeguard.notify.Messages;
import org.safeguard.notify.MessageOutcome;
import org.safeguard.notify.NewSafeContact;
import org.safeguard.notify.OutboundMessage;
import org.safeguard.notify.SafeContact;
import org.safeguard.notify.SafeContacts;
import org.safeguard.platform.ConcurrentEdit;
import org.safeguard.platform.InvalidRequest;
import org.safeguard.platform.RecordNotFound;
import org.safeguard.safeguarding.Cases;
import org.safeguard.safeguarding.VictimCase;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The victim's safe contact details (agreed before asking anything else: safe number, times, whether a
 * voicemail or text is safe, code word, methods never to use) and messages to the victim, which go only
 * through the notify module: it refuses, with the reason, any message the details do not allow.
 */
@Controller
class SafeContactPages {

    private final Cases cases;
    private final SafeContacts safeContacts;
    private final Messages messages;

    SafeContactPages(Cases cases, SafeContacts safeContacts, Messages messages) {
        this.cases = cases;
        this.safeContacts = safeContacts;
        this.messages = messages;
    }

    @GetMapping("/cases/{id}/safe-contact")
    String page(@PathVariable String id, Model model) {
        return page(caseOf(id), model, null, null);
    }

    @PostMapping("/cases/{id}/safe-contact")
    String save(@PathVariable String id, @RequestParam Map<String, String> typed, Model model, RedirectAttributes redirect) {
        VictimCase victimCase = caseOf(id);
        NewSafeContact details = new NewSafeContact(typed.get("safePhone"), typed.get("safeEmail"), typed.get("safeAddress"),
                typed.get("safeTimes"), ticked(typed, "voicemailSafe"), ticked(typed, "textSafe"), ticked(typed, "emailSafe"),
                ticked(typed, "letterSafe"), typed.get("codeWord"), typed.get("neverUse"), typed.get("interpreterLanguage"));
        String version = typed.getOrDefault("version", "");
        try {
            safeContacts.save(victimCase.victimId(), details, version.matches("-?\\d{1,9}") ? Integer.parseInt(version) : -2);
            redirect.addFlashAttribute("success", "Safe contact details saved");
            return "redirect:/cases/" + victimCase.id() + "/safe-contact";
        } catch (InvalidRequest refused) {
            return page(victimCase, model, typed, refused.byField());
        } catch (ConcurrentEdit changed) {
            redirect.addFlashAttribute("conflict", changed.getMessage());
            return "redirect:/cases/" + victimCase.id() + "/safe-contact";
        }
    }

    @PostMapping("/cases/{id}/messages")
    String send(@PathVariable String id, @RequestParam Map<String, String> typed, Model model, RedirectAttributes redirect) {
        VictimCase victimCase = caseOf(id);
        Channel channel = null;
        for (Channel c : Channel.values()) {
            if (c.name().equals(typed.get("channel"))) {
                channel = c;
            }
        }
        if (channel == null) {
            return page(victimCase, model, messageForm(victimCase, typed), Map.of("channel", "Choose how to send the message"));
        }
        try {
            MessageOutcome outcome = messages.send(new OutboundMessage(victimCase.victimId(), channel, typed.get("subject"),
                    typed.get("body"), "Update from the SPOC"));
            if (outcome.refused()) {
                redirect.addFlashAttribute("conflict", "Not sent: " + outcome.refusalReason());
            } else {
                redirect.addFlashAttribute("success", "Message queued to the safe contact details");
            }
            return "redirect:/cases/" + victimCase.id() + "/safe-contact";
        } catch (InvalidRequest refused) {
            return page(victimCase, model, messageForm(victimCase, typed), refused.byField());
        }
    }

    /** After a refused message, the saved details as they are, with the message as typed. */
    private Map<String, String> messageForm(VictimCase victimCase, Map<String, String> typed) {
        Map<String, String> form = formOf(safeContacts.of(victimCase.victimId()).orElse(null));
        for (String field : java.util.List.of("channel", "subject", "body")) {
            if (typed.get(field) != null) {
                form.put(field, typed.get(field));
            }
        }
        return form;
    }

    private String page(VictimCase victimCase, Model model, Map<String, String> typed, Map<String, String> errors) {
        SafeContact saved = safeContacts.of(victimCase.victimId()).orElse(null);
        model.addAttribute("victimCase", victimCase);
        model.addAttribute("saved", saved);
        model.addAttribute("form", typed != null ? typed : formOf(saved));
        model.addAttribute("errors", errors == null ? Map.of() : errors);
        model.addAttribute("sent", messages.sentTo(victimCase.victimId()));
        model.addAttribute("channelOptions", java.util.Arrays.stream(Channel.values())
                .map(c -> new String[]{c.name(), c.name().charAt(0) + c.name().substring(1).toLowerCase()}).toList());
        return "safeguarding/safe-contact";
    }

    private static Map<String, String> formOf(SafeContact saved) {
        Map<String, String> form = new LinkedHashMap<>();
        if (saved == null) {
            form.put("version", "0");
            return form;
        }
        form.put("safePhone", saved.safePhone());
        form.put("safeEmail", saved.safeEmail());
        form.put("safeAddress", saved.safeAddress());
        form.put("safeTimes", saved.safeTimes());
        form.put("codeWord", saved.codeWord());
        form.put("neverUse", saved.neverUse());
        form.put("interpreterLanguage", saved.interpreterLanguage());
        if (saved.voicemailSafe()) {
            form.put("voicemailSafe", "true");
        }
        if (saved.textSafe()) {
            form.put("textSafe", "true");
        }
        if (saved.emailSafe()) {
            form.put("emailSafe", "true");
        }
        if (saved.letterSafe()) {
            form.put("letterSafe", "true");
        }
        form.put("version", Integer.toString(saved.version()));
        return form;
    }

    private VictimCase caseOf(String id) {
        if (id == null || !id.matches("\\d{1,18}")) {
            throw new RecordNotFound("case", id);
        }
        return cases.file(Long.parseLong(id)).victimCase();
    }

    private static boolean ticked(Map<String, String> typed, String field) {
        return "true".equals(typed.get(field));
    }
}
