package cn.county.reelection.terms;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * {@code /terms}: the county's term register page ({@code static/terms.html} with {@code terms.css}, {@code terms.js}
 * and the board's {@code board.css}), logged in with the board's webapp session; reads {@code GET /api/terms}.
 */
@Configuration
public class TermsPage implements WebMvcConfigurer {

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addViewController("/terms").setViewName("forward:/terms.html");
    }
}
