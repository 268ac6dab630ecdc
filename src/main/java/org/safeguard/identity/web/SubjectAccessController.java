package org.safeguard.identity.web;

import java.util.Map;


import jakarta.servlet.http.HttpServletResponse;
import org.safeguard.identity.SubjectAccess;
import org.safeguard.identity.SubjectAccessExport;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.safeguard.shell.NavigationLink;

/**
 * The data protection officer's subject-access export (ADMIN): {@code /people/subject-access} asks for the record
 * number, {@code /people/{id}/subject-access} shows what the export holds, section by section, with the download
 * button, and {@code /people/{id}/subject-access.json} is the download. Only ADMIN reaches these pages; the facade
 * refuses anyone else too, and audits.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class SubjectAccessController {

    private final SubjectAccessExport exports;

    SubjectAccessController(SubjectAccessExport exports) {
        this.exports = exports;
    }

    @GetMapping("/people/subject-access")
    String choose(@RequestParam(required = false) String person, Model model, HttpServletResponse response) {
        if (person == null) {
            model.addAttribute("errors", Map.of());
            return "identity/subject-access-choose";
        }
        Long id = IdentityForms.recordNumber(person);
        if (id == null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("errors", Map.of("person", "Enter the person's record number, for example 10234"));
            model.addAttribute("person", person);
            return "identity/subject-access-choose";
        }
        return "redirect:/people/" + id + "/subject-access";
    }

    @GetMapping("/people/{id}/subject-access")
    String page(@PathVariable String id, Model model) {
        model.addAttribute("export", exports.prepare(IdentityForms.id(id, "person")));
        return "identity/subject-access";
    }

    @GetMapping(path = "/people/{id}/subject-access.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<SubjectAccess> download(@PathVariable String id) {
        SubjectAccess export = exports.export(IdentityForms.id(id, "person"));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("subject-access-person-" + export.personId() + ".json").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(export);
    }

    @Configuration(proxyBeanMethods = false)
    static class SubjectAccessNavigation {

        @Bean
        NavigationLink subjectAccessLink() {
            return NavigationLink.forRoles("Subject access", "/people/subject-access",
                    "Everything held about one person, and who has viewed it, for a subject access request.", 930,
                    "ADMIN");
        }
    }
}
