package cn.county.reelection.reporting;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/campaigns/{id}")
public class BoardController {

    private final BoardService boards;

    public BoardController(BoardService boards) {
        this.boards = boards;
    }

    @Operation(
            summary = "换届进度看板",
            description =
                    "每个乡镇×每个步骤：期限、开始、完成和状态（DONE、OPEN、DUE_SOON、OVERDUE、DONE_LATE、NOT_STARTED、ACTION_NEEDED）。县委组织部看全部乡镇，乡镇只看本乡镇；township只看一个乡镇。")
    @GetMapping("/board")
    public Board board(@PathVariable long id, @RequestParam(required = false) String township) {
        return boards.boardForCurrentUser(id, township);
    }

    /** The county's deadline notices: steps gone overdue and steps finished late. */
    @Operation(summary = "县委组织部的期限提醒", description = "逾期、逾期完成的步骤和名额未选足的选举，按时间先后。")
    @GetMapping("/alerts")
    public List<Alert> alerts(@PathVariable long id) {
        return boards.alertsForCurrentUser(id);
    }
}
