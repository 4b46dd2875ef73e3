#!/usr/bin/env python3
"""Writes bpmn/townshipReelection.bpmn: process, Camunda attributes and DI (layout).

The diagram is generated so that its layout stays tidy when steps change; open the
output in Camunda Modeler to check it. Run: python3 tools/generate_township_bpmn.py
"""
from xml.sax.saxutils import escape, quoteattr
import os

TASK_W, TASK_H, EV, GW = 100, 80, 36, 50
nodes = {}      # id -> dict(kind, name, x, y, w, h, parent, attrs, body)
order = []      # ids in document order
flows = []      # dict(id, src, dst, cond, name, waypoints, parent)


def node(nid, kind, name, x, y, parent=None, w=None, h=None, attrs=None, body="", doc=None):
    if w is None:
        w, h = {"task": (TASK_W, TASK_H), "event": (EV, EV), "gateway": (GW, GW)}[size_of(kind)]
    nodes[nid] = dict(id=nid, kind=kind, name=name, x=x, y=y, w=w, h=h, parent=parent,
                      attrs=attrs or {}, body=body, doc=doc)
    order.append(nid)
    return nodes[nid]


def size_of(kind):
    if kind.endswith("Task"):
        return "task"
    if kind.endswith("Event"):
        return "event"
    return "gateway"


def c(n):
    return (n["x"] + n["w"] / 2, n["y"] + n["h"] / 2)


def right(n):
    return (n["x"] + n["w"], n["y"] + n["h"] / 2)


def left(n):
    return (n["x"], n["y"] + n["h"] / 2)


def top(n):
    return (n["x"] + n["w"] / 2, n["y"])


def bottom(n):
    return (n["x"] + n["w"] / 2, n["y"] + n["h"])


def flow(fid, src, dst, cond=None, name=None, waypoints=None):
    s, d = nodes[src], nodes[dst]
    if waypoints is None:
        (sx, sy), (dx, dy) = right(s), left(d)
        if abs(sy - dy) < 1:
            waypoints = [(sx, sy), (dx, dy)]
        elif s["kind"] == "exclusiveGateway" or s["kind"] == "parallelGateway":
            bx, by = (top(s) if dy < sy else bottom(s))
            waypoints = [(bx, by), (bx, dy), (dx, dy)]
        else:
            mx = (sx + dx) / 2
            waypoints = [(sx, sy), (mx, sy), (mx, dy), (dx, dy)]
    flows.append(dict(id=fid, src=src, dst=dst, cond=cond, name=name, waypoints=waypoints,
                      parent=s["parent"]))


def loop_back(fid, src, dst, y, cond=None, name=None):
    """A flow from src back to dst, routed along the horizontal line y (above or below)."""
    s, d = nodes[src], nodes[dst]
    sp = top(s) if y < s["y"] else bottom(s)
    dp = top(d) if y < d["y"] else bottom(d)
    flow(fid, src, dst, cond, name, [sp, (sp[0], y), (dp[0], y), dp])


LISTEN = "camunda"


def step_listeners(step):
    return (f'<camunda:executionListener expression="${{stepTracker.started(execution, \'{step}\')}}" event="start" />'
            f'<camunda:executionListener expression="${{stepTracker.completed(execution, \'{step}\')}}" event="end" />')


# a failing deadline job is retried three times, ten minutes apart, before it becomes an incident
RETRY = ('<bpmn:extensionElements><camunda:failedJobRetryTimeCycle>R3/PT10M</camunda:failedJobRetryTimeCycle>'
         '</bpmn:extensionElements>')


def deadline(step, host, label):
    """Non-interrupting timer at the step's deadline, flagging it overdue (task stays open)."""
    h = nodes[host]
    tid = f"Timer_{step}Deadline"
    bx, by = h["x"] + 30, h["y"] + h["h"] - EV / 2
    node(tid, "boundaryEvent", f"{step}期限已到", bx, by, parent=h["parent"],
         attrs={"attachedToRef": host, "cancelActivity": "false"},
         body=RETRY + f'<bpmn:timerEventDefinition id="TimerDef_{step}"><bpmn:timeDate xsi:type="bpmn:tFormalExpression">${{due{step}}}</bpmn:timeDate></bpmn:timerEventDefinition>',
         doc=f"DOMAIN.md {step}: {label}的期限（流程变量 due{step}）。非中断：逾期不终止工作，任务保持打开。")
    fx, fy = bx + 80, h["y"] + h["h"] + 30
    node(f"Task_Flag{step}Overdue", "serviceTask", "标记逾期并通报县委", fx, fy, parent=h["parent"],
         attrs={"camunda:delegateExpression": "${markOverdueDelegate}"},
         body=f'<bpmn:extensionElements><camunda:inputOutput><camunda:inputParameter name="step">{step}</camunda:inputParameter></camunda:inputOutput></bpmn:extensionElements>',
         doc=f"DOMAIN.md {step}: 逾期被标记并通报县委组织部（记录在期限事件中），任务仍然打开。")
    node(f"EndEvent_{step}OverdueFlagged", "endEvent", "逾期已通报", fx + 150, fy + 22, parent=h["parent"])
    flow(f"Flow_{step}TimerToFlag", tid, f"Task_Flag{step}Overdue",
         waypoints=[(bx + EV / 2, by + EV), (bx + EV / 2, fy + TASK_H / 2), (fx, fy + TASK_H / 2)])
    flow(f"Flow_{step}FlagToEnd", f"Task_Flag{step}Overdue", f"EndEvent_{step}OverdueFlagged")


def form_of(tid):
    """The Camunda Form (bpmn/<id>.form) that Tasklist shows for a task."""
    if os.path.exists(os.path.join(os.path.dirname(__file__), "..", "bpmn", f"form_{tid}.form")):
        return "form_" + tid
    if any(word in tid for word in ("Review", "Approve", "Acknowledge")):
        return "form_Approval"
    if "Record" in tid:
        return "tally"
    if "Nominate" in tid:
        return "persons"
    return "form_" + tid


def user_task(tid, name, x, y, group, due, parent=None, doc=None, listeners=""):
    ext = listeners
    form = form_of(tid)
    # tallies and person lists use embedded forms: Camunda Forms' row lists cannot be completed in Tasklist 7.24
    form_attrs = ({"camunda:formKey": f"embedded:/forms/{form}.html"} if form in ("tally", "persons")
                  else {"camunda:formRef": form, "camunda:formRefBinding": "latest"})
    # the reminder: follow-up at the start of the working day before the deadline (issue "The county's view")
    follow_up = f"${{deadlineReminder.followUp({due}, campaignId)}}"
    return node(tid, "userTask", name, x, y, parent=parent,
                attrs={"camunda:candidateGroups": group, "camunda:dueDate": f"${{{due}}}",
                       "camunda:followUpDate": follow_up, **form_attrs},
                body=f"<bpmn:extensionElements>{ext}</bpmn:extensionElements>" if ext else "", doc=doc)


DECISION = ('<camunda:executionListener delegateExpression="${decisionListener}" event="start" />'
            '<camunda:executionListener delegateExpression="${decisionListener}" event="end" />')
REQUIRED = '<camunda:executionListener delegateExpression="${requiredInputListener}" event="end" />'


# a ballot's variables, local to its race: the Json `tally`, the anonymous ballots as an uploaded CSV file
# (R10; cleared once counted) and what the tally form shows
TALLY_VARS = ("tally", "ballotsCsv", "entitled", "ballotCandidates")


def local_vars(*names):
    return "<camunda:inputOutput>" + "".join(f'<camunda:inputParameter name="{n}" />' for n in names) + "</camunda:inputOutput>"


def local_values(**values):
    return "".join(f'<camunda:inputParameter name="{k}">{v}</camunda:inputParameter>' for k, v in values.items())


# ---------------------------------------------------------------- main row
MY = 640  # centre line of the main row

node("StartEvent_CampaignStarted", "startEvent", "换届工作已启动", 60, MY - 18,
     doc="县委启动换届（POST /api/campaigns），每个乡镇一个流程实例。")
user_task("T1_PlanReelection", "部署换届工作", 140, MY - 40, "${secretaryGroup}", "dueT1",
          doc="DOMAIN.md T1：召开动员大会，党委会研究大会时间、代表名额（R2，默认75）、两委委员名额（R5：党委11、纪委5）、出席县党代会代表名额（R9）。",
          listeners=step_listeners("T1"))
deadline("T1", "T1_PlanReelection", "部署换届工作")
node("Task_RecordPlan", "serviceTask", "记录换届计划", 300, MY - 40,
     attrs={"camunda:delegateExpression": "${recordPlanDelegate}"},
     doc="DOMAIN.md T1, R2, R5, R9：校验并保存换届计划；大会日期确定T5、T6的期限。")
flow("Flow_StartToT1", "StartEvent_CampaignStarted", "T1_PlanReelection")
flow("Flow_T1ToRecordPlan", "T1_PlanReelection", "Task_RecordPlan")

# ---------------------------------------------------------------- T2
node("SubProcess_T2", "subProcess", "呈报召开党代会请示", 440, MY - 120, w=560, h=220,
     body=f"<bpmn:extensionElements>{step_listeners('T2')}{local_vars('approved', 'comment')}</bpmn:extensionElements>",
     doc="DOMAIN.md T2：11月10日前以党委文件形式向县委呈报召开党代表大会进行换届选举的请示；退回的请示修改后重新呈报，期限不变。")
node("StartEvent_T2", "startEvent", "开始呈报请示", 470, MY - 18, parent="SubProcess_T2")
user_task("T2_SubmitConveneRequest", "提交召开党代会请示", 540, MY - 40, "${secretaryGroup}", "dueT2", "SubProcess_T2",
          doc="DOMAIN.md T2：乡党委书记提交请示正文（requestText）。",
          listeners=REQUIRED)
user_task("T2_ReviewConveneRequest", "审批召开党代会请示", 700, MY - 40, "${countyGroup}", "dueT2", "SubProcess_T2",
          doc="DOMAIN.md T2, R11：县委组织部批准或退回（退回须写明理由）。", listeners=DECISION)
node("Gateway_T2Approved", "exclusiveGateway", "请示是否批准？", 850, MY - 25, parent="SubProcess_T2")
node("EndEvent_T2Approved", "endEvent", "请示已批准", 940, MY - 18, parent="SubProcess_T2")
flow("Flow_T2Start", "StartEvent_T2", "T2_SubmitConveneRequest")
flow("Flow_T2SubmitToReview", "T2_SubmitConveneRequest", "T2_ReviewConveneRequest")
flow("Flow_T2ReviewToGateway", "T2_ReviewConveneRequest", "Gateway_T2Approved")
flow("Flow_T2Approved", "Gateway_T2Approved", "EndEvent_T2Approved", cond="${approved}", name="批准")
loop_back("Flow_T2Returned", "Gateway_T2Approved", "T2_SubmitConveneRequest", MY - 90, cond="${!approved}", name="退回修改")
deadline("T2", "SubProcess_T2", "呈报召开党代会请示")
flow("Flow_RecordPlanToT2", "Task_RecordPlan", "SubProcess_T2")

node("Gateway_ForkDelegatesAndNominees", "parallelGateway", "", 1060, MY - 25,
     doc="DOMAIN.md T3、T4：请示批准后，代表选举与两委候选人酝酿同时进行，均须在11月20日前完成。")
flow("Flow_T2ToFork", "SubProcess_T2", "Gateway_ForkDelegatesAndNominees")

# ---------------------------------------------------------------- T3 (upper branch)
T3X, T3Y, T3W, T3H = 1160, 40, 2250, 400
node("SubProcess_T3", "subProcess", "选举产生党代会代表", T3X, T3Y, w=T3W, h=T3H,
     body=f"<bpmn:extensionElements>{step_listeners('T3')}{local_vars('approved', 'comment')}</bpmn:extensionElements>",
     doc="DOMAIN.md T3, R2, R3：召开代表选举工作会议分配名额，各所属党组织推荐候选人（差额不少于20%），经代表资格审查小组审查后由党员大会选举；11月20日前全部完成。")
R3Y = T3Y + 230  # centre line inside T3
node("StartEvent_T3", "startEvent", "开始代表选举", T3X + 30, R3Y - 18, parent="SubProcess_T3")
node("Task_AllocateDelegateSeats", "serviceTask", "分配代表名额", T3X + 100, R3Y - 40, parent="SubProcess_T3",
     attrs={"camunda:delegateExpression": "${allocateDelegateSeatsDelegate}"},
     doc="DOMAIN.md R2：按党员人数以最大余数法分配代表名额，每个党组织至少1名。")
MIX, MIY, MIW, MIH = T3X + 250, T3Y + 60, 1100, 290
node("SubProcess_OrganisationElection", "subProcess", "所属党组织选举代表", MIX, MIY, parent="SubProcess_T3", w=MIW, h=MIH,
     body=("<bpmn:extensionElements>" + local_vars('approved', 'comment', *TALLY_VARS, 'lastProblem', 'raceState', 'raceNext')
           .replace("</camunda:inputOutput>", local_values(race="delegates", delegateCandidates='${S("[]")}') + "</camunda:inputOutput>") +
           "</bpmn:extensionElements>"
           '<bpmn:multiInstanceLoopCharacteristics camunda:collection="${organisationCodes}" camunda:elementVariable="organisationCode" />'),
     doc="DOMAIN.md T3, R3：每个所属党组织一个实例，并行进行；由该组织的支部书记办理。")
IY = MIY + 170
node("StartEvent_Organisation", "startEvent", "开始本组织代表选举", MIX + 20, IY - 18, parent="SubProcess_OrganisationElection")
user_task("T3_NominateDelegateCandidates", "提名代表候选人", MIX + 90, IY - 40, "branch-${organisationCode}", "dueT3",
          "SubProcess_OrganisationElection", doc="DOMAIN.md T3, R3：党员酝酿推荐，按多于应选人数20%的比例提出代表候选人预备名单（delegateCandidates）。")
node("Task_RecordDelegateCandidates", "serviceTask", "登记代表候选人", MIX + 240, IY - 40, parent="SubProcess_OrganisationElection",
     attrs={"camunda:delegateExpression": "${recordDelegateCandidatesDelegate}"},
     doc="DOMAIN.md R3：候选人数不少于应选名额的120%（向上取整），人员信息完整。")
user_task("T3_ReviewDelegateCandidates", "审查代表候选人", MIX + 390, IY - 40, "${reviewGroup}", "dueT3",
          "SubProcess_OrganisationElection", doc="DOMAIN.md T3, R11：代表资格审查小组初步审查，通过或退回（写明理由）。", listeners=DECISION)
node("Gateway_CandidatesApproved", "exclusiveGateway", "候选人是否通过审查？", MIX + 540, IY - 25, parent="SubProcess_OrganisationElection")
user_task("T3_RecordDelegateElection", "登记代表选举结果", MIX + 640, IY - 40, "branch-${organisationCode}", "dueT3",
          "SubProcess_OrganisationElection", doc="DOMAIN.md R3, R10：党员大会选举，登记计票（tally）。不足法定人数或选票多于实到人数的退回重新登记（lastProblem）。")
node("Task_CountDelegateBallots", "serviceTask", "计票", MIX + 790, IY - 40, parent="SubProcess_OrganisationElection",
     attrs={"camunda:delegateExpression": "${countBallotsDelegate}"},
     doc="DOMAIN.md R3, R6, R10：超过应到五分之四会议有效，赞成票超过实到半数当选，末位票数相等的重新投票，名额未满的另行投票。")
node("Gateway_DelegateElectionDone", "exclusiveGateway", "代表是否选齐？", MIX + 940, IY - 25, parent="SubProcess_OrganisationElection")
node("EndEvent_OrganisationDone", "endEvent", "本组织代表已选出", MIX + 1040, IY - 18, parent="SubProcess_OrganisationElection")
flow("Flow_OrgStart", "StartEvent_Organisation", "T3_NominateDelegateCandidates")
flow("Flow_OrgNominateToRecord", "T3_NominateDelegateCandidates", "Task_RecordDelegateCandidates")
flow("Flow_OrgRecordToReview", "Task_RecordDelegateCandidates", "T3_ReviewDelegateCandidates")
flow("Flow_OrgReviewToGateway", "T3_ReviewDelegateCandidates", "Gateway_CandidatesApproved")
flow("Flow_CandidatesApproved", "Gateway_CandidatesApproved", "T3_RecordDelegateElection", cond="${approved}", name="通过")
loop_back("Flow_CandidatesReturned", "Gateway_CandidatesApproved", "T3_NominateDelegateCandidates", IY - 90, cond="${!approved}", name="退回修改")
flow("Flow_OrgRecordToCount", "T3_RecordDelegateElection", "Task_CountDelegateBallots")
flow("Flow_OrgCountToGateway", "Task_CountDelegateBallots", "Gateway_DelegateElectionDone")
flow("Flow_DelegatesDone", "Gateway_DelegateElectionDone", "EndEvent_OrganisationDone", cond="${raceNext == 'DONE'}", name="已选齐")
loop_back("Flow_DelegatesAgain", "Gateway_DelegateElectionDone", "T3_RecordDelegateElection", IY + 80,
          cond="${raceNext != 'DONE'}", name="重新投票或另行选举")

RX = MIX + MIW + 50
EXY = R3Y + 90  # row of the county's exception, below the main line of T3
node("Task_CheckDelegateMakeup", "serviceTask", "检查代表构成", RX, R3Y - 40, parent="SubProcess_T3",
     attrs={"camunda:delegateExpression": "${checkDelegateMakeupDelegate}"},
     doc="DOMAIN.md R2：当选代表中一线党员不少于30%、45岁以下（按大会召开日计）不少于50%为硬性要求；专业技术人员20%左右（15%–25%以外提示）、女性和少数民族至少各1名（否则提示）。结果写入delegateMakeup、makeupBreach。")
node("Gateway_MakeupMet", "exclusiveGateway", "代表构成是否达标？", RX + 150, R3Y - 25, parent="SubProcess_T3")
user_task("T3_GrantMakeupException", "审批代表构成例外", RX + 250, EXY - 40, "${countyGroup}", "dueT3", "SubProcess_T3",
          doc="DOMAIN.md R2, R11：代表构成未达到硬性要求时，只有县委组织部准予例外（须写明理由）才能进入资格审查；不准予则重新组织选举。", listeners=DECISION)
node("Gateway_ExceptionGranted", "exclusiveGateway", "是否准予例外？", RX + 400, EXY - 25, parent="SubProcess_T3")
REVX = RX + 500
user_task("T3_ReviewElectedDelegates", "审查当选代表", REVX, R3Y - 40, "${reviewGroup}", "dueT3", "SubProcess_T3",
          doc="DOMAIN.md R2, R11：代表资格审查小组审阅代表构成（delegateMakeup）并审查当选代表。退回则重新组织选举。", listeners=DECISION)
node("Gateway_ElectedDelegatesApproved", "exclusiveGateway", "当选代表是否通过审查？", REVX + 150, R3Y - 25, parent="SubProcess_T3")
node("EndEvent_T3Done", "endEvent", "代表选举完成", REVX + 250, R3Y - 18, parent="SubProcess_T3")
flow("Flow_T3Start", "StartEvent_T3", "Task_AllocateDelegateSeats")
flow("Flow_T3AllocateToElection", "Task_AllocateDelegateSeats", "SubProcess_OrganisationElection")
flow("Flow_T3ElectionToCheck", "SubProcess_OrganisationElection", "Task_CheckDelegateMakeup")
flow("Flow_T3CheckToGateway", "Task_CheckDelegateMakeup", "Gateway_MakeupMet")
flow("Flow_MakeupMet", "Gateway_MakeupMet", "T3_ReviewElectedDelegates", cond="${!makeupBreach}", name="达标")
flow("Flow_MakeupBreached", "Gateway_MakeupMet", "T3_GrantMakeupException", cond="${makeupBreach}", name="未达标")
flow("Flow_ExceptionToGateway", "T3_GrantMakeupException", "Gateway_ExceptionGranted")
rev, eg = nodes["T3_ReviewElectedDelegates"], nodes["Gateway_ExceptionGranted"]
flow("Flow_ExceptionGranted", "Gateway_ExceptionGranted", "T3_ReviewElectedDelegates", cond="${approved}", name="准予例外",
     waypoints=[right(eg), (bottom(rev)[0], right(eg)[1]), bottom(rev)])
org = nodes["SubProcess_OrganisationElection"]
flow("Flow_ExceptionRefused", "Gateway_ExceptionGranted", "SubProcess_OrganisationElection", cond="${!approved}",
     name="不准予，重新选举",
     waypoints=[bottom(eg), (bottom(eg)[0], T3Y + T3H - 15), (bottom(org)[0], T3Y + T3H - 15), bottom(org)])
flow("Flow_T3ReviewToGateway", "T3_ReviewElectedDelegates", "Gateway_ElectedDelegatesApproved")
flow("Flow_ElectedDelegatesApproved", "Gateway_ElectedDelegatesApproved", "EndEvent_T3Done", cond="${approved}", name="通过")
loop_back("Flow_ElectedDelegatesReturned", "Gateway_ElectedDelegatesApproved", "SubProcess_OrganisationElection", T3Y + 30,
          cond="${!approved}", name="退回重新选举")
deadline("T3", "SubProcess_T3", "选举产生党代会代表")

# ---------------------------------------------------------------- T4 (lower branch)
T4X, T4Y, T4W, T4H = 1160, 780, 760, 220
node("SubProcess_T4", "subProcess", "确定两委候选人预备人选", T4X, T4Y, w=T4W, h=T4H,
     body=f"<bpmn:extensionElements>{step_listeners('T4')}{local_vars('approved', 'comment')}</bpmn:extensionElements>",
     doc="DOMAIN.md T4, R4, R5：自下而上酝酿推荐、考察，党委会确定党委（13名候选人选11名）和纪委（6名选5名）候选人预备人选，11月20日前向县委呈报请示。")
R4Y = T4Y + 120
node("StartEvent_T4", "startEvent", "开始酝酿候选人", T4X + 30, R4Y - 18, parent="SubProcess_T4")
user_task("T4_NominateCandidates", "提出两委候选人预备人选", T4X + 100, R4Y - 40, "${secretaryGroup}", "dueT4", "SubProcess_T4",
          doc="DOMAIN.md T4, R4, R5：提交党委、纪委候选人预备人选名单（committeeNominees、disciplineNominees）。")
node("Task_RecordNominees", "serviceTask", "登记两委候选人", T4X + 250, R4Y - 40, parent="SubProcess_T4",
     attrs={"camunda:delegateExpression": "${recordNomineesDelegate}"},
     doc="DOMAIN.md R5：党委候选人比应选多2名、纪委多1名；人员信息完整。")
user_task("T4_ReviewNominees", "审批两委候选人预备人选", T4X + 400, R4Y - 40, "${countyGroup}", "dueT4", "SubProcess_T4",
          doc="DOMAIN.md T4, R11：县委组织部批准或退回（写明理由）。", listeners=DECISION)
node("Gateway_NomineesApproved", "exclusiveGateway", "候选人是否批准？", T4X + 550, R4Y - 25, parent="SubProcess_T4")
node("EndEvent_T4Done", "endEvent", "候选人已批准", T4X + 650, R4Y - 18, parent="SubProcess_T4")
flow("Flow_T4Start", "StartEvent_T4", "T4_NominateCandidates")
flow("Flow_T4NominateToRecord", "T4_NominateCandidates", "Task_RecordNominees")
flow("Flow_T4RecordToReview", "Task_RecordNominees", "T4_ReviewNominees")
flow("Flow_T4ReviewToGateway", "T4_ReviewNominees", "Gateway_NomineesApproved")
flow("Flow_NomineesApproved", "Gateway_NomineesApproved", "EndEvent_T4Done", cond="${approved}", name="批准")
loop_back("Flow_NomineesReturned", "Gateway_NomineesApproved", "T4_NominateCandidates", R4Y - 80, cond="${!approved}", name="退回修改")
deadline("T4", "SubProcess_T4", "确定两委候选人预备人选")

fork = nodes["Gateway_ForkDelegatesAndNominees"]
flow("Flow_ForkToT3", "Gateway_ForkDelegatesAndNominees", "SubProcess_T3",
     waypoints=[top(fork), (top(fork)[0], T3Y + T3H / 2), (T3X, T3Y + T3H / 2)])
flow("Flow_ForkToT4", "Gateway_ForkDelegatesAndNominees", "SubProcess_T4",
     waypoints=[bottom(fork), (bottom(fork)[0], T4Y + T4H / 2), (T4X, T4Y + T4H / 2)])
JX = T3X + T3W + 60
node("Gateway_JoinDelegatesAndNominees", "parallelGateway", "", JX, MY - 25)
join = nodes["Gateway_JoinDelegatesAndNominees"]
flow("Flow_T3ToJoin", "SubProcess_T3", "Gateway_JoinDelegatesAndNominees",
     waypoints=[(T3X + T3W, T3Y + T3H / 2), (top(join)[0], T3Y + T3H / 2), top(join)])
flow("Flow_T4ToJoin", "SubProcess_T4", "Gateway_JoinDelegatesAndNominees",
     waypoints=[(T4X + T4W, T4Y + T4H / 2), (bottom(join)[0], T4Y + T4H / 2), bottom(join)])

# ---------------------------------------------------------------- T5, T6
T5X = JX + 100
user_task("T5_DraftCongressMaterials", "起草大会材料", T5X, MY - 40, "${officeGroup}", "dueT5",
          doc="DOMAIN.md T5：党委办公室起草两委工作报告及决议草案、代表资格审查报告、代表名册、候选人名单、选举办法、主持词和大会日程（materialsReady）。",
          listeners=step_listeners("T5") + REQUIRED)
deadline("T5", "T5_DraftCongressMaterials", "起草大会材料")
user_task("T6_HoldPreparationMeeting", "召开筹备会议", T5X + 260, MY - 40, "${secretaryGroup}", "dueT6",
          doc="DOMAIN.md T6：县委批复候选人后召开党委会，审议报告、选举办法、议程和代表资格审查报告，确定主席团等，下发召开大会的通知（noticeIssued）。",
          listeners=step_listeners("T6") + REQUIRED)
deadline("T6", "T6_HoldPreparationMeeting", "召开筹备会议")
flow("Flow_JoinToT5", "Gateway_JoinDelegatesAndNominees", "T5_DraftCongressMaterials")
flow("Flow_T5ToT6", "T5_DraftCongressMaterials", "T6_HoldPreparationMeeting")

# ---------------------------------------------------------------- T7 congress
T7X, T7Y, T7W, T7H = T5X + 580, MY - 270, 1000, 480
node("SubProcess_T7", "subProcess", "召开党代表大会", T7X, T7Y, w=T7W, h=T7H,
     body=f"<bpmn:extensionElements>{step_listeners('T7')}</bpmn:extensionElements>",
     doc="DOMAIN.md T7, R6, R7, R9：差额选举党委委员、纪委委员和出席县党代会代表，等额选举书记、副书记；依次进行，每项选举计票后，票数相等或名额未满的另行投票。")
RCX, RCY, RCW, RCH = T7X + 80, T7Y + 40, 860, 400
node("SubProcess_CongressRace", "subProcess", "进行大会选举", RCX, RCY, parent="SubProcess_T7", w=RCW, h=RCH,
     body=("<bpmn:extensionElements>" + local_vars(*TALLY_VARS, 'lastProblem', 'raceState', 'raceNext') + "</bpmn:extensionElements>"
           '<bpmn:multiInstanceLoopCharacteristics isSequential="true" camunda:collection="${congressRaces}" camunda:elementVariable="race" />'),
     doc="DOMAIN.md T7：依次进行党委委员、纪委委员、出席县党代会代表、书记副书记四项选举（变量race）。")
CY = RCY + 195
node("StartEvent_Race", "startEvent", "开始本项选举", RCX + 20, CY - 18, parent="SubProcess_CongressRace")
node("Task_PrepareRace", "serviceTask", "准备本项选举", RCX + 80, CY - 40, parent="SubProcess_CongressRace",
     attrs={"camunda:delegateExpression": "${prepareRaceDelegate}"},
     doc="DOMAIN.md R5, R7, R9：确定应选名额、候选人名单和选举方式。")
node("Gateway_WhichRace", "exclusiveGateway", "进行哪项选举？", RCX + 220, CY - 25, parent="SubProcess_CongressRace")
races = [("committee", "T7_RecordCommitteeElection", "登记党委委员选举结果", "DOMAIN.md R5, R6：党委委员差额选举（13名候选人选11名）。"),
         ("discipline", "T7_RecordDisciplineElection", "登记纪委委员选举结果", "DOMAIN.md R5, R6：纪委委员差额选举（6名候选人选5名）。"),
         ("countyDelegates", "T7_RecordCountyDelegateElection", "登记县党代会代表选举结果", "DOMAIN.md R9：出席县党代会代表差额选举，差额不少于20%。"),
         ("secretary", "T7_RecordSecretaryElection", "登记书记副书记选举结果", "DOMAIN.md R7：书记、副书记等额选举，无记名投票。")]
for i, (race, tid, label, doc) in enumerate(races):
    centre = RCY + 60 + i * 90
    user_task(tid, label, RCX + 330, centre - TASK_H / 2, "${secretaryGroup}", "dueT7", "SubProcess_CongressRace", doc=doc)
node("Task_CountRaceBallots", "serviceTask", "计票", RCX + 490, CY - 40, parent="SubProcess_CongressRace",
     attrs={"camunda:delegateExpression": "${countBallotsDelegate}"},
     doc="DOMAIN.md R6, R7, R10：超过应到五分之四会议有效，赞成票超过实到半数当选；末位票数相等的就票数相等者重新投票；名额未满的在未当选者中另行投票，至多两轮。")
node("Gateway_RaceNext", "exclusiveGateway", "本项选举是否完成？", RCX + 640, CY - 25, parent="SubProcess_CongressRace")
node("EndEvent_RaceDone", "endEvent", "本项选举完成", RCX + 780, CY - 18, parent="SubProcess_CongressRace")
user_task("T7_RecordRevote", "登记另行投票结果", RCX + 615, CY + 90, "${secretaryGroup}", "dueT7", "SubProcess_CongressRace",
          doc="DOMAIN.md R6：票数相等时就票数相等的被选举人重新投票，得票多者当选；名额未满时在未当选者中另行投票。变量race指明哪一项选举。")
flow("Flow_RaceStart", "StartEvent_Race", "Task_PrepareRace")
flow("Flow_RacePrepareToWhich", "Task_PrepareRace", "Gateway_WhichRace")
gw = nodes["Gateway_WhichRace"]
count = nodes["Task_CountRaceBallots"]
for i, (race, tid, label, doc) in enumerate(races):
    t = nodes[tid]
    ty = t["y"] + TASK_H / 2
    start = top(gw) if ty < c(gw)[1] else bottom(gw)
    flow(f"Flow_Which{tid[3:]}", "Gateway_WhichRace", tid, cond=f"${{race == '{race}'}}",
         waypoints=[start, (start[0], ty), left(t)])
    flow(f"Flow_{tid[3:]}ToCount", tid, "Task_CountRaceBallots",
         waypoints=[right(t), (count["x"] - 30, ty), (count["x"] - 30, c(count)[1]), left(count)])
flow("Flow_CountToRaceNext", "Task_CountRaceBallots", "Gateway_RaceNext")
flow("Flow_RaceDone", "Gateway_RaceNext", "EndEvent_RaceDone", cond="${raceNext == 'DONE'}", name="完成")
rv = nodes["T7_RecordRevote"]
flow("Flow_RaceRevote", "Gateway_RaceNext", "T7_RecordRevote", cond="${raceNext == 'REVOTE'}", name="另行投票",
     waypoints=[bottom(nodes["Gateway_RaceNext"]), (bottom(nodes["Gateway_RaceNext"])[0], rv["y"])])
flow("Flow_RevoteToCount", "T7_RecordRevote", "Task_CountRaceBallots",
     waypoints=[left(rv), (c(count)[0], left(rv)[1]), bottom(count)])
rn = nodes["Gateway_RaceNext"]
flow("Flow_RaceRecordAgain", "Gateway_RaceNext", "Gateway_WhichRace", cond="${raceNext == 'RECORD'}", name="选举无效，重新投票",
     waypoints=[top(rn), (top(rn)[0], RCY + 12), (top(gw)[0], RCY + 12), top(gw)])
node("StartEvent_T7", "startEvent", "大会开幕", T7X + 25, CY - 18, parent="SubProcess_T7")
node("EndEvent_T7Done", "endEvent", "大会闭幕", T7X + T7W - 50, CY - 18, parent="SubProcess_T7")
flow("Flow_T7Start", "StartEvent_T7", "SubProcess_CongressRace")
flow("Flow_T7RacesDone", "SubProcess_CongressRace", "EndEvent_T7Done")
deadline("T7", "SubProcess_T7", "召开党代表大会")
flow("Flow_T6ToT7", "T6_HoldPreparationMeeting", "SubProcess_T7")

# ---------------------------------------------------------------- T8 first plenaries
T8X, T8Y, T8W, T8H = T7X + T7W + 80, MY - 130, 960, 240
node("SubProcess_T8", "subProcess", "召开两委一次全会", T8X, T8Y, w=T8W, h=T8H,
     body=f"<bpmn:extensionElements>{step_listeners('T8')}{local_vars('approved', 'comment', *TALLY_VARS, 'lastProblem', 'raceState', 'raceNext')}"
          .replace("</camunda:inputOutput>", local_values(race="disciplineSecretary") + "</camunda:inputOutput>") + "</bpmn:extensionElements>",
     doc="DOMAIN.md T8, R8：大会闭幕后纪委一次全会等额选举纪委书记，结果提交党委一次全会通过。")
node("StartEvent_T8", "startEvent", "全会开始", T8X + 25, MY - 18, parent="SubProcess_T8")
node("Task_PrepareDisciplineSecretaryRace", "serviceTask", "准备纪委书记选举", T8X + 90, MY - 40, parent="SubProcess_T8",
     attrs={"camunda:delegateExpression": "${prepareRaceDelegate}"}, doc="DOMAIN.md R8：纪委书记1名，在当选纪委委员中等额选举。")
user_task("T8_RecordDisciplineSecretaryElection", "登记纪委书记选举结果", T8X + 240, MY - 40, "${secretaryGroup}", "dueT8", "SubProcess_T8",
          doc="DOMAIN.md R8, R10：纪委一次全会无记名投票，登记计票（tally）。")
node("Task_CountDisciplineSecretaryBallots", "serviceTask", "计票", T8X + 390, MY - 40, parent="SubProcess_T8",
     attrs={"camunda:delegateExpression": "${countBallotsDelegate}"}, doc="DOMAIN.md R8：法定人数和过半数同R6，以纪委委员为基数。")
node("Gateway_DisciplineSecretaryElected", "exclusiveGateway", "纪委书记是否选出？", T8X + 540, MY - 25, parent="SubProcess_T8")
user_task("T8_ApproveDisciplineSecretary", "通过纪委书记选举结果", T8X + 640, MY - 40, "${secretaryGroup}", "dueT8", "SubProcess_T8",
          doc="DOMAIN.md R8, R11：党委一次全会通过纪委书记选举结果。", listeners=DECISION)
node("Gateway_DisciplineSecretaryApproved", "exclusiveGateway", "选举结果是否通过？", T8X + 790, MY - 25, parent="SubProcess_T8")
node("EndEvent_T8Done", "endEvent", "全会结束", T8X + 890, MY - 18, parent="SubProcess_T8")
flow("Flow_T8Start", "StartEvent_T8", "Task_PrepareDisciplineSecretaryRace")
flow("Flow_T8PrepareToRecord", "Task_PrepareDisciplineSecretaryRace", "T8_RecordDisciplineSecretaryElection")
flow("Flow_T8RecordToCount", "T8_RecordDisciplineSecretaryElection", "Task_CountDisciplineSecretaryBallots")
flow("Flow_T8CountToGateway", "Task_CountDisciplineSecretaryBallots", "Gateway_DisciplineSecretaryElected")
flow("Flow_DisciplineSecretaryElected", "Gateway_DisciplineSecretaryElected", "T8_ApproveDisciplineSecretary",
     cond="${raceNext == 'DONE'}", name="已选出")
loop_back("Flow_DisciplineSecretaryAgain", "Gateway_DisciplineSecretaryElected", "T8_RecordDisciplineSecretaryElection", MY + 75,
          cond="${raceNext != 'DONE'}", name="重新投票")
flow("Flow_T8ApproveToGateway", "T8_ApproveDisciplineSecretary", "Gateway_DisciplineSecretaryApproved")
flow("Flow_DisciplineSecretaryApproved", "Gateway_DisciplineSecretaryApproved", "EndEvent_T8Done", cond="${approved}", name="通过")
loop_back("Flow_DisciplineSecretaryRejected", "Gateway_DisciplineSecretaryApproved", "Task_PrepareDisciplineSecretaryRace", MY - 85,
          cond="${!approved}", name="未通过，重新选举")
deadline("T8", "SubProcess_T8", "召开两委一次全会")
flow("Flow_T7ToT8", "SubProcess_T7", "SubProcess_T8")

# ---------------------------------------------------------------- T9 report
T9X, T9Y, T9W, T9H = T8X + T8W + 80, MY - 120, 540, 220
node("SubProcess_T9", "subProcess", "呈报选举结果", T9X, T9Y, w=T9W, h=T9H,
     body=f"<bpmn:extensionElements>{step_listeners('T9')}{local_vars('approved', 'comment')}</bpmn:extensionElements>",
     doc="DOMAIN.md T9：两委一次全会后及时（3天内）以党委文件形式向县委呈报选举结果；县委组织部审阅。")
node("StartEvent_T9", "startEvent", "开始呈报结果", T9X + 25, MY - 18, parent="SubProcess_T9")
user_task("T9_SubmitResultReport", "提交选举结果报告", T9X + 90, MY - 40, "${secretaryGroup}", "dueT9", "SubProcess_T9",
          doc="DOMAIN.md T9：提交选举结果报告（reportText）。",
          listeners=REQUIRED)
user_task("T9_AcknowledgeResultReport", "审阅选举结果报告", T9X + 240, MY - 40, "${countyGroup}", "dueT9", "SubProcess_T9",
          doc="DOMAIN.md T9, R11：县委组织部确认收到或退回（写明理由）。", listeners=DECISION)
node("Gateway_ReportAcknowledged", "exclusiveGateway", "报告是否确认？", T9X + 390, MY - 25, parent="SubProcess_T9")
node("EndEvent_T9Done", "endEvent", "结果已确认", T9X + 480, MY - 18, parent="SubProcess_T9")
flow("Flow_T9Start", "StartEvent_T9", "T9_SubmitResultReport")
flow("Flow_T9SubmitToAck", "T9_SubmitResultReport", "T9_AcknowledgeResultReport")
flow("Flow_T9AckToGateway", "T9_AcknowledgeResultReport", "Gateway_ReportAcknowledged")
flow("Flow_ReportAcknowledged", "Gateway_ReportAcknowledged", "EndEvent_T9Done", cond="${approved}", name="确认")
loop_back("Flow_ReportReturned", "Gateway_ReportAcknowledged", "T9_SubmitResultReport", MY - 85, cond="${!approved}", name="退回修改")
deadline("T9", "SubProcess_T9", "呈报选举结果")
flow("Flow_T8ToT9", "SubProcess_T8", "SubProcess_T9")
node("EndEvent_ReelectionCompleted", "endEvent", "换届选举已完成", T9X + T9W + 60, MY - 18)
flow("Flow_T9ToEnd", "SubProcess_T9", "EndEvent_ReelectionCompleted")


# ---------------------------------------------------------------- XML
def element_xml(nid, children_of):
    n = nodes[nid]
    kind = n["kind"]
    attrs = {"id": nid}
    if n["name"]:
        attrs["name"] = n["name"]
    attrs.update(n["attrs"])
    if kind in ("serviceTask",) and False:
        pass
    a = " ".join(f"{k}={quoteattr(v)}" for k, v in attrs.items())
    inner = []
    if n["doc"]:
        inner.append(f"<bpmn:documentation>{escape(n['doc'])}</bpmn:documentation>")
    body = n["body"]
    # extensionElements must come first after documentation; loop characteristics after flows
    loop = ""
    if "<bpmn:multiInstanceLoopCharacteristics" in body:
        idx = body.index("<bpmn:multiInstanceLoopCharacteristics")
        body, loop = body[:idx], body[idx:]
    event_definition = ""
    if "EventDefinition" in body and kind.endswith("Event"):
        # XSD: event definitions follow incoming/outgoing; extension elements stay in front
        idx = body.index("<bpmn:", body.index("</bpmn:extensionElements>")) if "</bpmn:extensionElements>" in body else 0
        body, event_definition = body[:idx], body[idx:]
    inner.append(body)
    for f in flows:
        if f["dst"] == nid:
            inner.append(f"<bpmn:incoming>{f['id']}</bpmn:incoming>")
    for f in flows:
        if f["src"] == nid:
            inner.append(f"<bpmn:outgoing>{f['id']}</bpmn:outgoing>")
    inner.append(event_definition)
    inner.append(loop)  # BPMN 2.0 XSD: loopCharacteristics after incoming/outgoing, before children
    if kind == "subProcess":
        for child in children_of.get(nid, []):
            inner.append(element_xml(child, children_of))
        for f in flows:
            if f["parent"] == nid:
                inner.append(flow_xml(f))
    return f"<bpmn:{kind} {a}>" + "".join(inner) + f"</bpmn:{kind}>"


def flow_xml(f):
    name = f" name={quoteattr(f['name'])}" if f["name"] else ""
    cond = (f'<bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">{escape(f["cond"])}</bpmn:conditionExpression>'
            if f["cond"] else "")
    return f'<bpmn:sequenceFlow id="{f["id"]}"{name} sourceRef="{f["src"]}" targetRef="{f["dst"]}">{cond}</bpmn:sequenceFlow>'


def main():
    children_of = {}
    for nid in order:
        children_of.setdefault(nodes[nid]["parent"], []).append(nid)
    body = "".join(element_xml(nid, children_of) for nid in children_of[None])
    body += "".join(flow_xml(f) for f in flows if f["parent"] is None)
    shapes = []
    for nid in order:
        n = nodes[nid]
        exp = ' isExpanded="true"' if n["kind"] == "subProcess" else ""
        shapes.append(f'<bpmndi:BPMNShape id="{nid}_di" bpmnElement="{nid}"{exp}>'
                      f'<dc:Bounds x="{n["x"]:.0f}" y="{n["y"]:.0f}" width="{n["w"]:.0f}" height="{n["h"]:.0f}" /></bpmndi:BPMNShape>')
    for f in flows:
        wps = "".join(f'<di:waypoint x="{x:.0f}" y="{y:.0f}" />' for x, y in f["waypoints"])
        shapes.append(f'<bpmndi:BPMNEdge id="{f["id"]}_di" bpmnElement="{f["id"]}">{wps}</bpmndi:BPMNEdge>')
    doc = ("DOMAIN.md T1–T9：一个乡镇党委换届选举的全过程。每一步都有期限（非中断定时器标记逾期并通报县委），"
           "计票规则见R3、R6–R10。")
    xml = f'''<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="Definitions_TownshipReelection" targetNamespace="http://county.cn/reelection" exporter="tools/generate_township_bpmn.py" exporterVersion="1">
<bpmn:process id="townshipReelection" name="乡镇党委换届选举" isExecutable="true" camunda:historyTimeToLive="P1825D" camunda:versionTag="1"><bpmn:documentation>{escape(doc)}</bpmn:documentation>{body}</bpmn:process>
<bpmndi:BPMNDiagram id="BPMNDiagram_TownshipReelection"><bpmndi:BPMNPlane id="BPMNPlane_TownshipReelection" bpmnElement="townshipReelection">{"".join(shapes)}</bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
</bpmn:definitions>
'''
    out = os.path.join(os.path.dirname(__file__), "..", "bpmn", "townshipReelection.bpmn")
    with open(out, "w", encoding="utf-8") as fh:
        fh.write(xml)


main()
