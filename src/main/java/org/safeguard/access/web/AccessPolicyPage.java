package org.safeguard.access.web;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.safeguard.access.PolicyRule;
import org.safeguard.access.RecordAccess;
import org.safeguard.access.RecordType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The access policy as a table for administrators, grouped by record type, and the hard rules in words. */
@Controller
class AccessPolicyPage {

    static final String PATH = "/admin/access-policy";

    private final RecordAccess access;

    AccessPolicyPage(RecordAccess access) {
        this.access = access;
    }

    @GetMapping(PATH)
    String policy(Model model) {
        Map<RecordType, List<PolicyRule>> byType = access.policy().stream().collect(Collectors.groupingBy(
                PolicyRule::recordType, () -> new EnumMap<>(RecordType.class), Collectors.toList()));
        model.addAttribute("byType", byType);
        return "access/policy";
    }
}
