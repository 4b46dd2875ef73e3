package cn.county.reelection.process.model;

import static org.mockito.Mockito.mock;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.test.TestHelper;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.mockito.stubbing.Answer;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The bottom of the test pyramid: a BPMN model in a plain in-memory engine ({@code model-tests.camunda.cfg.xml}),
 * no Spring context, every bean the model names a Mockito mock registered with {@link Mocks}. A test class
 * registers {@link #engine()} as a static extension and deploys its model with {@code @Deployment}.
 */
final class ModelTestSupport {

    static final String CONFIGURATION = "model-tests.camunda.cfg.xml";
    static final String ENGINE_NAME = "reelection-model-tests";

    private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{([^}]*)}");
    private static final Pattern STRING_LITERAL = Pattern.compile("'[^']*'|\"[^\"]*\"");
    /** {@code name.method(}: a bean whose method the model calls, never a property of a variable. */
    private static final Pattern METHOD_CALL =
            Pattern.compile("(?<![\\w.])([A-Za-z_]\\w*)\\s*\\.\\s*[A-Za-z_]\\w*\\s*\\(");

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_]\\w*");

    private ModelTestSupport() {}

    static Engine engine() {
        Engine engine = new Engine();
        engine.configurationResource(CONFIGURATION);
        return engine;
    }

    /** A Mockito mock of {@code type}, registered for the model's expressions under {@code name} and kept in {@code beans}. */
    static <T> T register(Map<String, Object> beans, String name, Class<T> type) {
        T bean = mock(type);
        Mocks.register(name, bean);
        beans.put(name, bean);
        return bean;
    }

    /**
     * Every bean name in the model: the whole of a {@code delegateExpression} ({@code ${markOverdueDelegate}}) and every
     * receiver of a method call ({@code ${deadlineReminder.followUp(dueT1, campaignId)}}) in any expression; process
     * variables ({@code ${approved}}, {@code ${dueT1}}) are not beans. A test compares this with the mocks it registers,
     * so a bean added to the model fails there by name rather than as an unresolved identifier somewhere on a path.
     */
    static SortedSet<String> beansNamedIn(String classpathResource) {
        try (InputStream in = ModelTestSupport.class.getClassLoader().getResourceAsStream(classpathResource)) {
            if (in == null) {
                throw new IllegalArgumentException("not on the test classpath: " + classpathResource);
            }
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            SortedSet<String> beans = new TreeSet<>();
            collect(factory.newDocumentBuilder().parse(in).getDocumentElement(), beans);
            return beans;
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + classpathResource, e);
        }
    }

    private static void collect(Element element, SortedSet<String> beans) {
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            boolean delegate = "delegateExpression".equals(attribute.getLocalName());
            expressions(attribute.getValue()).forEach(body -> beansIn(body, delegate, beans));
        }
        NodeList children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            Node child = children.item(i);
            if (child instanceof Element e) {
                collect(e, beans);
            } else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                expressions(child.getNodeValue()).forEach(body -> beansIn(body, false, beans));
            }
        }
    }

    private static List<String> expressions(String text) {
        List<String> bodies = new ArrayList<>();
        Matcher m = EXPRESSION.matcher(text);
        while (m.find()) {
            bodies.add(m.group(1));
        }
        return bodies;
    }

    private static void beansIn(String body, boolean delegateExpression, SortedSet<String> beans) {
        String code = STRING_LITERAL.matcher(body).replaceAll("''").trim();
        if (delegateExpression && IDENTIFIER.matcher(code).matches()) {
            beans.add(code);
        }
        Matcher call = METHOD_CALL.matcher(code);
        while (call.find()) {
            beans.add(call.group(1));
        }
    }

    /** Open tasks of the instance (its embedded sub-processes included), oldest first. */
    static List<Task> openTasks(ProcessEngine engine, ProcessInstance pi) {
        return engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(pi.getId())
                .orderByTaskCreateTime()
                .asc()
                .orderByTaskId()
                .asc()
                .list();
    }

    /**
     * Completes open tasks, oldest first, each with {@code answer} (a yes from every reviewer), until a task with
     * {@code taskKey} is open.
     */
    static void driveUntil(ProcessEngine engine, ProcessInstance pi, String taskKey, Map<String, Object> answer) {
        for (int guard = 0; guard < 300; guard++) {
            List<Task> open = openTasks(engine, pi);
            if (open.stream().anyMatch(t -> t.getTaskDefinitionKey().equals(taskKey))) {
                return;
            }
            if (open.isEmpty()) {
                throw new AssertionError("the process has no open task and never reached " + taskKey);
            }
            engine.getTaskService().complete(open.get(0).getId(), answer);
        }
        throw new AssertionError("the process did not reach " + taskKey);
    }

    /** Completes open tasks, oldest first, each with {@code answer}, until none is left. */
    static void driveToEnd(ProcessEngine engine, ProcessInstance pi, Map<String, Object> answer) {
        for (int guard = 0; guard < 300; guard++) {
            List<Task> open = openTasks(engine, pi);
            if (open.isEmpty()) {
                return;
            }
            engine.getTaskService().complete(open.get(0).getId(), answer);
        }
        throw new AssertionError("the process did not end");
    }

    /**
     * What a mocked "计票" says, by {@code race}: {@code raceNext} and {@code unfilledSeats}, the two variables the gateways
     * after a count read. A count nobody scripted is complete.
     */
    static final class Counts {

        record Count(String next, int unfilled) {}

        static final Count DONE = new Count("DONE", 0);
        static final Count RECORD_AGAIN = new Count("RECORD", 0);
        static final Count REVOTE = new Count("REVOTE", 0);

        static Count unfilled(int seats) {
            return new Count("DONE", seats);
        }

        private final Map<String, Deque<Count>> scripted = new HashMap<>();
        /** The race of every count, in order. */
        final List<String> counted = new ArrayList<>();

        void script(String race, Count... counts) {
            scripted.computeIfAbsent(race, r -> new ArrayDeque<>()).addAll(List.of(counts));
        }

        Answer<Void> answer() {
            return inv -> {
                DelegateExecution execution = inv.getArgument(0);
                String race = (String) execution.getVariable("race");
                counted.add(race);
                Deque<Count> next = scripted.get(race);
                Count count = next == null || next.isEmpty() ? DONE : next.poll();
                execution.setVariable("raceNext", count.next());
                execution.setVariable("unfilledSeats", count.unfilled());
                return null;
            };
        }
    }

    /**
     * {@link ProcessEngineExtension} on the model tests' own engine, which also keeps the JVM clean for the Spring suites
     * that run after it: the assertions' engine and the mocks are per thread and reset after each test, and the engine
     * is closed after the class (closing takes it out of {@link ProcessEngines}, so the Spring engine stays the only one
     * there, and drops its in-memory database).
     */
    static final class Engine extends ProcessEngineExtension implements BeforeAllCallback {

        private Level rootLevel;

        @Override
        public void beforeAll(ExtensionContext context) {
            // without a Spring context nothing configures logback, and its default (DEBUG) would log every statement
            Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
            rootLevel = root.getLevel();
            root.setLevel(Level.WARN);
        }

        @Override
        public void beforeTestExecution(ExtensionContext context) {
            super.beforeTestExecution(context);
            if (!ENGINE_NAME.equals(getProcessEngine().getName())) {
                throw new IllegalStateException(
                        "not the model tests' engine: " + getProcessEngine().getName());
            }
            AbstractAssertions.init(getProcessEngine());
        }

        @Override
        public void afterTestExecution(ExtensionContext context) {
            try {
                super.afterTestExecution(context);
            } finally {
                AbstractAssertions.reset();
                Mocks.reset();
            }
        }

        @Override
        public void afterAll(ExtensionContext context) throws Exception {
            super.afterAll(context);
            // TestHelper caches the engines it builds by configuration; only this one is built that way in this JVM
            TestHelper.closeProcessEngines();
            processEngine = null;
            if (ProcessEngines.getProcessEngines().containsKey(ENGINE_NAME)) {
                throw new IllegalStateException("the model tests' engine is still registered after its class");
            }
            ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(rootLevel);
        }
    }
}
