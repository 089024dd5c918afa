#!/usr/bin/env bash
# Lints the library sources with swift-format (.swift-format at the root):
# no force unwraps, no force try, documented public API. Fails on any finding.
set -euo pipefail
cd "$(dirname "$0")/.."
swift format lint --strict --recursive --parallel Sources
