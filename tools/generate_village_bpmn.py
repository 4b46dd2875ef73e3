#!/usr/bin/env python3
"""Writes bpmn/villageReelection.bpmn (process, Camunda attributes, DI). Every user task has an embedded
form (src/main/resources/static/forms/, camunda:formKey): the village's steps, the register, the candidate
lists, and the township's reviews and ballots shared with the township process (review.html, tally.html).

One instance per village or community, started by the township's campaign (POST /api/village-campaigns):
the township guides (group township-<code>), the village runs (group village-<code>). DOMAIN.md V1–V11.
Run: python3 tools/generate_village_bpmn.py
"""
import os
import sys

from bpmn_layout import Diagram, TASK_H, EV, c, left, right, top, bottom, local_vars, local_values

HERE = os.path.dirname(os.path.abspath(__file__))
BPMN_DIR = os.path.join(HERE, "..", "bpmn")
d = Diagram()
node, flow, loop_back = d.node, d.flow, d.loop_back

INPUT = ('<camunda:executionListener delegateExpression="${villageInputListener}" event="start" />'
         '<camunda:executionListener delegateExpression="${villageInputListener}" event="end" />')
# a race's variables, local to it: the ballot (typed or as an uploaded CSV file, R10), what the tally form
# shows, what comes next and the seats its last ballot left vacant
TALLY_VARS = ("tally", "ballotsCsv", "entitled", "ballotCandidates", "lastProblem", "raceStateId", "raceNext", "unfilledSeats")

# The variables each user task takes: its form's fields, and nothing else (R11; TaskInputs and the
# REST filter refuse any other). A user task without an entry here takes no variables at all.
APPROVAL_INPUTS = ("approved", "comment")
TALLY_INPUTS = ("tally", "ballotsCsv")
TASK_INPUTS = {
    "V5_EvaluateOutgoingCommittees": ("evaluationText",),
    "V9_HoldMobilisationMeeting": ("mobilised",),
    "V5_PublishFinancialAudit": ("auditText", "auditPublished"),
    "V2_ChooseElectionCommittee": ("electionCommittee",),
    "V1_RegisterVoters": ("listPublished",),
    "V7_ElectRepresentatives": ("representatives", "groupLeaders"),
    "V3_NominateAtCombinedMeeting": ("committeeCandidates", "committeeSeats"),
    "V3_NominateAtRepresentativeMeeting": ("committeeCandidates", "committeeSeats"),
    "V3_PublishCandidates": ("candidatesPublished",),
    "V4_RecordCommitteeElection": TALLY_INPUTS,
    "V4_RecordRunOff": TALLY_INPUTS,
    "V4_HandleUnfilledSeats": APPROVAL_INPUTS,
    "Branch_RecommendCandidates": ("branchCandidates", "branchSeats", "partyMembers"),
    "Branch_ReviewCandidates": APPROVAL_INPUTS,
    "Branch_RecordElection": TALLY_INPUTS,
    "Branch_HandleUnfilledSeats": APPROVAL_INPUTS,
    "V7_SetUpOrganisations": ("financialGroup", "subCommitteesSetUp"),
    "V8_SubmitOutcomeReport": ("reportText",),
    "V8_ReviewOutcomeReport": APPROVAL_INPUTS,
}


def task_inputs(tid):
    """The declaration the engine reads back: <camunda:property name="inputs" value="a,b" />."""
    if tid not in TASK_INPUTS:
        return ""
    return f'<camunda:properties><camunda:property name="inputs" value="{",".join(TASK_INPUTS[tid])}" /></camunda:properties>'


def step_listeners(step):
    return (f'<camunda:executionListener expression="${{villageStepTracker.started(execution, \'{step}\')}}" event="start" />'
            f'<camunda:executionListener expression="${{villageStepTracker.completed(execution, \'{step}\')}}" event="end" />')


# a failing deadline job is retried three times, ten minutes apart, before it becomes an incident (as the township's)
RETRY = ('<bpmn:extensionElements><camunda:failedJobRetryTimeCycle>R3/PT10M</camunda:failedJobRetryTimeCycle>'
         '</bpmn:extensionElements>')


def deadline(step, host, label, rule):
    """Non-interrupting timer at the step's deadline (V9): flags it overdue, the work goes on."""
    h = d.nodes[host]
    tid = f"Timer_{step.title().replace('_', '')}Deadline"
    bx, by = h["x"] + 10, h["y"] + h["h"] - EV / 2
    node(tid, "boundaryEvent", f"{label}期限已到", bx, by, parent=h["parent"],
         attrs={"attachedToRef": host, "cancelActivity": "false"},
         body=(RETRY + f'<bpmn:timerEventDefinition id="TimerDef_{step}"><bpmn:timeDate xsi:type="bpmn:tFormalExpression">'
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


# a village's own steps share one form (its fields by task), the register has its own
FORMS = {"V1_RegisterVoters": "village-register"}


def form_of(tid):
    """The embedded form (static/forms/<name>.html) that Tasklist shows for a task."""
    if tid in FORMS:
        return FORMS[tid]
    if "Review" in tid or "Handle" in tid:
        return "review"
    if "Record" in tid:
        return "tally"
    if "Nominate" in tid or "Recommend" in tid:
        return "village-candidates"
    return "village-steps"


def form_attrs(tid):
    return {"camunda:formKey": f"embedded:/forms/{form_of(tid)}.html"}


def user_task(tid, name, x, y, group, step, parent=None, doc=None, listeners=""):
    return node(tid, "userTask", name, x, y, parent=parent,
                attrs={"camunda:candidateGroups": group, "camunda:dueDate": f"${{due{step}}}", **form_attrs(tid)},
                body=f"<bpmn:extensionElements>{task_inputs(tid)}{listeners}{INPUT}</bpmn:extensionElements>", doc=doc)


# a race ended with seats still vacant: the township's board shows 需处理 until the township has decided
UNFILLED = ('<camunda:executionListener delegateExpression="${villageUnfilledSeatsListener}" event="start" />'
            '<camunda:executionListener delegateExpression="${villageUnfilledSeatsListener}" event="end" />')


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
]
x = 140
prev = "StartEvent_VillageCampaignStarted"
for tid, name, group, step, rule, doc in steps:
    user_task(tid, name, x, MY - 40, group, step, doc=doc, listeners=step_listeners(step))
    deadline(step, tid, name, rule)
    flow(f"Flow_{prev.split('_', 1)[1]}To{tid.split('_', 1)[1]}", prev, tid)
    prev = tid
    x += 180

# ---------------------------------------------------------------- V7: representatives before or after the committee
# 篇四 chooses representatives and group leaders before the new committee, 篇三 after it; the village campaign says
# which (representativesFirst). A community electing at its residents' representatives meeting needs them first (V3).
node("Gateway_RepresentativesOrder", "exclusiveGateway", "代表何时推选？", x - 20, MY - 25,
     doc="DOMAIN.md V7：换届设置representativesOrder。BEFORE_COMMITTEE（篇四）：先推选小组长和代表，再选举委员会；"
         "AFTER_COMMITTEE（篇三）：先选举委员会，再推选小组长和代表（变量representativesFirst）。")
flow("Flow_RegisterVotersToRepresentativesOrder", prev, "Gateway_RepresentativesOrder")
x += 70
user_task("V7_ElectRepresentatives", "推选小组长和村（居）民代表", x, MY - 40, VILLAGE, "REPRESENTATIVES",
          doc="DOMAIN.md V7, V9：召开户代表会议推选村（居）民小组长和村（居）民代表（representatives、groupLeaders），村民代表按每15户推选1名。"
              "篇四在委员会选举之前（2月20日前），篇三在委员会选出之后；社区在居民代表会议上选举居民委员会的，须先推选代表（V3）。",
          listeners=step_listeners("REPRESENTATIVES"))
deadline("REPRESENTATIVES", "V7_ElectRepresentatives", "推选小组长和村（居）民代表", "V7")
flow("Flow_RepresentativesFirst", "Gateway_RepresentativesOrder", "V7_ElectRepresentatives", cond="${representativesFirst}",
     name="先推选代表（篇四）")
x += 160
node("Gateway_RepresentativesChosen", "exclusiveGateway", "委员会是否已选出？", x, MY - 25,
     doc="DOMAIN.md V7：先推选代表的，接着选举委员会；委员会已选出的（篇三），接着进行党支部换届（V10）。")
flow("Flow_RepresentativesToGateway", "V7_ElectRepresentatives", "Gateway_RepresentativesChosen")
x += 90

# ---------------------------------------------------------------- V3, V4: the committee election
X0, W0, H0 = x + 20, 1370, 440
Y0 = MY - 220
UY, LY = MY - 110, MY + 110
node("SubProcess_CommitteeElection", "subProcess", "提名并选举村（居）民委员会", X0, Y0, w=W0, h=H0,
     body=("<bpmn:extensionElements>" + step_listeners("COMMITTEE_ELECTION")
           + local_vars(*TALLY_VARS, "approved", "comment")
           .replace("</camunda:inputOutput>", local_values(race="villageCommittee") + "</camunda:inputOutput>")
           + "</bpmn:extensionElements>"),
     doc="DOMAIN.md V3, V4, V6, V9：村采用提名大会与选举大会合并进行的“二合一”方式；社区分两次会议提名和选举，"
         "在居民会议或（经决定）居民代表会议上选举居民委员会（electionMeeting）。"
         "秘密写票、无记名投票、公开计票、当场公布结果。3月15日前选出委员会成员。")
node("StartEvent_CommitteeElection", "startEvent", "开始提名", X0 + 30, MY - 18, parent="SubProcess_CommitteeElection")
node("Gateway_Variant", "exclusiveGateway", "村还是社区？", X0 + 100, MY - 25, parent="SubProcess_CommitteeElection",
     doc="DOMAIN.md V3：变量variant为VILLAGE（村，二合一）或COMMUNITY（社区，两次会议，居民会议或居民代表会议）。")
user_task("V3_NominateAtCombinedMeeting", "在二合一大会上提名候选人", X0 + 200, UY - 40, VILLAGE, "COMMITTEE_ELECTION",
          "SubProcess_CommitteeElection",
          doc="DOMAIN.md V3：村民选举大会上直接提名候选人，随即投票（二合一）；提名主任、副主任、委员候选人（committeeCandidates）和应选名额（committeeSeats，3至7名），候选人多于应选名额。")
user_task("V3_NominateAtRepresentativeMeeting", "召开提名会议提名候选人", X0 + 200, LY - 40, VILLAGE, "COMMITTEE_ELECTION",
          "SubProcess_CommitteeElection",
          doc="DOMAIN.md V3：社区先召开提名会议（居民会议或居民代表会议，按换届设置的electionMeeting），提名候选人（committeeCandidates）和应选名额（committeeSeats，5至9名），候选人多于应选名额。")
user_task("V3_PublishCandidates", "公布正式候选人", X0 + 350, LY - 40, VILLAGE, "COMMITTEE_ELECTION", "SubProcess_CommitteeElection",
          doc="DOMAIN.md V3：提名会议后公布正式候选人名单，再另行召开居民会议或居民代表会议选举（确认candidatesPublished）。")
node("Gateway_Nominated", "exclusiveGateway", "", X0 + 500, MY - 25, parent="SubProcess_CommitteeElection")
node("Task_PrepareCommitteeRace", "serviceTask", "准备选举", X0 + 590, MY - 40, parent="SubProcess_CommitteeElection",
     attrs={"camunda:delegateExpression": "${prepareVillageRaceDelegate}"},
     doc="DOMAIN.md V1, V3, V4：应选名额和候选人；应参加人数为村和在居民会议上选举的社区的登记选民（V1），在居民代表会议上选举的社区的居民代表（V7）。")
user_task("V4_RecordCommitteeElection", "登记选举计票结果", X0 + 740, MY - 40, VILLAGE, "COMMITTEE_ELECTION",
          "SubProcess_CommitteeElection",
          doc="DOMAIN.md V4, V6, R10：选举日秘密写票、无记名投票、公开计票，登记计票结果（tally）。参加投票未过半数的选举无效，另定选举日重新登记（lastProblem）。")
node("Task_CountCommitteeBallots", "serviceTask", "计票", X0 + 890, MY - 40, parent="SubProcess_CommitteeElection",
     attrs={"camunda:delegateExpression": "${countVillageBallotsDelegate}"},
     doc="DOMAIN.md V4：应参加者过半数参加投票选举有效；候选人获得参加投票者过半数的选票始得当选；名额未满的另行选举，得票多者当选，但不得少于已投选票数的三分之一。")
node("Gateway_CommitteeElectionNext", "exclusiveGateway", "选举是否完成？", X0 + 1040, MY - 25, parent="SubProcess_CommitteeElection")
node("EndEvent_CommitteeElected", "endEvent", "委员会已选出", X0 + 1300, MY - 18, parent="SubProcess_CommitteeElection")
user_task("V4_HandleUnfilledSeats", "处理委员会缺额", X0 + 1150, UY - 40, TOWNSHIP, "COMMITTEE_ELECTION", "SubProcess_CommitteeElection",
          listeners=UNFILLED,
          doc="DOMAIN.md V4, V8, R11：另行选举后仍有名额未选满，缺额保留，乡镇的村级换届看板显示“需处理”；指导本村换届的乡镇党委写明缺额的处理意见"
              "（例如由以后的村（居）民会议或代表会议补选），换届继续进行，结果报告中写明缺额（V8）。")
node("EndEvent_CommitteeVacancyKept", "endEvent", "缺额已处理", X0 + 1300, UY - 18, parent="SubProcess_CommitteeElection")
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
flow("Flow_CommitteeDone", "Gateway_CommitteeElectionNext", "EndEvent_CommitteeElected",
     cond="${raceNext == 'DONE' && unfilledSeats == 0}", name="已选出")
runoff, count, gnext = d.nodes["V4_RecordRunOff"], d.nodes["Task_CountCommitteeBallots"], d.nodes["Gateway_CommitteeElectionNext"]
flow("Flow_CommitteeUnfilled", "Gateway_CommitteeElectionNext", "V4_HandleUnfilledSeats",
     cond="${raceNext == 'DONE' && unfilledSeats > 0}", name="名额未选满",
     waypoints=[right(gnext), (X0 + 1120, right(gnext)[1]), (X0 + 1120, UY), (X0 + 1150, UY)])
flow("Flow_CommitteeVacancyKept", "V4_HandleUnfilledSeats", "EndEvent_CommitteeVacancyKept")
flow("Flow_CommitteeRunOff", "Gateway_CommitteeElectionNext", "V4_RecordRunOff", cond="${raceNext == 'REVOTE'}", name="另行选举",
     waypoints=[bottom(gnext), (bottom(gnext)[0], runoff["y"])])
flow("Flow_RunOffToCount", "V4_RecordRunOff", "Task_CountCommitteeBallots",
     waypoints=[left(runoff), (c(count)[0], left(runoff)[1]), bottom(count)])
loop_back("Flow_CommitteeElectionAgain", "Gateway_CommitteeElectionNext", "V4_RecordCommitteeElection", MY - 85,
          cond="${raceNext == 'RECORD'}", name="选举无效，另定选举日")
deadline("COMMITTEE_ELECTION", "SubProcess_CommitteeElection", "提名并选举村（居）民委员会", "V3")
flow("Flow_RepresentativesToCommitteeElection", "Gateway_RepresentativesChosen", "SubProcess_CommitteeElection",
     cond="${representativesFirst}", name="选举委员会")
order = d.nodes["Gateway_RepresentativesOrder"]
flow("Flow_CommitteeFirst", "Gateway_RepresentativesOrder", "SubProcess_CommitteeElection", cond="${!representativesFirst}",
     name="先选举委员会（篇三）", waypoints=[bottom(order), (bottom(order)[0], MY + 245), (X0 + 200, MY + 245), (X0 + 200, Y0 + H0)])

# ---------------------------------------------------------------- the Party branch: 两推一选, 双直选
node("Gateway_CommitteeElected", "exclusiveGateway", "代表是否已推选？", X0 + W0 + 40, MY - 25,
     doc="DOMAIN.md V7, V10：代表已推选的（篇四），接着进行党支部换届（先村后支）；否则先推选小组长和代表（篇三）。")
flow("Flow_CommitteeToGateway", "SubProcess_CommitteeElection", "Gateway_CommitteeElected")
loop_back("Flow_CommitteeToRepresentatives", "Gateway_CommitteeElected", "V7_ElectRepresentatives", MY - 260,
          cond="${!representativesFirst}", name="推选小组长和代表（篇三）")
X1 = X0 + W0 + 150
W1 = 1360
node("SubProcess_BranchElection", "subProcess", "党支部换届选举", X1, Y0, w=W1, h=H0,
     body=("<bpmn:extensionElements>" + step_listeners("BRANCH_ELECTION") + local_vars("approved", "comment")
           + "</bpmn:extensionElements>"),
     doc="DOMAIN.md V10（篇三、篇四、篇五）：村（居）委会换届后进行党支部换届（先村后支）。“两推一选”：党员推荐和群众推荐支部委员候选人，乡镇党委审查，党员大会“双直选”差额选举支部委员、书记和副书记。法定人数和过半数同R3。任期五年。")
node("StartEvent_Branch", "startEvent", "开始支部换届", X1 + 30, MY - 18, parent="SubProcess_BranchElection")
user_task("Branch_RecommendCandidates", "汇总两推结果提出支委候选人", X1 + 100, MY - 40, VILLAGE, "BRANCH_ELECTION",
          "SubProcess_BranchElection",
          doc="DOMAIN.md V10，两推一选（篇三）：党员推荐、群众推荐，提出支部委员候选人（branchCandidates）、应选名额（branchSeats）和党员人数（partyMembers）；候选人至少多于名额20%（R3）。")
user_task("Branch_ReviewCandidates", "审查支委候选人", X1 + 250, MY - 40, TOWNSHIP, "BRANCH_ELECTION", "SubProcess_BranchElection",
          doc="DOMAIN.md V10, R11：两推一选，乡镇党委审查支部委员候选人，同意或退回（写明理由）。")
node("Gateway_BranchCandidatesApproved", "exclusiveGateway", "候选人是否同意？", X1 + 400, MY - 25, parent="SubProcess_BranchElection")
SX, SW, SH = X1 + 490, 780, 280
node("SubProcess_BranchRace", "subProcess", "党员大会选举", SX, MY - 140, parent="SubProcess_BranchElection", w=SW, h=SH,
     body=("<bpmn:extensionElements>" + local_vars(*TALLY_VARS, "approved", "comment") + "</bpmn:extensionElements>"
           '<bpmn:multiInstanceLoopCharacteristics isSequential="true" camunda:collection="${branchRaces}" camunda:elementVariable="race" />'),
     doc="DOMAIN.md V10，双直选（篇四）：党员大会依次差额选举支部委员（branchCommittee）、书记（branchSecretary，在当选委员中产生）"
         "和副书记（branchDeputySecretary，在书记以外的当选委员中产生）。超过应到党员五分之四到会有效，赞成票超过实到半数当选（R3）。")
node("StartEvent_BranchRace", "startEvent", "开始本项选举", SX + 20, MY - 18, parent="SubProcess_BranchRace")
node("Task_PrepareBranchRace", "serviceTask", "准备本项选举", SX + 80, MY - 40, parent="SubProcess_BranchRace",
     attrs={"camunda:delegateExpression": "${prepareVillageRaceDelegate}"}, doc="R3：应选名额、候选人和应到党员人数。")
user_task("Branch_RecordElection", "登记党员大会计票结果", SX + 220, MY - 40, VILLAGE, "BRANCH_ELECTION", "SubProcess_BranchRace",
          doc="DOMAIN.md V10, R3, R10：登记计票结果（tally）；变量race指明是支部委员、书记还是副书记的选举。")
node("Task_CountBranchBallots", "serviceTask", "计票", SX + 360, MY - 40, parent="SubProcess_BranchRace",
     attrs={"camunda:delegateExpression": "${countVillageBallotsDelegate}"},
     doc="R3, R6, R10：四分之五法定人数，过半数当选，票数相等者重新投票，名额未满的另行投票。")
node("Gateway_BranchRaceNext", "exclusiveGateway", "本项选举是否完成？", SX + 500, MY - 25, parent="SubProcess_BranchRace")
node("EndEvent_BranchRaceDone", "endEvent", "本项选举完成", SX + 730, MY - 18, parent="SubProcess_BranchRace")
user_task("Branch_HandleUnfilledSeats", "处理支部选举缺额", SX + 580, MY - 125, TOWNSHIP, "BRANCH_ELECTION", "SubProcess_BranchRace",
          listeners=UNFILLED,
          doc="DOMAIN.md V10, R6, R11：两轮另行投票后支部委员、书记或副书记仍有名额未选满，缺额保留，乡镇的村级换届看板显示“需处理”；乡镇党委写明缺额的处理意见（例如以后补选），"
              "支部换届继续进行。")
node("EndEvent_BranchVacancyKept", "endEvent", "缺额已处理", SX + 730, MY - 103, parent="SubProcess_BranchRace")
flow("Flow_BranchRaceStart", "StartEvent_BranchRace", "Task_PrepareBranchRace")
flow("Flow_BranchPrepareToRecord", "Task_PrepareBranchRace", "Branch_RecordElection")
flow("Flow_BranchRecordToCount", "Branch_RecordElection", "Task_CountBranchBallots")
flow("Flow_BranchCountToNext", "Task_CountBranchBallots", "Gateway_BranchRaceNext")
flow("Flow_BranchRaceDone", "Gateway_BranchRaceNext", "EndEvent_BranchRaceDone", cond="${raceNext == 'DONE' && unfilledSeats == 0}",
     name="完成")
bnext = d.nodes["Gateway_BranchRaceNext"]
flow("Flow_BranchRaceUnfilled", "Gateway_BranchRaceNext", "Branch_HandleUnfilledSeats", cond="${raceNext == 'DONE' && unfilledSeats > 0}",
     name="名额未选满", waypoints=[top(bnext), (top(bnext)[0], MY - 85), (SX + 580, MY - 85)])
flow("Flow_BranchVacancyKept", "Branch_HandleUnfilledSeats", "EndEvent_BranchVacancyKept")
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
deadline("BRANCH_ELECTION", "SubProcess_BranchElection", "党支部换届选举", "V10")
flow("Flow_CommitteeToBranch", "Gateway_CommitteeElected", "SubProcess_BranchElection", cond="${representativesFirst}",
     name="党支部换届")
chosen = d.nodes["Gateway_RepresentativesChosen"]
flow("Flow_RepresentativesToBranch", "Gateway_RepresentativesChosen", "SubProcess_BranchElection", cond="${!representativesFirst}",
     name="党支部换届", waypoints=[bottom(chosen), (bottom(chosen)[0], MY + 430), (X1 + 200, MY + 430), (X1 + 200, Y0 + H0)])

# ---------------------------------------------------------------- V7 set-up, V8 report
X2 = X1 + W1 + 80
user_task("V7_SetUpOrganisations", "健全村（居）下属组织", X2, MY - 40, VILLAGE, "SET_UP",
          doc="DOMAIN.md V7：新一届村（居）民代表会议产生民主理财小组（financialGroup），建立人民调解、治安保卫、计划生育等工作委员会（确认subCommitteesSetUp）。",
          listeners=step_listeners("SET_UP"))
deadline("SET_UP", "V7_SetUpOrganisations", "健全村（居）下属组织", "V7")
flow("Flow_BranchToSetUp", "SubProcess_BranchElection", "V7_SetUpOrganisations")
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


def main():
    out_dir = sys.argv[1] if len(sys.argv) > 1 else BPMN_DIR  # check_bpmn_generated.sh writes elsewhere
    d.write(os.path.join(out_dir, "villageReelection.bpmn"), "villageReelection", "村（社区）两委换届选举",
            "DOMAIN.md V1–V11：一个村或社区的两委换届全过程。乡镇指导（township-<代码>组），村里办理（village-<代码>组）。"
            "每一步都有V9的期限（非中断定时器标记逾期）；计票规则见V4（村、社区）和R3（党支部，V10）；每项决定和每次计票记入与乡镇相同的换届记录（V11）。",
            "tools/generate_village_bpmn.py",
            extra_process_attrs=' camunda:historyTimeToLive="P1825D" camunda:versionTag="1"')


main()
