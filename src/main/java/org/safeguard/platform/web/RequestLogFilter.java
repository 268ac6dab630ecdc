package org.safeguard.platform.web;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.safeguard.platform.RequestContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id (the caller's {@code X-Request-Id} when it is a plausible id, a new one
 * otherwise) and writes one structured log line when the request ends. The line carries the path
 * but never the query string: searches put names and phone numbers there.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestLogFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger("org.safeguard.request");
    private static final Pattern PLAUSIBLE_ID = Pattern.compile("[A-Za-z0-9-]{8,64}");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String offered = request.getHeader(RequestContext.ID_HEADER);
        String id = offered != null && PLAUSIBLE_ID.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
        MDC.put(RequestContext.ID_KEY, id);
        response.setHeader(RequestContext.ID_HEADER, id);
        long started = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            long millis = (System.nanoTime() - started) / 1_000_000;
            // The user is already in the logging context (MDC); adding it again here would make the
            // structured file log refuse the line as a duplicate key.
            (isStaticAsset(request) ? log.atDebug() : log.atInfo())
                    .addKeyValue("method", request.getMethod())
                    .addKeyValue("path", request.getRequestURI())
                    .addKeyValue("status", response.getStatus())
                    .addKeyValue("duration_ms", millis)
                    .log("{} {} {} {}ms", request.getMethod(), request.getRequestURI(), response.getStatus(), millis);
            MDC.remove(RequestContext.ID_KEY);
            MDC.remove(RequestContext.USER_KEY);
        }
    }

    private static boolean isStaticAsset(HttpServletRequest request) {
        String path = request.getRequestURI();
        return path.startsWith("/webjars/") || path.startsWith("/assets/") || path.startsWith("/css/")
                || path.startsWith("/js/") || path.equals("/favicon.ico");
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return true;
    }
}
