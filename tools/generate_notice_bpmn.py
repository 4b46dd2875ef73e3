#!/usr/bin/env python3
"""Writes bpmn/noticeDelivery.bpmn and bpmn/noticeMorning.bpmn: the notice jobs (package notice).

noticeDelivery: one instance per notice and channel (one e-mail to its recipients, or one webhook post).
Its service task is asyncBefore, so the notice is a job committed with the event that caused it; one
node of the cluster takes the job; a failure is retried (R3/PT5M) and then becomes an incident whose
message is in Chinese (通知发送失败：…).

noticeMorning: a timer start event every hour; the first tick on or after the morning hour of a working
day sends the county's digest and the due-soon reminders of that day (guarded by the digest's business
key, so once a day across the cluster). Run: python3 tools/generate_notice_bpmn.py
"""
import os
import sys

from bpmn_layout import write_pretty

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "bpmn")  # check_bpmn_generated.sh writes elsewhere

HEADER = """<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
  xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"
  xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  id="Definitions_{pid}" targetNamespace="http://county.cn/reelection" exporter="tools/generate_notice_bpmn.py">
"""


def process(pid, name, doc, start_body, task_id, task_name, task_attrs, task_body, retry_on_start=False):
    y = 100
    sx, tx, ex = 160, 260, 420
    start_ext = ""
    if retry_on_start:
        start_ext = ('<bpmn:extensionElements><camunda:failedJobRetryTimeCycle>R3/PT5M</camunda:failedJobRetryTimeCycle>'
                     '</bpmn:extensionElements>')
    xml = HEADER.format(pid=pid)
    xml += f"""  <bpmn:process id="{pid}" name="{name}" isExecutable="true" camunda:historyTimeToLive="P180D">
    <bpmn:documentation>{doc}</bpmn:documentation>
    <bpmn:startEvent id="Start_{pid}" name="开始">
      {start_ext}
      <bpmn:outgoing>Flow_{pid}_1</bpmn:outgoing>
      {start_body}
    </bpmn:startEvent>
    <bpmn:serviceTask id="{task_id}" name="{task_name}" {task_attrs}>
      {task_body}
      <bpmn:incoming>Flow_{pid}_1</bpmn:incoming>
      <bpmn:outgoing>Flow_{pid}_2</bpmn:outgoing>
    </bpmn:serviceTask>
    <bpmn:endEvent id="End_{pid}" name="完成">
      <bpmn:incoming>Flow_{pid}_2</bpmn:incoming>
    </bpmn:endEvent>
    <bpmn:sequenceFlow id="Flow_{pid}_1" sourceRef="Start_{pid}" targetRef="{task_id}" />
    <bpmn:sequenceFlow id="Flow_{pid}_2" sourceRef="{task_id}" targetRef="End_{pid}" />
  </bpmn:process>
  <bpmndi:BPMNDiagram id="Diagram_{pid}">
    <bpmndi:BPMNPlane id="Plane_{pid}" bpmnElement="{pid}">
      <bpmndi:BPMNShape id="Start_{pid}_di" bpmnElement="Start_{pid}">
        <dc:Bounds x="{sx}" y="{y + 22}" width="36" height="36" />
      </bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="{task_id}_di" bpmnElement="{task_id}">
        <dc:Bounds x="{tx}" y="{y}" width="100" height="80" />
      </bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="End_{pid}_di" bpmnElement="End_{pid}">
        <dc:Bounds x="{ex}" y="{y + 22}" width="36" height="36" />
      </bpmndi:BPMNShape>
      <bpmndi:BPMNEdge id="Flow_{pid}_1_di" bpmnElement="Flow_{pid}_1">
        <di:waypoint x="{sx + 36}" y="{y + 40}" />
        <di:waypoint x="{tx}" y="{y + 40}" />
      </bpmndi:BPMNEdge>
      <bpmndi:BPMNEdge id="Flow_{pid}_2_di" bpmnElement="Flow_{pid}_2">
        <di:waypoint x="{tx + 100}" y="{y + 40}" />
        <di:waypoint x="{ex}" y="{y + 40}" />
      </bpmndi:BPMNEdge>
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>
</bpmn:definitions>
"""
    write_pretty(os.path.join(OUT, pid + ".bpmn"), xml)


process(
    "noticeDelivery", "发送通知",
    "一条通知经一个渠道（一封邮件或一次群机器人消息）发送一次：作业提交后由集群中的一个节点执行；"
    "失败后每5分钟重试，共3次，之后成为事件（incident），消息为“通知发送失败：…”。",
    "", "Task_DeliverNotice", "发送通知",
    'camunda:asyncBefore="true" camunda:exclusive="false" camunda:delegateExpression="${deliverNoticeDelegate}"',
    "<bpmn:extensionElements><camunda:failedJobRetryTimeCycle>R3/PT5M</camunda:failedJobRetryTimeCycle>"
    "</bpmn:extensionElements>")

process(
    "noticeMorning", "每日通知",
    "每小时检查一次：工作日上午到点后第一次检查时，向县委组织部发送逾期和本周到期的汇总，并提醒当天到了跟进日期的任务；"
    "以汇总通知的业务键保证集群中每天只发一次。",
    '<bpmn:timerEventDefinition id="Timer_NoticeMorning"><bpmn:timeCycle xsi:type="bpmn:tFormalExpression">'
    '0 0 * * * ?</bpmn:timeCycle></bpmn:timerEventDefinition>',
    "Task_MorningNotices", "发送每日汇总和跟进提醒",
    'camunda:delegateExpression="${morningNoticesDelegate}"', "", retry_on_start=True)
