package cn.county.reelection.web;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.springframework.dao.ConcurrencyFailureException;

/**
 * Recognises a lost race between two users acting on the same data at once:
 * Camunda's optimistic lock, a task claimed by someone else, Spring's and the databases' concurrency
 * failures (serialisation failure, deadlock, lock timeout, H2's concurrent update). Answered as 409.
 */
public final class Conflicts {

    /** SQL states of a transaction that lost a race: serialisation failure, PostgreSQL's deadlock, H2's lock timeout. */
    private static final Set<String> SQL_STATES = Set.of("40001", "40P01", "HYT00");
    /** H2 error codes: deadlock, lock timeout, concurrent update, row not found when updating. */
    private static final Set<Integer> H2_CODES = Set.of(40001, 50200, 90131, 90143);

    public static final String TASK_MESSAGE = "该任务已被他人办理，请刷新后重试";
    public static final String DATA_MESSAGE = "数据已被他人同时修改，请刷新后重试";

    private Conflicts() {}

    /** The exception in {@code e}'s cause chain that makes it a conflict, if any. */
    public static Optional<Throwable> find(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OptimisticLockingException
                    || t instanceof TaskAlreadyClaimedException
                    || t instanceof ConcurrencyFailureException
                    || t instanceof OptimisticLockException
                    || t instanceof PessimisticLockException
                    || t instanceof LockTimeoutException
                    || t instanceof SQLTransactionRollbackException) {
                return Optional.of(t);
            }
            if (t instanceof SQLException sql
                    && (SQL_STATES.contains(sql.getSQLState())
                            || (isH2(sql) && H2_CODES.contains(sql.getErrorCode())))) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    private static boolean isH2(SQLException e) {
        return e.getClass().getName().startsWith("org.h2.");
    }
}
