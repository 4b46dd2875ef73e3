#!/usr/bin/env python3
"""Builds the Simplified Chinese (zh) locale files of the Camunda webapps.

For every app (tasklist, cockpit, admin, welcome) it reads the English original
locales/en.json from the Camunda webapp webjar, replaces every string by its
translation and writes
src/main/resources/META-INF/resources/webjars/camunda/app/<app>/locales/zh.json
with exactly the same keys, in the same order.

Translations live next to this script in zh/*.json:
  zh/common.json        "dateLocales" (moment.js calendar data, shared by the apps that have it)
  zh/<app>*.json        label key -> Chinese text, for that app (several chunks allowed)

A label without an entry of its own takes the translation of the same English text
from the same app, then from any other app, so shared strings are translated once.
A label still without translation stays English and is listed by the report.

usage: build_zh.py [--webjar PATH] [--check]
  --check  do not write, fail if a zh.json on disk differs from what would be built
"""
import argparse
import glob
import json
import os
import re
import sys
import zipfile

APPS = ["tasklist", "welcome", "admin", "cockpit"]
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT = os.path.join(ROOT, "src/main/resources/META-INF/resources/webjars/camunda/app/{app}/locales/zh.json")
DEFAULT_WEBJAR = os.path.expanduser(
    "~/.m2/repository/org/camunda/bpm/webapp/camunda-webapp-webjar/7.24.0/camunda-webapp-webjar-7.24.0.jar")
EN_PATH = "META-INF/resources/webjars/camunda/app/{app}/locales/en.json"

PLACEHOLDER = re.compile(r"\{\{.*?\}\}")
TAG = re.compile(r"</?(?:a|b|br|code|div|em|i|li|ol|p|pre|small|span|strong|u|ul)\b[^>]*>")


def load_json(path):
    with open(path, encoding="utf-8-sig") as f:
        return json.load(f)


def load_translations():
    common = load_json(os.path.join(HERE, "zh", "common.json"))
    per_app = {app: {} for app in APPS}
    for path in sorted(glob.glob(os.path.join(HERE, "zh", "*.json"))):
        name = os.path.basename(path)[:-5]
        if name == "common":
            continue
        app = re.split(r"[-_.]", name)[0]
        if app not in per_app:
            sys.exit(f"{name}.json: unknown app '{app}'")
        for key, value in load_json(path).items():
            if key in per_app[app] and per_app[app][key] != value:
                sys.exit(f"{name}.json: {key} translated twice differently")
            per_app[app][key] = value
    return common, per_app


def keep_edges(en, zh):
    """Sentence fragments are glued together by the webapps: keep the English edge spaces."""
    lead = en[: len(en) - len(en.lstrip())]
    trail = en[len(en.rstrip()):]
    return lead + zh.strip() + trail if zh.strip() else zh


def same_shape(a, b):
    if isinstance(a, dict):
        return isinstance(b, dict) and a.keys() == b.keys() and all(same_shape(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return isinstance(b, list) and len(a) == len(b) and all(same_shape(x, y) for x, y in zip(a, b))
    return type(a) is type(b)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--webjar", default=DEFAULT_WEBJAR)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()

    common, per_app = load_translations()
    with zipfile.ZipFile(args.webjar) as jar:
        en = {app: json.loads(jar.read(EN_PATH.format(app=app)).decode("utf-8-sig")) for app in APPS}

    # English text -> Chinese, per app and over all apps (first translation wins)
    by_text = {app: {} for app in APPS}
    any_app = {}
    for app in APPS:
        for key, zh in per_app[app].items():
            text = en[app]["labels"].get(key)
            if text is not None:
                by_text[app].setdefault(text, zh)
                any_app.setdefault(text, zh)

    failed = False
    for app in APPS:
        labels = en[app]["labels"]
        stale = sorted(set(per_app[app]) - set(labels))
        if stale:
            print(f"{app}: translations for keys that en.json does not have: {', '.join(stale)}")
            failed = True
        out = {}
        if "dateLocales" in en[app]:
            if not same_shape(en[app]["dateLocales"], common["dateLocales"]):
                print(f"{app}: dateLocales of zh/common.json do not have the shape of en.json")
                failed = True
            out["dateLocales"] = common["dateLocales"]
        for key in en[app]:
            if key not in ("dateLocales", "labels"):
                sys.exit(f"{app}: unexpected top-level key {key}")
        zh_labels = {}
        english = []
        for key, text in labels.items():
            zh = per_app[app].get(key)
            if zh is None:
                zh = by_text[app].get(text, any_app.get(text))
            if zh is None:
                zh = text
                english.append(key)
            else:
                zh = keep_edges(text, zh)
            missing = [p for p in PLACEHOLDER.findall(text) if p not in zh]
            if missing:
                print(f"{app}: {key} lacks {missing}")
                failed = True
            if sorted(TAG.findall(text)) != sorted(TAG.findall(zh)):
                print(f"{app}: {key} HTML tags differ: {TAG.findall(text)} vs {TAG.findall(zh)}")
                failed = True
            zh_labels[key] = zh
        out["labels"] = zh_labels
        # same top-level order as en.json
        out = {k: out[k] for k in en[app]}
        text = json.dumps(out, ensure_ascii=False, indent=2) + "\n"
        path = OUT.format(app=app)
        if args.check:
            if not os.path.exists(path) or open(path, encoding="utf-8").read() != text:
                print(f"{app}: {os.path.relpath(path, ROOT)} is not up to date")
                failed = True
        else:
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
        print(f"{app}: {len(labels)} labels, {len(labels) - len(english)} translated, {len(english)} left in English"
              + (f" ({', '.join(english)})" if english and len(english) <= 40 else ""))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
