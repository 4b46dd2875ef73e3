package cn.county.reelection.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Static files (the webapps' scripts, styles, fonts and translations, Tasklist's forms, the board's files) may be
 * kept by the browser, which asks before each use whether they changed and gets 304 without a body when they did
 * not. Without this, Spring Security marks every answer {@code no-store}, and each load of Tasklist or Cockpit
 * downloads and compiles 4.8 MB of script again: on a township's connection or a phone, at every sign-in.
 * {@code no-cache} (ask every time), not a lifetime: the project replaces some of Camunda's files under the same
 * versioned addresses, so a file kept unasked could outlive an upgrade. Pages, the APIs and documents keep the
 * default {@code no-store}.
 */
@Configuration
public class StaticFileCaching {

    static final String POLICY = "no-cache";

    private static final List<String> STATIC_ROOTS =
            List.of("/camunda/app/", "/camunda/lib/", "/camunda/assets/", "/forms/", "/board.", "/terms.", "/page.js");
    private static final Set<String> STATIC_TYPES =
            Set.of("js", "css", "json", "html", "woff", "woff2", "ttf", "eot", "svg", "png", "gif", "jpg", "ico");

    @Bean
    FilterRegistrationBean<Filter> staticFileCachingFilter() {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new Filter());
        // before Spring Security, whose header writer leaves a Cache-Control that is already set
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        registration.setName("reelection-static-file-caching");
        return registration;
    }

    /** A file under one of the static roots, read with GET or HEAD, whose name ends in a static file's type. */
    static boolean isStaticFile(String method, String path) {
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            return false;
        }
        if (STATIC_ROOTS.stream().noneMatch(path::startsWith)) {
            return false;
        }
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 && STATIC_TYPES.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    static final class Filter extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String path =
                    request.getRequestURI().substring(request.getContextPath().length());
            if (isStaticFile(request.getMethod(), path)) {
                response.setHeader(HttpHeaders.CACHE_CONTROL, POLICY);
            }
            chain.doFilter(request, response);
        }
    }
}
