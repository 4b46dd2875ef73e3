package cn.county.reelection.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The Camunda webapps' HTTP session, shared with {@code /api}: one login for Tasklist, Cockpit and
 * the board. The user is Camunda's {@link Authentications} in the session, and the CSRF token is
 * Camunda's too (session attribute {@value CsrfConstants#CSRF_TOKEN_SESSION_ATTR_NAME}, cookie
 * {@code XSRF-TOKEN} under the webapps' path, header {@value CsrfConstants#CSRF_TOKEN_HEADER_NAME}),
 * so that Tasklist's Angular code sends the right token to {@code /api} without being told.
 */
@Component
public class WebappSession {

    /** Where Camunda's webapps keep the {@link Authentications} (AuthenticationUtil's session key). */
    static final String AUTHENTICATIONS = "authenticatedUser";
    /** Camunda's own session mutex for the CSRF token (HttpSessionMutexListener). */
    private static final String MUTEX = CsrfConstants.CSRF_SESSION_MUTEX;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ProcessEngine engine;
    private final String cookieName;
    private final String webappPath;

    public WebappSession(
            ProcessEngine engine,
            @Value("${camunda.bpm.webapp.csrf.cookie-name:" + CsrfConstants.CSRF_TOKEN_DEFAULT_COOKIE_NAME + "}")
                    String cookieName,
            @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
        this.engine = engine;
        this.cookieName = cookieName;
        this.webappPath = webappPath;
    }

    /** The user logged in to the webapps in this session, or null. */
    public String userId(HttpSession session) {
        if (session == null || !(session.getAttribute(AUTHENTICATIONS) instanceof Authentications authentications)) {
            return null;
        }
        Authentication authentication = authentications.getAuthenticationForProcessEngine(engine.getName());
        return authentication == null ? null : authentication.getIdentityId();
    }

    /**
     * Logs the (already checked) user in, as Camunda's own login does: a new session (no fixation), the
     * user's groups and apps in it, and a fresh CSRF token. Answers the token.
     */
    public String login(String userId, HttpServletRequest request, HttpServletResponse response) {
        UserAuthentication authentication = AuthenticationUtil.createAuthentication(engine, userId);
        if (authentication == null) {
            return null;
        }
        AuthenticationUtil.revalidateSession(request, authentication);
        return csrfToken(request.getSession(false), request, response);
    }

    public void logout(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    /**
     * The session's CSRF token; made when missing, as Camunda's CsrfPreventionFilter makes it, and then
     * also given to the webapps as their {@code XSRF-TOKEN} cookie (Camunda sets the cookie only when it
     * makes the token itself, so a token made here without the cookie would fail Tasklist's next POST).
     */
    public String csrfToken(HttpSession session, HttpServletRequest request, HttpServletResponse response) {
        Object existing = session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
        if (existing != null) {
            return existing.toString();
        }
        Object mutex = session.getAttribute(MUTEX);
        synchronized (mutex != null ? mutex : session) {
            existing = session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
            if (existing != null) {
                return existing.toString();
            }
            byte[] random = new byte[16];
            RANDOM.nextBytes(random);
            String token = HexFormat.of().withUpperCase().formatHex(random);
            session.setAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME, token);
            String path = request.getContextPath() + webappPath;
            response.addHeader(
                    "Set-Cookie",
                    "%s=%s;Path=%s;SameSite=Lax%s"
                            .formatted(
                                    cookieName,
                                    token,
                                    path.isEmpty() ? "/" : path,
                                    request.isSecure() ? ";Secure" : ""));
            return token;
        }
    }

    /** Does the request's {@code X-XSRF-TOKEN} header carry this session's token? */
    public boolean csrfTokenMatches(HttpSession session, HttpServletRequest request) {
        Object token = session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
        String header = request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME);
        return token != null
                && header != null
                && !header.isBlank()
                && MessageDigest.isEqual(
                        token.toString().getBytes(StandardCharsets.UTF_8), header.getBytes(StandardCharsets.UTF_8));
    }
}
