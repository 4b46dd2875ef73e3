package cn.county.reelection.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies above {@code reelection.max-request-bytes} (default 1 MB) with 413 and a JSON
 * answer in Chinese, before anything reads them: a declared {@code Content-Length} above the limit is refused
 * unread; a body without one (chunked) is read up to the limit and refused as soon as it goes beyond.
 * Applies to every path: the project's API, the engine REST API and the webapps.
 */
@Configuration
public class RequestSizeLimit {

    @Bean
    FilterRegistrationBean<Filter> requestSizeLimitFilter(
            @Value("${reelection.max-request-bytes:1048576}") long maxBytes, ObjectMapper mapper) {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new Filter(maxBytes, mapper));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setName("reelection-request-size-limit");
        return registration;
    }

    static final class Filter extends OncePerRequestFilter {

        private final long maxBytes;
        private final ObjectMapper mapper;

        Filter(long maxBytes, ObjectMapper mapper) {
            this.maxBytes = maxBytes;
            this.mapper = mapper;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            long declared = request.getContentLengthLong();
            if (declared > maxBytes) {
                refuse(request, response);
                return;
            }
            if (declared < 0 && hasBody(request) && !isForm(request)) {
                byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                if (body.length > maxBytes) {
                    refuse(request, response);
                    return;
                }
                chain.doFilter(new Buffered(request, body), response);
                return;
            }
            chain.doFilter(request, response);
        }

        /** Chunked bodies: form posts are left to the container, whose own limit (max-http-form-post-size) reads them. */
        private static boolean isForm(HttpServletRequest request) {
            String type = request.getContentType();
            return type != null && type.toLowerCase().startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE);
        }

        private static boolean hasBody(HttpServletRequest request) {
            return request.getHeader("Transfer-Encoding") != null;
        }

        private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
            String message = "请求内容过大：最多%d字节（约%s）".formatted(maxBytes, readable(maxBytes));
            Map<String, Object> body = new LinkedHashMap<>();
            if (request.getRequestURI().startsWith(request.getContextPath() + "/engine-rest")) {
                body.put("type", "RequestTooLarge"); // the engine REST API's error shape
            }
            body.put("status", 413);
            body.put("message", message);
            response.setStatus(413);
            // the body is not read: the connection cannot carry another request
            response.setHeader("Connection", "close");
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            mapper.writeValue(response.getOutputStream(), body);
        }

        private static String readable(long bytes) {
            return bytes >= 1 << 20 && bytes % (1 << 20) == 0
                    ? (bytes >> 20) + " MB"
                    : bytes >= 1 << 10 ? (bytes >> 10) + " KB" : bytes + " 字节";
        }
    }

    /** The request with its body already read into memory. */
    private static final class Buffered extends HttpServletRequestWrapper {

        private final byte[] body;

        Buffered(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            InputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() throws IOException {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    try {
                        return in.available() == 0;
                    } catch (IOException e) {
                        return true;
                    }
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("a buffered body is read synchronously");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
