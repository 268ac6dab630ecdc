package org.safeguard.shell.web;

import java.io.IOException;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.safeguard.shell.ErrorPages;
import org.safeguard.shell.ProblemWriter;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every error that reaches the container ends here: pages get a GOV.UK error page, the API gets
 * problem JSON. Neither ever carries a stack trace or an exception message.
 */
@Controller
class ShellErrorController implements ErrorController {

    private final ProblemWriter problems;

    ShellErrorController(ProblemWriter problems) {
        this.problems = problems;
    }

    @RequestMapping("/error")
    ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpStatus status = statusOf(request);
        String path = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (ProblemWriter.isApiRequest(path)) {
            problems.write(path, response, status, detailFor(status));
            return null;
        }
        ModelAndView page = new ModelAndView(templateFor(status), status);
        page.addObject("status", status.value());
        page.addObject("expiredForm", Boolean.TRUE.equals(request.getAttribute(ErrorPages.EXPIRED_FORM)));
        return page;
    }

    private static HttpStatus statusOf(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    private static String templateFor(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND, METHOD_NOT_ALLOWED -> "error/404";
            case FORBIDDEN -> "error/403";
            default -> status.is4xxClientError() ? "error/400" : "error/500";
        };
    }

    private static String detailFor(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "There is nothing at this address.";
            case METHOD_NOT_ALLOWED -> "This address does not accept that method.";
            case UNSUPPORTED_MEDIA_TYPE -> "Send the request body as application/json.";
            case NOT_ACCEPTABLE -> "This address answers in application/json only.";
            case FORBIDDEN -> "You do not have access to this.";
            case UNAUTHORIZED -> "Sign in to use the API.";
            default -> status.is4xxClientError() ? "The request could not be understood."
                    : "Something went wrong on our side. The request id identifies it for support.";
        };
    }
}
