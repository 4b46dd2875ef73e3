package cn.county.reelection.process;

import org.springframework.boot.LazyInitializationExcludeFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The service makes its beans when they are first needed ({@code spring.main.lazy-initialization}), but not Camunda's:
 * the engine, its job executor and the webapps' filters must be there before the first request. The webapps'
 * {@code LazyInitRegistration} hands their filters a delegate only when it is made, and the REST API looks the engine up
 * by name instead of asking Spring for it.
 */
@Configuration(proxyBeanMethods = false)
public class CamundaBeansEager {

    @Bean
    static LazyInitializationExcludeFilter camundaBeansAreEager() {
        return (name, definition, type) -> type != null && type.getName().startsWith("org.camunda.");
    }
}
