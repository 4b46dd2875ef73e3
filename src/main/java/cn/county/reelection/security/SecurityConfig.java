package cn.county.reelection.security;

import cn.county.reelection.web.ApiError;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who may call what. The project's {@code /api}: HTTP basic checked against Camunda's identity
 * service (API clients, stateless: no session is ever made for it), or the Camunda webapp session
 * (the board's login and Tasklist's), whose state-changing requests need Camunda's CSRF token. The
 * engine's {@code /engine-rest}: Camunda's own basic authentication filter. The webapps keep their
 * own login and CSRF protection. The board page and {@code /api} answers carry a Content Security
 * Policy; {@code /camunda/**} keeps Camunda's own headers.
 */
@Configuration
public class SecurityConfig {

    /** The board page: its own script and style files only, nothing inline, never in a frame. */
    static final String BOARD_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
    /** JSON and documents: nothing in them may run or be framed. */
    static final String API_CSP = "default-src 'none'; frame-ancestors 'none'";

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(
            HttpSecurity http, IdentityService identityService, WebappSession webappSession, ObjectMapper mapper)
            throws Exception {
        AuthenticationEntryPoint unauthorized = unauthorized(mapper);
        return http.securityMatcher("/api/**", "/v3/api-docs/**")
                // CSRF: checked by WebappSessionFilter for session requests; basic requests carry no ambient
                // credentials
                .csrf(csrf -> csrf.disable())
                // no session of its own; and the webapp session's id must stay as it is: changing it on every
                // request (session fixation protection) would fail the page's and Tasklist's concurrent requests
                .sessionManagement(s ->
                        s.sessionCreationPolicy(SessionCreationPolicy.STATELESS).sessionFixation(f -> f.none()))
                // role-restricted endpoints are refused here, before any body is read or validated: an outsider
                // learns nothing from the validator's answers; the exact county or township is checked in the service
                .authorizeHttpRequests(a -> a.requestMatchers(HttpMethod.POST, SessionController.PATH)
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/campaigns")
                        .access(memberOf("只有县委组织部或管理员可以启动换届", "county-"))
                        .requestMatchers(HttpMethod.POST, "/api/village-campaigns")
                        .access(memberOf("只有乡镇党委、县委组织部或管理员可以启动村（社区）换届", "township-", "county-"))
                        .requestMatchers(HttpMethod.POST, "/api/villages/*/register")
                        .access(memberOf("只有本村（社区）、本乡镇党委、县委组织部或管理员可以导入选民登记表", "village-", "township-", "county-"))
                        .anyRequest()
                        .authenticated())
                .authenticationProvider(camundaIdentity(identityService))
                .httpBasic(b -> b.authenticationEntryPoint(unauthorized))
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler((request, response, denied) -> {
                            Object message = request.getAttribute(DENIED_MESSAGE);
                            response.setStatus(403);
                            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
                            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                            mapper.writeValue(
                                    response.getOutputStream(),
                                    new ApiError(403, "R11", null, message == null ? "无权执行此操作" : message.toString()));
                        }))
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(API_CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.NO_REFERRER))
                        .frameOptions(f -> f.deny()))
                .addFilterBefore(
                        new WebappSessionFilter(webappSession, identityService, mapper),
                        BasicAuthenticationFilter.class)
                .addFilterAfter(new EngineAuthenticationFilter(identityService), BasicAuthenticationFilter.class)
                .build();
    }

    /** 401 with a JSON reason in Chinese; a browser's password dialog only for callers that are not scripts. */
    static AuthenticationEntryPoint unauthorized(ObjectMapper mapper) {
        return (request, response, e) -> {
            response.setStatus(401);
            // a page's or Tasklist's script asks without the browser's own password dialog
            boolean script = "XMLHttpRequest".equals(request.getHeader("X-Requested-With"))
                    || request.getHeader("X-XSRF-TOKEN") != null
                    || request.getRequestedSessionId() != null;
            if (!script) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"reelection\"");
            }
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            mapper.writeValue(
                    response.getOutputStream(),
                    new ApiError(401, null, null, "需要登录：请先登录（看板或任务列表），或用 HTTP Basic 提供用户名和密码"));
        };
    }

    /** The board and term register pages and their files: public (the data needs a login), under a strict Content Security Policy. */
    @Bean
    @Order(2)
    SecurityFilterChain boardChain(HttpSecurity http) throws Exception {
        return http.securityMatcher(
                        "/board",
                        "/board.html",
                        "/board.css",
                        "/board.js",
                        "/terms",
                        "/terms.html",
                        "/terms.css",
                        "/terms.js",
                        "/page.js")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(BOARD_CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.NO_REFERRER))
                        .frameOptions(f -> f.deny()))
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .build();
    }

    /** Camunda's webapps (own session login and CSRF protection), static pages, the engine REST (own filter). */
    @Bean
    @Order(3)
    SecurityFilterChain webappChain(HttpSecurity http) throws Exception {
        return http.csrf(csrf -> csrf.disable())
                .headers(h -> h.frameOptions(f -> f.sameOrigin()))
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .build();
    }

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.addUrlPatterns("/engine-rest/*");
        registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
        registration.setName("camunda-engine-rest-auth");
        return registration;
    }

    /** The request attribute that carries why {@link #memberOf} refused, for the 403 answer. */
    static final String DENIED_MESSAGE = SecurityConfig.class.getName() + ".denied";

    /**
     * Granted to an administrator and to a member of a group whose id starts with one of {@code groupPrefixes}
     * (the roles of "Who takes part"); refused with {@code message} (R11).
     */
    static AuthorizationManager<RequestAuthorizationContext> memberOf(String message, String... groupPrefixes) {
        return (authentication, context) -> {
            Authentication caller = authentication.get();
            boolean granted = caller != null
                    && caller.isAuthenticated()
                    && !(caller instanceof AnonymousAuthenticationToken)
                    && caller.getAuthorities().stream()
                            .map(GrantedAuthority::getAuthority)
                            .anyMatch(group -> group.equals(Groups.CAMUNDA_ADMIN)
                                    || Arrays.stream(groupPrefixes).anyMatch(group::startsWith));
            if (!granted) {
                context.getRequest().setAttribute(DENIED_MESSAGE, message);
            }
            return new AuthorizationDecision(granted);
        };
    }

    static AuthenticationProvider camundaIdentity(IdentityService identityService) {
        return new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication authentication) {
                String user = authentication.getName();
                Object password = authentication.getCredentials();
                if (user == null || password == null || !identityService.checkPassword(user, password.toString())) {
                    throw new BadCredentialsException("用户名或密码不正确");
                }
                List<SimpleGrantedAuthority> groups =
                        identityService.createGroupQuery().groupMember(user).list().stream()
                                .map(Group::getId)
                                .map(SimpleGrantedAuthority::new)
                                .toList();
                return new UsernamePasswordAuthenticationToken(user, null, groups);
            }

            @Override
            public boolean supports(Class<?> type) {
                return UsernamePasswordAuthenticationToken.class.isAssignableFrom(type);
            }
        };
    }

    /** Lets the engine know who acts during an {@code /api} request (history, audit R11). */
    static final class EngineAuthenticationFilter extends OncePerRequestFilter {

        private final IdentityService identityService;

        EngineAuthenticationFilter(IdentityService identityService) {
            this.identityService = identityService;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication == null
                    || !authentication.isAuthenticated()
                    || authentication instanceof AnonymousAuthenticationToken) {
                chain.doFilter(request, response);
                return;
            }
            List<String> groups = authentication.getAuthorities().stream()
                    .map(a -> a.getAuthority())
                    .toList();
            identityService.setAuthentication(authentication.getName(), groups);
            try {
                chain.doFilter(request, response);
            } finally {
                identityService.clearAuthentication();
            }
        }
    }
}
