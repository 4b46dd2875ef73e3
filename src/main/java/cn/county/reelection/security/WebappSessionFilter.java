package cn.county.reelection.security;

import cn.county.reelection.web.ApiError;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code /api} also accepts the Camunda webapp session (the board's login, or Tasklist's): the user in
 * the session, with their groups read afresh from Camunda's identity service. A state-changing
 * request made with the session must carry the session's CSRF token in {@code X-XSRF-TOKEN} (Tasklist's
 * Angular sends it from its {@code XSRF-TOKEN} cookie); without it the answer is 403 and nothing runs.
 * A request with an {@code Authorization} header is left to HTTP basic and never touches a session.
 */
final class WebappSessionFilter extends OncePerRequestFilter {

    /** Marks an {@code /api} caller known from the webapp session (not from HTTP basic). */
    record FromSession(String sessionId) {}

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final WebappSession webapp;
    private final IdentityService identity;
    private final ObjectMapper mapper;

    WebappSessionFilter(WebappSession webapp, IdentityService identity, ObjectMapper mapper) {
        this.webapp = webapp;
        this.identity = identity;
        this.mapper = mapper;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getHeader(HttpHeaders.AUTHORIZATION) != null || SessionController.isLogin(request)
                ? null
                : request.getSession(false);
        String user = webapp.userId(session);
        if (user == null || identity.createUserQuery().userId(user).count() == 0) {
            chain.doFilter(request, response);
            return;
        }
        if (!SAFE_METHODS.contains(request.getMethod()) && !webapp.csrfTokenMatches(session, request)) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            mapper.writeValue(
                    response.getOutputStream(),
                    new ApiError(403, null, "X-XSRF-TOKEN", "请求缺少有效的防跨站令牌（X-XSRF-TOKEN），未执行任何操作；请刷新页面后重试"));
            return;
        }
        List<SimpleGrantedAuthority> groups = identity.createGroupQuery().groupMember(user).list().stream()
                .map(Group::getId)
                .map(SimpleGrantedAuthority::new)
                .toList();
        UsernamePasswordAuthenticationToken authentication =
                UsernamePasswordAuthenticationToken.authenticated(user, null, groups);
        authentication.setDetails(new FromSession(session.getId()));
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
