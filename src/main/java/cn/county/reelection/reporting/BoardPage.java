package cn.county.reelection.reporting;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * {@code /board}: the county's deadline board page ({@code static/board.html} with {@code board.css}
 * and {@code board.js}), which logs in to the Camunda webapp session ({@code POST /api/session}) and
 * reads {@code GET /api/campaigns/{id}/board} with it.
 */
@Configuration
public class BoardPage implements WebMvcConfigurer {

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addViewController("/board").setViewName("forward:/board.html");
    }
}
