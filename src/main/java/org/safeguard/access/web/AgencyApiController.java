package org.safeguard.access.web;

import java.util.List;

import org.safeguard.access.Agency;
import org.safeguard.access.NewAgency;
import org.safeguard.access.StaffDirectory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Agencies for partner systems and scripts (ADMIN only). */
@RestController
@RequestMapping(path = "/api/v1/agencies", produces = MediaType.APPLICATION_JSON_VALUE)
class AgencyApiController {

    private final StaffDirectory directory;

    AgencyApiController(StaffDirectory directory) {
        this.directory = directory;
    }

    @GetMapping
    List<Agency> agencies() {
        return directory.agencies();
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    Agency create(@RequestBody NewAgency request) {
        return directory.createAgency(request);
    }
}
