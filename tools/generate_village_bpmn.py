#!/usr/bin/env python3
"""Writes bpmn/villageReelection.bpmn (process, Camunda attributes, DI) and the Camunda Forms of its
simple user tasks (bpmn/form_V*.form).

One instance per village or community, started by the township's campaign (POST /api/village-campaigns):
the township guides (group township-<code>), the village runs (group village-<code>). DOMAIN.md V1–V9.
Run: python3 tools/generate_village_bpmn.py
"""
import json
import os

from bpmn_layout import Diagram, TASK_H, EV, c, left, right, top, bottom, local_vars, local_values

HERE = os.path.dirname(os.path.abspath(__file__))
BPMN_DIR = os.path.join(HERE, "..", "bpmn")
d = Diagram()
node, flow, loop_back = d.node, d.flow, d.loop_back

INPUT = ('<camunda:executionListener delegateExpression="${villageInputListener}" event="start" />'
         '<camunda:executionListener delegateExpression="${villageInputListener}" event="end" />')
TALLY_VARS = ("tally", "entitled", "ballotCandidates", "lastProblem", "raceState", "raceNext")
forms = {}  # form id -> (title, components)


def step_listeners(step):
    return (f'<camunda:executionListener expression="${{villageStepTracker.started(execution, \'{step}\')}}" event="start" />'
            f'<camunda:executionListener expression="${{villageStepTracker.completed(execution, \'{step}\')}}" event="end" />')


def deadline(step, host, label, rule):
    """Non-interrupting timer at the step's deadline (V9): flags it overdue, the work goes on."""
    h = d.nodes[host]
    tid = f"Timer_{step.title().replace('_', '')}Deadline"
    bx, by = h["x"] + 10, h["y"] + h["h"] - EV / 2
    node(tid, "boundaryEvent", f"{label}期限已到", bx, by, parent=h["parent"],
         attrs={"attachedToRef": host, "cancelActivity": "false"},
         body=(f'<bpmn:timerEventDefinition id="TimerDef_{step}"><bpmn:timeDate xsi:type="bpmn:tFormalExpression">'
               f'${{due{step}}}</bpmn:timeDate></bpmn:timerEventDefinition>'),
         doc=f"DOMAIN.md V9, {rule}：「{label}」的期限（流程变量due{step}）。非中断：逾期不终止工作，任务保持打开。")
    fid = f"Task_Flag{step.title().replace('_', '')}Overdue"
    fx, fy = h["x"] + 50, h["y"] + h["h"] + 40
    node(fid, "serviceTask", "标记逾期", fx, fy, parent=h["parent"],
         attrs={"camunda:delegateExpression": "${markVillageOverdueDelegate}"},
         body=f'<bpmn:extensionElements><camunda:inputOutput><camunda:inputParameter name="step">{step}</camunda:inputParameter></camunda:inputOutput></bpmn:extensionElements>',
         doc=f"DOMAIN.md V9：「{label}」逾期，在乡镇的进度表上标记，任务仍然打开。")
    eid = f"EndEvent_{step.title().replace('_', '')}OverdueFlagged"
    node(eid, "endEvent", "逾期已标记", fx + 32, fy + TASK_H + 30, parent=h["parent"])
    flow(f"Flow_{step.title().replace('_', '')}TimerToFlag", tid, fid,
         waypoints=[(bx + EV / 2, by + EV), (bx + EV / 2, fy + TASK_H / 2), (fx, fy + TASK_H / 2)])
    flow(f"Flow_{step.title().replace('_', '')}FlagToEnd", fid, eid, waypoints=[bottom(d.nodes[fid]), top(d.nodes[eid])])


def form_attrs(tid):
    if "Review" in tid:
        return {"camunda:formRef": "form_Approval", "camunda:formRefBinding": "latest"}
    if "Record" in tid:
        return {"camunda:formKey": "embedded:/forms/tally.html"}
    if "Nominate" in tid or "Recommend" in tid:
        return {"camunda:formKey": "embedded:/forms/village-candidates.html"}
    return {"camunda:formRef": "form_" + tid, "camunda:formRefBinding": "latest"}


def user_task(tid, name, x, y, group, step, parent=None, doc=None, listeners=""):
    return node(tid, "userTask", name, x, y, parent=parent,
                attrs={"camunda:candidateGroups": group, "camunda:dueDate": f"${{due{step}}}", **form_attrs(tid)},
                body=f"<bpmn:extensionElements>{listeners}{INPUT}</bpmn:extensionElements>", doc=doc)


def form(tid, title, *components):
    forms["form_" + tid] = (title, list(components))


def text_field(key, label, rows=True, required=True):
    return {"type": "textarea" if rows else "textfield", "key": key, "label": label,
            "validate": {"required": required, "maxLength": 20000}}


def confirm(key, label):
    return {"type": "checkbox", "key": key, "label": label, "defaultValue": False}


def number(key, label, minimum=0):
    return {"type": "number", "key": key, "label": label, "validate": {"required": True, "min": minimum}}


TOWNSHIP, VILLAGE = "${townshipGroup}", "${villageGroup}"
MY = 420

# ---------------------------------------------------------------- before the election (V5, V9, V2, V1, V7)
node("StartEvent_VillageCampaignStarted", "startEvent", "村级换届已启动", 60, MY - 18,
     doc="乡镇启动村（社区）两委换届（POST /api/village-campaigns），每个村或社区一个流程实例，业务键<年份>-<村代码>。乡镇指导，村里办理。")
steps = [
    ("V5_EvaluateOutgoingCommittees", "民主测评上届两委成员", TOWNSHIP, "EVALUATION", "V5",
     "DOMAIN.md V5, V9：从德、能、勤、绩、廉等方面对上届两委成员进行民主测评和考察（11月底前）；填写测评情况（evaluationText）。"),
    ("V9_HoldMobilisationMeeting", "召开选举工作动员会", TOWNSHIP, "MOBILISATION", "V9",
     "DOMAIN.md V9：12月12日召开选举工作动员会（确认mobilised）。"),
    ("V5_PublishFinancialAudit", "公布村级财务审计结果", TOWNSHIP, "AUDIT", "V5",
     "DOMAIN.md V5, V9：乡镇组织审计人员审计村（居）财务，12月底前将审计结果向村（居）民公示（auditText，确认auditPublished）。"),
    ("V2_ChooseElectionCommittee", "推选选举委员会", VILLAGE, "ELECTION_COMMITTEE", "V2",
     "DOMAIN.md V2, V9：召开村（居）民代表会议推选村（居）民选举委员会，1月15日前完成（electionCommittee：成员名单）。"),
    ("V1_RegisterVoters", "登记选民并公布选民名单", VILLAGE, "REGISTRATION", "V1",
     "DOMAIN.md V1：导入选民登记表（POST /api/villages/{业务键}/register，CSV或XLSX），核对不重登、不漏登、不错登（重复身份证号、未满十八周岁、在两个村登记、身份证号错误均列出），选举日前张榜公布选民名单（GET /api/villages/{业务键}/voters.xlsx；确认listPublished）。"),
    ("V7_ElectRepresentatives", "推选小组长和村（居）民代表", VILLAGE, "REPRESENTATIVES", "V7",
     "DOMAIN.md V7, V9：召开户代表会议推选村（居）民小组长和村（居）民代表，2月20日前完成；村民代表按每15户推选1名（representatives、groupLeaders）。社区的居民代表会议提名并选举居民委员会（V3）。"),
]
x = 140
prev = "StartEvent_VillageCampaignStarted"
for tid, name, group, step, rule, doc in steps:
    user_task(tid, name, x, MY - 40, group, step, doc=doc, listeners=step_listeners(step))
    deadline(step, tid, name, rule)
    flow(f"Flow_{prev.split('_', 1)[1]}To{tid.split('_', 1)[1]}", prev, tid)
    prev = tid
    x += 180

form("V5_EvaluateOutgoingCommittees", "### 民主测评（V5）\n对上届村（居）两委班子成员从德、能、勤、绩、廉等方面进行考核评价。",
     text_field("evaluationText", "测评和考察情况"))
form("V9_HoldMobilisationMeeting", "### 选举工作动员会（V9）\n召开村（社区）两委换届选举工作动员会。",
     confirm("mobilised", "已召开动员会"))
form("V5_PublishFinancialAudit", "### 财务审计（V5）\n审计村（居）财务，并将审计结果及报告向村（居）民公示。",
     text_field("auditText", "审计结果"), confirm("auditPublished", "审计结果已公示"))
form("V2_ChooseElectionCommittee", "### 选举委员会（V2）\n由村（居）民代表会议推选村（居）民选举委员会。",
     text_field("electionCommittee", "选举委员会成员（主任、委员姓名）"))
form("V1_RegisterVoters", "### 选民登记（V1）\n先导入选民登记表（CSV或XLSX，表头含“姓名”“身份证号码”），系统列出重复登记、未满十八周岁、"
     "已在其他村登记和身份证号码错误的人员；核对无误后下载选民名单（voters.xlsx）张榜公布。",
     confirm("listPublished", "选民名单已张榜公布"))
form("V7_ElectRepresentatives", "### 小组长和代表（V7）\n按户代表会议推选的结果填写；村民代表每15户推选1名。",
     number("representatives", "村（居）民代表人数", 1), number("groupLeaders", "村（居）民小组长人数"))

# ---------------------------------------------------------------- V3, V4: the committee election
X0, W0, H0 = x + 20, 1220, 440
Y0 = MY - 220
UY, LY = MY - 110, MY + 110
node("SubProcess_CommitteeElection", "subProcess", "提名并选举村（居）民委员会", X0, Y0, w=W0, h=H0,
     body=("<bpmn:extensionElements>" + step_listeners("COMMITTEE_ELECTION")
           + local_vars(*TALLY_VARS).replace("</camunda:inputOutput>", local_values(race="villageCommittee") + "</camunda:inputOutput>")
           + "</bpmn:extensionElements>"),
     doc="DOMAIN.md V3, V4, V6, V9：村采用提名大会与选举大会合并进行的“二合一”方式；社区由居民代表会议分两次会议提名和选举。"
         "秘密写票、无记名投票、公开计票、当场公布结果。3月15日前选出委员会成员。")
node("StartEvent_CommitteeElection", "startEvent", "开始提名", X0 + 30, MY - 18, parent="SubProcess_CommitteeElection")
node("Gateway_Variant", "exclusiveGateway", "村还是社区？", X0 + 100, MY - 25, parent="SubProcess_CommitteeElection",
     doc="DOMAIN.md V3：变量variant为VILLAGE（村，二合一）或COMMUNITY（社区，两次会议）。")
user_task("V3_NominateAtCombinedMeeting", "在二合一大会上提名候选人", X0 + 200, UY - 40, VILLAGE, "COMMITTEE_ELECTION",
          "SubProcess_CommitteeElection",
          doc="DOMAIN.md V3：村民选举大会上直接提名候选人，随即投票（二合一）；提名主任、副主任、委员候选人（committeeCandidates）和应选名额（committeeSeats，3至7名），候选人多于应选名额。")
user_task("V3_NominateAtRepresentativeMeeting", "召开居民代表会议提名候选人", X0 + 200, LY - 40, VILLAGE, "COMMITTEE_ELECTION",
          "SubProcess_CommitteeElection",
          doc="DOMAIN.md V3：社区先召开居民代表会议提名大会，提名候选人（committeeCandidates）和应选名额（committeeSeats）。")
user_task("V3_PublishCandidates", "公布正式候选人", X0 + 350, LY - 40, VILLAGE, "COMMITTEE_ELECTION", "SubProcess_CommitteeElection",
          doc="DOMAIN.md V3：提名大会后公布正式候选人名单，再另行召开选举大会（确认candidatesPublished）。")
node("Gateway_Nominated", "exclusiveGateway", "", X0 + 500, MY - 25, parent="SubProcess_CommitteeElection")
node("Task_PrepareCommitteeRace", "serviceTask", "准备选举", X0 + 590, MY - 40, parent="SubProcess_CommitteeElection",
     attrs={"camunda:delegateExpression": "${prepareVillageRaceDelegate}"},
     doc="DOMAIN.md V1, V4：应选名额和候选人；应参加人数为村的登记选民（V1）或社区的居民代表（V7）。")
user_task("V4_RecordCommitteeElection", "登记选举计票结果", X0 + 740, MY - 40, VILLAGE, "COMMITTEE_ELECTION",
          "SubProcess_CommitteeElection",
          doc="DOMAIN.md V4, V6, R10：选举日秘密写票、无记名投票、公开计票，登记计票结果（tally）。参加投票未过半数的选举无效，另定选举日重新登记（lastProblem）。")
node("Task_CountCommitteeBallots", "serviceTask", "计票", X0 + 890, MY - 40, parent="SubProcess_CommitteeElection",
     attrs={"camunda:delegateExpression": "${countVillageBallotsDelegate}"},
     doc="DOMAIN.md V4：应参加者过半数参加投票选举有效；候选人获得参加投票者过半数的选票始得当选；名额未满的另行选举，得票多者当选，但不得少于已投选票数的三分之一。")
node("Gateway_CommitteeElectionNext", "exclusiveGateway", "选举是否完成？", X0 + 1040, MY - 25, parent="SubProcess_CommitteeElection")
node("EndEvent_CommitteeElected", "endEvent", "委员会已选出", X0 + 1150, MY - 18, parent="SubProcess_CommitteeElection")
user_task("V4_RecordRunOff", "登记另行选举计票结果", X0 + 1015, LY - 40, VILLAGE, "COMMITTEE_ELECTION", "SubProcess_CommitteeElection",
          doc="DOMAIN.md V4：未选足的名额另行选举，候选人为第一次投票未当选者中得票多的（比名额多一人）；得票多者当选，但不得少于已投选票数的三分之一。")
flow("Flow_CommitteeStart", "StartEvent_CommitteeElection", "Gateway_Variant")
flow("Flow_VariantVillage", "Gateway_Variant", "V3_NominateAtCombinedMeeting", cond="${variant == 'VILLAGE'}", name="村（二合一）")
flow("Flow_VariantCommunity", "Gateway_Variant", "V3_NominateAtRepresentativeMeeting", cond="${variant == 'COMMUNITY'}",
     name="社区（两次会议）")
flow("Flow_CombinedToNominated", "V3_NominateAtCombinedMeeting", "Gateway_Nominated")
flow("Flow_RepresentativeMeetingToPublish", "V3_NominateAtRepresentativeMeeting", "V3_PublishCandidates")
flow("Flow_PublishToNominated", "V3_PublishCandidates", "Gateway_Nominated")
flow("Flow_NominatedToPrepare", "Gateway_Nominated", "Task_PrepareCommitteeRace")
flow("Flow_PrepareToRecord", "Task_PrepareCommitteeRace", "V4_RecordCommitteeElection")
flow("Flow_RecordToCount", "V4_RecordCommitteeElection", "Task_CountCommitteeBallots")
flow("Flow_CountToNext", "Task_CountCommitteeBallots", "Gateway_CommitteeElectionNext")
flow("Flow_CommitteeDone", "Gateway_CommitteeElectionNext", "EndEvent_CommitteeElected", cond="${raceNext == 'DONE'}", name="已选出")
runoff, count, gnext = d.nodes["V4_RecordRunOff"], d.nodes["Task_CountCommitteeBallots"], d.nodes["Gateway_CommitteeElectionNext"]
flow("Flow_CommitteeRunOff", "Gateway_CommitteeElectionNext", "V4_RecordRunOff", cond="${raceNext == 'REVOTE'}", name="另行选举",
     waypoints=[bottom(gnext), (bottom(gnext)[0], runoff["y"])])
flow("Flow_RunOffToCount", "V4_RecordRunOff", "Task_CountCommitteeBallots",
     waypoints=[left(runoff), (c(count)[0], left(runoff)[1]), bottom(count)])
loop_back("Flow_CommitteeElectionAgain", "Gateway_CommitteeElectionNext", "V4_RecordCommitteeElection", MY - 85,
          cond="${raceNext == 'RECORD'}", name="选举无效，另定选举日")
deadline("COMMITTEE_ELECTION", "SubProcess_CommitteeElection", "提名并选举村（居）民委员会", "V3")
flow("Flow_RepresentativesToCommitteeElection", "V7_ElectRepresentatives", "SubProcess_CommitteeElection")

form("V3_PublishCandidates", "### 公布正式候选人（V3）\n社区提名大会后公布正式候选人名单，再召开选举大会。",
     confirm("candidatesPublished", "正式候选人名单已公布"))

# ---------------------------------------------------------------- the Party branch: 两推一选, 双直选
X1 = X0 + W0 + 80
W1 = 1220
node("SubProcess_BranchElection", "subProcess", "党支部换届选举", X1, Y0, w=W1, h=H0,
     body=("<bpmn:extensionElements>" + step_listeners("BRANCH_ELECTION") + local_vars("approved", "comment")
           + "</bpmn:extensionElements>"),
     doc="DOMAIN.md V3（篇三、篇四）：村（居）委会换届后进行党支部换届。“两推一选”：党员推荐和群众推荐支部委员候选人，乡镇党委审查，党员大会“双直选”差额选举支部委员和书记。法定人数和过半数同R3。")
node("StartEvent_Branch", "startEvent", "开始支部换届", X1 + 30, MY - 18, parent="SubProcess_BranchElection")
user_task("Branch_RecommendCandidates", "汇总两推结果提出支委候选人", X1 + 100, MY - 40, VILLAGE, "BRANCH_ELECTION",
          "SubProcess_BranchElection",
          doc="两推一选（篇三）：党员推荐、群众推荐，提出支部委员候选人（branchCandidates）、应选名额（branchSeats）和党员人数（partyMembers）；候选人至少多于名额20%（R3）。")
user_task("Branch_ReviewCandidates", "审查支委候选人", X1 + 250, MY - 40, TOWNSHIP, "BRANCH_ELECTION", "SubProcess_BranchElection",
          doc="两推一选、R11：乡镇党委审查支部委员候选人，同意或退回（写明理由）。")
node("Gateway_BranchCandidatesApproved", "exclusiveGateway", "候选人是否同意？", X1 + 400, MY - 25, parent="SubProcess_BranchElection")
SX, SW, SH = X1 + 490, 640, 280
node("SubProcess_BranchRace", "subProcess", "党员大会选举", SX, MY - 140, parent="SubProcess_BranchElection", w=SW, h=SH,
     body=("<bpmn:extensionElements>" + local_vars(*TALLY_VARS) + "</bpmn:extensionElements>"
           '<bpmn:multiInstanceLoopCharacteristics isSequential="true" camunda:collection="${branchRaces}" camunda:elementVariable="race" />'),
     doc="双直选（篇四）：党员大会依次差额选举支部委员（branchCommittee）和书记（branchSecretary，在当选委员中产生）。超过应到党员五分之四到会有效，赞成票超过实到半数当选（R3）。")
node("StartEvent_BranchRace", "startEvent", "开始本项选举", SX + 20, MY - 18, parent="SubProcess_BranchRace")
node("Task_PrepareBranchRace", "serviceTask", "准备本项选举", SX + 80, MY - 40, parent="SubProcess_BranchRace",
     attrs={"camunda:delegateExpression": "${prepareVillageRaceDelegate}"}, doc="R3：应选名额、候选人和应到党员人数。")
user_task("Branch_RecordElection", "登记党员大会计票结果", SX + 220, MY - 40, VILLAGE, "BRANCH_ELECTION", "SubProcess_BranchRace",
          doc="R3, R10：登记计票结果（tally）；变量race指明是支部委员还是书记的选举。")
node("Task_CountBranchBallots", "serviceTask", "计票", SX + 360, MY - 40, parent="SubProcess_BranchRace",
     attrs={"camunda:delegateExpression": "${countVillageBallotsDelegate}"},
     doc="R3, R6, R10：四分之五法定人数，过半数当选，票数相等者重新投票，名额未满的另行投票。")
node("Gateway_BranchRaceNext", "exclusiveGateway", "本项选举是否完成？", SX + 500, MY - 25, parent="SubProcess_BranchRace")
node("EndEvent_BranchRaceDone", "endEvent", "本项选举完成", SX + 590, MY - 18, parent="SubProcess_BranchRace")
flow("Flow_BranchRaceStart", "StartEvent_BranchRace", "Task_PrepareBranchRace")
flow("Flow_BranchPrepareToRecord", "Task_PrepareBranchRace", "Branch_RecordElection")
flow("Flow_BranchRecordToCount", "Branch_RecordElection", "Task_CountBranchBallots")
flow("Flow_BranchCountToNext", "Task_CountBranchBallots", "Gateway_BranchRaceNext")
flow("Flow_BranchRaceDone", "Gateway_BranchRaceNext", "EndEvent_BranchRaceDone", cond="${raceNext == 'DONE'}", name="完成")
loop_back("Flow_BranchRaceAgain", "Gateway_BranchRaceNext", "Branch_RecordElection", MY + 90, cond="${raceNext != 'DONE'}",
          name="重新投票或另行投票")
node("EndEvent_BranchElected", "endEvent", "支部已选出", SX + SW + 40, MY - 18, parent="SubProcess_BranchElection")
flow("Flow_BranchStart", "StartEvent_Branch", "Branch_RecommendCandidates")
flow("Flow_BranchRecommendToReview", "Branch_RecommendCandidates", "Branch_ReviewCandidates")
flow("Flow_BranchReviewToGateway", "Branch_ReviewCandidates", "Gateway_BranchCandidatesApproved")
flow("Flow_BranchCandidatesApproved", "Gateway_BranchCandidatesApproved", "SubProcess_BranchRace", cond="${approved}", name="同意")
loop_back("Flow_BranchCandidatesReturned", "Gateway_BranchCandidatesApproved", "Branch_RecommendCandidates", MY - 170,
          cond="${!approved}", name="退回")
flow("Flow_BranchRaceToEnd", "SubProcess_BranchRace", "EndEvent_BranchElected")
deadline("BRANCH_ELECTION", "SubProcess_BranchElection", "党支部换届选举", "V3")
flow("Flow_CommitteeToBranch", "SubProcess_CommitteeElection", "SubProcess_BranchElection")

# ---------------------------------------------------------------- V7 set-up, V8 report
X2 = X1 + W1 + 80
user_task("V7_SetUpOrganisations", "健全村（居）下属组织", X2, MY - 40, VILLAGE, "SET_UP",
          doc="DOMAIN.md V7：新一届村（居）民代表会议产生民主理财小组（financialGroup），建立人民调解、治安保卫、计划生育等工作委员会（确认subCommitteesSetUp）。",
          listeners=step_listeners("SET_UP"))
deadline("SET_UP", "V7_SetUpOrganisations", "健全村（居）下属组织", "V7")
flow("Flow_BranchToSetUp", "SubProcess_BranchElection", "V7_SetUpOrganisations")
form("V7_SetUpOrganisations", "### 健全下属组织（V7）\n召开新一届村（居）民代表会议，产生民主理财小组，建立人民调解、治安保卫、计划生育等工作委员会。",
     text_field("financialGroup", "民主理财小组成员"), confirm("subCommitteesSetUp", "人民调解、治安保卫、计划生育等工作委员会已建立"))
node("Task_ComputeOutcome", "serviceTask", "汇总换届结果", X2 + 160, MY - 40,
     attrs={"camunda:delegateExpression": "${computeVillageOutcomeDelegate}"},
     doc="DOMAIN.md V8：书记、主任“一肩挑”，委员会中的女性成员，两委交叉任职，是否另行选举（outcomeText）。")
flow("Flow_SetUpToOutcome", "V7_SetUpOrganisations", "Task_ComputeOutcome")
X3 = X2 + 320
node("SubProcess_Report", "subProcess", "报告换届结果", X3, MY - 120, w=540, h=240,
     body=f"<bpmn:extensionElements>{step_listeners('REPORT')}{local_vars('approved', 'comment')}</bpmn:extensionElements>",
     doc="DOMAIN.md V8：村（社区）向乡镇报告换届结果，乡镇审阅。")
node("StartEvent_Report", "startEvent", "开始报告", X3 + 25, MY - 18, parent="SubProcess_Report")
user_task("V8_SubmitOutcomeReport", "提交换届结果报告", X3 + 90, MY - 40, VILLAGE, "REPORT", "SubProcess_Report",
          doc="DOMAIN.md V8：提交换届结果报告（reportText），附系统汇总的结果（outcomeText）。")
user_task("V8_ReviewOutcomeReport", "审阅换届结果报告", X3 + 240, MY - 40, TOWNSHIP, "REPORT", "SubProcess_Report",
          doc="DOMAIN.md V8, R11：乡镇确认或退回（写明理由）。")
node("Gateway_ReportAccepted", "exclusiveGateway", "报告是否确认？", X3 + 390, MY - 25, parent="SubProcess_Report")
node("EndEvent_ReportAccepted", "endEvent", "报告已确认", X3 + 480, MY - 18, parent="SubProcess_Report")
flow("Flow_ReportStart", "StartEvent_Report", "V8_SubmitOutcomeReport")
flow("Flow_ReportSubmitToReview", "V8_SubmitOutcomeReport", "V8_ReviewOutcomeReport")
flow("Flow_ReportReviewToGateway", "V8_ReviewOutcomeReport", "Gateway_ReportAccepted")
flow("Flow_ReportAccepted", "Gateway_ReportAccepted", "EndEvent_ReportAccepted", cond="${approved}", name="确认")
loop_back("Flow_ReportReturned", "Gateway_ReportAccepted", "V8_SubmitOutcomeReport", MY - 85, cond="${!approved}", name="退回修改")
deadline("REPORT", "SubProcess_Report", "报告换届结果", "V8")
flow("Flow_OutcomeToReport", "Task_ComputeOutcome", "SubProcess_Report")
node("EndEvent_VillageReelectionCompleted", "endEvent", "村级换届已完成", X3 + 600, MY - 18)
flow("Flow_ReportToEnd", "SubProcess_Report", "EndEvent_VillageReelectionCompleted")
form("V8_SubmitOutcomeReport", "### 换届结果报告（V8）\n系统汇总的结果如下，请核对后填写报告正文。",
     {"type": "textarea", "key": "outcomeText", "label": "系统汇总的换届结果", "readonly": True},
     text_field("reportText", "报告正文"))


def write_form(form_id, title, components):
    items = [{"type": "text", "text": title, "id": "Field_Title"}]
    for i, comp in enumerate(components):
        items.append({**comp, "id": f"Field_{i + 1}"})
    content = {"id": form_id, "type": "default", "executionPlatform": "Camunda Platform", "executionPlatformVersion": "7.24.0",
               "exporter": {"name": "tools/generate_village_bpmn.py", "version": "1"}, "schemaVersion": 16, "components": items}
    with open(os.path.join(BPMN_DIR, form_id + ".form"), "w", encoding="utf-8") as fh:
        json.dump(content, fh, ensure_ascii=False, indent=2)
        fh.write("\n")


def main():
    d.write(os.path.join(BPMN_DIR, "villageReelection.bpmn"), "villageReelection", "村（社区）两委换届选举",
            "DOMAIN.md V1–V9：一个村或社区的两委换届全过程。乡镇指导（township-<代码>组），村里办理（village-<代码>组）。"
            "每一步都有V9的期限（非中断定时器标记逾期）；计票规则见V4（村、社区）和R3（党支部）。",
            "tools/generate_village_bpmn.py",
            extra_process_attrs=' camunda:historyTimeToLive="P1825D" camunda:versionTag="1"')
    for form_id, (title, components) in forms.items():
        write_form(form_id, title, components)


main()
