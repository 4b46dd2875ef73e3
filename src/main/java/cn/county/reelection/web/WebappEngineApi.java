package cn.county.reelection.web;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.ServletRegistration;
import java.util.stream.Collectors;
import org.glassfish.jersey.server.ServerProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.stereotype.Component;

/**
 * The project's error answers ({@link EngineRestExceptionMapper}) in the engine API of the webapps as well
 * ({@code /camunda/api/engine}, Tasklist's own): a refused task form reads {@code [T2] 请示正文：必须填写}
 * with {@code rule} and {@code field}, instead of Camunda's {@code Cannot submit task form <id>: …}.
 *
 * <p>Camunda's webapp initializer registers that API as the Jersey servlet {@value #SERVLET} with a fixed
 * JAX-RS application; Jersey also reads provider class names from the servlet's init parameters. They are
 * added once every initializer has run (a context listener), whatever order Spring gives the initializers;
 * Jersey reads them when the servlet starts, on its first request.
 */
@Component
public class WebappEngineApi implements ServletContextInitializer {

    static final String SERVLET = "Engine Api";
    private static final Logger log = LoggerFactory.getLogger(WebappEngineApi.class);

    @Override
    public void onStartup(ServletContext servletContext) {
        servletContext.addListener(new ServletContextListener() {
            @Override
            public void contextInitialized(ServletContextEvent event) {
                // the context given to onStartup: the event's one refuses registrations to programmatic listeners
                ServletRegistration api = servletContext.getServletRegistration(SERVLET);
                if (api == null) {
                    log.warn(
                            "No servlet '{}' (Camunda webapps): Tasklist's engine API keeps Camunda's error messages",
                            SERVLET);
                    return;
                }
                api.setInitParameter(
                        ServerProperties.PROVIDER_CLASSNAMES,
                        EngineRestExceptionMapper.ALL.stream()
                                .map(Class::getName)
                                .collect(Collectors.joining(",")));
            }
        });
    }
}
