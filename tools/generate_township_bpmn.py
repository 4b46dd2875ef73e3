#!/usr/bin/env python3
"""Writes bpmn/townshipReelection.bpmn: process, Camunda attributes and DI (layout).

The diagram is generated so that its layout stays tidy when steps change; open the
output in Camunda Modeler to check it. Run: python3 tools/generate_township_bpmn.py [output-dir]
(default bpmn/; tools/check_bpmn_generated.sh writes elsewhere to compare).
"""
from xml.sax.saxutils import escape, quoteattr
import os
import sys

from bpmn_layout import write_pretty

TASK_W, TASK_H, EV, GW = 100, 80, 36, 50

# The variables each user task takes: its form's fields, and nothing else (R11; TaskInputs and the
# REST filter refuse any other). A user task without an entry here takes no variables at all.
APPROVAL_INPUTS = ("approved", "comment")
# R13: the scrutineers and counters of each ballot go with its tally
TALLY_INPUTS = ("tally", "ballotsCsv", "scrutineers", "counters")
# R7, R8: the county's decision with its reason (R11) and whom it names in place of whom
REPLACEMENT_INPUTS = ("approved", "comment", "replacements")
TASK_INPUTS = {
    "T1_PlanReelection": ("congressDate", "delegateQuota", "committeeSeats", "disciplineSeats", "countyDelegateSeats"),
    "T2_SubmitConveneRequest": ("requestText", "signer", "contactName", "contactPhone"),
    "T2_ReviewConveneRequest": APPROVAL_INPUTS,
    "T3_NominateDelegateCandidates": ("delegateCandidates",),
    "T3_ReviewDelegateCandidates": APPROVAL_INPUTS,
    "T3_RecordDelegateElection": TALLY_INPUTS,
    "T3_GrantMakeupException": APPROVAL_INPUTS,
    "T3_ReviewElectedDelegates": APPROVAL_INPUTS,
    "T3_HandleUnfilledSeats": APPROVAL_INPUTS,
    "T4_NominateCandidates": ("committeeNominees", "disciplineNominees"),
    "T4_ReviewNominees": APPROVAL_INPUTS,
    # T5 drafts the agenda and the election method, T6 settles the presidium and the delegations (congress/CongressPreparation)
    "T5_DraftCongressMaterials": ("agenda", "electionMethod"),
    "T6_HoldPreparationMeeting": ("presidium", "delegationGroups"),
    "T7_RecordCommitteeElection": TALLY_INPUTS,
    "T7_RecordDisciplineElection": TALLY_INPUTS,
    "T7_RecordCountyDelegateElection": TALLY_INPUTS,
    "T7_RecordSecretaryElection": TALLY_INPUTS,
    "T7_RecordRevote": TALLY_INPUTS,
    "T7_HandleUnfilledSeats": APPROVAL_INPUTS,
    "T7_NameSecretaryReplacement": REPLACEMENT_INPUTS,
    "T8_DecideDisciplineVacancy": REPLACEMENT_INPUTS,
    "T8_RecordDisciplineSecretaryElection": TALLY_INPUTS,
    "T8_ApproveDisciplineSecretary": APPROVAL_INPUTS,
    "T9_SubmitResultReport": ("reportText", "contactName", "contactPhone"),
    "T9_AcknowledgeResultReport": APPROVAL_INPUTS,
}


def task_inputs(tid):
    """The declaration the engine reads back: <camunda:property name="inputs" value="a,b" />."""
    if tid not in TASK_INPUTS:
        return ""
    return f'<camunda:properties><camunda:property name="inputs" value="{",".join(TASK_INPUTS[tid])}" /></camunda:properties>'


nodes = {}      # id -> dict(kind, name, x, y, w, h, parent, attrs, body)
order = []      # ids in document order
flows = []      # dict(id, src, dst, cond, name, waypoints, parent)


def node(nid, kind, name, x, y, parent=None, w=None, h=None, attrs=None, body="", doc=None):
    if w is None:
        w, h = {"task": (TASK_W, TASK_H), "event": (EV, EV), "gateway": (GW, GW)}[size_of(kind)]
    if doc:
        doc = doc.replace("DOMAIN.md ", "")
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


# every township task has an embedded form (src/main/resources/static/forms/): they validate in Chinese,
# keep drafts, show what is decided and work at phone width, which Camunda Forms in Tasklist 7.24 do not
FORMS = {
    "T1_PlanReelection": "plan",
    "T2_SubmitConveneRequest": "text",
    "T9_SubmitResultReport": "text",
    "T5_DraftCongressMaterials": "preparation",
    "T6_HoldPreparationMeeting": "preparation",
    "T7_NameSecretaryReplacement": "review",
    "T8_DecideDisciplineVacancy": "review",
}


def form_of(tid):
    """The embedded form (static/forms/<name>.html) that Tasklist shows for a task."""
    if tid in FORMS:
        return FORMS[tid]
    if any(word in tid for word in ("Review", "Approve", "Acknowledge", "Grant", "Handle")):
        return "review"
    if "Record" in tid:
        return "tally"
    if "Nominate" in tid:
        return "persons"
    raise ValueError(f"no form for {tid}")


COUNTY_GROUP = "${countyGroup}"
# R14: a county task is due 3 working days after the township submits, not at the step's deadline; its
# listener stops the township's clock while the county holds the work and records a late decision as the county's
COUNTY_WINDOW = "".join(f'<camunda:taskListener delegateExpression="${{countyWindow}}" event="{e}" />'
                        for e in ("create", "complete", "delete"))


def user_task(tid, name, x, y, group, due, parent=None, doc=None, listeners=""):
    county = group == COUNTY_GROUP
    ext = task_inputs(tid) + listeners + (COUNTY_WINDOW if county else "")
    form_attrs = {"camunda:formKey": f"embedded:/forms/{form_of(tid)}.html"}
    due_expr = "countyWindow.due(campaignId)" if county else due
    # the reminder: follow-up at the start of the working day before the deadline
    follow_up = f"${{deadlineReminder.followUp({due_expr}, campaignId)}}"
    return node(tid, "userTask", name, x, y, parent=parent,
                attrs={"camunda:candidateGroups": group, "camunda:dueDate": f"${{{due_expr}}}",
                       "camunda:followUpDate": follow_up, **form_attrs},
                body=f"<bpmn:extensionElements>{ext}</bpmn:extensionElements>" if ext else "", doc=doc)


DECISION = ('<camunda:executionListener delegateExpression="${decisionListener}" event="start" />'
            '<camunda:executionListener delegateExpression="${decisionListener}" event="end" />')
REQUIRED = '<camunda:executionListener delegateExpression="${requiredInputListener}" event="end" />'
# T5, T6: checks and keeps the agenda, election method, presidium and delegations in the project's tables
PREPARATION = '<camunda:executionListener delegateExpression="${congressPreparationListener}" event="end" />'
# a race ended with seats unfilled: the board shows 需处理 and the county is told until the township decides
UNFILLED = ('<camunda:executionListener delegateExpression="${unfilledSeatsListener}" event="start" />'
            '<camunda:executionListener delegateExpression="${unfilledSeatsListener}" event="end" />')


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
     body=("<bpmn:extensionElements>" + local_vars('approved', 'comment', *TALLY_VARS, 'lastProblem', 'raceStateId', 'raceNext', 'unfilledSeats', 'delegateCandidates')
           .replace("</camunda:inputOutput>", local_values(race="delegates") + "</camunda:inputOutput>") +
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
flow("Flow_DelegatesDone", "Gateway_DelegateElectionDone", "EndEvent_OrganisationDone",
     cond="${raceNext == 'DONE' && unfilledSeats == 0}", name="已选齐")
user_task("T3_HandleUnfilledSeats", "处理代表缺额", MIX + 790, MIY + 25, "${secretaryGroup}", "dueT3",
          "SubProcess_OrganisationElection", listeners=DECISION + UNFILLED,
          doc="R3, R6：另行选举两轮后仍有名额未选满，县委组织部已收到通报；乡党委书记决定重新组织本组织的代表选举（重新提名候选人），或保留缺额并写明理由（R11）。")
node("Gateway_ReelectDelegates", "exclusiveGateway", "是否重新选举？", MIX + 690, MIY + 40, parent="SubProcess_OrganisationElection")
node("EndEvent_DelegateVacancyReported", "endEvent", "缺额已报告", MIX + 1040, MIY + 47, parent="SubProcess_OrganisationElection")
flow("Flow_DelegatesUnfilled", "Gateway_DelegateElectionDone", "T3_HandleUnfilledSeats",
     cond="${raceNext == 'DONE' && unfilledSeats > 0}", name="名额未选满",
     waypoints=[(MIX + 965, IY - 25), (MIX + 965, MIY + 65), (MIX + 890, MIY + 65)])
flow("Flow_UnfilledToDecision", "T3_HandleUnfilledSeats", "Gateway_ReelectDelegates",
     waypoints=[(MIX + 790, MIY + 65), (MIX + 740, MIY + 65)])
flow("Flow_ReelectDelegates", "Gateway_ReelectDelegates", "T3_NominateDelegateCandidates", cond="${approved}", name="重新选举",
     waypoints=[(MIX + 690, MIY + 65), (MIX + 120, MIY + 65), (MIX + 120, IY - 40)])
flow("Flow_KeepDelegateVacancy", "Gateway_ReelectDelegates", "EndEvent_DelegateVacancyReported", cond="${!approved}", name="保留缺额",
     waypoints=[(MIX + 715, MIY + 40), (MIX + 715, MIY + 12), (MIX + 1058, MIY + 12), (MIX + 1058, MIY + 47)])
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
          doc="DOMAIN.md T4, R4, R5：提交党委、纪委候选人预备人选名单（committeeNominees、disciplineNominees）；每名人选的干部任免审批表和考察材料作为文件上传（/api/townships/{businessKey}/nominee-materials），不作为流程变量。")
node("Task_RecordNominees", "serviceTask", "登记两委候选人", T4X + 250, R4Y - 40, parent="SubProcess_T4",
     attrs={"camunda:delegateExpression": "${recordNomineesDelegate}"},
     doc="DOMAIN.md R5：党委候选人比应选多2名、纪委多1名；人员信息完整。")
user_task("T4_ReviewNominees", "审批两委候选人预备人选", T4X + 400, R4Y - 40, "${countyGroup}", "dueT4", "SubProcess_T4",
          doc="DOMAIN.md T4, R11：县委组织部逐人查阅干部任免审批表和考察材料（缺少材料的人选有提示），批准或退回（写明理由）。", listeners=DECISION)
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
          doc="DOMAIN.md T5, R3, R5, R7, R8, R9：党委办公室起草大会议程（agenda）和选举办法（electionMethod）：选举办法列明各项选举的应选名额、候选人数和差额，按县委批准的计划和名单计算；出席县党代会代表的候选人数不少于应选名额的120%。",
          listeners=step_listeners("T5") + PREPARATION)
deadline("T5", "T5_DraftCongressMaterials", "起草大会材料")
user_task("T6_HoldPreparationMeeting", "召开筹备会议", T5X + 260, MY - 40, "${secretaryGroup}", "dueT6",
          doc="DOMAIN.md T6：县委批复候选人后召开筹备会议，通过选举办法和议程，确定大会主席团（presidium，须为当选代表）和代表团分组（delegationGroups，每名代表恰在一个代表团）。",
          listeners=step_listeners("T6") + PREPARATION)
deadline("T6", "T6_HoldPreparationMeeting", "召开筹备会议")
flow("Flow_JoinToT5", "Gateway_JoinDelegatesAndNominees", "T5_DraftCongressMaterials")
flow("Flow_T5ToT6", "T5_DraftCongressMaterials", "T6_HoldPreparationMeeting")

# ---------------------------------------------------------------- T7 congress
T7X, T7Y, T7W, T7H = T5X + 580, MY - 270, 1290, 480
node("SubProcess_T7", "subProcess", "召开党代表大会", T7X, T7Y, w=T7W, h=T7H,
     body=f"<bpmn:extensionElements>{step_listeners('T7')}</bpmn:extensionElements>",
     doc="DOMAIN.md T7, R6, R7, R9：差额选举党委委员、纪委委员和出席县党代会代表，等额选举书记、副书记；依次进行，每项选举计票后，票数相等或名额未满的另行投票。")
RCX, RCY, RCW, RCH = T7X + 80, T7Y + 40, 1150, 400
node("SubProcess_CongressRace", "subProcess", "进行大会选举", RCX, RCY, parent="SubProcess_T7", w=RCW, h=RCH,
     body=("<bpmn:extensionElements>" + local_vars(*TALLY_VARS, 'lastProblem', 'raceStateId', 'raceNext', 'unfilledSeats', 'approved', 'comment',
                                                     'candidatesMissing', 'replacements') + "</bpmn:extensionElements>"
           '<bpmn:multiInstanceLoopCharacteristics isSequential="true" camunda:collection="${congressRaces}" camunda:elementVariable="race" />'),
     doc="DOMAIN.md T7：依次进行党委委员、纪委委员、出席县党代会代表、书记副书记四项选举（变量race）。")
CY = RCY + 195
node("StartEvent_Race", "startEvent", "开始本项选举", RCX + 20, CY - 18, parent="SubProcess_CongressRace")
node("Task_PrepareRace", "serviceTask", "准备本项选举", RCX + 80, CY - 40, parent="SubProcess_CongressRace",
     attrs={"camunda:delegateExpression": "${prepareRaceDelegate}"},
     doc="DOMAIN.md R5, R7, R9：确定应选名额、候选人名单和选举方式；书记、副书记的候选人是县委批准的该职务人选中当选党委委员的（R7），有人未当选时不准备选票（candidatesMissing）。")
# a gateway either joins or forks (bpmnlint no-gateway-join-fork): a void ballot comes back to this join,
# the fork behind it picks the race
node("Gateway_SecretaryCandidatesReady", "exclusiveGateway", "候选人是否都已当选委员？", RCX + 210, CY - 25, parent="SubProcess_CongressRace",
     doc="DOMAIN.md R7：书记、副书记候选人须是县委批准的该职务人选且当选党委委员；有人未当选的，先由县委组织部指定替补人选，再进行选举。")
node("Gateway_RecordRaceJoin", "exclusiveGateway", "", RCX + 320, CY - 25, parent="SubProcess_CongressRace")
node("Gateway_WhichRace", "exclusiveGateway", "进行哪项选举？", RCX + 410, CY - 25, parent="SubProcess_CongressRace")
# (race, task, task name, documentation, name of the flow that picks the race)
races = [("committee", "T7_RecordCommitteeElection", "登记党委委员选举结果", "DOMAIN.md R5, R6：党委委员差额选举（13名候选人选11名）。", "党委委员"),
         ("discipline", "T7_RecordDisciplineElection", "登记纪委委员选举结果", "DOMAIN.md R5, R6：纪委委员差额选举（6名候选人选5名）。", "纪委委员"),
         ("countyDelegates", "T7_RecordCountyDelegateElection", "登记县党代会代表选举结果", "DOMAIN.md R9：出席县党代会代表差额选举，差额不少于20%。", "县党代会代表"),
         ("secretary", "T7_RecordSecretaryElection", "登记书记副书记选举结果", "DOMAIN.md R7：书记、副书记等额选举，无记名投票。", "书记、副书记")]
for i, (race, tid, label, doc, flow_name) in enumerate(races):
    centre = RCY + 60 + i * 90
    user_task(tid, label, RCX + 520, centre - TASK_H / 2, "${secretaryGroup}", "dueT7", "SubProcess_CongressRace", doc=doc)
node("Task_CountRaceBallots", "serviceTask", "计票", RCX + 680, CY - 40, parent="SubProcess_CongressRace",
     attrs={"camunda:delegateExpression": "${countBallotsDelegate}"},
     doc="DOMAIN.md R6, R7, R10：超过应到五分之四会议有效，赞成票超过实到半数当选；末位票数相等的就票数相等者重新投票；名额未满的在未当选者中另行投票，至多两轮。")
node("Gateway_RaceNext", "exclusiveGateway", "本项选举是否完成？", RCX + 830, CY - 25, parent="SubProcess_CongressRace")
node("EndEvent_RaceDone", "endEvent", "本项选举完成", RCX + 970, CY - 18, parent="SubProcess_CongressRace")
user_task("T7_RecordRevote", "登记另行投票结果", RCX + 805, CY + 90, "${secretaryGroup}", "dueT7", "SubProcess_CongressRace",
          doc="DOMAIN.md R6：票数相等时就票数相等的被选举人重新投票，得票多者当选；名额未满时在未当选者中另行投票。变量race指明哪一项选举。")
flow("Flow_RaceStart", "StartEvent_Race", "Task_PrepareRace")
flow("Flow_RacePrepareToReady", "Task_PrepareRace", "Gateway_SecretaryCandidatesReady")
flow("Flow_RaceCandidatesReady", "Gateway_SecretaryCandidatesReady", "Gateway_RecordRaceJoin", cond="${candidatesMissing == 0}",
     name="候选人齐备")
user_task("T7_NameSecretaryReplacement", "指定书记副书记候选人替补人选", RCX + 185, CY + 90, COUNTY_GROUP, None,
          "SubProcess_CongressRace", listeners=DECISION,
          doc="DOMAIN.md R7, R11, R14：县委批准的书记、副书记人选有人未当选党委委员，选举前由县委组织部从当选党委委员中指定替补人选（replacements），并写明理由；期限为3个工作日。")
node("Task_NameSecretaryCandidates", "serviceTask", "登记替补人选", RCX + 40, CY + 90, parent="SubProcess_CongressRace",
     attrs={"camunda:delegateExpression": "${nameCandidatesDelegate}"},
     doc="DOMAIN.md R7, R11：替补人选须是当选党委委员且不是其他候选人，接替未当选者的职务；保存县委指定的候选人名单后重新准备选举。")
flow("Flow_SecretaryCandidateNotElected", "Gateway_SecretaryCandidatesReady", "T7_NameSecretaryReplacement",
     cond="${candidatesMissing > 0}", name="有人选未当选委员", waypoints=[(RCX + 235, CY + 25), (RCX + 235, CY + 90)])
flow("Flow_ReplacementToRecord", "T7_NameSecretaryReplacement", "Task_NameSecretaryCandidates",
     waypoints=[(RCX + 185, CY + 130), (RCX + 140, CY + 130)])
flow("Flow_ReplacementToPrepare", "Task_NameSecretaryCandidates", "Task_PrepareRace",
     waypoints=[(RCX + 90, CY + 90), (RCX + 90, CY + 65), (RCX + 130, CY + 65), (RCX + 130, CY + 40)])
flow("Flow_RaceJoinToWhich", "Gateway_RecordRaceJoin", "Gateway_WhichRace")
gw = nodes["Gateway_WhichRace"]
count = nodes["Task_CountRaceBallots"]
for i, (race, tid, label, doc, flow_name) in enumerate(races):
    t = nodes[tid]
    ty = t["y"] + TASK_H / 2
    start = top(gw) if ty < c(gw)[1] else bottom(gw)
    flow(f"Flow_Which{tid[3:]}", "Gateway_WhichRace", tid, cond=f"${{race == '{race}'}}", name=flow_name,
         waypoints=[start, (start[0], ty), left(t)])
    flow(f"Flow_{tid[3:]}ToCount", tid, "Task_CountRaceBallots",
         waypoints=[right(t), (count["x"] - 30, ty), (count["x"] - 30, c(count)[1]), left(count)])
flow("Flow_CountToRaceNext", "Task_CountRaceBallots", "Gateway_RaceNext")
flow("Flow_RaceDone", "Gateway_RaceNext", "EndEvent_RaceDone", cond="${raceNext == 'DONE' && unfilledSeats == 0}", name="完成")
user_task("T7_HandleUnfilledSeats", "报告大会选举缺额", RCX + 950, CY + 90, "${secretaryGroup}", "dueT7", "SubProcess_CongressRace",
          listeners=DECISION + UNFILLED,
          doc="R6：另行投票两轮后仍有名额未选满，县委组织部已收到通报；乡党委书记写明缺额的处理意见后报告（R11），大会继续进行。")
node("EndEvent_CongressVacancyReported", "endEvent", "缺额已报告", RCX + 1090, CY + 112, parent="SubProcess_CongressRace")
rn0 = nodes["Gateway_RaceNext"]
flow("Flow_RaceUnfilled", "Gateway_RaceNext", "T7_HandleUnfilledSeats", cond="${raceNext == 'DONE' && unfilledSeats > 0}",
     name="名额未选满", waypoints=[right(rn0), (RCX + 930, c(rn0)[1]), (RCX + 930, CY + 60), (RCX + 1000, CY + 60), (RCX + 1000, CY + 90)])
flow("Flow_VacancyReported", "T7_HandleUnfilledSeats", "EndEvent_CongressVacancyReported")
rv = nodes["T7_RecordRevote"]
flow("Flow_RaceRevote", "Gateway_RaceNext", "T7_RecordRevote", cond="${raceNext == 'REVOTE'}", name="另行投票",
     waypoints=[bottom(nodes["Gateway_RaceNext"]), (bottom(nodes["Gateway_RaceNext"])[0], rv["y"])])
flow("Flow_RevoteToCount", "T7_RecordRevote", "Task_CountRaceBallots",
     waypoints=[left(rv), (c(count)[0], left(rv)[1]), bottom(count)])
rn = nodes["Gateway_RaceNext"]
join = nodes["Gateway_RecordRaceJoin"]
flow("Flow_RaceRecordAgain", "Gateway_RaceNext", "Gateway_RecordRaceJoin", cond="${raceNext == 'RECORD'}", name="选举无效，重新投票",
     waypoints=[top(rn), (top(rn)[0], RCY + 12), (top(join)[0], RCY + 12), top(join)])
node("StartEvent_T7", "startEvent", "大会开幕", T7X + 25, CY - 18, parent="SubProcess_T7")
node("EndEvent_T7Done", "endEvent", "大会闭幕", T7X + T7W - 50, CY - 18, parent="SubProcess_T7")
flow("Flow_T7Start", "StartEvent_T7", "SubProcess_CongressRace")
flow("Flow_T7RacesDone", "SubProcess_CongressRace", "EndEvent_T7Done")
deadline("T7", "SubProcess_T7", "召开党代表大会")
flow("Flow_T6ToT7", "T6_HoldPreparationMeeting", "SubProcess_T7")

# ---------------------------------------------------------------- T8 first plenaries
T8X, T8Y, T8W, T8H = T7X + T7W + 80, MY - 235, 1360, 470
node("SubProcess_T8", "subProcess", "召开两委一次全会", T8X, T8Y, w=T8W, h=T8H,
     body=(f"<bpmn:extensionElements>{step_listeners('T8')}<camunda:inputOutput><camunda:inputParameter name=\"plenaryRaces\">"
           "<camunda:list><camunda:value>disciplineSecretary</camunda:value><camunda:value>disciplineDeputy</camunda:value>"
           "</camunda:list></camunda:inputParameter></camunda:inputOutput></bpmn:extensionElements>"),
     doc="DOMAIN.md T8, R8：大会闭幕后纪委一次全会依次等额选举纪委书记、纪委副书记（plenaryRaces），每项结果提交党委一次全会通过；名额未选出的不提交通过，由县委组织部决定。")
PX, PY, PW, PH = T8X + 80, T8Y + 40, 1200, 390
PCY = PY + 130  # centre line of a plenary race
node("SubProcess_PlenaryRace", "subProcess", "纪委一次全会选举", PX, PY, parent="SubProcess_T8", w=PW, h=PH,
     body=("<bpmn:extensionElements>" + local_vars('approved', 'comment', *TALLY_VARS, 'lastProblem', 'raceStateId', 'raceNext',
                                                   'unfilledSeats', 'candidatesMissing', 'replacements') + "</bpmn:extensionElements>"
           '<bpmn:multiInstanceLoopCharacteristics isSequential="true" camunda:collection="${plenaryRaces}" camunda:elementVariable="race" />'),
     doc="DOMAIN.md R8：纪委书记（县委批准的人选，由党委副书记兼任）、纪委副书记（党委纪检委员）各1名，各自等额选举；选举人为当选纪委委员，会议有效和当选同R6，以纪委委员为基数。")
node("StartEvent_PlenaryRace", "startEvent", "开始本项选举", PX + 20, PCY - 18, parent="SubProcess_PlenaryRace",
     doc="DOMAIN.md R8：变量race为disciplineSecretary（纪委书记）或disciplineDeputy（纪委副书记）。")
node("Task_PrepareDisciplineSecretaryRace", "serviceTask", "准备纪委书记（副书记）选举", PX + 80, PCY - 40, parent="SubProcess_PlenaryRace",
     attrs={"camunda:delegateExpression": "${prepareRaceDelegate}"},
     doc="DOMAIN.md R8：应选1名，候选人为县委批准的该职务人选（或县委指定的人选），须是当选纪委委员；不是的，不准备选票（candidatesMissing）。")
node("Gateway_DisciplineCandidateReady", "exclusiveGateway", "候选人是否已当选纪委委员？", PX + 220, PCY - 25, parent="SubProcess_PlenaryRace",
     doc="DOMAIN.md R8：候选人未当选纪委委员的，不进行选举，由县委组织部决定。")
user_task("T8_RecordDisciplineSecretaryElection", "登记纪委书记（副书记）选举结果", PX + 320, PCY - 40, "${secretaryGroup}", "dueT8",
          "SubProcess_PlenaryRace", doc="DOMAIN.md R8, R10, R13：纪委一次全会无记名投票，登记计票（tally）及监票人、计票人。变量race指明哪一项选举。")
node("Task_CountDisciplineSecretaryBallots", "serviceTask", "计票", PX + 470, PCY - 40, parent="SubProcess_PlenaryRace",
     attrs={"camunda:delegateExpression": "${countBallotsDelegate}"},
     doc="DOMAIN.md R8, R6：法定人数和过半数同R6，以纪委委员为基数；未过半数的另行投票，至多两轮。")
node("Gateway_DisciplineSecretaryElected", "exclusiveGateway", "是否选出？", PX + 620, PCY - 25, parent="SubProcess_PlenaryRace",
     doc="DOMAIN.md R8, R6：选出的提交党委全会通过；投票无效或未过半数的重新投票或另行投票；另行投票后仍未选出的不提交通过，由县委组织部决定。")
user_task("T8_ApproveDisciplineSecretary", "通过纪委书记（副书记）选举结果", PX + 720, PCY - 40, "${secretaryGroup}", "dueT8",
          "SubProcess_PlenaryRace", doc="DOMAIN.md R8, R11：党委一次全会通过纪委书记、纪委副书记的选举结果；只提交已选出的结果。", listeners=DECISION)
node("Gateway_DisciplineSecretaryApproved", "exclusiveGateway", "选举结果是否通过？", PX + 870, PCY - 25, parent="SubProcess_PlenaryRace",
     doc="DOMAIN.md R8, R11：党委全会未通过的，重新选举。")
node("EndEvent_PlenaryRaceDone", "endEvent", "本项选举完成", PX + 970, PCY - 18, parent="SubProcess_PlenaryRace",
     doc="DOMAIN.md R8：选举结果经党委一次全会通过。")
user_task("T8_DecideDisciplineVacancy", "决定纪委书记（副书记）缺额的处理", PX + 595, PCY + 90, COUNTY_GROUP, None,
          "SubProcess_PlenaryRace", listeners=DECISION + UNFILLED,
          doc="DOMAIN.md R8, R11, R14：名额未选出（或候选人未当选纪委委员）的不提交党委全会通过；县委组织部已收到通报，决定从当选纪委委员中提出新的候选人（replacements，写明理由）重新选举，或留待以后的全会补选；期限为3个工作日。")
node("Gateway_NewDisciplineCandidate", "exclusiveGateway", "是否提出新的候选人？", PX + 470, PCY + 105, parent="SubProcess_PlenaryRace",
     doc="DOMAIN.md R8：县委组织部提出新的候选人（approved）则重新选举，否则留待以后的全会补选。")
node("Task_NameDisciplineCandidate", "serviceTask", "登记新的候选人", PX + 80, PCY + 90, parent="SubProcess_PlenaryRace",
     attrs={"camunda:delegateExpression": "${nameCandidatesDelegate}"},
     doc="DOMAIN.md R8, R11：新的候选人须是当选纪委委员，接替原候选人的职务；保存县委指定的候选人后重新准备选举。")
node("EndEvent_DisciplineVacancyKept", "endEvent", "留待以后的全会补选", PX + 477, PCY + 200, parent="SubProcess_PlenaryRace",
     doc="DOMAIN.md R8, T9：名额空缺，结果报告中写明未选出。")
flow("Flow_PlenaryRaceStart", "StartEvent_PlenaryRace", "Task_PrepareDisciplineSecretaryRace")
flow("Flow_T8PrepareToReady", "Task_PrepareDisciplineSecretaryRace", "Gateway_DisciplineCandidateReady")
flow("Flow_DisciplineCandidateReady", "Gateway_DisciplineCandidateReady", "T8_RecordDisciplineSecretaryElection",
     cond="${candidatesMissing == 0}", name="已当选纪委委员")
flow("Flow_DisciplineCandidateNotElected", "Gateway_DisciplineCandidateReady", "T8_DecideDisciplineVacancy",
     cond="${candidatesMissing > 0}", name="未当选纪委委员",
     waypoints=[(PX + 245, PCY + 25), (PX + 245, PCY + 70), (PX + 620, PCY + 70), (PX + 620, PCY + 90)])
flow("Flow_T8RecordToCount", "T8_RecordDisciplineSecretaryElection", "Task_CountDisciplineSecretaryBallots")
flow("Flow_T8CountToGateway", "Task_CountDisciplineSecretaryBallots", "Gateway_DisciplineSecretaryElected")
flow("Flow_DisciplineSecretaryElected", "Gateway_DisciplineSecretaryElected", "T8_ApproveDisciplineSecretary",
     cond="${raceNext == 'DONE' && unfilledSeats == 0}", name="已选出")
flow("Flow_DisciplineSeatUnfilled", "Gateway_DisciplineSecretaryElected", "T8_DecideDisciplineVacancy",
     cond="${raceNext == 'DONE' && unfilledSeats > 0}", name="名额未选出",
     waypoints=[(PX + 645, PCY + 25), (PX + 645, PCY + 90)])
loop_back("Flow_DisciplineSecretaryAgain", "Gateway_DisciplineSecretaryElected", "T8_RecordDisciplineSecretaryElection", PCY - 75,
          cond="${raceNext != 'DONE'}", name="重新投票或另行投票")
flow("Flow_T8ApproveToGateway", "T8_ApproveDisciplineSecretary", "Gateway_DisciplineSecretaryApproved")
flow("Flow_DisciplineSecretaryApproved", "Gateway_DisciplineSecretaryApproved", "EndEvent_PlenaryRaceDone", cond="${approved}", name="通过")
loop_back("Flow_DisciplineSecretaryRejected", "Gateway_DisciplineSecretaryApproved", "Task_PrepareDisciplineSecretaryRace", PCY - 105,
          cond="${!approved}", name="未通过，重新选举")
flow("Flow_VacancyToDecision", "T8_DecideDisciplineVacancy", "Gateway_NewDisciplineCandidate",
     waypoints=[(PX + 595, PCY + 130), (PX + 520, PCY + 130)])
flow("Flow_NewDisciplineCandidate", "Gateway_NewDisciplineCandidate", "Task_NameDisciplineCandidate", cond="${approved}",
     name="提出新的候选人", waypoints=[(PX + 470, PCY + 130), (PX + 180, PCY + 130)])
flow("Flow_DisciplineVacancyKept", "Gateway_NewDisciplineCandidate", "EndEvent_DisciplineVacancyKept", cond="${!approved}",
     name="以后的全会补选", waypoints=[(PX + 495, PCY + 155), (PX + 495, PCY + 200)])
flow("Flow_NewCandidateToPrepare", "Task_NameDisciplineCandidate", "Task_PrepareDisciplineSecretaryRace",
     waypoints=[(PX + 130, PCY + 90), (PX + 130, PCY + 40)])
node("StartEvent_T8", "startEvent", "全会开始", T8X + 25, PCY - 18, parent="SubProcess_T8")
node("EndEvent_T8Done", "endEvent", "全会结束", T8X + T8W - 50, PCY - 18, parent="SubProcess_T8")
flow("Flow_T8Start", "StartEvent_T8", "SubProcess_PlenaryRace")
flow("Flow_T8RacesDone", "SubProcess_PlenaryRace", "EndEvent_T8Done")
deadline("T8", "SubProcess_T8", "召开两委一次全会")
flow("Flow_T7ToT8", "SubProcess_T7", "SubProcess_T8")

# ---------------------------------------------------------------- T9 report
T9X, T9Y, T9W, T9H = T8X + T8W + 80, MY - 120, 690, 220
node("SubProcess_T9", "subProcess", "呈报选举结果", T9X, T9Y, w=T9W, h=T9H,
     body=f"<bpmn:extensionElements>{step_listeners('T9')}{local_vars('approved', 'comment')}</bpmn:extensionElements>",
     doc="DOMAIN.md T9：两委一次全会后及时（3天内）以党委文件形式向县委呈报选举结果；县委组织部审阅。")
node("StartEvent_T9", "startEvent", "开始呈报结果", T9X + 25, MY - 18, parent="SubProcess_T9")
node("Task_CheckElectedCommittee", "serviceTask", "检查当选党委委员结构", T9X + 90, MY - 40, parent="SubProcess_T9",
     attrs={"camunda:delegateExpression": "${checkElectedCommitteeDelegate}"},
     doc="DOMAIN.md R4（第二遍）：对大会实际选出的党委委员再算一次R4（45岁以下不少于50%、至少1名35岁以下、学历、女性、少数民族），结果（committeeFindings）在县委审阅结果报告时作为提示显示，不阻止。")
user_task("T9_SubmitResultReport", "提交选举结果报告", T9X + 240, MY - 40, "${secretaryGroup}", "dueT9", "SubProcess_T9",
          doc="DOMAIN.md T9：提交选举结果报告（reportText）。",
          listeners=REQUIRED)
user_task("T9_AcknowledgeResultReport", "审阅选举结果报告", T9X + 390, MY - 40, "${countyGroup}", "dueT9", "SubProcess_T9",
          doc="DOMAIN.md T9, R4, R11：县委组织部审阅结果报告和当选党委委员结构的提示（R4），确认收到或退回（写明理由）。", listeners=DECISION)
node("Gateway_ReportAcknowledged", "exclusiveGateway", "报告是否确认？", T9X + 540, MY - 25, parent="SubProcess_T9")
node("EndEvent_T9Done", "endEvent", "结果已确认", T9X + 630, MY - 18, parent="SubProcess_T9")
flow("Flow_T9Start", "StartEvent_T9", "Task_CheckElectedCommittee")
flow("Flow_T9CheckToSubmit", "Task_CheckElectedCommittee", "T9_SubmitResultReport")
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
    out_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "bpmn")
    out = os.path.join(out_dir, "townshipReelection.bpmn")
    write_pretty(out, xml)


main()
