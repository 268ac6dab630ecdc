package org.safeguard.platform;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** There is no record with the id asked for: pages show the GOV.UK 404 page, the API answers problem JSON 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class RecordNotFound extends RuntimeException {

    public RecordNotFound(String what, Object id) {
        super("No " + what + " " + id);
    }
}
