package cn.county.reelection.audit;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class HistoryController {

    private final TownshipHistoryService history;

    public HistoryController(TownshipHistoryService history) {
        this.history = history;
    }

    /** R11: the township's audit trail, readable by that township and its county. */
    @Operation(summary = "乡镇的换届记录（R11）", description = "审批和退回及理由、每次计票、逾期和逾期完成的步骤、每项任务由谁完成。")
    @GetMapping("/api/townships/{businessKey}/history")
    public List<HistoryEntry> history(@PathVariable String businessKey) {
        return history.historyForCurrentUser(businessKey);
    }
}
