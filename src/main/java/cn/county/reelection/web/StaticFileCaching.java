package cn.county.reelection.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.WebContentInterceptor;

/**
 * Static files (the webapps' scripts, styles, fonts and translations, Tasklist's forms, the board's files) may be
 * kept by the browser, which asks before each use whether they changed and gets 304 without a body when they did
 * not. Without this, Spring Security marks every answer {@code no-store}, and each load of Tasklist or Cockpit
 * downloads and compiles 4.8 MB of script again: on a township's connection or a phone, at every sign-in.
 * {@code no-cache} (ask every time), not a lifetime: the project replaces some of Camunda's files under the same
 * versioned addresses, so a file kept unasked could outlive an upgrade. Pages, the APIs and documents keep the
 * default {@code no-store}: Spring Security's header writer leaves alone only a {@code Cache-Control} already set.
 */
@Configuration
public class StaticFileCaching implements WebMvcConfigurer {

    /** Served by Spring MVC's resource handlers: Camunda's webapp files, and the project's under {@code static/}. */
    static final String[] STATIC_FILES = {
        "/camunda/app/**", "/camunda/lib/**", "/camunda/assets/**", "/forms/**", "/*.js", "/*.css", "/*.html"
    };

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        WebContentInterceptor interceptor = new WebContentInterceptor();
        interceptor.addCacheMapping(CacheControl.noCache(), STATIC_FILES);
        registry.addInterceptor(interceptor);
    }
}
