"""Generic helpers for the project's BPMN generators: nodes, flows, and the XML with DI (layout).

A generator builds a Diagram with node()/flow()/loop_back() and writes it with write(). Shapes
get BPMN DI bounds and edges waypoints, so the output draws in Cockpit and opens in Camunda Modeler.
"""
from xml.sax.saxutils import escape, quoteattr
import xml.etree.ElementTree as ET

TASK_W, TASK_H, EV, GW = 100, 80, 36, 50


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


class Diagram:
    """The elements of one process in document order, with their layout."""

    def __init__(self):
        self.nodes = {}   # id -> dict(kind, name, x, y, w, h, parent, attrs, body, doc)
        self.order = []   # ids in document order
        self.flows = []   # dict(id, src, dst, cond, name, waypoints, parent)

    def node(self, nid, kind, name, x, y, parent=None, w=None, h=None, attrs=None, body="", doc=None):
        if nid in self.nodes:
            raise ValueError("duplicate id " + nid)
        if w is None:
            w, h = {"task": (TASK_W, TASK_H), "event": (EV, EV), "gateway": (GW, GW)}[size_of(kind)]
        self.nodes[nid] = dict(id=nid, kind=kind, name=name, x=x, y=y, w=w, h=h, parent=parent,
                               attrs=attrs or {}, body=body, doc=doc)
        self.order.append(nid)
        return self.nodes[nid]

    def flow(self, fid, src, dst, cond=None, name=None, waypoints=None):
        s, d = self.nodes[src], self.nodes[dst]
        if waypoints is None:
            (sx, sy), (dx, dy) = right(s), left(d)
            if abs(sy - dy) < 1:
                waypoints = [(sx, sy), (dx, dy)]
            elif s["kind"] in ("exclusiveGateway", "parallelGateway"):
                bx, by = (top(s) if dy < sy else bottom(s))
                waypoints = [(bx, by), (bx, dy), (dx, dy)]
            elif d["kind"] in ("exclusiveGateway", "parallelGateway"):
                bx, by = (top(d) if sy < dy else bottom(d))
                waypoints = [(sx, sy), (bx, sy), (bx, by)]
            else:
                mx = (sx + dx) / 2
                waypoints = [(sx, sy), (mx, sy), (mx, dy), (dx, dy)]
        self.flows.append(dict(id=fid, src=src, dst=dst, cond=cond, name=name, waypoints=waypoints,
                               parent=s["parent"]))

    def loop_back(self, fid, src, dst, y, cond=None, name=None):
        """A flow from src back to dst, routed along the horizontal line y (above or below)."""
        s, d = self.nodes[src], self.nodes[dst]
        sp = top(s) if y < s["y"] else bottom(s)
        dp = top(d) if y < d["y"] else bottom(d)
        self.flow(fid, src, dst, cond, name, [sp, (sp[0], y), (dp[0], y), dp])

    # ------------------------------------------------------------ XML
    def _element_xml(self, nid, children_of):
        n = self.nodes[nid]
        kind = n["kind"]
        attrs = {"id": nid}
        if n["name"]:
            attrs["name"] = n["name"]
        attrs.update(n["attrs"])
        a = " ".join(f"{k}={quoteattr(v)}" for k, v in attrs.items())
        inner = []
        if n["doc"]:
            inner.append(f"<bpmn:documentation>{escape(n['doc'])}</bpmn:documentation>")
        body = n["body"]
        # extensionElements come first after documentation; loop characteristics after the flows
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
        inner += [f"<bpmn:incoming>{f['id']}</bpmn:incoming>" for f in self.flows if f["dst"] == nid]
        inner += [f"<bpmn:outgoing>{f['id']}</bpmn:outgoing>" for f in self.flows if f["src"] == nid]
        inner.append(event_definition)
        inner.append(loop)  # BPMN 2.0 XSD: loopCharacteristics after incoming/outgoing, before children
        if kind == "subProcess":
            for child in children_of.get(nid, []):
                inner.append(self._element_xml(child, children_of))
            inner += [self._flow_xml(f) for f in self.flows if f["parent"] == nid]
        return f"<bpmn:{kind} {a}>" + "".join(inner) + f"</bpmn:{kind}>"

    @staticmethod
    def _flow_xml(f):
        name = f" name={quoteattr(f['name'])}" if f["name"] else ""
        cond = (f'<bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">{escape(f["cond"])}</bpmn:conditionExpression>'
                if f["cond"] else "")
        return f'<bpmn:sequenceFlow id="{f["id"]}"{name} sourceRef="{f["src"]}" targetRef="{f["dst"]}">{cond}</bpmn:sequenceFlow>'

    def xml(self, process_id, process_name, doc, exporter, definitions_id=None, extra_process_attrs=""):
        """The whole BPMN 2.0 document: one executable process and its diagram."""
        for f in self.flows:
            if self.nodes[f["src"]]["parent"] != self.nodes[f["dst"]]["parent"]:
                raise ValueError(f"flow {f['id']} crosses a sub-process boundary")
        children_of = {}
        for nid in self.order:
            children_of.setdefault(self.nodes[nid]["parent"], []).append(nid)
        body = "".join(self._element_xml(nid, children_of) for nid in children_of[None])
        body += "".join(self._flow_xml(f) for f in self.flows if f["parent"] is None)
        shapes = []
        for nid in self.order:
            n = self.nodes[nid]
            exp = ' isExpanded="true"' if n["kind"] == "subProcess" else ""
            shapes.append(f'<bpmndi:BPMNShape id="{nid}_di" bpmnElement="{nid}"{exp}>'
                          f'<dc:Bounds x="{n["x"]:.0f}" y="{n["y"]:.0f}" width="{n["w"]:.0f}" height="{n["h"]:.0f}" /></bpmndi:BPMNShape>')
        for f in self.flows:
            wps = "".join(f'<di:waypoint x="{x:.0f}" y="{y:.0f}" />' for x, y in f["waypoints"])
            shapes.append(f'<bpmndi:BPMNEdge id="{f["id"]}_di" bpmnElement="{f["id"]}">{wps}</bpmndi:BPMNEdge>')
        suffix = process_id[0].upper() + process_id[1:]
        definitions_id = definitions_id or "Definitions_" + suffix
        return f'''<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="{definitions_id}" targetNamespace="http://county.cn/reelection" exporter="{exporter}" exporterVersion="1">
<bpmn:process id="{process_id}" name={quoteattr(process_name)} isExecutable="true"{extra_process_attrs}><bpmn:documentation>{escape(doc)}</bpmn:documentation>{body}</bpmn:process>
<bpmndi:BPMNDiagram id="BPMNDiagram_{suffix}"><bpmndi:BPMNPlane id="BPMNPlane_{suffix}" bpmnElement="{process_id}">{"".join(shapes)}</bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
</bpmn:definitions>
'''

    def write(self, path, process_id, process_name, doc, exporter, **kwargs):
        write_pretty(path, self.xml(process_id, process_name, doc, exporter, **kwargs))


NAMESPACES = {
    "bpmn": "http://www.omg.org/spec/BPMN/20100524/MODEL",
    "bpmndi": "http://www.omg.org/spec/BPMN/20100524/DI",
    "dc": "http://www.omg.org/spec/DD/20100524/DC",
    "di": "http://www.omg.org/spec/DD/20100524/DI",
    "camunda": "http://camunda.org/schema/1.0/bpmn",
    "xsi": "http://www.w3.org/2001/XMLSchema-instance",
}


def pretty(xml):
    """The same document, one element per line with a 2-space indent, so that a change diffs line by line.

    Attributes keep the order the generator wrote them in; leaf text (documentation, expressions) is untouched:
    BPMN has no mixed content, so only whitespace between elements is added.
    """
    for prefix, uri in NAMESPACES.items():
        ET.register_namespace(prefix, uri)
    root = ET.fromstring(xml.encode("utf-8"))
    ET.indent(root, space="  ")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def write_pretty(path, xml):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(pretty(xml))


# a task's variables local to a scope (Camunda input parameters without a value)
def local_vars(*names):
    return "<camunda:inputOutput>" + "".join(f'<camunda:inputParameter name="{n}" />' for n in names) + "</camunda:inputOutput>"


def local_values(**values):
    return "".join(f'<camunda:inputParameter name="{k}">{escape(v)}</camunda:inputParameter>' for k, v in values.items())
