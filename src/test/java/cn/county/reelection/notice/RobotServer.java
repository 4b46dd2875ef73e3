package cn.county.reelection.notice;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** A local stand-in for the group robots: records every post and answers as 企业微信/钉钉 do. */
final class RobotServer implements AutoCloseable {

    record Post(String path, String body) {}

    private final HttpServer server;
    final List<Post> posts = new CopyOnWriteArrayList<>();
    /** Answers this HTTP status to the next posts of a path ending in /broken. */
    final AtomicInteger brokenStatus = new AtomicInteger(500);

    volatile long delayMillis;

    RobotServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String path = exchange.getRequestURI().getPath();
            if (delayMillis > 0) {
                try {
                    Thread.sleep(delayMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            int status = 200;
            String answer = "{\"errcode\":0,\"errmsg\":\"ok\"}";
            if (path.endsWith("/broken")) {
                status = brokenStatus.get();
            } else if (path.endsWith("/refusing")) {
                answer = "{\"errcode\":310000,\"errmsg\":\"keywords not in content\"}";
            } else {
                posts.add(new Post(path, body));
            }
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    List<Post> postsTo(String path) {
        return posts.stream().filter(p -> p.path().equals(path)).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
