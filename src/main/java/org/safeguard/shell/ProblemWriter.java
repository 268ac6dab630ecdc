package org.safeguard.shell;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an RFC 9457 problem straight to a response, for errors that happen before any controller
 * runs (sign-in refused, access denied, a URL nobody serves).
 */
@Component
public class ProblemWriter {

    private final JsonMapper json;

    ProblemWriter(JsonMapper json) {
        this.json = json;
    }

    /** True for requests to the JSON API (and the operations endpoints), which never get HTML. */
    public static boolean isApiRequest(String path) {
        return path != null && (path.startsWith("/api/") || path.startsWith("/actuator"));
    }

    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
            throws IOException {
        write(request.getRequestURI(), response, status, detail);
    }

    /** Writes the problem for the request to {@code path} (on an error dispatch, the original path). */
    public void write(String path, HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        try {
            problem.setInstance(path == null ? null : URI.create(path));
        } catch (IllegalArgumentException notAUri) {
            problem.setInstance(null);
        }
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
