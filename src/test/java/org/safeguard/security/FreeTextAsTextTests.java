package org.safeguard.security;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10, item 7: HTML or script a user types is shown as text. Statically: no template writes unescaped
 * text except the reviewed ones below, and no handler writes a body of text itself (which the browser could
 * take as HTML) except the reviewed ones, each of which sets a content type that is not HTML.
 */
class FreeTextAsTextTests {

    private static final Path TEMPLATES = Path.of("src", "main", "resources", "templates");

    /** Template and what it writes unescaped, with why that is safe. */
    private static final Map<String, String> UNESCAPED_REVIEWED = Map.of(
            "insight/section.html", "chart.svg: drawn by insight.web.Svg from counts and labels, every text escaped there");

    /** Handlers that write text bodies themselves, with why no user's text can become HTML. */
    private static final Map<String, String> TEXT_BODIES_REVIEWED = Map.of(
            "AssessmentApi.inUse", "a map of instruments, written as JSON by the REST controller",
            "ActivityPages.download", "text/csv attachment of one user's activity; a wrong filter renders the page instead",
            "PriorityListPages.spreadsheet", "text/csv attachment, no-store",
            "ReturnPages.spreadsheet", "text/csv attachment (the quarterly MARAC return: counts)",
            "InsightPages.table", "text/csv attachment of a chart's table; a wrong filter renders the page instead");

    @Test
    void noTemplateWritesUnescapedTextButTheReviewedChartDrawing() throws IOException {
        List<String> unescaped = new ArrayList<>();
        try (Stream<Path> templates = Files.walk(TEMPLATES)) {
            for (Path template : templates.filter(path -> path.toString().endsWith(".html")).toList()) {
                String name = TEMPLATES.relativize(template).toString().replace('\\', '/');
                String html = Files.readString(template);
                if ((html.contains("th:utext") || html.contains("[(${")) && !UNESCAPED_REVIEWED.containsKey(name)) {
                    unescaped.add(name);
                }
            }
        }
        assertThat(unescaped).as("templates writing unescaped text (th:utext or [( … )]); use th:text").isEmpty();
    }

    @Test
    void noHandlerWritesATextBodyOfItsOwnButTheReviewedSpreadsheets() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scan = new ClassPathScanningCandidateComponentProvider(false);
        scan.addIncludeFilter(new AnnotationTypeFilter(Controller.class));
        List<String> textBodies = new ArrayList<>();
        for (BeanDefinition found : scan.findCandidateComponents("org.safeguard")) {
            Class<?> controller = ClassUtils.forName(found.getBeanClassName(), getClass().getClassLoader());
            if (controller.getPackageName().startsWith("org.safeguard.support")) {
                continue;
            }
            boolean bodies = AnnotatedElementUtils.hasAnnotation(controller, ResponseBody.class);
            for (Method handler : controller.getDeclaredMethods()) {
                if (!AnnotatedElementUtils.hasAnnotation(handler, RequestMapping.class)) {
                    continue;
                }
                boolean body = bodies || AnnotatedElementUtils.hasAnnotation(handler, ResponseBody.class)
                        || ResponseEntity.class.isAssignableFrom(handler.getReturnType());
                String name = controller.getSimpleName() + "." + handler.getName();
                if (body && writesText(handler.getGenericReturnType()) && !TEXT_BODIES_REVIEWED.containsKey(name)) {
                    textBodies.add(name);
                }
            }
        }
        assertThat(textBodies).as("handlers writing a String body (which a browser may read as HTML); render a template")
                .isEmpty();
    }

    private static boolean writesText(Type returned) {
        if (returned instanceof ParameterizedType generic && generic.getRawType() == ResponseEntity.class) {
            return writesText(generic.getActualTypeArguments()[0]);
        }
        return returned == String.class || returned == CharSequence.class || returned == StringBuilder.class
                || returned == Object.class;
    }
}
