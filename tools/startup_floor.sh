#!/usr/bin/env bash
# How much of the start-up ratio the libraries cost before any project code runs. Starts three jars interleaved, each
# on an empty data folder, as ../shared/bench/startup.sh does (seconds to the first 200 from /engine-rest/engine,
# resident memory 10 s later): the bare stack, the same bare stack with every runtime dependency of this project's
# pom.xml added (actuator and Prometheus, security, Flyway, springdoc, POI, ICU, mail, validation, PostgreSQL's
# driver; no entity, no migration, no process, no project bean), and the project's jar. Prints the medians and each
# one's ratio to the bare stack.
# Run from the project root after `mvn -q -B -DskipTests package` and one run of ../shared/bench/startup.sh (which
# builds the bare stack). Usage: tools/startup_floor.sh [rounds]
set -u
rounds=${1:-3}
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=first_start.sh
. "$here/first_start.sh"
root=$(cd "$here/.." && pwd)
bare=${TMPDIR:-/tmp}/bare-stack-build/target/bare-stack-1.jar
proj=$(ls -t "$root"/target/*.jar | grep -v original | head -1)
[ -f "$bare" ] || { echo "no bare stack at $bare: run ../shared/bench/startup.sh once first"; exit 1; }

deps=${TMPDIR:-/tmp}/bare-deps-build
rm -rf "$deps" && mkdir -p "$deps" && cp -r "$root/../shared/bench/bare-stack/." "$deps/"
python3 - "$root/pom.xml" "$deps/pom.xml" <<'PY'
import re, sys
import xml.etree.ElementTree as ET
ns = {"m": "http://maven.apache.org/POM/4.0.0"}
project = ET.parse(sys.argv[1]).getroot()
props = {p.tag.split("}")[1]: p.text for p in project.find("m:properties", ns)}
blocks = []
for d in project.findall("m:dependencies/m:dependency", ns):
    scope = d.findtext("m:scope", default="compile", namespaces=ns)
    if scope == "test":
        continue
    xml = "<dependency>"
    for tag in ("groupId", "artifactId", "version", "scope"):
        value = d.findtext(f"m:{tag}", namespaces=ns)
        if value:
            value = re.sub(r"\$\{([^}]+)\}", lambda m: props[m.group(1)], value)
            xml += f"<{tag}>{value}</{tag}>"
    if xml + "</dependency>" not in blocks:
        blocks.append(xml + "</dependency>")
pom = open(sys.argv[2]).read()
# what the bare stack declares already stays where it is
blocks = [b for b in blocks if re.search(r"<groupId>[^<]+</groupId><artifactId>[^<]+</artifactId>", b).group(0)
          not in re.sub(r"\s", "", pom)]
pom = pom.replace("<artifactId>bare-stack</artifactId>", "<artifactId>bare-deps</artifactId>", 1)
pom = pom.replace("\n  </dependencies>", "\n    " + "\n    ".join(blocks) + "\n  </dependencies>", 1)
open(sys.argv[2], "w").write(pom)
PY
# with Spring Security on the class path and no filter chain, every request would need Boot's generated password
cat > "$deps/src/main/java/bare/OpenSecurity.java" <<'JAVA'
package bare;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

@Configuration
class OpenSecurity {
  @Bean
  SecurityFilterChain open(HttpSecurity http) throws Exception {
    return http.authorizeHttpRequests(a -> a.anyRequest().permitAll()).csrf(c -> c.disable()).build();
  }
}
JAVA
(cd "$deps" && mvn -q -B -DskipTests package) || { echo "could not build the bare stack with the project's dependencies"; exit 1; }
with_deps="$deps/target/bare-deps-1.jar"

one() {  # jar port -> "seconds rssMB", memory 10 s after the first 200 as startup.sh reads it
  first_start "$1" "$2"
  sleep 10
  echo "$START_SECONDS $(awk '/VmRSS/{print int($2/1024)}' "/proc/$START_PID/status")"
  first_start_stop
}
runs=$(mktemp)
for _ in $(seq 1 "$rounds"); do
  echo "bare $(one "$bare" 18121)" | tee -a "$runs"
  echo "bare+dependencies $(one "$with_deps" 18122)" | tee -a "$runs"
  echo "project $(one "$proj" 18123)" | tee -a "$runs"
done
python3 - "$runs" <<'PY'
import statistics as st, sys
rows = [l.split() for l in open(sys.argv[1])]
med = lambda k, i: st.median(float(r[i]) for r in rows if r[0] == k)
for k in ("bare", "bare+dependencies", "project"):
    print(f"{k:18s} median start {med(k, 1):5.1f} s ({med(k, 1) / med('bare', 1):.2f}), "
          f"RSS {med(k, 2):4.0f} MB ({med(k, 2) / med('bare', 2):.2f})")
PY
rm -f "$runs"
