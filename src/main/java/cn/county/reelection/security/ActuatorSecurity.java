package cn.county.reelection.security;

import static org.camunda.bpm.engine.authorization.Groups.CAMUNDA_ADMIN;

import cn.county.reelection.campaign.Groups;
import cn.county.reelection.web.ApiError;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * The actuator's endpoints. Health (liveness, readiness) is open: a load balancer or Docker asks without a
 * password; it shows the status only, and its details (database, job executor, holiday table) to an
 * administrator who logs in. The Prometheus figures need a login — HTTP basic (a scraper) or the webapp
 * session (Cockpit) — of an administrator or of a county organisation department ({@code county-*}): they
 * count every township's work. Other users get 403.
 */
@Configuration
class ActuatorSecurity {

    @Bean
    @Order(0)
    SecurityFilterChain actuatorChain(
            HttpSecurity http, IdentityService identityService, WebappSession webappSession, ObjectMapper mapper)
            throws Exception {
        return http.securityMatcher(EndpointRequest.toAnyEndpoint())
                // read-only endpoints: nothing a forged request could change
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s ->
                        s.sessionCreationPolicy(SessionCreationPolicy.STATELESS).sessionFixation(f -> f.none()))
                .authorizeHttpRequests(a -> a.requestMatchers(EndpointRequest.to("health"))
                        .permitAll()
                        .anyRequest()
                        .access((authentication, context) ->
                                new AuthorizationDecision(authentication.get().getAuthorities().stream()
                                        .map(GrantedAuthority::getAuthority)
                                        .anyMatch(ActuatorSecurity::mayReadFigures))))
                .authenticationProvider(SecurityConfig.camundaIdentity(identityService))
                .httpBasic(b -> b.authenticationEntryPoint(SecurityConfig.unauthorized(mapper)))
                .exceptionHandling(e -> e.authenticationEntryPoint(SecurityConfig.unauthorized(mapper))
                        .accessDeniedHandler((request, response, denied) -> {
                            response.setStatus(403);
                            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
                            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                            mapper.writeValue(
                                    response.getOutputStream(), new ApiError(403, null, null, "只有管理员或县委组织部可以查看运行指标"));
                        }))
                .addFilterBefore(
                        new WebappSessionFilter(webappSession, identityService, mapper),
                        BasicAuthenticationFilter.class)
                .build();
    }

    static boolean mayReadFigures(String group) {
        return group.equals(CAMUNDA_ADMIN) || group.startsWith(Groups.county(""));
    }
}
