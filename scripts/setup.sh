#!/usr/bin/env bash
# Installs what Descent needs beyond the Swift toolchain, on Debian/Ubuntu:
#   libxml2-dev     FoundationXML (JUnit XML) links against libxml2
#   libxml2-utils   xmllint, with which the tests validate JUnit XML against the schemas
#   bubblewrap      the sandbox the grader runs student code in (optional: without it
#                   the grader falls back to unshare namespaces or plain limits, and says so)
#   chromium        headless, for the test that renders an HTML report in a real browser
#                   (best effort: without it that test is skipped with a notice)
# Idempotent and quiet when everything is present already.
set -euo pipefail

needed=()
for package in libxml2-dev libxml2-utils bubblewrap; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || needed+=("$package")
done
optional=()
dpkg-query -W -f='${Status}' chromium 2>/dev/null | grep -q "install ok installed" || optional+=(chromium)
((${#needed[@]} + ${#optional[@]} == 0)) && exit 0

if ! command -v apt-get >/dev/null; then
  ((${#needed[@]} == 0)) && { echo "setup: no chromium: the browser test will be skipped" >&2; exit 0; }
  echo "setup: please install ${needed[*]} with your system's package manager" >&2
  exit 1
fi
sudo=()
((EUID == 0)) || sudo=(sudo)
echo "setup: installing ${needed[*]} ${optional[*]}" >&2
"${sudo[@]}" apt-get update -qq
if ((${#needed[@]} > 0)); then
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${needed[@]}" >/dev/null
fi
if ((${#optional[@]} > 0)); then
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${optional[@]}" >/dev/null ||
    echo "setup: ${optional[*]} could not be installed; the browser test will be skipped" >&2
fi
