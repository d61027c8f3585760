# Sourced by .ci/run and bot-core/paperbot: exports JAVA_HOME and PATH for a JDK 21 or newer.
# Order: JAVA_HOME if it is 21+, then the java on PATH, then the newest JDK under the usual roots.
# Returns non-zero with a message naming what to install when there is none.

java_major() { # prints the major version of the JDK at $1, or nothing
  [[ -x "$1/bin/java" ]] || return 0
  # The release file says it without starting a JVM (each start costs ~100 ms of the launch).
  local v
  if [[ -f "$1/release" ]]; then
    v=$(sed -n 's/^JAVA_VERSION="\([0-9][0-9.]*\).*/\1/p' "$1/release" | sed 's/^1\.//; s/\..*//')
    if [[ -n "$v" ]]; then echo "$v"; return 0; fi
  fi
  "$1/bin/java" -XshowSettings:properties -version 2>&1 |
    awk -F'= ' '/java.specification.version/ {print $2; exit}' | sed 's/^1\.//'
}

find_jdk() {
  local candidates=() dir v best="" best_v=0
  [[ -n "${JAVA_HOME:-}" ]] && candidates+=("$JAVA_HOME")
  if command -v javac >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")")
  fi
  for dir in "${candidates[@]}"; do
    v=$(java_major "$dir")
    if [[ -n "$v" && "$v" -ge 21 && -x "$dir/bin/javac" ]]; then echo "$dir"; return 0; fi
  done
  for dir in /usr/lib/jvm/* /opt/java/* /opt/jdk* /usr/local/java/*; do
    [[ -x "$dir/bin/javac" ]] || continue
    v=$(java_major "$dir")
    if [[ -n "$v" && "$v" -ge 21 && "$v" -gt "$best_v" ]]; then best="$dir"; best_v="$v"; fi
  done
  echo "$best"
}

use_jdk() {
  local jdk
  jdk=$(find_jdk)
  if [[ -z "$jdk" ]]; then
    echo "PaperBot needs JDK 21 or newer and found none (JAVA_HOME, PATH, /usr/lib/jvm)." >&2
    echo "Install one, e.g. 'apt-get install -y openjdk-21-jdk-headless', or set JAVA_HOME." >&2
    return 1
  fi
  export JAVA_HOME="$jdk"
  export PATH="$JAVA_HOME/bin:$PATH"
}

# A Java runtime 21+ (a JRE will do) for running the built jars: JAVA_HOME, PATH, then the usual
# roots (a container image's /opt/java/openjdk among them). Falls back to use_jdk's search.
use_java() {
  local dir v candidates=()
  [[ -n "${JAVA_HOME:-}" ]] && candidates+=("$JAVA_HOME")
  if command -v java >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
  fi
  for dir in "${candidates[@]}" /opt/java/* /usr/lib/jvm/*; do
    v=$(java_major "$dir")
    if [[ -n "$v" && "$v" -ge 21 ]]; then
      export JAVA_HOME="$dir"
      export PATH="$JAVA_HOME/bin:$PATH"
      return 0
    fi
  done
  use_jdk
}
