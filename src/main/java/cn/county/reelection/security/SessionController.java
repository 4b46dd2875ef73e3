package cn.county.reelection.security;

import cn.county.reelection.web.ApiException;
import cn.county.reelection.web.BodyExample;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The board's login: {@code POST /api/session} checks the password against Camunda's identity service
 * and logs the user in to the Camunda webapp session (Tasklist and Cockpit are then logged in too);
 * the browser keeps only the session cookie (HttpOnly), never the password. {@code GET} tells who is
 * logged in and the session's CSRF token, {@code DELETE} logs out (of the webapps as well).
 */
@RestController
public class SessionController {

    static final String PATH = "/api/session";

    public record Login(String username, String password) {}

    /** {@code csrfToken}: send it as {@code X-XSRF-TOKEN} with every POST, PUT, PATCH and DELETE made with the session. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Session(String userId, String name, List<String> groups, String csrfToken) {}

    private final IdentityService identity;
    private final WebappSession webapp;
    private final ApiAccess access;

    public SessionController(IdentityService identity, WebappSession webapp, ApiAccess access) {
        this.identity = identity;
        this.webapp = webapp;
        this.access = access;
    }

    /** The login request: a JSON body, so that a form on another site cannot post it (CORS preflight). */
    static boolean isLogin(HttpServletRequest request) {
        return "POST".equals(request.getMethod())
                && PATH.equals(request.getRequestURI()
                        .substring(request.getContextPath().length()));
    }

    @Operation(summary = "登录（网页会话）", description = "用户名和密码，成功后返回用户、用户组和CSRF令牌。")
    @BodyExample("{\"username\":\"county-demo\",\"password\":\"demo\"}")
    @PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE)
    public Session login(@RequestBody Login login, HttpServletRequest request, HttpServletResponse response) {
        if (login.username() == null || login.username().isBlank()) {
            throw ApiException.badRequest(null, "username", "请填写用户名");
        }
        if (login.password() == null || login.password().isEmpty()) {
            throw ApiException.badRequest(null, "password", "请填写密码");
        }
        String user = login.username().trim();
        // checkPassword also delays the next attempt after a failed one (Camunda's login throttling)
        String token = identity.checkPassword(user, login.password()) ? webapp.login(user, request, response) : null;
        if (token == null) {
            throw new ApiException(HttpStatus.UNAUTHORIZED, null, null, "用户名或密码不正确");
        }
        return session(
                user,
                identity.createGroupQuery().groupMember(user).list().stream()
                        .map(g -> g.getId())
                        .sorted()
                        .toList(),
                token);
    }

    @Operation(summary = "当前会话")
    @GetMapping(PATH)
    public Session current(HttpServletRequest request, HttpServletResponse response) {
        String user = access.userId();
        HttpSession session = request.getSession(false);
        boolean fromSession =
                SecurityContextHolder.getContext().getAuthentication().getDetails()
                        instanceof WebappSessionFilter.FromSession;
        String token = fromSession && session != null ? webapp.csrfToken(session, request, response) : null;
        return session(user, access.groups().stream().sorted().toList(), token);
    }

    @Operation(summary = "退出登录")
    @DeleteMapping(PATH)
    public ResponseEntity<Void> logout(HttpServletRequest request) {
        webapp.logout(request);
        return ResponseEntity.noContent().build();
    }

    private Session session(String user, List<String> groups, String token) {
        var account = identity.createUserQuery().userId(user).singleResult();
        String name = account == null
                ? user
                : ((account.getFirstName() == null ? "" : account.getFirstName())
                                + (account.getLastName() == null ? "" : account.getLastName()))
                        .trim();
        return new Session(user, name.isEmpty() ? user : name, groups, token);
    }
}
